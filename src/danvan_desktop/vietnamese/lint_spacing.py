"""Lint rules about characters between words: spaces, punctuation, quotes and dashes.

The body is Markdown, so leading and trailing plain spaces are left alone
(indentation and hard line breaks mean something there); runs of no-break
spaces used to push a byline to the right are not Markdown and are flagged.
URLs, e-mail addresses, Markdown link targets and HTML tags are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from danvan_desktop.vietnamese.findings import INFO, Finding

# (marker that must be in the text for the pattern to matter, pattern)
_SKIPS = (
    ("://", re.compile(r"https?://[^\s)\]>]+", re.IGNORECASE)),
    ("www.", re.compile(r"www\.[^\s)\]>]+", re.IGNORECASE)),
    ("@", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("](", re.compile(r"\]\([^)]*\)")),
    ("<", re.compile(r"<[^>\n]*>")),
    ("`", re.compile(r"`[^`\n]*`")),
)
_BLANKS = "[ \t\u00a0\u2009\u202f]"
_RUN = re.compile(rf"{_BLANKS}{{2,}}")
_LONE_NBSP = re.compile(r"(?<=[^\W\d_])\u00a0(?=[^\W\d_])")
_TRAILING_NBSP = re.compile(r"[ \t]*\u00a0[ \t\u00a0]*$", re.MULTILINE)
_LEADING_NBSP = re.compile(r"^[ \t]*\u00a0[ \t\u00a0]*", re.MULTILINE)

_NO_SPACE_AFTER = re.compile(
    r"(?<!&[a-zA-Z]{2})(?<!&[a-zA-Z]{3})(?<!&[a-zA-Z]{4})(?<!&[a-zA-Z]{5})(?<!&#\d{2})(?<!&#\d{3});"
    r"(?=[^\s;)\]\"”’'*_])"
    r"|[,:)](?=[^\W\d_])"
    r"|(?<=[^\W\d_]{2})[.!?](?=[A-ZÀ-ỸĐ])"
)
_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t]+(?=[,.;:!?)…](?:\s|$|[^\w.]))")
_STRAIGHT_QUOTE = re.compile(r'"')
_NUMBER_RANGE = re.compile(r"(?<![\w/.,-])(\d{1,4})( ?- ?)(\d{1,4})(?![\w/-]|[.,]\d)")
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_]) - (?=[^\W\d_])")


def _skipped(text: str) -> list[tuple[int, int]]:
    """Spans that are not prose: URLs, e-mail addresses, link targets, tags, code."""
    spans = []
    for marker, pattern in _SKIPS:
        if marker in text:
            spans.extend(match.span() for match in pattern.finditer(text))
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def check_spaces(text: str) -> Iterator[Finding]:
    """Doubled spaces, runs of no-break spaces, and a no-break space used between words."""
    taken: list[tuple[int, int]] = []
    for match in _LEADING_NBSP.finditer(text):
        taken.append(match.span())
        yield Finding(
            "nbsp-run",
            *match.span(),
            "Dùng dấu cách không ngắt để căn lề đầu dòng; hãy dùng định dạng căn lề.",
            "No-break spaces used to indent a line; use alignment instead.",
            fix="",
        )
    for match in _TRAILING_NBSP.finditer(text):
        if match.start() == match.end() or _inside(taken, match.start()):
            continue
        taken.append(match.span())
        yield Finding(
            "nbsp-run",
            *match.span(),
            "Dấu cách không ngắt thừa ở cuối dòng.",
            "Stray no-break space at the end of a line.",
            fix="",
            severity=INFO,
        )
    for match in _RUN.finditer(text):
        start, end = match.span()
        if _inside(taken, start) or start == 0 or text[start - 1] == "\n":
            continue
        if end == len(text) or text[end] == "\n":
            continue  # trailing spaces: a Markdown hard break
        run = match[0]
        if set(run) == {"\u00a0"}:
            yield Finding(
                "nbsp-run",
                start,
                end,
                "Nhiều dấu cách không ngắt liền nhau.",
                "A run of no-break spaces.",
                fix=" ",
            )
        else:
            yield Finding(
                "double-space",
                start,
                end,
                "Thừa dấu cách giữa hai từ.",
                "More than one space between words.",
                fix=" ",
            )
    for match in _LONE_NBSP.finditer(text):
        yield Finding(
            "nbsp-between-words",
            *match.span(),
            "Dấu cách không ngắt giữa hai từ (thường do dán từ Word hoặc web).",
            "A no-break space between two words (usually pasted from Word or the web).",
            fix=" ",
            severity=INFO,
        )


def check_punctuation_spacing(text: str) -> Iterator[Finding]:
    """A missing space after , ; : ) . ! ? and a space before them."""
    skipped = _skipped(text)
    for match in _NO_SPACE_AFTER.finditer(text):
        if _inside(skipped, match.start()):
            continue
        if match[0] in ".!?" and text[match.start() - 1].isupper():
            continue  # an abbreviation: TP.HCM
        mark = match[0]
        yield Finding(
            "missing-space-after",
            *match.span(),
            f"Thiếu dấu cách sau dấu “{mark}”.",
            f"Missing space after “{mark}”.",
            fix=mark + " ",
        )
    for match in _SPACE_BEFORE.finditer(text):
        if _inside(skipped, match.end()):
            continue
        mark = text[match.end()]
        yield Finding(
            "space-before-punctuation",
            *match.span(),
            f"Thừa dấu cách trước dấu “{mark}”.",
            f"Space before “{mark}”.",
            fix="",
        )


def check_quotes(text: str) -> Iterator[Finding]:
    """Straight double quotes, paired within a paragraph and turned into “…”."""
    has_curly = "“" in text or "”" in text
    skipped = _skipped(text)
    offset = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        quotes = [
            offset + m.start()
            for m in _STRAIGHT_QUOTE.finditer(paragraph)
            if not _inside(skipped, offset + m.start())
        ]
        if len(quotes) % 2 == 0:
            for open_at, close_at in zip(quotes[::2], quotes[1::2], strict=True):
                inner = text[open_at + 1 : close_at]
                yield _quote_finding(open_at, close_at + 1, has_curly, f"“{inner}”")
        else:
            for position in quotes:
                yield _quote_finding(position, position + 1, has_curly, None)
        offset += len(paragraph)


def _quote_finding(start: int, end: int, mixed: bool, fix: str | None) -> Finding:
    if mixed:
        vi = 'Dùng lẫn ngoặc kép thẳng "…" và ngoặc kép cong “…”; nên dùng “…”.'
        en = 'Straight "…" and curly “…” quotes are mixed; use “…”.'
    else:
        vi = 'Nên dùng ngoặc kép cong “…” thay cho ngoặc kép thẳng "…".'
        en = 'Use curly quotes “…” instead of straight ones "…".'
    return Finding("straight-quotes", start, end, vi, en, fix=fix)


def check_dashes(text: str) -> Iterator[Finding]:
    """A hyphen in a range of numbers (2015 - 2018 → 2015–2018) or used as a dash."""
    skipped = _skipped(text)
    for match in _NUMBER_RANGE.finditer(text):
        first, second = int(match[1]), int(match[3])
        if second <= first or _inside(skipped, match.start()):
            continue
        yield Finding(
            "range-hyphen",
            *match.span(),
            f"Khoảng số nên viết bằng gạch nối dài (–) không cách: “{match[1]}–{match[3]}”.",
            f"Write a range with an en dash and no spaces: “{match[1]}–{match[3]}”.",
            fix=f"{match[1]}–{match[3]}",
        )
    for match in _SPACED_HYPHEN.finditer(text):
        if _inside(skipped, match.start()):
            continue
        # "chính trị - xã hội" is a compound, "Mai - UV Bộ Chính trị" a dash:
        # only the writer knows, so there is no automatic fix.
        yield Finding(
            "spaced-hyphen",
            *match.span(),
            "Gạch nối có dấu cách hai bên: dấu gạch ngang nên là “–”, từ ghép thì giữ “-”.",
            "A hyphen with spaces around it: use “–” for a dash, keep “-” in a compound.",
            severity=INFO,
        )
