"""A Vietnamese dictionary-order sort key that any database can compare as plain text.

The order is the Vietnam Lexicography Centre's: the alphabet
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (no digraph letters),
tones ngang < huyền < hỏi < ngã < sắc < nặng (a à ả ã á ạ), letters before
tones, lowercase before uppercase, a shorter prefix first, and multi-syllable
entries compared syllable by syllable ("ba b" < "bà a"). Digits come before
letters.

The key is stored in an indexed column and compared by SQLite (binary) and
PostgreSQL (COLLATE "C", but any collation must give the same answer), so it
is built only from the characters 0-9 and a-z, whose order is the same in
every collation worth the name once case and accents are out of the picture,
and from fixed-width codes, so that plain string order is Vietnamese order.

Layout, per token (a run of letters and digits; anything else separates
tokens, and case and tone are compared within the token first):

    base codes (2 chars each) + "00" + tone digit per letter + case digit per letter

"00" is never a base code, so a token that is a prefix of another sorts first
("an" < "anh") before tones or case are looked at. Two tokens with the same
letters have tone and case parts of equal length, so the next token starts at
the same offset in both keys. Characters outside the Latin alphabet get an
escape code "zz" + 4 base-36 digits of their code point, which sorts after
every letter and keeps the width fixed among themselves.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# The Vietnamese alphabet with the four letters it lacks (f j w z) slotted in
# where the Latin alphabet has them, so foreign words sort sensibly.
_ALPHABET = "0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _code(rank: int) -> str:
    return _DIGITS36[rank // 36] + _DIGITS36[rank % 36]


# rank 0 ("00") is the end-of-letters marker.
_BASE_CODE = {letter: _code(i + 1) for i, letter in enumerate(_ALPHABET)}

# Marks that make a distinct letter of the alphabet rather than a tone.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# ngang (no mark) is 0; then huyền, hỏi, ngã, sắc, nặng. Marks that are
# neither (ü, ç…) come after the Vietnamese tones, in a fixed order.
_TONE_RANK = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_OTHER_MARK = "6"


def _letter_parts(ch: str) -> tuple[str, str, str]:
    """(base code, tone digit, case digit) of one alphanumeric character."""
    lower = ch.lower()
    case = "0" if lower == ch else "1"
    if lower == "đ" or lower == "ð":
        return _BASE_CODE["đ"], "0", case
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[0], decomposed[1:]
    tone = "0"
    for mark in marks:
        letter = _LETTER_MARKS.get((base, mark))
        if letter is not None:
            base = letter
        elif mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
        else:
            tone = _OTHER_MARK
    code = _BASE_CODE.get(base)
    if code is None:
        code = "zz" + _base36(ord(lower), 4)
    return code, tone, case


def _base36(number: int, width: int) -> str:
    digits = []
    for _ in range(width):
        number, digit = divmod(number, 36)
        digits.append(_DIGITS36[digit])
    return "".join(reversed(digits))


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isalnum() or (current and unicodedata.combining(ch)):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def sort_key(text: str) -> str:
    """The Vietnamese dictionary-order key of `text`: only [0-9a-z], fixed-width codes."""
    parts: list[str] = []
    for token in _tokens(text):
        bases, tones, cases = [], [], []
        for ch in token:
            if unicodedata.combining(ch):
                # A mark NFC could not compose onto the letter before it.
                tones[-1] = _TONE_RANK.get(ch, _OTHER_MARK)
                continue
            base, tone, case = _letter_parts(ch)
            bases.append(base)
            tones.append(tone)
            cases.append(case)
        parts.append("".join(bases) + "00" + "".join(tones) + "".join(cases))
    return "".join(parts)


def vietnamese_sorted(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """Sort strings (or objects, through `key`) in Vietnamese dictionary order."""
    if key is None:
        return sorted(items, key=lambda item: sort_key(str(item)))
    return sorted(items, key=lambda item: sort_key(key(item)))


def person_name_sort_key(name: str) -> str:
    """Key for a person's full name: given name (last syllable) first, then the rest.

    Vietnamese lists of people are ordered by given name, then family and
    middle names ("Trần Văn An" before "Nguyễn Thị Bình").
    """
    syllables = name.split()
    if len(syllables) < 2:
        return sort_key(name)
    return sort_key(" ".join([syllables[-1], *syllables[:-1]]))
