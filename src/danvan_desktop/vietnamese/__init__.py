"""Vietnamese text done right, without Qt: the core shared by the desk, the CLI and the store.

Import the public names from here; the modules are split by concern
(normalisation, folding, collation, slugs, legacy charsets, tone style,
spelling, lint, counting, search ranking). Nothing is loaded at import time:
a name's module is imported when the name is first used (PEP 562), so the
desk's first paint does not wait for lint rules or legacy charset tables it
needs only later; data files under resources/ are read on first use.
`lint` and `standardize` are imported from their modules of the same name:
here the name would be the function or the module depending on what was
imported first.
"""

from __future__ import annotations

from danvan_desktop.lazy_exports import lazy_exports

_MODULE_OF = {
    "apply_fixes": "lint",
    "convert": "legacy",
    "count_syllables": "counting",
    "count_text": "counting",
    "detect_encoding": "legacy",
    "detect_styles": "tones",
    "Detection": "legacy",
    "diagnose": "syllables",
    "encoding_from_font": "legacy",
    "Finding": "lint",
    "fold": "folding",
    "is_valid_syllable": "syllables",
    "match_rank": "search",
    "nfc": "normalize",
    "normalize_field": "normalize",
    "person_name_sort_key": "collation",
    "place_tone": "syllables",
    "portal_slug": "slug",
    "rank_matches": "search",
    "reading_minutes": "counting",
    "reading_seconds": "counting",
    "sort_key": "collation",
    "SpellChecker": "spelling",
    "SpellIssue": "spelling",
    "strip_marks": "folding",
    "STYLE_EXAMPLES": "tones",
    "StyleCounts": "tones",
    "styled_syllables": "tones",
    "TextCounts": "counting",
    "to_style": "tones",
    "ToneStyle": "syllables",
    "unique_slug": "slug",
    "vietnamese_sorted": "collation",
}

__all__ = sorted(_MODULE_OF)

__getattr__, __dir__ = lazy_exports(__name__, _MODULE_OF)
