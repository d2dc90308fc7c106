"""The portal's URL slug rule, read from the portal's own URLs.

Lowercase; Vietnamese marks removed and đ → d; each space, comma and slash
becomes "-" and an existing "-" stays, with no collapsing and no trimming of
repeated hyphens. So "Đổi mới, nâng cao" → "doi-moi--nang-cao" (comma and
space each give a hyphen) and "giai đoạn 1946 - 1954" → "giai-doan-1946---1954".
Semicolons, parentheses and quotation marks are dropped.

Choices the portal's URLs do not show, made so the result is always a safe
URL path segment:
- Any whitespace (tab, newline, no-break space) counts as a space, since an
  editor cannot see the difference. Whitespace around the whole text is
  stripped first: titles are stored stripped, and the rule is about the words.
- The typographic hyphens and dashes (‐ ‑ ‒ – —) count as "-": word
  processors turn a typed " - " into " – " by themselves.
- Every other character that is not a-z or 0-9 after folding (., : ! ? % & …,
  other scripts, emoji) is dropped, like the semicolon.
"""

from __future__ import annotations

from collections.abc import Callable

from danvan_desktop.vietnamese.folding import strip_marks

_TO_HYPHEN = frozenset(",/-\u2010\u2011\u2012\u2013\u2014")
_ALLOWED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def portal_slug(text: str) -> str:
    """The portal slug of a title."""
    out: list[str] = []
    for ch in strip_marks(text.strip()).lower():
        if ch.isspace() or ch in _TO_HYPHEN:
            out.append("-")
        elif ch in _ALLOWED:
            out.append(ch)
    return "".join(out)


SLUG_LIMIT = 200  # the portal takes slugs of up to 200 characters
_SUFFIX_ROOM = 10  # for the "-2", "-3"… that keeps a slug unique


def shortened_slug(slug: str, limit: int = SLUG_LIMIT - _SUFFIX_ROOM) -> str:
    """`slug` cut at the last hyphen that fits in `limit` characters: no word is cut
    in half (a single word longer than the limit is)."""
    if len(slug) <= limit:
        return slug
    head = slug[: limit + 1]
    cut = head.rsplit("-", 1)[0].rstrip("-") if "-" in head else ""
    return cut or slug[:limit]


def unique_slug(base: str, taken: Callable[[str], bool]) -> str:
    """`base`, or `base-2`, `base-3`… the first that `taken` says is free."""
    if not taken(base):
        return base
    number = 2
    while taken(f"{base}-{number}"):
        number += 1
    return f"{base}-{number}"
