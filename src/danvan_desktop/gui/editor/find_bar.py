"""Find and replace in the body, optionally ignoring diacritics ("dan van" finds "Dân vận").

Matching folds the text one character at a time with `vietnamese.strip_marks`,
so every match maps back to exact positions in the document. Positions are
converted to UTF-16 units, which is what Qt's text cursors count.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from danvan_desktop.gui.icons import icon
from danvan_desktop.vietnamese import nfc, strip_marks


@lru_cache(maxsize=4096)
def _fold_char(char: str, ignore_marks: bool, match_case: bool) -> str:
    folded = strip_marks(char) if ignore_marks else char
    if not match_case:
        folded = folded.casefold()
    return folded or char


def find_spans(
    text: str, needle: str, *, ignore_marks: bool, match_case: bool
) -> list[tuple[int, int]]:
    """Every (start, end) of `needle` in `text`, as code-point offsets into `text`."""
    needle = nfc(needle)
    if not needle:
        return []
    folded_needle = "".join(_fold_char(c, ignore_marks, match_case) for c in needle)
    pieces: list[str] = []
    origin: list[int] = []  # folded offset → text offset
    for position, char in enumerate(text):
        folded = _fold_char(char, ignore_marks, match_case)
        pieces.append(folded)
        origin.extend([position] * len(folded))
    origin.append(len(text))
    folded_text = "".join(pieces)
    spans = []
    start = folded_text.find(folded_needle)
    while start >= 0:
        end = start + len(folded_needle)
        spans.append((origin[start], origin[end] if end < len(origin) else len(text)))
        start = folded_text.find(folded_needle, end)
    return spans


def utf16_offset(text: str, index: int) -> int:
    prefix = text[:index]
    return index + sum(1 for c in prefix if ord(c) > 0xFFFF)


class FindBar(QWidget):
    """A slim bar under the editor: find, replace, next/previous, replace all."""

    closed = Signal()

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self.find_edit = QLineEdit(objectName="findText")
        self.replace_edit = QLineEdit(objectName="replaceText")
        self.ignore_marks = QCheckBox(objectName="ignoreDiacritics")
        self.ignore_marks.setChecked(True)
        self.match_case = QCheckBox(objectName="matchCase")
        self.status = QLabel()
        self.status.setStyleSheet("color: #6b7280;")
        self.next_button = QToolButton()
        self.previous_button = QToolButton()
        self.replace_button = QToolButton()
        self.replace_all_button = QToolButton()
        close = QToolButton()
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for widget in (self.find_edit, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.replace_edit)
        for widget in (self.replace_button, self.replace_all_button, self.ignore_marks):
            layout.addWidget(widget)
        for widget in (self.match_case, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        close.clicked.connect(self.hide_bar)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _t: self._count())
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide_bar)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.ignore_marks.setText(self.tr("Ignore diacritics"))
        self.match_case.setText(self.tr("Match case"))
        self.next_button.setText(self.tr("Next"))
        self.previous_button.setText(self.tr("Previous"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace all"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_bar(self) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def hide_bar(self) -> None:
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def _spans(self) -> tuple[str, list[tuple[int, int]]]:
        text = self._editor.toPlainText()
        spans = find_spans(
            text,
            self.find_edit.text(),
            ignore_marks=self.ignore_marks.isChecked(),
            match_case=self.match_case.isChecked(),
        )
        return text, spans

    def _count(self) -> int:
        _text, spans = self._spans()
        self.status.setText(
            self.tr("%n match(es)", "", len(spans)) if self.find_edit.text() else ""
        )
        return len(spans)

    def _select(self, text: str, span: tuple[int, int]) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(utf16_offset(text, span[0]))
        cursor.setPosition(utf16_offset(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()

    def find_next(self) -> bool:
        text, spans = self._spans()
        if not spans:
            self._count()
            return False
        position = self._editor.textCursor().selectionEnd()
        after = [s for s in spans if utf16_offset(text, s[0]) >= position]
        self._select(text, after[0] if after else spans[0])
        self._count()
        return True

    def find_previous(self) -> bool:
        text, spans = self._spans()
        if not spans:
            return False
        position = self._editor.textCursor().selectionStart()
        before = [s for s in spans if utf16_offset(text, s[0]) < position]
        self._select(text, before[-1] if before else spans[-1])
        return True

    def replace_one(self) -> None:
        text, spans = self._spans()
        cursor = self._editor.textCursor()
        current = (cursor.selectionStart(), cursor.selectionEnd())
        if any((utf16_offset(text, s), utf16_offset(text, e)) == current for s, e in spans):
            cursor.insertText(nfc(self.replace_edit.text()))
        self.find_next()

    def replace_all(self) -> int:
        text, spans = self._spans()
        replacement = nfc(self.replace_edit.text())
        cursor = self._editor.textCursor()
        cursor.beginEditBlock()
        for start, end in reversed(spans):
            cursor.setPosition(utf16_offset(text, start))
            cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self._count()
        return len(spans)
