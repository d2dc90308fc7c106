"""Tone-mark style: traditional "hòa, thủy, ủy, khỏe" against reformed "hoà, thuỷ, uỷ, khoẻ".

Vietnamese usage calls the reformed style "kiểu mới" and the traditional one
"kiểu cũ", the reverse of many English notes, so the code and the interface
name the styles by example, never "old/new". Conversion changes only open
oa, oe and uy (no final consonant, not after qu- or gi-), the one place the
styles differ; everything else, including a mark that is simply misplaced
("hòan"), is left for the spelling checker to report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from danvan_desktop.vietnamese.letters import split_tone, with_tone
from danvan_desktop.vietnamese.normalize import nfc
from danvan_desktop.vietnamese.syllables import STYLES, ToneStyle, parse

WORD = re.compile(r"[^\W\d_]+")

STYLE_EXAMPLES: dict[ToneStyle, str] = {"traditional": "hòa, thủy", "reformed": "hoà, thuỷ"}


@dataclass(frozen=True)
class StyledSyllable:
    """A syllable whose spelling shows one style: where it is and which style."""

    start: int
    end: int
    word: str
    style: ToneStyle


@dataclass(frozen=True)
class StyleCounts:
    traditional: int
    reformed: int

    @property
    def mixed(self) -> bool:
        return self.traditional > 0 and self.reformed > 0

    @property
    def dominant(self) -> ToneStyle | None:
        """The style most syllables use; None when none shows a style or it is a tie."""
        if self.traditional == self.reformed:
            return None
        return "traditional" if self.traditional > self.reformed else "reformed"


@lru_cache(maxsize=65536)
def _style_of(word: str) -> ToneStyle | None:
    syllable = parse(word)
    if syllable is None or syllable.tone_index is None or not syllable.styles_differ:
        return None
    for style in STYLES:
        if syllable.tone_index == syllable.tone_index_for(style):
            return style
    return None


def _restyle(word: str, style: ToneStyle) -> str:
    current = _style_of(word)
    if current is None or current == style:
        return word
    syllable = parse(word)
    assert syllable is not None and syllable.tone_index is not None
    chars = list(word)
    chars[syllable.tone_index] = split_tone(chars[syllable.tone_index])[0]
    target = syllable.tone_index_for(style)
    chars[target] = with_tone(chars[target], syllable.tone)
    return "".join(chars)


def to_style(text: str, style: ToneStyle) -> str:
    """`text` in NFC with every open oa/oe/uy syllable written in `style`, case kept (UỶ ↔ ỦY).

    The other functions here take NFC text, as everything inside the
    application is, so that their offsets are offsets into the caller's text.
    """
    if style not in STYLES:
        raise ValueError(f"unknown tone style {style!r}")
    return WORD.sub(lambda match: _restyle(match[0], style), nfc(text))


def styled_syllables(text: str) -> Iterator[StyledSyllable]:
    """Each syllable whose spelling commits to a style, in order."""
    for match in WORD.finditer(text):
        style = _style_of(match[0])
        if style is not None:
            yield StyledSyllable(match.start(), match.end(), match[0], style)


def detect_styles(text: str) -> StyleCounts:
    """How many syllables of `text` are written in each style."""
    counts = {"traditional": 0, "reformed": 0}
    for found in styled_syllables(text):
        counts[found.style] += 1
    return StyleCounts(counts["traditional"], counts["reformed"])
