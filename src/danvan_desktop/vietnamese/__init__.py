"""Vietnamese text done right, without Qt: the core shared by the desk, the CLI and the store.

Import the public names from here; the modules are split by concern
(normalisation, folding, collation, slugs, legacy encodings, tone style,
spelling, lint, counting). Nothing is loaded at import time: data files are
read on first use.
"""

from danvan_desktop.vietnamese.collation import person_name_sort_key, sort_key, vietnamese_sorted
from danvan_desktop.vietnamese.folding import fold, strip_marks
from danvan_desktop.vietnamese.normalize import nfc, normalize_field
from danvan_desktop.vietnamese.slug import portal_slug, unique_slug

__all__ = [
    "fold",
    "nfc",
    "normalize_field",
    "person_name_sort_key",
    "portal_slug",
    "sort_key",
    "strip_marks",
    "unique_slug",
    "vietnamese_sorted",
]
