"""The body editor: a plain-text Markdown widget that keeps Vietnamese text whole.

- Vietnamese typing as in every field of the editor (`ComposedInput`): NFC
  commits, lone combining marks composed, no word lost on a focus change.
- Pasted rich text becomes clean Markdown (`importers.html_markdown`), plain
  text is NFC, and pasted or dropped pictures go to the store through
  `image_handler`, which inserts them with a caption.
- Formatting commands (bold, headings, lists, links, tables…) edit the
  Markdown source, each as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QFont, QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from danvan_desktop.gui.editor.vietnamese_input import ComposedInput
from danvan_desktop.vietnamese import nfc

ImageHandler = Callable[[bytes, str], None]  # picture bytes, original file name
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})


class MarkdownEdit(ComposedInput, QPlainTextEdit):
    """QPlainTextEdit for article Markdown; objectName `markdownEditor`."""

    pasted = Signal(int, int, str)  # start, end of what a paste inserted; the clipboard's HTML

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        self.image_handler: ImageHandler | None = None
        # Called before a key or an input-method commit reaches the document. A plain
        # callback, not a signal: it runs on every keystroke (bench/bench_desk.py).
        self.before_typing: Callable[[], None] | None = None
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        font = QFont(["Noto Serif", "Liberation Serif", "DejaVu Serif", "Times New Roman"])
        font.setPointSizeF(12.5)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.setCursorWidth(2)

    # Vietnamese input (the rest is ComposedInput's) ----------------------------------
    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString() and self.before_typing is not None:
            self.before_typing()
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.before_typing is not None:
            self.before_typing()
        super().keyPressEvent(event)

    # paste and drop -------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        start = self.textCursor().selectionStart()
        clipboard_html = source.html() if source.hasHtml() else ""
        self._insert_mime_data(source)
        self.pasted.emit(start, self.textCursor().position(), clipboard_html)

    def _insert_mime_data(self, source: QMimeData) -> None:
        if source.hasUrls() and self.image_handler is not None:
            files = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]
            pictures = [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES]
            if pictures:
                for picture in pictures:
                    self.image_handler(picture.read_bytes(), picture.name)
                return
        if source.hasHtml():
            from danvan_desktop.importers.html_markdown import html_to_markdown

            markdown = html_to_markdown(source.html())
            if markdown:
                self.insert_block_text(markdown)
                return
        if source.hasImage() and self.image_handler is not None and not source.hasText():
            self._paste_image(source)
            return
        if source.hasText():
            self.textCursor().insertText(nfc(source.text().replace("\r\n", "\n")))
            self.ensureCursorVisible()

    def _paste_image(self, source: QMimeData) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        image = source.imageData()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if image is not None and not image.isNull() and image.save(buffer, "PNG"):
            self.image_handler(bytes(data.data()), "clipboard.png")  # type: ignore[misc]

    def insert_block_text(self, markdown: str) -> None:
        """Insert paragraphs so that they stand apart from the text around them."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block_text = cursor.block().text()
        if block_text.strip() and cursor.positionInBlock() > 0:
            cursor.insertText("\n\n")
        cursor.insertText(markdown)
        if cursor.block().next().isValid() and cursor.block().next().text().strip():
            cursor.insertText("\n\n")
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # formatting commands ---------------------------------------------------------
    def toggle_wrap(self, marker: str, placeholder: str) -> None:
        """Bold or italic: wrap the selection in `marker`, or unwrap it if wrapped."""
        cursor = self.textCursor()
        text = cursor.selectedText()
        cursor.beginEditBlock()
        if text.startswith(marker) and text.endswith(marker) and len(text) >= 2 * len(marker):
            cursor.insertText(text[len(marker) : -len(marker)])
        elif text:
            stripped = text.rstrip()
            cursor.insertText(f"{marker}{stripped}{marker}{text[len(stripped) :]}")
        else:
            start = cursor.position()
            cursor.insertText(f"{marker}{placeholder}{marker}")
            cursor.setPosition(start + len(marker))
            cursor.setPosition(start + len(marker) + len(placeholder), cursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _selected_blocks(self) -> tuple[QTextCursor, list]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        return cursor, blocks

    def set_line_prefix(self, make_prefix: Callable[[int], str], pattern: str) -> None:
        """Give each selected line a prefix (list markers, quote), or take it away."""
        import re

        matcher = re.compile(pattern)
        cursor, blocks = self._selected_blocks()
        remove = all(matcher.match(b.text()) for b in blocks if b.text().strip())
        cursor.beginEditBlock()
        number = 0
        for block in blocks:
            if not block.text().strip() and len(blocks) > 1:
                continue
            edit = QTextCursor(block)
            existing = re.match(r"^(\s*(?:[-+*]|\d+[.)]|>|#{1,6})\s+)", block.text())
            if existing:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right,
                    QTextCursor.MoveMode.KeepAnchor,
                    len(existing.group(1)),
                )
                edit.removeSelectedText()
            if not remove:
                number += 1
                edit.insertText(make_prefix(number))
        cursor.endEditBlock()

    def set_heading(self, level: int) -> None:
        self.set_line_prefix(lambda _n: "#" * level + " ", rf"^#{{{level}}}\s")

    def insert_snippet(self, snippet: str, *, select: str = "") -> None:
        """Insert a block (table, rule, image) on lines of its own; select `select` in it."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.clearSelection()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n\n")
        elif cursor.block().previous().isValid() and cursor.block().previous().text().strip():
            cursor.insertText("\n")
        start = cursor.position()
        cursor.insertText(snippet + "\n")
        cursor.endEditBlock()
        if select and select in snippet:
            offset = start + snippet.index(select)
            cursor.setPosition(offset)
            cursor.setPosition(offset + len(select), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def insert_link(self, url: str, text: str) -> None:
        cursor = self.textCursor()
        label = cursor.selectedText() or text or url
        cursor.insertText(f"[{nfc(label)}]({url.strip().replace(' ', '%20')})")
        self.setTextCursor(cursor)

    def insert_image(self, reference: str, caption: str) -> None:
        """A picture on its own line; its alt text is the caption, selected to be typed over."""
        caption = nfc(caption).replace("]", ")").replace("[", "(")
        self.insert_snippet(f"![{caption}]({reference})", select=caption)

    def set_markdown(self, text: str) -> None:
        """Load text (NFC) as a fresh document: no undo history across articles."""
        self.setPlainText(nfc(text))
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
