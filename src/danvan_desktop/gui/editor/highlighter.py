"""Markdown highlighting that stays cheap per keystroke.

Qt re-highlights only the edited block (plus following blocks whose state
changes), so the cost of a keystroke follows the length of the paragraph, not
of the document. Formats are built once per highlighter, never per block.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

_HEADING = re.compile(r"^#{1,6}\s.*$")
_QUOTE = re.compile(r"^\s{0,3}>.*$")
_LIST = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
_TABLE = re.compile(r"\|")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=[^\s*])(.+?)(?<=[^\s*])\1(?![*\w])")
_CODE = re.compile(r"`[^`]+`")
_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")
_FENCE = re.compile(r"^\s*(```|~~~)")

IN_CODE_BLOCK = 1


def _format(color: str | None = None, *, bold=False, italic=False, mono=False, size=0.0):
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
    if size:
        fmt.setFontPointSize(size)
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    """Headings, emphasis, links and images, quotes, lists, code, tables and rules."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self._heading = _format("#8f1d18", bold=True)
        self._quote = _format("#4b5563", italic=True)
        self._marker = _format("#b45309", bold=True)
        self._rule = _format("#9ca3af")
        self._bold = _format(bold=True)
        self._italic = _format(italic=True)
        self._code = _format("#0f766e", mono=True)
        self._link = _format("#1d4ed8")
        self._table = _format("#9ca3af", bold=True)
        self.spelling = None  # a gui.editor.spelling.SpellingLayer once the editor has one

    def highlightBlock(self, text: str) -> None:
        self._highlight_markdown(text)
        in_code = self.currentBlockState() == IN_CODE_BLOCK or _FENCE.match(text)
        if self.spelling is not None and not in_code:
            self.spelling.underline(self, text)

    def _highlight_markdown(self, text: str) -> None:
        previous = self.previousBlockState()
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(0 if previous == IN_CODE_BLOCK else IN_CODE_BLOCK)
            return
        if previous == IN_CODE_BLOCK:
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(IN_CODE_BLOCK)
            return
        self.setCurrentBlockState(0)
        if not text:
            return
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._heading)
            return
        if _RULE.match(text):
            self.setFormat(0, len(text), self._rule)
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self._quote)
        marker = _LIST.match(text)
        if marker:
            self.setFormat(0, marker.end(), self._marker)
        if "|" in text:
            for match in _TABLE.finditer(text):
                self.setFormat(match.start(), 1, self._table)
        if "*" in text or "_" in text:
            for match in _BOLD.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._bold)
            for match in _ITALIC.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._italic)
        if "`" in text:
            for match in _CODE.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._code)
        if "](" in text:
            for match in _LINK.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._link)
