"""The title field: one paragraph that wraps, because Vietnamese headlines run long.

A QLineEdit would scroll a 25-word headline out of sight; this shows it whole
on up to three lines, refuses line breaks (Enter moves on to the sapo), and
offers the QLineEdit calls the rest of the desk uses.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from danvan_desktop.gui.editor.vietnamese_input import ComposedInput
from danvan_desktop.gui.text_fields import plain_text
from danvan_desktop.vietnamese import nfc

MAX_LINES = 3


class TitleEdit(ComposedInput, QPlainTextEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("titleEdit")
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def setFont(self, font) -> None:
        super().setFont(font)
        self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        lines = 0
        block = self.document().begin()
        while block.isValid():
            lines += max(1, block.layout().lineCount())
            block = block.next()
        lines = max(1, min(MAX_LINES, lines))
        spacing = self.fontMetrics().lineSpacing()
        self.setFixedHeight(int(lines * spacing + 2 * self.document().documentMargin() + 6))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(" ".join(nfc(source.text()).split()))

    # the QLineEdit-like calls the desk uses --------------------------------------
    def text(self) -> str:
        return plain_text(self).replace("\n", " ")

    def setText(self, text: str) -> None:
        self.setPlainText(" ".join(text.split("\n")))

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def setFrame(self, shown: bool) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel if shown else QFrame.Shape.NoFrame)

    def selectAll(self) -> None:
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)
