"""The portal's article page saved as text (see resources/samples/portal-article.txt).

Layout, top to bottom: a banner line, the title, the sapo (lead) — often repeated as
the first body paragraph by the portal's own template —, body paragraphs with photo
captions between them, the signature (name, then position, pushed right with runs of
spaces or no-break spaces), then "Tin cùng chuyên mục" and its related titles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from danvan_desktop.importers.markdown_text import paragraphs_to_markdown

RELATED_HEADING = "tin cùng chuyên mục"
_BANNER = re.compile(r"^\s*banner\b", re.IGNORECASE)
_SIGNATURE_INDENT = 8  # leading blanks that push a line to the right
_CAPTION_MAX_CHARS = 250
_SENTENCE_END = (".", "!", "?", ":", ";", "…", '"', "”", ")")


@dataclass(frozen=True, slots=True)
class PortalArticle:
    title: str
    sapo: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    author_name: str
    author_position: str

    @property
    def body_markdown(self) -> str:
        return paragraphs_to_markdown(list(self.paragraphs))


def _blocks(text: str) -> list[tuple[str, int]]:
    """Paragraph blocks with the width of their leading blank run."""
    blocks: list[tuple[str, int]] = []
    for raw in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip(" \t\u00a0\u2007\u202f\n"))
        blocks.append((raw.strip(" \t\u00a0\u2007\u202f\n"), indent))
    return blocks


def _is_caption(block: str) -> bool:
    return len(block) <= _CAPTION_MAX_CHARS and not block.endswith(_SENTENCE_END)


def parse_portal_text(text: str) -> PortalArticle:
    text = unicodedata.normalize("NFC", text)
    blocks = _blocks(text)
    if blocks and _BANNER.match(blocks[0][0]):
        blocks = blocks[1:]
    cut = next(
        (i for i, (b, _) in enumerate(blocks) if b.casefold().rstrip(":") == RELATED_HEADING),
        len(blocks),
    )
    blocks = blocks[:cut]
    if len(blocks) < 2:
        raise ValueError("not a portal article page: no title and lead found")
    signature: list[str] = []
    while blocks and blocks[-1][1] >= _SIGNATURE_INDENT and len(signature) < 2:
        signature.insert(0, blocks.pop()[0])
    title, sapo = blocks[0][0], blocks[1][0]
    rest = [b for b, _ in blocks[2:]]
    if rest and rest[0] == sapo:
        rest = rest[1:]
    paragraphs = tuple(b for b in rest if not _is_caption(b))
    captions = tuple(b for b in rest if _is_caption(b))
    author_name = signature[0] if signature else ""
    author_position = signature[1] if len(signature) > 1 else ""
    return PortalArticle(title, sapo, paragraphs, captions, author_name, author_position)
