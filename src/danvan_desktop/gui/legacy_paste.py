"""Offer to convert legacy-encoded text (.VnTime, VNI, VIQR, CP1258) pasted or opened in the body.

The paste goes in as it came, so nothing is lost if the guess is wrong. A bar
above the editor then says which charset the text looks like, shows the start
of the converted text, and converts on request as one undo step; undo brings
back exactly what was pasted. The charset comes from the clipboard's font when
Word names one (its HTML carries font-family '.VnTime' or 'VNI-Times'), else
from the content (`vietnamese.legacy.detect_encoding`). An article opened with
such text in its body (an old import) gets the same offer for the whole body.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from danvan_desktop.gui.message_bar import MessageBar
from danvan_desktop.vietnamese import convert, detect_encoding, encoding_from_font
from danvan_desktop.vietnamese.legacy import Detection

LEGACY = ("tcvn3", "vni", "viqr", "cp1258")
PREVIEW_CHARS = 140
MIN_INSERTED = 8  # characters: a word typed through an input method is not a paste
_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;\"'>]+|\"[^\"]*\"|'[^']*')", re.IGNORECASE)
_FONT_FACE = re.compile(r"<font[^>]*\bface\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.IGNORECASE)


def legacy_font(clipboard_html: str) -> str | None:
    """The first legacy Vietnamese font named in clipboard HTML (Word's), or None."""
    if not clipboard_html or ("vn" not in clipboard_html.lower()):
        return None
    text = html.unescape(clipboard_html)
    for match in (*_FONT_FAMILY.finditer(text), *_FONT_FACE.finditer(text)):
        for name in match[1].strip("'\"").split(","):
            name = name.strip().strip("'\"")
            if encoding_from_font(name) is not None:
                return name
    return None


def charset_name(encoding: str) -> str:
    return {
        "tcvn3": "TCVN3 (.VnTime)",
        "vni": "VNI (VNI-Times)",
        "viqr": "VIQR",
        "cp1258": "Windows-1258",
    }.get(encoding, encoding)


class LegacyBar(MessageBar):
    """objectName `legacyBar`: the conversion offer, above the body editor."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legacyBar")
        self.label.setTextFormat(Qt.TextFormat.PlainText)


class LegacyPasteOffer(QObject):
    """Watches the body's pastes, other fields' large insertions and opened articles.

    Owns the `LegacyBar`. The body reports each paste with the clipboard's
    HTML (`MarkdownEdit.pasted`), which may name the font; the title and the
    sapo are watched through their documents, by content alone.
    """

    def __init__(self, edit: QPlainTextEdit, bar: LegacyBar, parent: QObject | None = None):
        super().__init__(parent or edit)
        self._edit = edit  # the body
        self._target = edit  # the field of the current offer
        self._bar = bar
        self._range: QTextCursor | None = None  # follows edits made elsewhere in the document
        self._detection: Detection | None = None
        self._font: str | None = None

    def watch(self, edit: QPlainTextEdit) -> None:
        """Offer conversions for text pasted or dropped into another plain-text field."""

        def inserted(position: int, removed: int, added: int) -> None:
            # removed == added is a re-highlight (the spelling underlines), not new text
            if added >= MIN_INSERTED and added != removed and edit.hasFocus():
                cursor = QTextCursor(edit.document())
                cursor.setPosition(position)
                end = min(position + added, edit.document().characterCount() - 1)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self._offer(cursor, None, pasted=True, edit=edit)

        edit.document().contentsChange.connect(inserted)

    def pasted(self, start: int, end: int, clipboard_html: str = "") -> None:
        """Connected to `MarkdownEdit.pasted`: text now lies at [start, end)."""
        if end <= start:
            return
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._offer(cursor, legacy_font(clipboard_html), pasted=True)

    def opened(self) -> None:
        """An article was loaded: offer to convert its body if it is legacy-encoded."""
        self._bar.hide()
        cursor = QTextCursor(self._edit.document())
        cursor.select(QTextCursor.SelectionType.Document)
        self._offer(cursor, None, pasted=False)

    def _offer(
        self,
        cursor: QTextCursor,
        font: str | None,
        *,
        pasted: bool,
        edit: QPlainTextEdit | None = None,
    ) -> None:
        edit = edit or self._edit
        if edit.isReadOnly():
            return
        text = _selected(cursor)
        detection = detect_encoding(text, font)
        if detection.encoding not in LEGACY:
            return
        converted = convert(text, detection.encoding, font_name=font, guessed=not detection.by_font)
        if converted == text:
            return
        self._range, self._detection, self._font = cursor, detection, font
        self._target = edit
        preview = " ".join(converted.split())
        if len(preview) > PREVIEW_CHARS:
            preview = preview[:PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"
        if pasted:
            message = self.tr("The pasted text looks like %1. Converted to Unicode it reads: “%2”")
        else:
            message = self.tr(
                "This article's text looks like %1. Converted to Unicode it reads: “%2”"
            )
        message = message.replace("%1", charset_name(detection.encoding)).replace("%2", preview)
        self._bar.show_message(
            message,
            "warning",
            [(self.tr("Convert to Unicode"), self.accept), (self.tr("Keep as it is"), self.reject)],
        )

    def accept(self) -> bool:
        """Convert the offered range in one undo step; False if it changed since the offer."""
        cursor, detection = self._range, self._detection
        self._bar.hide()
        self._range = self._detection = None
        if cursor is None or detection is None or not cursor.hasSelection():
            return False
        if self._target.isReadOnly():
            return False
        text = _selected(cursor)
        converted = convert(
            text, detection.encoding, font_name=self._font, guessed=not detection.by_font
        )
        cursor.beginEditBlock()
        cursor.insertText(converted)
        cursor.endEditBlock()
        self._target.setTextCursor(cursor)
        return True

    def reject(self) -> None:
        self._bar.hide()
        self._range = self._detection = None

    @property
    def offered(self) -> bool:
        return self._range is not None


def _selected(cursor: QTextCursor) -> str:
    return cursor.selectedText().replace("\u2029", "\n")
