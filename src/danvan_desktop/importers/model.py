"""What every importer hands back: an article's fields and pictures as plain data.

Importers only read; they never touch the store. Keeping their result plain
(bytes and strings) lets the service store the pictures and the draft in one
transaction, and lets tests check an importer without a database.

A file that cannot be imported raises `ImportRefused`, an `InvalidInput` with a
stable code the GUI translates and an English message for the CLI and logs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from danvan_desktop.errors import InvalidInput
from danvan_desktop.rendering.media import media_ref

# Limits on what one file may cost. A Word file full of photos reaches tens of
# megabytes; a text or HTML article is a few hundred kilobytes at most.
MAX_DOCX_BYTES = 100 * 1024 * 1024
MAX_TEXT_BYTES = 10 * 1024 * 1024
MAX_IMAGE_BYTES = 25 * 1024 * 1024
MAX_BODY_CHARS = 2_000_000

# Fetches a file a page or Markdown text names by a relative path (a picture
# saved beside it); None when there is no such file or it may not be read.
ResourceLoader = Callable[[str], bytes | None]


class ImportRefused(InvalidInput):
    """This file cannot become an article; the message says why (and what to do)."""


@dataclass(frozen=True, slots=True)
class ImportedImage:
    """A picture found in the file, with the caption and alt text that belong to it."""

    data: bytes
    mime: str
    filename: str = ""
    caption: str = ""
    alt: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def ref(self) -> str:
        """How the body names this picture: `media:<sha256>`."""
        return media_ref(self.sha256)


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """An article as found in one file, ready to become a draft.

    `body_markdown` refers to `images` by `media:<sha256>`; `captions` holds
    photo captions whose picture did not come along (the portal's text pages
    keep the caption but lose the photo); `warnings` are codes with a short
    English explanation of what the importer had to guess or leave out.
    """

    title: str
    sapo: str = ""
    body_markdown: str = ""
    author_name: str = ""
    author_position: str = ""
    source: str = ""
    images: tuple[ImportedImage, ...] = ()
    captions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def figure_markdown(image: ImportedImage) -> str:
    """A figure paragraph: the picture alone, its caption as the Markdown title."""
    alt = _markdown_text(image.alt or image.caption)
    # Python-Markdown reads the title up to the last quote before ")", so quotes
    # inside a caption need no escaping (and a backslash would stay visible).
    caption = " ".join(image.caption.split())
    title = f' "{caption}"' if caption else ""
    return f"![{alt}]({image.ref}{title})"


def _markdown_text(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def sniff_image_mime(data: bytes) -> str | None:
    """The MIME type of a picture the portal can show, read from its first bytes."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return None
