"""Search folding: the accent-, case- and đ-insensitive form of a text.

Folding is what the full-text index stores and what queries are turned into, so
that "dan van" finds "Dân vận" and "dang" finds "Đảng". NFD alone leaves đ
untouched (it has no decomposition), which is why đ/Đ and their eth
look-alikes are mapped explicitly.
"""

from __future__ import annotations

import unicodedata

_D_BAR = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


def strip_marks(text: str) -> str:
    """Remove every combining mark and map đ → d, keeping case and spacing.

    This is the letter skeleton shared by folding and slugs.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_BAR))
    kept = "".join(
        ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Mc", "Me", "Cf")
    )
    return unicodedata.normalize("NFC", kept)


def fold(text: str) -> str:
    """The search form: marks removed, đ → d, case folded, whitespace collapsed.

    Format characters (soft hyphen, zero-width space) are dropped as well, since
    they are invisible and must not split or hide a match.
    """
    return " ".join(strip_marks(text).casefold().split())
