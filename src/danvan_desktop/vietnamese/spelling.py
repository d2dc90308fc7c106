"""Spelling: malformed syllables, misplaced tone marks and real-word confusions.

Vietnamese is checked syllable by syllable against the spelling grammar
(`syllables`), which accepts both tone styles, so "ủy" and "uỷ" are never
flagged here (mixing them is a lint question). Tokens that are not meant to
be Vietnamese syllables are left alone: acronyms in capitals (MTTQ, HĐND),
single letters ("Đ/c"), numbers, URLs and e-mail addresses, and words in the
house dictionary (bundled names and loanwords, plus what users add).
Real-word errors ("xẩy ra", "nhân diện") are valid syllables, so a phrase
list catches them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from danvan_desktop.resource_files import resource_path
from danvan_desktop.vietnamese.folding import fold
from danvan_desktop.vietnamese.letters import split_tone
from danvan_desktop.vietnamese.normalize import nfc
from danvan_desktop.vietnamese.syllables import (
    STYLES,
    ToneStyle,
    all_syllables,
    diagnose,
    place_tone,
)
from danvan_desktop.vietnamese.tones import to_style

MISSPELLING = "misspelling"
TONE_POSITION = "tone-position"
CONFUSION = "confusion"

_WORD = re.compile(r"[^\W\d_]+")
_SKIP_WEB = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_SKIP_CODES = re.compile(r"\S*\d\S*")
_LETTERS = "abcdefghijklmnopqrstuvwxyzđ"


@dataclass(frozen=True)
class SpellIssue:
    """One finding: the span [start, end) of `word` in the checked text and what to offer.

    `kind` is "misspelling" (not a Vietnamese syllable), "tone-position"
    (the mark sits on the wrong letter: "hòan") or "confusion" (a valid
    phrase that is a known mistake: "xẩy ra").
    """

    start: int
    end: int
    word: str
    kind: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class _Confusion:
    wrong: str
    right: str
    note: str


@cache
def _confusions() -> tuple[re.Pattern[str], dict[str, _Confusion]]:
    entries: dict[str, _Confusion] = {}
    text = resource_path("dictionaries", "confusions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        wrong, right, note = (nfc(part.strip()) for part in line.split("\t"))
        entries[wrong.casefold()] = _Confusion(wrong, right, note)
    alternatives = sorted(entries, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in alternatives)
    pattern = re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)
    return pattern, entries


@cache
def house_words() -> frozenset[str]:
    """The bundled house dictionary, case-folded, one entry per word."""
    text = resource_path("dictionaries", "house-vi.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(_entry_words(line))
    return frozenset(words)


def _entry_words(entry: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(nfc(entry))]


@cache
def _by_skeleton() -> dict[str, tuple[str, ...]]:
    """Every generated syllable, grouped by its folded form ("nguoi" → người, ngươi…)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in all_syllables():
        groups[fold(word)].append(word)
    return {key: tuple(sorted(words)) for key, words in groups.items()}


def _edits(skeleton: str) -> set[str]:
    """Folded forms one edit away: deletion, transposition, replacement, insertion."""
    splits = [(skeleton[:i], skeleton[i:]) for i in range(len(skeleton) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + c + right[1:] for left, right in splits if right for c in _LETTERS}
    edits |= {left + c + right for left, right in splits for c in _LETTERS}
    return edits


@cache
def common_syllables() -> frozenset[str]:
    """Frequent syllables in both tone styles, to rank suggestions."""
    text = resource_path("dictionaries", "common-syllables.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            for word in nfc(line).split():
                words.add(word)
                words.add(to_style(word, "reformed"))
    return frozenset(words)


_COMMON_BONUS = 6  # worth a little more than one letter's marks


def _letter_score(typed: str, candidate: str) -> int | None:
    """How well one letter matches: 5 the same, 4 the same but its tone, 2 only folded."""
    if split_tone(typed)[0] == split_tone(candidate)[0]:
        return 5 if typed == candidate else 4
    if fold(typed) == fold(candidate):
        return 2
    return None


def _closeness(typed: str, candidate: str) -> int:
    """How much of what was typed a candidate keeps: letters first, then marks, then tone.

    Letters are matched from the front and then from the back, so a letter dropped in
    the middle ("tiếg" for "tiếng") still counts the letters after it.
    """
    score = front = 0
    for a, b in zip(typed, candidate, strict=False):
        letter = _letter_score(a, b)
        if letter is None:
            break
        score, front = score + letter, front + 1
    for a, b in zip(reversed(typed[front:]), reversed(candidate[front:]), strict=False):
        letter = _letter_score(a, b)
        if letter is None:
            break
        score += letter
    typed_tone = max((split_tone(c)[1] for c in typed), default=0)
    candidate_tone = max((split_tone(c)[1] for c in candidate), default=0)
    if typed_tone == candidate_tone:
        score += 1
    return score - 3 * abs(len(typed) - len(candidate))


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class SpellChecker:
    """Checks text for misspelt syllables and known confusions.

    `extra_words` is the user's house dictionary (names, terms); words may be
    added later with `add_word`. `style` ranks suggestions of that tone style
    first; None ranks them by closeness alone.
    """

    def __init__(self, extra_words: Iterable[str] = (), *, style: ToneStyle | None = None):
        if style is not None and style not in STYLES:
            raise ValueError(f"unknown tone style {style!r}")
        self._style = style
        self._extra: set[str] = set()
        for entry in extra_words:
            self._extra.update(_entry_words(entry))

    def add_word(self, word: str) -> None:
        """Accept `word` from now on ("add to dictionary")."""
        self._extra.update(_entry_words(word))

    def is_known(self, word: str) -> bool:
        """True when `word` is a valid syllable or in a dictionary."""
        folded = word.casefold()
        return diagnose(word) is None or folded in self._extra or folded in house_words()

    def check(self, text: str, *, suggestions: bool = True) -> list[SpellIssue]:
        """All issues in `text`, in order of position.

        Suggesting costs far more than checking (tens of milliseconds for a
        word far from any syllable), so the editor's per-keystroke pass asks
        for none and calls `suggest` when a menu opens; misspellings then carry
        an empty `suggestions`.
        """
        issues = [
            issue
            for word, start in self._words(text)
            if (issue := self._word_issue(word, start, suggestions))
        ]
        issues.extend(self._confusion_issues(text))
        issues.sort(key=lambda issue: (issue.start, issue.end))
        return issues

    def _words(self, text: str) -> Iterable[tuple[str, int]]:
        skipped = [match.span() for match in _SKIP_CODES.finditer(text)]
        if "@" in text or "://" in text or "www." in text:
            skipped.extend(match.span() for match in _SKIP_WEB.finditer(text))
            skipped.sort()
        index = 0
        for match in _WORD.finditer(text):
            start = match.start()
            while index < len(skipped) and skipped[index][1] <= start:
                index += 1
            if index < len(skipped) and skipped[index][0] <= start < skipped[index][1]:
                continue
            yield match[0], start

    def _word_issue(self, word: str, start: int, suggestions: bool = True) -> SpellIssue | None:
        if len(word) < 2:
            return None
        reason = diagnose(word)
        if reason is None:
            return None
        folded = word.casefold()
        if folded in self._extra or folded in house_words():
            return None
        if word.isupper():
            return None  # an acronym
        kind = TONE_POSITION if reason == "tone-position" else MISSPELLING
        offered = self.suggest(word) if suggestions else ()
        return SpellIssue(start, start + len(word), word, kind, offered)

    def _confusion_issues(self, text: str) -> Iterable[SpellIssue]:
        pattern, entries = _confusions()
        for match in pattern.finditer(text):
            found = match[0]
            entry = entries[" ".join(found.split()).casefold()]
            right = _match_case(found, entry.right) if not found.isupper() else entry.right.upper()
            yield SpellIssue(match.start(), match.end(), found, CONFUSION, (right,))

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Likely intended spellings of `word`, best first, in the word's case."""
        return _suggest(nfc(word), limit, self._style)


@cache
def _suggest(word: str, limit: int, style: ToneStyle | None) -> tuple[str, ...]:
    lower = word.lower()
    ranked: list[str] = []
    for candidate_style in (style or "traditional", "reformed", "traditional"):
        fixed = place_tone(lower, candidate_style)
        if fixed is not None and fixed != lower and diagnose(fixed) is None and fixed not in ranked:
            ranked.append(fixed)
    groups = _by_skeleton()
    skeleton = fold(lower)
    candidates = set(groups.get(skeleton, ()))
    if len(candidates) < limit:
        for edit in _edits(skeleton):
            candidates.update(groups.get(edit, ()))
    candidates.discard(lower)

    common = common_syllables()

    def order(candidate: str) -> tuple[int, int, str]:
        in_style = 0 if style is None or place_tone(candidate, style) == candidate else 1
        bonus = _COMMON_BONUS if candidate in common else 0
        return (-_closeness(lower, candidate) - bonus, in_style, candidate)

    for candidate in sorted(candidates, key=order):
        if candidate not in ranked:
            ranked.append(candidate)
        if len(ranked) >= limit:
            break
    return tuple(_match_case(word, candidate) for candidate in ranked[:limit])
