"""Vietnamese letters as (base letter, tone) pairs, and back.

Everything that reasons about syllables (tone style, spelling, legacy
encodings, detection) works on the 12 vowel letters a ă â e ê i o ô ơ u ư y
plus đ, each carrying one of six tones. Unicode has a precomposed character
for every pair; the tables here are derived from `unicodedata` on first use,
so they cannot drift from the Unicode standard.
"""

from __future__ import annotations

import unicodedata
from functools import cache

VOWELS = "aăâeêioôơuưy"

# Tone numbers in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
NGANG, HUYEN, HOI, NGA, SAC, NANG = range(6)
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

_SHAPE_MARKS = {
    "ă": "a\u0306",
    "â": "a\u0302",
    "ê": "e\u0302",
    "ô": "o\u0302",
    "ơ": "o\u031b",
    "ư": "u\u031b",
}


@cache
def _tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    split: dict[str, tuple[str, int]] = {}
    join: dict[tuple[str, int], str] = {}
    for vowel in VOWELS:
        bare = _SHAPE_MARKS.get(vowel, vowel)
        for tone, mark in enumerate(TONE_MARKS):
            lower = unicodedata.normalize("NFC", bare + mark)
            for base, char in ((vowel, lower), (vowel.upper(), lower.upper())):
                split[char] = (base, tone)
                join[base, tone] = char
    for char in "đĐ":
        split[char] = (char, NGANG)
        join[char, NGANG] = char
    return split, join


def split_tone(char: str) -> tuple[str, int]:
    """(letter without tone, tone) of one NFC character; other characters have tone 0."""
    return _tables()[0].get(char, (char, NGANG))


def with_tone(base: str, tone: int) -> str:
    """The precomposed character for a base vowel (any case) carrying `tone`."""
    if tone == NGANG:
        return base
    return _tables()[1].get((base, tone), base)


@cache
def vietnamese_only_letters() -> frozenset[str]:
    """Letters that exist in Vietnamese Unicode text but never in cp1252-decoded bytes.

    A paragraph containing one of these is already Unicode Vietnamese, so a
    legacy converter must leave it alone.
    """
    return frozenset(ch for ch in _tables()[0] if ch.encode("cp1252", errors="replace") == b"?")
