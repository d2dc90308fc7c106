"""Ranking search hits so that matches with the right diacritics come first.

The index finds candidates by folded text (`fold`: "dang" hits đang, đáng,
đảng, dạng…), which is very lossy in Vietnamese. `match_rank` then says how
well a candidate agrees with what the user typed: an exact match, marks and
all, ranks above a folded one, and among folded ones the closer spelling wins.
Tone style and case do not count against a match ("Tỉnh ủy" equals "Tỉnh uỷ").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from danvan_desktop.vietnamese.folding import fold
from danvan_desktop.vietnamese.tones import to_style

T = TypeVar("T")

EXACT = 1.0
FOLDED = 0.5  # the floor of a folded-only match; closer spellings score up to just below 1


def _aligned(text: str) -> tuple[str, list[str]]:
    """The folded text and, for each folded character, the original letter it came from."""
    text = to_style(unicodedata.normalize("NFC", text), "traditional").casefold()
    folded: list[str] = []
    originals: list[str] = []
    for char in text:
        if char.isspace():
            if folded and folded[-1] != " ":
                folded.append(" ")
                originals.append(" ")
            continue
        for piece in fold(char):
            folded.append(piece)
            originals.append(char)
    while folded and folded[-1] == " ":
        folded.pop()
        originals.pop()
    return "".join(folded), originals


def match_rank(query: str, text: str) -> float:
    """0 when `text` does not contain `query` even folded; 1 for an exact match; between.

    A folded match scores 0.5 plus up to 0.49 for the share of the query's
    letters whose marks agree with the text at the best position.
    """
    query_folded, query_letters = _aligned(query)
    text_folded, text_letters = _aligned(text)
    if not query_folded:
        return 0.0
    best = -1.0
    start = text_folded.find(query_folded)
    while start >= 0:
        same = sum(
            1
            for offset, letter in enumerate(query_letters)
            if text_letters[start + offset] == letter
        )
        best = max(best, same / len(query_letters))
        if best == 1.0:
            return EXACT
        start = text_folded.find(query_folded, start + 1)
    if best < 0:
        return 0.0
    return FOLDED + 0.49 * best


def rank_matches(query: str, items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """The items that match `query`, best first; equal ranks keep their order."""
    scored = [(match_rank(query, key(item)), index, item) for index, item in enumerate(items)]
    return [item for rank, _, item in sorted(scored, key=lambda s: (-s[0], s[1])) if rank > 0]
