"""Lint rules about the document as a whole: consistency, repetition and references.

Consistency rules (tone style, date format) take what most of the text does
as the house choice and flag the rest, so a fix never turns a consistent
article into another consistent article behind the editor's back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from danvan_desktop.resource_files import resource_path
from danvan_desktop.vietnamese.charsets import decode_tcvn3
from danvan_desktop.vietnamese.findings import Finding
from danvan_desktop.vietnamese.letters import vietnamese_only_letters
from danvan_desktop.vietnamese.lint_spacing import (
    check_dashes,
    check_punctuation_spacing,
    check_quotes,
    check_spaces,
)
from danvan_desktop.vietnamese.normalize import nfc
from danvan_desktop.vietnamese.syllables import ToneStyle, is_valid_syllable
from danvan_desktop.vietnamese.tones import (
    STYLE_EXAMPLES,
    detect_styles,
    styled_syllables,
    to_style,
)

Rule = Callable[[str, ToneStyle | None], Iterable[Finding]]

_BLOCK_SEPARATOR = re.compile(r"\n[ \t\u00a0]*\n\s*")
_MIN_REPEATED = 20  # characters; shorter blocks ("Ảnh:", a heading) may repeat on purpose
_DOC_REF = re.compile(
    r"(?<![\w/])(\d{1,4})(?:[ \u00a0]+-[ \u00a0]*|[ \u00a0]*-[ \u00a0]+)"
    r"((?:[A-ZĐ][A-ZĐ0-9]*)(?:-[A-ZĐ][A-ZĐ0-9]*)*(?:/[A-ZĐ][A-ZĐ0-9]*)+)(?![\w/])"
)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-]?\d)")
_WORD_DATE = re.compile(r"\bngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})\b", re.IGNORECASE)
_CAPS_WORD = re.compile(r"(?<![\w/-])[A-ZĐ][A-ZĐ]{1,6}(?![\w/])")
_SOFT_HYPHEN_WORD = re.compile(r"[^\W\d_]*(?:\u00ad+[^\W\d_]*)+")
_SOFT_HYPHENS = re.compile(r"\u00ad+")


def check_tone_style(text: str, tone_style: ToneStyle | None) -> Iterator[Finding]:
    """Syllables whose tone mark follows the other style than the rest (or the house)."""
    counts = detect_styles(text)
    wanted = tone_style or counts.dominant or "traditional"
    if tone_style is None and not counts.mixed:
        return
    other = "reformed" if wanted == "traditional" else "traditional"
    for found in styled_syllables(text):
        if found.style != wanted:
            yield Finding(
                "tone-style-mixed",
                found.start,
                found.end,
                f"Kiểu đặt dấu thanh không thống nhất: “{found.word}” theo kiểu "
                f"“{STYLE_EXAMPLES[other]}”, phần lớn bài theo kiểu “{STYLE_EXAMPLES[wanted]}”.",
                f"Mixed tone-mark styles: “{found.word}” is written like "
                f"“{STYLE_EXAMPLES[other]}”, the article like “{STYLE_EXAMPLES[wanted]}”.",
                fix=to_style(found.word, wanted),
            )


def check_repeated_paragraphs(text: str, _: ToneStyle | None = None) -> Iterator[Finding]:
    """A paragraph that repeats an earlier one; removable when it follows its twin."""
    seen: dict[str, int] = {}
    previous_key, previous_end = None, 0
    for start, end in _blocks(text):
        key = " ".join(text[start:end].split())
        if len(key) >= _MIN_REPEATED and key in seen:
            adjacent = key == previous_key
            yield Finding(
                "repeated-paragraph",
                previous_end if adjacent else start,
                end,
                "Đoạn văn bị lặp lại" + (" ngay sau chính nó." if adjacent else "."),
                "This paragraph repeats "
                + ("the one before it." if adjacent else "an earlier one."),
                fix="" if adjacent else None,
            )
        else:
            seen.setdefault(key, start)
        previous_key, previous_end = key, end


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for separator in _BLOCK_SEPARATOR.finditer(text):
        if text[position : separator.start()].strip():
            yield position, separator.start()
        position = separator.end()
    if text[position:].strip():
        yield position, len(text.rstrip())


def check_document_references(text: str, _: ToneStyle | None = None) -> Iterator[Finding]:
    """Party document numbers written with spaces: "201 - KH/TU" → "201-KH/TU"."""
    for match in _DOC_REF.finditer(text):
        fixed = f"{match[1]}-{match[2]}"
        yield Finding(
            "document-reference-spacing",
            *match.span(),
            f"Số hiệu văn bản viết liền, không cách: “{fixed}”.",
            f"Write document numbers without spaces: “{fixed}”.",
            fix=fixed,
        )


def _date_style(day: str, month: str) -> str:
    padded = [part.startswith("0") for part in (day, month)]
    unpadded = [len(part) == 1 for part in (day, month)]
    if any(padded) and any(unpadded):
        return "inconsistent"
    if any(padded):
        return "padded"
    if any(unpadded):
        return "unpadded"
    return "either"


def check_dates(text: str, _: ToneStyle | None = None) -> Iterator[Finding]:
    """Dates written in more than one way: 25/6/2019 beside 07/01/2016, 03/3/2016,
    3-3-2016 or 3.3.2016, and "ngày … tháng … năm …" beside numeric dates."""
    dates = []  # (match, separator or None for words, padding style)
    for match in _NUMERIC_DATE.finditer(text):
        day, separator, month = match[1], match[2], match[3]
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            dates.append((match, separator, _date_style(day, month)))
    for match in _WORD_DATE.finditer(text):
        dates.append((match, None, "words"))
    styles = Counter(style for _, _, style in dates if style not in ("either", "inconsistent"))
    numeric = {s: n for s, n in styles.items() if s != "words"}
    separators = Counter(separator for _, separator, _ in dates if separator)
    # Ties go to the unpadded form ("7/1/2016") and the slash, the usual ones in the press.
    wanted = max(numeric, key=lambda s: (numeric[s], s == "unpadded")) if numeric else "unpadded"
    wanted_separator = (
        max(separators, key=lambda s: (separators[s], s == "/")) if separators else "/"
    )
    mixed = len(styles) > 1 or len(separators) > 1
    if not mixed and not any(style == "inconsistent" for _, _, style in dates):
        return
    for match, separator, style in dates:
        if style in ("either", wanted) and separator == wanted_separator:
            continue
        if style == "words":
            day, month, year = (int(part) for part in match.groups())
        else:
            day, month, year = int(match[1]), int(match[3]), int(match[4])
        form = "{:02d}" if wanted == "padded" else "{}"
        fixed = wanted_separator.join((form.format(day), form.format(month), str(year)))
        yield Finding(
            "date-format-mixed",
            *match.span(),
            f"Cách viết ngày tháng không thống nhất; nên viết “{fixed}”.",
            f"Dates are written in different ways; write “{fixed}”.",
            fix=None if style == "words" else fixed,
        )


@cache
def known_acronyms() -> dict[str, tuple[str, bool]]:
    """Acronym → (expansion, well known) from resources/dictionaries/acronyms.tsv."""
    table = {}
    text = resource_path("dictionaries", "acronyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            acronym, expansion, well_known = (nfc(part.strip()) for part in line.split("\t"))
            table[acronym] = (expansion, well_known == "yes")
    return table


def check_acronyms(text: str, _: ToneStyle | None = None) -> Iterator[Finding]:
    """An acronym whose first use is not introduced as "Full name (ACRONYM)"."""
    known = known_acronyms()
    reported: set[str] = set()
    for match in _CAPS_WORD.finditer(text):
        acronym = match[0]
        if acronym in reported or _in_headline(text, match.start()):
            continue
        expansion, well_known = known.get(acronym, ("", False))
        if well_known or (is_valid_syllable(acronym) and acronym not in known):
            continue
        reported.add(acronym)
        if f"({acronym})" in text[: match.end() + 1]:
            continue
        yield Finding(
            "acronym-undefined",
            *match.span(),
            f"Chữ viết tắt “{acronym}” chưa được viết đầy đủ ở lần dùng đầu tiên"
            + (f" (“{expansion} ({acronym})”)." if expansion else "."),
            f"The acronym “{acronym}” is not spelled out at its first use"
            + (f" (“{expansion} ({acronym})”)." if expansion else "."),
            fix=f"{expansion} ({acronym})" if expansion else None,
        )


def check_soft_hyphens(text: str, _: ToneStyle | None = None) -> Iterator[Finding]:
    """Invisible soft hyphens (U+00AD): removable, unless they are TCVN3's "ư".

    In .VnTime text byte 0xAD is the letter ư, so "ng\u00adêi" is "người" never
    converted: removing the soft hyphen would lose the letter, so that word is
    flagged as legacy text without a fix.
    """
    if "\u00ad" not in text:
        return
    for match in _SOFT_HYPHEN_WORD.finditer(text):
        word = match[0]
        decoded = decode_tcvn3(word)
        if _between_letters(word) and _reads_as_tcvn3(word, decoded):
            yield Finding(
                "soft-hyphen-legacy",
                *match.span(),
                f"“{word.replace(chr(0xAD), '')}” chứa dấu gạch nối mềm giữa hai chữ cái: "
                f"có lẽ đây là văn bản mã TCVN3 (.VnTime) chưa chuyển sang Unicode "
                f"(“{decoded}”); hãy chuyển mã thay vì xóa dấu này.",
                f"“{word.replace(chr(0xAD), '')}” has a soft hyphen between letters: it is "
                f"likely legacy TCVN3 (.VnTime) text not converted to Unicode (“{decoded}”); "
                "convert it rather than removing the character.",
            )
            continue
        for hyphens in _SOFT_HYPHENS.finditer(word):
            yield Finding(
                "soft-hyphen",
                match.start() + hyphens.start(),
                match.start() + hyphens.end(),
                "Dấu gạch nối mềm (U+00AD) ẩn trong chữ, làm sai tìm kiếm và kiểm tra chính tả; "
                "nên xóa.",
                "An invisible soft hyphen (U+00AD) inside the text breaks search and spelling; "
                "remove it.",
                fix="",
            )


def _between_letters(word: str) -> bool:
    return any(
        hyphens.start() > 0 and hyphens.end() < len(word)
        for hyphens in _SOFT_HYPHENS.finditer(word)
    )


def _reads_as_tcvn3(word: str, decoded: str) -> bool:
    only = vietnamese_only_letters()
    return not any(char in only for char in word) and is_valid_syllable(decoded)


def _in_headline(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [char for char in line if char.isalpha()]
    return len(letters) > 12 and all(char.isupper() for char in letters)


def _spaces(text: str, _: ToneStyle | None) -> Iterable[Finding]:
    return check_spaces(text)


def _punctuation(text: str, _: ToneStyle | None) -> Iterable[Finding]:
    return check_punctuation_spacing(text)


def _quotes(text: str, _: ToneStyle | None) -> Iterable[Finding]:
    return check_quotes(text)


def _dashes(text: str, _: ToneStyle | None) -> Iterable[Finding]:
    return check_dashes(text)


RULES: tuple[Rule, ...] = (
    _spaces,
    _punctuation,
    _quotes,
    _dashes,
    check_tone_style,
    check_repeated_paragraphs,
    check_document_references,
    check_dates,
    check_acronyms,
    check_soft_hyphens,
)
