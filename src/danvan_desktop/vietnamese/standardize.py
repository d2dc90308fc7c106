""" "Chuẩn hóa văn bản": the editor's one-step clean-up of a draft.

NFC, the house tone style, and the lint fixes that cannot change what the text
says (spaces, punctuation spacing, quotes, number ranges, document numbers,
invisible soft hyphens; not one that is really TCVN3's "ư").
Fixes that add or remove words (a repeated paragraph, an acronym's expansion)
or rewrite facts (dates) stay in the lint panel for the editor to decide.
"""

from __future__ import annotations

from danvan_desktop.vietnamese.lint import apply_fixes, lint
from danvan_desktop.vietnamese.normalize import nfc
from danvan_desktop.vietnamese.syllables import ToneStyle
from danvan_desktop.vietnamese.tones import to_style

SAFE_CODES = frozenset(
    {
        "double-space",
        "nbsp-run",
        "nbsp-between-words",
        "missing-space-after",
        "space-before-punctuation",
        "straight-quotes",
        "range-hyphen",
        "document-reference-spacing",
        "tone-style-mixed",
        "soft-hyphen",
    }
)


def standardize(text: str, tone_style: ToneStyle = "traditional") -> str:
    """`text` normalised for the house: safe to apply as one undoable step."""
    text = to_style(nfc(text), tone_style)
    for _ in range(3):  # a fix can uncover another (a space run next to a comma)
        findings = [f for f in lint(text, tone_style=tone_style) if f.code in SAFE_CODES]
        if not any(f.fix is not None for f in findings):
            break
        text = apply_fixes(text, findings)
    return text
