"""Their saved text beside mine, to merge by hand after a conflict or a change by someone else.

Two moments lead here: a save refused as stale (the store kept my text as a
"conflict" revision; the winner is the article's current revision), and a
live refresh that found the open article saved by someone else while I still
have unsaved edits. Either way the left side is what is in the store and the
right side is my text; the diff itself is `review.diff` (pure), laid out by
the review engineer's `DiffView`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from danvan_desktop.gui.diff_view import DiffView
from danvan_desktop.review.diff import FieldDiff, diff_fields
from danvan_desktop.services.dto import ArticleFields


@dataclass(frozen=True)
class TextDiff:
    """The shape `DiffView` reads, for two texts that need not both be revisions."""

    fields: tuple[FieldDiff, ...]
    from_number: int = 0
    to_number: int = 0

    @property
    def changed_fields(self) -> tuple[FieldDiff, ...]:
        return tuple(f for f in self.fields if f.changed)


def text_diff(theirs: ArticleFields, mine: ArticleFields) -> TextDiff:
    return TextDiff(diff_fields(theirs.as_dict(), mine.as_dict()))


class _CaptionedDiffView(DiffView):
    """DiffView captions revisions by number; here the sides are named instead."""

    caption_text = ""

    def _render(self) -> None:
        super()._render()
        if self._diff is not None and self.caption_text:
            self.caption.setText(self.caption_text)


class CompareDialog(QDialog):
    """objectName `compareDialog`: left the saved version, right my text; copy or reload."""

    def __init__(self, diff, theirs_label: str, mine: str, reload, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare with the saved version"))
        self.resize(1100, 700)
        self._mine = mine
        self.sides = QLabel(objectName="compareSides")
        self.sides.setWordWrap(True)
        text = self.tr("Left: %1. Right: your text. Copy what you need into the editor.")
        self.sides.setText(text.replace("%1", theirs_label))
        self.view = _CaptionedDiffView()
        self.view.caption_text = self.tr("Red: only in the saved version. Green: only in yours.")
        self.view.mode.setCurrentIndex(self.view.mode.findData("side"))
        self.view.show_diff(diff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy my text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reload_button = buttons.addButton(
            self.tr("Load the saved version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reload_button.setToolTip(
            self.tr("Your text stays recoverable: the desk offers it back after loading.")
        )
        self.copy_button.clicked.connect(self._copy)
        self.reload_button.clicked.connect(lambda: (reload(), self.accept()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sides)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self._mine)
