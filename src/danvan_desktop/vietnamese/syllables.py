"""The shape of a Vietnamese syllable: onset, rhyme (medial, nucleus, final) and tone.

A syllable is checked against the spelling grammar rather than a word list:
a known onset, a rhyme from the closed list of Vietnamese rhymes, the onset
spelling rules (k/gh/ngh only before e ê i y; c/g/ng never there; qu and gi
as onsets), finals p t c ch taking only sắc or nặng, and the tone mark on the
letter the rules of §2 of the research notes pick. A structure check alone
accepts "qủa", "hòan", "kíên" and "ngừơi"; the tone position check catches them.

Tone placement (Unikey's `getTonePosition` rules): â ê ô win; then ơ (ươ,
uơ) and ư, ă; with a final consonant the last vowel; three vowels take the
middle one; two take the first, except open oa, oe, uy, where the traditional
style ("hòa, thủy") keeps the first and the reformed style ("hoà, thuỷ") takes
the second. That open oa/oe/uy case is the only place the styles differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from danvan_desktop.vietnamese.letters import (
    HOI,
    HUYEN,
    NANG,
    NGA,
    NGANG,
    SAC,
    VOWELS,
    split_tone,
    with_tone,
)

ToneStyle = Literal["traditional", "reformed"]
STYLES: tuple[ToneStyle, ToneStyle] = ("traditional", "reformed")

ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
FINALS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
_STOP_FINALS = frozenset({"c", "ch", "p", "t"})

_RHYMES_TEXT = """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu
    iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot ooc oong
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut
    uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu
    ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêng yêt yêu
    oa oac oach oai oam oan oang oanh oao oap oat oay
    oăc oăm oăn oăng oăt
    oe oem oen oeo oet
    uân uâng uât uây
    uê uêch uên uênh uêt uêu
    uăp uâc uau uit uyn
    uơ
    uy uya uych uyên uyêt uynh uyp uyt uyu
"""
RHYMES = frozenset(_RHYMES_TEXT.split())

_FRONT = frozenset("eêiy")
_SHAPE = re.compile(r"([aăâeêioôơuưy]+)([a-zđ]*)")


@dataclass(frozen=True)
class Syllable:
    """A parsed syllable. `letters` is the lowercase word without its tone mark."""

    letters: str
    onset: str
    vowels: str
    final: str
    tone: int
    tone_index: int | None  # where the tone mark sits in the word; None for ngang

    @property
    def rhyme(self) -> str:
        return self.vowels + self.final

    def tone_index_for(self, style: ToneStyle) -> int:
        """Where the tone mark belongs in `style`."""
        return len(self.onset) + _tone_offset(self.vowels, self.final, style)

    @property
    def styles_differ(self) -> bool:
        """True for open oa, oe, uy: the one case the two styles place differently."""
        return not self.final and self.vowels in ("oa", "oe", "uy")


def _tone_offset(vowels: str, final: str, style: ToneStyle) -> int:
    for letter in "âêôơưă":
        index = vowels.find(letter)
        if index >= 0:
            return index
    if final:
        return len(vowels) - 1
    if len(vowels) == 3:
        return 1
    if len(vowels) == 2 and vowels in ("oa", "oe", "uy") and style == "reformed":
        return 1
    return 0


def _split_word(word: str) -> tuple[str, int, int | None] | None:
    """(lowercase letters without tone, tone, index of the toned letter) or None."""
    letters = []
    tone, tone_index = NGANG, None
    for index, char in enumerate(word):
        base, char_tone = split_tone(char)
        if char_tone != NGANG:
            if tone_index is not None:
                return None
            tone, tone_index = char_tone, index
        letters.append(base.lower())
    return "".join(letters), tone, tone_index


@lru_cache(maxsize=65536)
def parse(word: str) -> Syllable | None:
    """Parse one NFC word into its parts, or None when it is not shaped like a syllable.

    The result says nothing about the tone position; see `diagnose`.
    """
    syllable = _parse_shape(word)
    if syllable is None or (syllable.final in _STOP_FINALS and syllable.tone not in (SAC, NANG)):
        return None
    return syllable


def _parse_shape(word: str) -> Syllable | None:
    split = _split_word(word)
    if split is None:
        return None
    letters, tone, tone_index = split
    onset = ""
    for candidate in ONSETS:
        if letters.startswith(candidate):
            onset = candidate
            break
    rest = letters[len(onset) :]
    if onset == "gi" and not (rest and rest[0] in VOWELS):
        onset, rest = "g", letters[1:]
    match = _SHAPE.fullmatch(rest)
    if match is None:
        return None
    vowels, final = match.groups()
    if final not in FINALS or not _rhyme_allowed(onset, vowels, final):
        return None
    return Syllable(letters, onset, vowels, final, tone, tone_index)


def _rhyme_allowed(onset: str, vowels: str, final: str) -> bool:
    rhyme = vowels + final
    first = vowels[0]
    if onset == "qu":
        # qu spells the onset and the medial: quan is /k/ + oan, quên is /k/ + uên
        return first not in "ou" and ("o" + rhyme in RHYMES or "u" + rhyme in RHYMES)
    if onset == "gi":
        return rhyme in RHYMES or "i" + rhyme in RHYMES
    if rhyme not in RHYMES:
        return False
    if rhyme.startswith("yê"):
        return onset == ""
    if rhyme.startswith("iê") and onset == "":
        return False
    if onset in ("k", "gh", "ngh"):
        return first in _FRONT
    if onset in ("c", "ng"):
        return first not in _FRONT
    if onset == "g":
        return first not in "eê"
    return True


@lru_cache(maxsize=65536)
def diagnose(word: str) -> str | None:
    """None for a valid syllable (either tone style); else why not.

    "structure" (not a Vietnamese syllable shape), "final-tone" (a p/t/c/ch
    final with a tone other than sắc or nặng, as in "mat" or "màt") or
    "tone-position" (the mark sits on the wrong letter, as in "hòan").
    """
    syllable = parse(word)
    if syllable is None:
        return "final-tone" if _parse_shape(word) is not None else "structure"
    if syllable.tone_index is None:
        return None
    if syllable.tone_index in {syllable.tone_index_for(style) for style in STYLES}:
        return None
    return "tone-position"


def is_valid_syllable(word: str) -> bool:
    """True when `word` is a well-formed syllable with its tone mark in place."""
    return diagnose(word) is None


def place_tone(word: str, style: ToneStyle = "traditional") -> str | None:
    """`word` with its tone mark moved to where `style` puts it, keeping case.

    None when the word is not shaped like a syllable. This also repairs a
    misplaced mark ("hòan" → "hoàn", "qủa" → "quả").
    """
    syllable = parse(word)
    if syllable is None:
        return None
    if syllable.tone_index is None:
        return word
    target = syllable.tone_index_for(style)
    if target == syllable.tone_index:
        return word
    chars = [split_tone(char)[0] for char in word]
    chars[target] = with_tone(chars[target], syllable.tone)
    return "".join(chars)


def _compose(letters: str, tone: int, index: int) -> str:
    return letters[:index] + with_tone(letters[index], tone) + letters[index + 1 :]


@cache
def all_syllables() -> frozenset[str]:
    """Every lowercase syllable the grammar allows, in both tone styles.

    Generated from onsets × rhymes × tones instead of shipped as a word list,
    so it cannot disagree with the validator. It is larger than the syllables
    in actual use, which is the price of generating it; suggestions rank by
    closeness to the typed word, so the unused ones rarely surface.
    """
    words: set[str] = set()
    onsets = ("", *ONSETS)
    for onset in onsets:
        for rhyme in RHYMES:
            for written in _written_rhymes(onset, rhyme):
                letters = onset + written
                syllable = _parse_shape(letters)
                if syllable is None or syllable.letters != letters:
                    continue
                if parse(letters) is not None:
                    words.add(letters)
                for tone in (HUYEN, HOI, NGA, SAC, NANG):
                    for style in STYLES:
                        word = _compose(letters, tone, syllable.tone_index_for(style))
                        if parse(word) is not None:
                            words.add(word)
    return frozenset(words)


def _written_rhymes(onset: str, rhyme: str) -> tuple[str, ...]:
    """How `rhyme` is spelled after `onset` (qu and gi absorb a letter)."""
    if onset == "qu":
        return (rhyme[1:],) if rhyme[0] in "ou" and len(rhyme) > 1 else ()
    if onset == "gi" and rhyme.startswith("i") and len(rhyme) > 1:
        return (rhyme, rhyme[1:])
    return (rhyme,)
