"""Vietnamese text done right, without Qt: the core shared by the desk, the CLI and the store.

Import the public names from here; the modules are split by concern
(normalisation, folding, collation, slugs, legacy charsets, tone style,
spelling, lint, counting, search ranking). Nothing is loaded at import time:
data files under resources/ are read on first use.
"""

from danvan_desktop.vietnamese.collation import person_name_sort_key, sort_key, vietnamese_sorted
from danvan_desktop.vietnamese.counting import (
    TextCounts,
    count_syllables,
    count_text,
    reading_minutes,
    reading_seconds,
)
from danvan_desktop.vietnamese.folding import fold, strip_marks
from danvan_desktop.vietnamese.legacy import (
    Detection,
    convert,
    detect_encoding,
    encoding_from_font,
)
from danvan_desktop.vietnamese.lint import Finding, apply_fixes, lint
from danvan_desktop.vietnamese.normalize import nfc, normalize_field
from danvan_desktop.vietnamese.search import match_rank, rank_matches
from danvan_desktop.vietnamese.slug import portal_slug, unique_slug
from danvan_desktop.vietnamese.spelling import SpellChecker, SpellIssue
from danvan_desktop.vietnamese.standardize import standardize
from danvan_desktop.vietnamese.syllables import ToneStyle, diagnose, is_valid_syllable, place_tone
from danvan_desktop.vietnamese.tones import (
    STYLE_EXAMPLES,
    StyleCounts,
    detect_styles,
    styled_syllables,
    to_style,
)

__all__ = [
    "STYLE_EXAMPLES",
    "Detection",
    "Finding",
    "SpellChecker",
    "SpellIssue",
    "StyleCounts",
    "TextCounts",
    "ToneStyle",
    "apply_fixes",
    "convert",
    "count_syllables",
    "count_text",
    "detect_encoding",
    "detect_styles",
    "diagnose",
    "encoding_from_font",
    "fold",
    "is_valid_syllable",
    "lint",
    "match_rank",
    "nfc",
    "normalize_field",
    "person_name_sort_key",
    "place_tone",
    "portal_slug",
    "rank_matches",
    "reading_minutes",
    "reading_seconds",
    "sort_key",
    "standardize",
    "strip_marks",
    "styled_syllables",
    "to_style",
    "unique_slug",
    "vietnamese_sorted",
]
