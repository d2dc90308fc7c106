"""Spelling as the editor types: wavy underlines from the Markdown highlighter, and a context menu.

A document has room for one QSyntaxHighlighter, so spelling is a layer the
Markdown highlighter consults for the block it is painting: Qt re-highlights
only the edited paragraph, so a keystroke costs one paragraph's check (about
a millisecond for a long one). The checker's tables take a moment to build;
that happens once, on a worker thread, and the text is underlined when it is
done. Nothing is checked before then, so opening the desk never waits for it.

Misspellings get Qt's spell-check underline in red; real-word confusions
("xẩy ra") in blue, as word processors mark grammar. Right-clicking one offers
the suggestions (each replaces the word as one undo step), "add to
dictionary" (kept in the user's house dictionary) and "ignore" (this session).
"""

from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from danvan_desktop.vietnamese import SpellChecker, SpellIssue
from danvan_desktop.vietnamese.spelling import CONFUSION

log = logging.getLogger(__name__)

MISSPELT_COLOUR = "#d32f2f"
CONFUSION_COLOUR = "#1d4ed8"
_CACHE_SIZE = 4096  # blocks remembered: re-highlighting unchanged paragraphs costs nothing
# Inline code and link targets are not prose: blank them out, keeping offsets.
_NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>\s]+>")
_WARM_TEXT = "Đổi mới phương thức lãnh đạo, hòan thành, xẩy ra, ngừơi dân Nghệ An."


def _prose(text: str) -> str:
    if "`" not in text and "](" not in text and "<" not in text:
        return text
    return _NOT_PROSE.sub(lambda match: " " * len(match[0]), text)


class SpellingLayer(QObject):
    """What to underline in a block of text, for `MarkdownHighlighter.spelling`.

    Holds the one SpellChecker of the editor (None until it has warmed up),
    the words ignored for this session, and a small cache of block results.
    `changed` asks the editor to re-underline: the checker became ready, the
    dictionary grew, spelling was switched on or off. It carries the word
    concerned (only blocks holding it need a new look), or "" for all.
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checker: SpellChecker | None = None
        self._enabled = True
        self._ignored: set[str] = set()
        self._cache: OrderedDict[str, tuple[SpellIssue, ...]] = OrderedDict()
        self._formats: dict[bool, QTextCharFormat] = {}

    # the checker -------------------------------------------------------------
    def warm_up(self, run_in_background: Callable, extra_words: Callable[[], list[str]], style):
        """Build the checker on a worker thread (`run_in_background(work, success, failure)`)."""

        def work() -> SpellChecker:
            checker = SpellChecker(extra_words(), style=style)
            checker.check(_WARM_TEXT)  # generates the syllable tables once
            checker.suggest("hòan")
            return checker

        run_in_background(work, self.set_checker, lambda error: log.warning("spelling: %s", error))

    def set_checker(self, checker: SpellChecker) -> None:
        self._checker = checker
        self._forget()

    @property
    def ready(self) -> bool:
        return self._checker is not None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.changed.emit("")

    # what to underline -----------------------------------------------------------
    def issues(self, text: str) -> tuple[SpellIssue, ...]:
        """The issues of one block's text, offsets into `text`."""
        if not self._enabled or self._checker is None or not text.strip():
            return ()
        found = self._cache.get(text)
        if found is None:
            found = tuple(
                issue
                for issue in self._checker.check(_prose(text), suggestions=False)
                if issue.word.casefold() not in self._ignored
            )
            self._cache[text] = found
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(text)
        return found

    def issue_at(self, text: str, offset: int) -> SpellIssue | None:
        """The issue covering `offset` (or ending right at it) in a block's text."""
        for issue in self.issues(text):
            if issue.start <= offset <= issue.end:
                return issue
        return None

    def underline(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Called by the highlighter at the end of highlightBlock: add the underlines."""
        for issue in self.issues(text):
            confusion = issue.kind == CONFUSION
            for position in range(issue.start, issue.end):
                merged = QTextCharFormat(highlighter.format(position))
                merged.merge(self._format(confusion))
                highlighter.setFormat(position, 1, merged)

    def _format(self, confusion: bool) -> QTextCharFormat:
        fmt = self._formats.get(confusion)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor(CONFUSION_COLOUR if confusion else MISSPELT_COLOUR))
            self._formats[confusion] = fmt
        return fmt

    # what the editor decides ---------------------------------------------------------
    def suggestions(self, issue: SpellIssue) -> tuple[str, ...]:
        """Suggestions are left out of the per-keystroke check; made here when a menu opens."""
        if issue.suggestions or self._checker is None:
            return issue.suggestions
        return self._checker.suggest(issue.word)

    def add_word(self, word: str) -> None:
        if self._checker is not None:
            self._checker.add_word(word)
        self._forget(word)

    def ignore(self, word: str) -> None:
        self._ignored.add(word.casefold())
        self._forget(word)

    def _forget(self, word: str = "") -> None:
        self._cache.clear()
        self.changed.emit(word)


class Rehighlighter(QObject):
    """Re-highlights a whole document in slices of a few milliseconds, between keystrokes.

    `QSyntaxHighlighter.rehighlight()` would block on a 500 KB article; this
    walks the blocks from a timer, so typing goes on while underlines appear.
    """

    SLICE_MS = 8.0

    def __init__(self, highlighter: QSyntaxHighlighter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._highlighter = highlighter
        self._block = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._slice)

    def start(self, matching: Callable[[str], bool] | None = None) -> None:
        """Re-highlight every block (or those whose text `matching` accepts)."""
        self._matching = matching
        self._block = self._highlighter.document().firstBlock()
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._block is not None

    def finish(self) -> None:
        """Do the rest now (tests, and before a screenshot)."""
        while self._block is not None:
            self._slice(budget_ms=float("inf"))

    def _slice(self, budget_ms: float | None = None) -> None:
        deadline = time.perf_counter() + (budget_ms or self.SLICE_MS) / 1000
        block = self._block
        while block is not None and block.isValid() and time.perf_counter() < deadline:
            if self._matching is None or self._matching(block.text()):
                self._highlighter.rehighlightBlock(block)
            block = block.next()
        if block is None or not block.isValid():
            self._block = None
        else:
            self._block = block
            self._timer.start()


class SpellingMenu(QObject):
    """The spelling part of the body editor's context menu, over Qt's standard one."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        layer: SpellingLayer,
        add_to_dictionary: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or edit)
        self._edit = edit
        self._layer = layer
        self._add_to_dictionary = add_to_dictionary
        edit.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            position = self._edit.cursorForPosition(event.pos()).position()
            menu = self.menu_at(position)
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    def menu_at(self, position: int) -> QMenu | None:
        """The menu for a right-click at document `position`; None when no issue is there."""
        block = self._edit.document().findBlock(position)
        issue = self._layer.issue_at(block.text(), position - block.position())
        if issue is None:
            return None
        start, length = block.position() + issue.start, issue.end - issue.start
        menu = self._edit.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        ours: list[QAction] = []
        suggestions = self._layer.suggestions(issue)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self.replace(start, length, s)
            )
            ours.append(action)
        if not suggestions:
            empty = QAction(self.tr("(no suggestions)"), menu)
            empty.setEnabled(False)
            ours.append(empty)
        if issue.kind != CONFUSION:
            add = QAction(self.tr("Add to dictionary"), menu)
            add.triggered.connect(lambda: self._add_to_dictionary(issue.word))
            ours.append(add)
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.triggered.connect(lambda: self._layer.ignore(issue.word))
        ours.append(ignore)
        menu.insertActions(first, ours)
        menu.insertSeparator(first)
        return menu

    def replace(self, start: int, length: int, text: str) -> None:
        """Put `text` in place of the word: one undo step, the cursor after it."""
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self._edit.setTextCursor(cursor)
