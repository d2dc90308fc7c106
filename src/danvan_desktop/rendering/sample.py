"""The real published article in `resources/samples/`, as a `PageArticle`.

The sample is the portal page saved as text. Turning it back into the fields
the desk edits gives the benchmarks, the tests and the desk's screenshots one
realistic article (18 KB of Vietnamese, a photo caption, a signature and a
related list) instead of invented ones.

How the text maps to fields, read from the page's layout: a first line naming
the banner; then the title and the sapo; body paragraphs; the photo (lost in
the text copy) survives as its caption, the one body paragraph without
sentence-ending punctuation; the signature is the indented pair of lines (name,
then position); the related list follows "Tin cùng chuyên mục", each title
printed twice (link text and picture text).
"""

from __future__ import annotations

import re

from danvan_desktop.rendering.page import PageArticle, RelatedLink
from danvan_desktop.resource_files import resource_path

SAMPLE_NAME = "portal-article.txt"

_RELATED_HEADING = "Tin cùng chuyên mục"
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", ")")
_INDENT = re.compile(r"^\s{8,}\S")


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _dedupe_adjacent(titles: list[str]) -> list[str]:
    kept: list[str] = []
    for title in titles:
        if not kept or kept[-1] != title:
            kept.append(title)
    return kept


def _escape_markdown_start(paragraph: str) -> str:
    """Keep a paragraph a paragraph: "1. …" or "- …" would start a list."""
    if re.match(r"^(\d+[.)]|[-+*#>])\s", paragraph):
        return "\\" + paragraph
    return paragraph


def sample_article(photo_src: str) -> PageArticle:
    """The sample page's article; its photo is shown from `photo_src`.

    The text copy lost the photo itself, so the caller says which picture to
    show (a `media:<sha256>` it has stored, or any allowed URL).
    """
    text = resource_path("samples", SAMPLE_NAME).read_text(encoding="utf-8")
    lines = text.splitlines()[1:]  # the first line describes the banner
    heading_at = next(i for i, line in enumerate(lines) if line.strip() == _RELATED_HEADING)
    article_lines, related_lines = lines[:heading_at], lines[heading_at + 1 :]

    signature = [line.strip() for line in article_lines if _INDENT.match(line)]
    content = _paragraphs([line for line in article_lines if not _INDENT.match(line)])
    title, sapo, body = content[0], content[1], content[2:]

    blocks: list[str] = []
    for paragraph in body:
        if paragraph.endswith(_SENTENCE_END):
            blocks.append(_escape_markdown_start(paragraph))
        else:
            caption = paragraph.replace('"', '\\"')
            blocks.append(f'![{paragraph}]({photo_src} "{caption}")')

    related = _dedupe_adjacent(_paragraphs(related_lines))
    return PageArticle(
        title=title,
        sapo=sapo,
        body_markdown="\n\n".join(blocks) + "\n",
        author_name=signature[0] if signature else "",
        author_position=signature[1] if len(signature) > 1 else "",
        related=tuple(RelatedLink(item, "") for item in related),
    )
