"""Where a comment's passage is now, after the text it was written against has been edited.

A comment keeps the offsets and the text of the passage as the reviewer selected
it. Nothing is stored again when the article changes: every read finds the passage
afresh in the current text, so an anchor is never silently wrong. The search tries,
in order, the old place, the exact text nearest the old place, and then a fuzzy
match for a passage that was lightly edited (a tone mark fixed, a word added);
when none holds, the comment is outdated and shows its quoted passage instead.

Offsets count Python characters (code points) of the NFC text as stored. Qt's
text positions count UTF-16 units; the two agree for Vietnamese, which lies in
the Basic Multilingual Plane, and differ only after an emoji or similar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

# How similar a passage must stay to keep its comment (difflib ratio, 0..1).
FUZZY_THRESHOLD = 0.72
# Below this many characters a passage is too short to find by similarity alone.
MIN_FUZZY_CHARS = 8
_WORD_CHAR = re.compile(r"\w", re.UNICODE)


class AnchorState(StrEnum):
    KEPT = "kept"  # the passage is where it was
    MOVED = "moved"  # the same text, elsewhere in the field
    CHANGED = "changed"  # a lightly edited passage, found by similarity
    OUTDATED = "outdated"  # the passage is gone; show the quote, not a place
    FIELD = "field"  # the comment is on a whole field
    ARTICLE = "article"  # the comment is on the article as a whole


@dataclass(frozen=True, slots=True)
class AnchorPlace:
    """Where to draw a comment now: `start`/`end` are None unless the state has a place."""

    state: AnchorState
    start: int | None = None
    end: int | None = None

    @property
    def located(self) -> bool:
        return self.start is not None


def locate(text: str, start: int, end: int, quote: str) -> AnchorPlace:
    """Find the passage `quote`, once at `text[start:end]` of an older text, in `text`."""
    if not quote:
        return AnchorPlace(AnchorState.OUTDATED)
    if text[start:end] == quote:
        return AnchorPlace(AnchorState.KEPT, start, end)
    exact = _nearest_occurrence(text, quote, start)
    if exact is not None:
        return AnchorPlace(AnchorState.MOVED, exact, exact + len(quote))
    fuzzy = _similar_passage(text, quote, start)
    if fuzzy is not None:
        return AnchorPlace(AnchorState.CHANGED, *fuzzy)
    return AnchorPlace(AnchorState.OUTDATED)


def _nearest_occurrence(text: str, quote: str, near: int) -> int | None:
    best: int | None = None
    found = text.find(quote)
    while found != -1:
        if best is None or abs(found - near) < abs(best - near):
            best = found
        found = text.find(quote, found + 1)
    return best


def _similar_passage(text: str, quote: str, near: int) -> tuple[int, int] | None:
    """The stretch of `text` most like `quote`, looked for near the old place first."""
    if len(quote.strip()) < MIN_FUZZY_CHARS or not text:
        return None
    margin = 2 * len(quote)
    regions = [(max(0, near - margin), min(len(text), near + len(quote) + margin))]
    if regions[0] != (0, len(text)):
        regions.append((0, len(text)))
    for low, high in regions:
        found = _best_window(text, low, high, quote)
        if found is not None:
            return found
    return None


def _best_window(text: str, low: int, high: int, quote: str) -> tuple[int, int] | None:
    # `quote` is the second sequence: difflib indexes it, and it is the short one.
    matcher = SequenceMatcher(None, text, quote, autojunk=False)
    longest = matcher.find_longest_match(low, high, 0, len(quote))
    if longest.size == 0:
        return None
    # Align the quote on its longest common run, then let the matched pieces set the edges.
    slack = len(quote) // 2 + 1
    window_low = max(low, longest.a - longest.b - slack)
    window_high = min(high, longest.a - longest.b + len(quote) + slack)
    blocks = [
        block
        for block in SequenceMatcher(
            None, text[window_low:window_high], quote, autojunk=False
        ).get_matching_blocks()
        if block.size >= 2
    ]
    if not blocks:
        return None
    start = window_low + blocks[0].a - blocks[0].b
    end = window_low + blocks[-1].a + len(quote) - blocks[-1].b
    start, end = _snap_to_words(text, max(low, start), min(high, end))
    if SequenceMatcher(None, text[start:end], quote, autojunk=False).ratio() < FUZZY_THRESHOLD:
        return None
    return start, end


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen to whole syllables and trim blanks, so a highlight never cuts a word in two."""
    while 0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start]):
        start -= 1
    while 0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_word(char: str) -> bool:
    return bool(_WORD_CHAR.match(char))
