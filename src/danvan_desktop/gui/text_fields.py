"""Reading, selecting and rewriting spans of the article's text fields, each change one undo step.

The Vietnamese core speaks in Python string offsets; Qt's text widgets count
UTF-16 units. They agree for all Vietnamese letters, and this module converts
where they do not (an emoji before the span), so every caller can pass the
core's offsets as they are. Rewrites touch only the spans that change, so the
cursor, the scroll position and the highlighting of the rest stay put.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

Replacement = tuple[int, int, str]  # start, end (Python offsets), new text


def utf16_offset(text: str, index: int) -> int:
    """The Qt position of Python offset `index` in `text`."""
    if text.isascii() or max(text[:index], default="\0") < "\U00010000":
        return index
    return index + sum(1 for char in text[:index] if char > "\uffff")


def python_offset(text: str, position: int) -> int:
    """The Python offset of Qt position `position` in `text` (the inverse of utf16_offset)."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if char > "\uffff" else 1
    return len(text)


def plain_text(widget: QPlainTextEdit) -> str:
    """The text exactly as typed. `toPlainText()` turns no-break spaces into plain ones,
    which would silently change every article that uses them; the raw text keeps them.
    """
    return widget.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def field_text(widget: QWidget) -> str:
    """The text of a field as it will be saved (a line edit's, or a plain-text edit's)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    assert isinstance(widget, QPlainTextEdit)
    return plain_text(widget)


def select_span(widget: QWidget, start: int, end: int) -> None:
    """Focus the field and select text[start:end] in it, scrolled into view."""
    text = field_text(widget)
    first, last = utf16_offset(text, start), utf16_offset(text, end)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.setSelection(first, last - first)
        return
    assert isinstance(widget, QPlainTextEdit)
    cursor = widget.textCursor()
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    widget.centerCursor()


def non_overlapping(replacements: Iterable[Replacement]) -> list[Replacement]:
    """In order of position; a span overlapping one already taken is dropped (the first wins)."""
    chosen: list[Replacement] = []
    last_end = -1
    for start, end, new in sorted(replacements, key=lambda r: (r[0], r[1])):
        if start < last_end or (start == last_end == end):
            continue
        chosen.append((start, end, new))
        last_end = max(last_end, end)
    return chosen


def replace_spans(widget: QWidget, replacements: Sequence[Replacement]) -> bool:
    """Apply non-overlapping replacements to a field as one undo step; False if nothing changed."""
    text = field_text(widget)
    chosen = [r for r in non_overlapping(replacements) if text[r[0] : r[1]] != r[2]]
    if not chosen:
        return False
    if isinstance(widget, QLineEdit):
        parts, position = [], 0
        for start, end, new in chosen:
            parts += [text[position:start], new]
            position = end
        parts.append(text[position:])
        widget.selectAll()
        widget.insert("".join(parts))  # one step in the line edit's own undo
        return True
    assert isinstance(widget, QPlainTextEdit)
    cursor = QTextCursor(widget.document())
    cursor.beginEditBlock()
    for start, end, new in reversed(chosen):  # from the end: earlier offsets stay valid
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
    cursor.endEditBlock()
    return True


def changed_lines(old: str, new: str) -> list[Replacement] | None:
    """Replacements turning `old` into `new` line by line, trimmed to what differs.

    None when the two have different numbers of lines (the caller then
    replaces the whole text); fast on a 500 KB article, unlike a general diff.
    """
    old_lines, new_lines = old.split("\n"), new.split("\n")
    if len(old_lines) != len(new_lines):
        return None
    replacements: list[Replacement] = []
    offset = 0
    for before, after in zip(old_lines, new_lines, strict=True):
        if before != after:
            head = 0
            while head < min(len(before), len(after)) and before[head] == after[head]:
                head += 1
            tail = 0
            limit = min(len(before), len(after)) - head
            while tail < limit and before[-1 - tail] == after[-1 - tail]:
                tail += 1
            replacements.append(
                (offset + head, offset + len(before) - tail, after[head : len(after) - tail])
            )
        offset += len(before) + 1
    return replacements


def rewrite(widget: QWidget, new: str) -> bool:
    """Make the field's text `new` as one undo step, touching only the lines that differ."""
    old = field_text(widget)
    if old == new:
        return False
    replacements = changed_lines(old, new)
    if replacements is None:
        replacements = [(0, len(old), new)]
    return replace_spans(widget, replacements)
