"""Vietnamese typing that keeps text whole, in every text field of the editor.

Mixed in before the Qt base (`class X(ComposedInput, QPlainTextEdit)`), for the
body, title and sapo (QPlainTextEdit) and the signature, source, tags and caption
lines (QLineEdit):
- an input-method commit (Unikey, EVKey, IBus, Windows Telex/VNI) is normalised
  to NFC before it reaches the text;
- a lone combining mark, typed as a key or committed by an input method (old
  VNI-style input), is composed with the letter before it;
- a word still being composed when focus moves to another field is committed
  once: most input methods commit it themselves when Qt asks, and one that does
  not would lose it. A commit already received has cleared the preedit, so
  nothing doubles. Not when the window loses focus or a popup opens: the input
  method keeps composing and finishes the word when focus comes back.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from danvan_desktop.vietnamese import nfc

_KEEPS_COMPOSING = (
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)


class ComposedInput:
    _preedit = ""

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        commit = event.commitString()
        if commit and not unicodedata.is_normalized("NFC", commit):
            normalised = QInputMethodEvent(event.preeditString(), event.attributes())
            normalised.setCommitString(
                nfc(commit), event.replacementStart(), event.replacementLength()
            )
            event = normalised
        super().inputMethodEvent(event)  # type: ignore[misc]
        self._preedit = event.preeditString()
        committed = event.commitString()
        if committed and unicodedata.combining(committed[0]):
            self._compose_before_cursor(len(committed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # type: ignore[misc]
        text = event.text()
        if text and unicodedata.combining(text[0]):
            self._compose_before_cursor(len(text))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._preedit and event.reason() not in _KEEPS_COMPOSING:
            commit = QInputMethodEvent("", [])
            commit.setCommitString(nfc(self._preedit))
            self._preedit = ""
            super().inputMethodEvent(commit)  # type: ignore[misc]
        super().focusOutEvent(event)  # type: ignore[misc]

    def _compose_before_cursor(self, typed: int) -> None:
        """Compose the `typed` marks just before the cursor with the letter before them."""
        if isinstance(self, QLineEdit):
            end = self.cursorPosition()
            start = end - typed - 1
            piece = self.text()[max(start, 0) : end]
            if start >= 0 and nfc(piece) != piece:
                self.setSelection(start, end - start)
                self.insert(nfc(piece))
            return
        cursor = self.textCursor()  # type: ignore[attr-defined]
        if cursor.position() < typed + 1:
            return
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, typed + 1
        )
        composed = nfc(cursor.selectedText())
        if composed != cursor.selectedText():
            cursor.insertText(composed)


class VietnameseTextEdit(ComposedInput, QPlainTextEdit):
    """A QPlainTextEdit for Vietnamese (the sapo)."""


class VietnameseLineEdit(ComposedInput, QLineEdit):
    """A QLineEdit for Vietnamese (signature, source, tags, caption)."""
