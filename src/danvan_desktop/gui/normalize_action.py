""" "Chuẩn hóa văn bản": NFC, the house tone style, spaces and quotes over every text field at once.

The work is `vietnamese.standardize`, which only makes changes that cannot
alter what the text says. Each field changes as one undo step of its own (the
body's in its own history, the line fields in theirs), and only the lines that
differ are rewritten, so the cursor and the scroll position stay where they
were.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from danvan_desktop.gui import text_fields
from danvan_desktop.vietnamese.standardize import standardize


def normalize_fields(fields: dict[str, QWidget], tone_style: str) -> list[str]:
    """Standardise each field in place; returns the keys of the fields that changed."""
    changed = []
    for key, widget in fields.items():
        text = text_fields.field_text(widget)
        if not text.strip():
            continue
        if text_fields.rewrite(widget, standardize(text, tone_style)):  # type: ignore[arg-type]
            changed.append(key)
    return changed
