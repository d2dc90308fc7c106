"""Spelling as the editor types: wavy underlines from the Markdown highlighter, and a context menu.

A document has room for one QSyntaxHighlighter, so spelling is a layer the
Markdown highlighter consults for the block it is painting. Qt re-highlights
only the edited paragraph, and the layer splits a paragraph into sentences and
remembers each sentence's result. While the editor types, the paragraph under
the cursor is not checked at all: the underlines the edit did not touch move
with the text, and the paragraph is checked once the typist pauses
(`TYPING_PAUSE_MS`), as word processors do, so a keystroke costs no check and
the word being typed is not flagged half-written. The checker's tables take a
moment to build; that happens once, on a worker thread, and the text is
underlined when it is done; nothing is checked before then, so opening the
desk never waits for it.

Misspellings get Qt's spell-check underline in red; real-word confusions
("xẩy ra") in blue, as word processors mark grammar. Right-clicking one offers
the suggestions (each replaces the word as one undo step), "add to
dictionary" (kept in the user's house dictionary) and "ignore" (this session):
see `spelling_menu`.
"""

from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit

from danvan_desktop.gui.debounce import Debouncer
from danvan_desktop.gui.text_fields import utf16_offset
from danvan_desktop.vietnamese import SpellChecker, SpellIssue
from danvan_desktop.vietnamese.spelling import CONFUSION

log = logging.getLogger(__name__)

MISSPELT_COLOUR = "#d32f2f"
CONFUSION_COLOUR = "#1d4ed8"
_CACHE_SIZE = 50_000  # sentences remembered (a 500 KB article has ~4,000)
_BLOCK_CACHE_SIZE = 64  # and whole blocks: what a re-layout or a re-highlight asks again
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # Qt counts these as two positions
# Sentence ends: real-word confusions ("xẩy ra") never straddle one.
_SENTENCE_END = re.compile(r"[.!?;:…]+[\s\u00a0]+")
# Inline code and link targets are not prose: blank them out, keeping offsets.
_NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>\s]+>")
_WARM_TEXT = "Đổi mới phương thức lãnh đạo, hòan thành, xẩy ra, ngừơi dân Nghệ An."


@dataclass
class _Typed:
    """The paragraph being typed in, and what is underlined in it now."""

    document: QTextDocument
    number: int
    text: str
    issues: list[SpellIssue] | None  # None until first asked for


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of `a` and `b` (binary search: slices compare in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def kept_after_edit(old: str, issues: list[SpellIssue], new: str) -> list[SpellIssue]:
    """The `issues` of `old` the edit that made `new` did not touch, moved to their place in `new`.

    An issue running into the edited span (the word being typed on) is
    dropped: it is checked again when typing pauses. One starting right where
    the span ends is kept: the diff cannot tell "typed before the word" from
    "typed a space and a word", and the second is what typists do.
    """
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    edit_end, delta = len(old) - suffix, len(new) - len(old)
    kept = []
    for issue in issues:
        if issue.end < prefix:
            kept.append(issue)
        elif issue.start >= edit_end:
            kept.append(replace(issue, start=issue.start + delta, end=issue.end + delta))
    return kept


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
    checker_ready = Signal()
    TURN_BUDGET_MS = 12.0  # checking allowed per turn of the event loop
    TYPING_PAUSE_MS = 400  # no keystroke for this long: check the paragraph typed in

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checker: SpellChecker | None = None
        self._enabled = True
        self._ignored: set[str] = set()
        self._cache: OrderedDict[str, tuple[SpellIssue, ...]] = OrderedDict()
        self._blocks: dict[str, list[SpellIssue]] = {}  # recent blocks, whole
        self._formats: dict[bool, QTextCharFormat] = {}
        self._spent_ms = 0.0  # checking done in this turn of the event loop
        self._deferred: list[tuple[QSyntaxHighlighter, QTextBlock]] = []
        self._next_turn = QTimer(self, singleShot=True, interval=0)
        self._next_turn.timeout.connect(self._catch_up)
        self._typed: _Typed | None = None
        self._after_pause: list[tuple[QSyntaxHighlighter, QTextBlock]] = []
        self._pause = Debouncer(self.TYPING_PAUSE_MS, self._check_typed, self)

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
        self.checker_ready.emit()

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
    def issues(self, text: str) -> list[SpellIssue]:
        """The issues of one block's text, offsets into `text`."""
        if not self._enabled or self._checker is None or not text.strip():
            return []
        found = self._blocks.get(text)
        if found is not None:
            return found
        found = []
        prose, start = _prose(text), 0
        for match in _SENTENCE_END.finditer(prose):
            found += self._sentence_issues(prose[start : match.end()], start)
            start = match.end()
        found += self._sentence_issues(prose[start:], start)
        self._blocks[text] = found
        if len(self._blocks) > _BLOCK_CACHE_SIZE:
            del self._blocks[next(iter(self._blocks))]
        return found

    def _sentence_issues(self, sentence: str, offset: int) -> list[SpellIssue]:
        issues = self._cache.get(sentence)
        if issues is None:
            assert self._checker is not None
            issues = tuple(
                issue
                for issue in self._checker.check(sentence, suggestions=False)
                if issue.word.casefold() not in self._ignored
            )
            self._cache[sentence] = issues
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(sentence)
        if not offset or not issues:
            return list(issues)
        return [replace(i, start=i.start + offset, end=i.end + offset) for i in issues]

    def issue_at(self, text: str, offset: int) -> SpellIssue | None:
        """The issue covering `offset` (or ending right at it) in a block's text."""
        for issue in self.issues(text):
            if issue.start <= offset <= issue.end:
                return issue
        return None

    def underline(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Called by the highlighter at the end of highlightBlock: add the underlines.

        A keystroke re-highlights one paragraph and costs a sentence's check.
        When Qt highlights many blocks at once (an article opened, a big
        paste), checking stops after `TURN_BUDGET_MS` in one turn of the event
        loop; the remaining blocks are underlined in later turns, so the
        editor stays responsive while a 500 KB article is underlined.
        """
        if self._checker is None or not self._enabled:
            return
        if self._typing_in(highlighter.currentBlock()):
            self._merge_all(highlighter, text, self._carry_over(highlighter, text))
            return
        if self._spent_ms > self.TURN_BUDGET_MS:
            self._deferred.append((highlighter, highlighter.currentBlock()))
            return
        started = time.perf_counter()
        issues = self.issues(text)
        self._spent_ms += (time.perf_counter() - started) * 1000
        if not self._next_turn.isActive():
            self._next_turn.start()
        self._merge_all(highlighter, text, issues)

    def _merge_all(self, highlighter, text: str, issues: list[SpellIssue]) -> None:
        astral = bool(issues) and _ASTRAL.search(text) is not None
        for issue in issues:
            start, end = issue.start, issue.end
            if astral:
                start, end = utf16_offset(text, start), utf16_offset(text, end)
            self._merge(highlighter, start, end, self._format(issue.kind == CONFUSION))

    # typing ---------------------------------------------------------------------------
    def typing_in(self, edit: QPlainTextEdit) -> None:
        """A key is about to change `edit`: its paragraph waits for a pause to be checked."""
        if self._checker is None or not self._enabled:
            return
        block = edit.textCursor().block()
        if not self._typing_in(block):  # a new paragraph, or the first key after a pause
            self._typed = _Typed(block.document(), block.blockNumber(), block.text(), None)
        self._pause.poke()

    def _typing_in(self, block: QTextBlock) -> bool:
        typed = self._typed
        return (
            typed is not None
            and self._pause.is_active()
            and typed.number == block.blockNumber()
            and typed.document is block.document()
        )

    def _carry_over(self, highlighter: QSyntaxHighlighter, text: str) -> list[SpellIssue]:
        typed = self._typed
        assert typed is not None
        if typed.issues is None:
            typed.issues = self.issues(typed.text)  # sentences checked before: cached
        typed.issues = kept_after_edit(typed.text, typed.issues, text)
        typed.text = text
        block = highlighter.currentBlock()
        if not any(waiting == block for _h, waiting in self._after_pause):
            self._after_pause.append((highlighter, block))
        return typed.issues

    def _check_typed(self) -> None:
        """Typing paused: check the paragraphs typed in."""
        self._typed = None
        waiting, self._after_pause = self._after_pause, []
        for highlighter, block in waiting:
            if block.isValid() and block.document() is highlighter.document():
                highlighter.rehighlightBlock(block)

    @staticmethod
    def _merge(highlighter, start: int, end: int, underline: QTextCharFormat) -> None:
        """Add the underline to [start, end), keeping the Markdown formats (run by run)."""
        while start < end:
            base = highlighter.format(start)
            stop = start + 1
            while stop < end and highlighter.format(stop) == base:
                stop += 1
            base.merge(underline)
            highlighter.setFormat(start, stop - start, base)
            start = stop

    def _catch_up(self) -> None:
        """A new turn of the event loop: underline blocks left over from the last one."""
        self._spent_ms = 0.0
        waiting, self._deferred = self._deferred, []
        for number, (highlighter, block) in enumerate(waiting):
            if self._spent_ms > self.TURN_BUDGET_MS:
                self._deferred = waiting[number:] + self._deferred
                break
            if block.isValid() and block.document() is highlighter.document():
                highlighter.rehighlightBlock(block)
        if self._deferred and not self._next_turn.isActive():
            self._next_turn.start()

    def finish(self) -> None:
        """Underline every deferred block now (tests, and before a screenshot)."""
        if self._pause.is_active():
            self._pause.fire_now()
        while self._deferred:
            self._catch_up()

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
        self._typed = None  # its underlines may be stale: check it as any paragraph
        self._cache.clear()
        self._blocks.clear()
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
