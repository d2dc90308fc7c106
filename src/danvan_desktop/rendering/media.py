"""How an article names its pictures, and how the preview turns that into a URL.

Bodies refer to stored media as `media:<sha256 hex>`: a name that stays the same
whichever PC, database or package the article travels through. Each consumer
maps it to a URL of its own: the preview to a `danvan-media:` URL that its URL
scheme handler serves from the store, the export to `media/<sha256>.<ext>` in the
package. Only this module knows the spelling of either.
"""

from __future__ import annotations

import re

MEDIA_SCHEME = "media"
PREVIEW_MEDIA_SCHEME = "danvan-media"

_MEDIA_REF = re.compile(r"\s*media:([0-9a-fA-F]{64})\s*", re.IGNORECASE)
# Accepts `danvan-media:<hex>` and, should the pane register the scheme with a
# host, `danvan-media://<host>/<hex>`.
_PREVIEW_URL = re.compile(r"danvan-media:(?://[^/?#]*/)?([0-9a-f]{64})", re.IGNORECASE)


def media_ref(sha256_hex: str) -> str:
    """The reference an article body uses for the stored file with this hash."""
    if not re.fullmatch(r"[0-9a-fA-F]{64}", sha256_hex):
        raise ValueError("a media reference needs a SHA-256 in hex")
    return f"{MEDIA_SCHEME}:{sha256_hex.lower()}"


def parse_media_ref(src: str) -> str | None:
    """The canonical `media:<hex>` form of `src`, or None if it is not one."""
    match = _MEDIA_REF.fullmatch(src)
    return f"{MEDIA_SCHEME}:{match.group(1).lower()}" if match else None


def media_hash(src: str) -> str | None:
    """The SHA-256 (lower-case hex) a `media:` reference names, else None."""
    ref = parse_media_ref(src)
    return ref.partition(":")[2] if ref else None


def preview_media_url(src: str) -> str:
    """The preview's URL for a media reference: `danvan-media:<hex>`.

    Pass this as `media_url` when rendering for the preview pane; the pane's
    scheme handler reads the hash back with `preview_media_hash`.
    """
    sha = media_hash(src)
    if sha is None:
        raise ValueError(f"not a media reference: {src!r}")
    return f"{PREVIEW_MEDIA_SCHEME}:{sha}"


def preview_media_hash(url: str) -> str | None:
    """The SHA-256 a preview media URL asks for, or None for anything else."""
    match = _PREVIEW_URL.fullmatch(url.strip())
    return match.group(1).lower() if match else None
