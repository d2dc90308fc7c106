"""Shows a revision diff inline or side by side, syllable by syllable.

The diff itself is plain data from `services.history.diff_revisions`; this view
only lays it out. Long unchanged stretches fold to their first and last words
so a one-word fix in a long body is found at a glance ("Whole text" unfolds).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.review.diff import DiffOp, FieldDiff, fold_equal

_DELETED = "background-color:#fde2e1; color:#9f1d1d; text-decoration:line-through;"
_INSERTED = "background-color:#dcfce7; color:#166534;"
_FOLD = "color:#6b7280;"


def ops_html(ops: Sequence[DiffOp], side: str, *, whole: bool) -> str:
    """One field's runs as HTML: `side` is "inline", "old" or "new"."""
    parts: list[str] = []
    for index, op in enumerate(ops):
        if op.tag == "equal":
            text = op.new
            if not whole:
                text = fold_equal(text, first=index == 0, last=index == len(ops) - 1)
            parts.append(_escape(text).replace("[…]", f'<span style="{_FOLD}">[…]</span>'))
            continue
        if op.old and side in ("inline", "old"):
            parts.append(f'<span style="{_DELETED}">{_escape(op.old)}</span>')
        if op.new and side in ("inline", "new"):
            parts.append(f'<span style="{_INSERTED}">{_escape(op.new)}</span>')
    return "".join(parts)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


class DiffView(QWidget):
    """objectName `diffView`; `show_diff(diff)` takes a `services.history.RevisionDiff`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self._diff = None
        self.caption = QLabel(objectName="diffCaption")
        self.caption.setWordWrap(True)
        self.mode = QComboBox(objectName="diffMode")
        self.mode.addItem("", "inline")
        self.mode.addItem("", "side")
        self.whole = QCheckBox(objectName="diffWholeText")
        self.inline = QTextBrowser(objectName="diffInline")
        self.old = QTextBrowser(objectName="diffOld")
        self.new = QTextBrowser(objectName="diffNew")
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(self.old)
        self.sides.addWidget(self.new)
        self._sync_scrolling()
        controls = QHBoxLayout()
        controls.addWidget(self.caption, 1)
        controls.addWidget(self.whole)
        controls.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.inline, 1)
        layout.addWidget(self.sides, 1)
        self.mode.currentIndexChanged.connect(self._render)
        self.whole.toggled.connect(self._render)
        self.retranslate_ui()
        self._render()

    def retranslate_ui(self) -> None:
        self.mode.setItemText(0, self.tr("Inline"))
        self.mode.setItemText(1, self.tr("Side by side"))
        self.whole.setText(self.tr("Whole text"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def field_label(self, field: str) -> str:
        return {
            "title": self.tr("Title"),
            "sapo": self.tr("Lead (sapo)"),
            "body": self.tr("Body"),
            "captions": self.tr("Captions"),
            "author_name": self.tr("Author"),
            "author_position": self.tr("Author's position"),
            "source": self.tr("Source"),
            "category_slug": self.tr("Category"),
            "tags": self.tr("Tags"),
        }.get(field, field)

    def show_diff(self, diff) -> None:
        self._diff = diff
        self._render()

    def clear(self) -> None:
        self._diff = None
        self._render()

    @property
    def side_by_side(self) -> bool:
        return self.mode.currentData() == "side"

    def _render(self) -> None:
        self.inline.setVisible(not self.side_by_side)
        self.sides.setVisible(self.side_by_side)
        diff = self._diff
        if diff is None:
            self.caption.setText(self.tr("Choose two revisions to compare."))
            for browser in (self.inline, self.old, self.new):
                browser.clear()
            return
        text = self.tr("Revision %1 → revision %2")
        self.caption.setText(
            text.replace("%1", str(diff.from_number)).replace("%2", str(diff.to_number))
        )
        changed: tuple[FieldDiff, ...] = diff.changed_fields
        whole = self.whole.isChecked()
        if not changed:
            empty = f"<p>{html.escape(self.tr('The two revisions have the same text.'))}</p>"
            for browser in (self.inline, self.old, self.new):
                browser.setHtml(empty)
            return
        for browser, side in ((self.inline, "inline"), (self.old, "old"), (self.new, "new")):
            sections = [
                f"<h3>{html.escape(self.field_label(f.field))}</h3>"
                f"<p>{ops_html(f.ops, side, whole=whole)}</p>"
                for f in changed
            ]
            browser.setHtml("".join(sections))

    def _sync_scrolling(self) -> None:
        left, right = self.old.verticalScrollBar(), self.new.verticalScrollBar()

        def follow(source, target):
            def move(value: int) -> None:
                if source.maximum():
                    target.setValue(round(value / source.maximum() * target.maximum()))

            return move

        left.valueChanged.connect(follow(left, right))
        right.valueChanged.connect(follow(right, left))
