"""Plain paragraphs → Markdown that renders them back as the same plain paragraphs."""

from __future__ import annotations

import re

# A paragraph starting like this would turn into a heading, list, quote, rule or code.
_BLOCK_START = re.compile(r"^(\s*)([#>*+-]|\d+[.)](?=\s)|=+\s*$|`{3}|~{3})")
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def escape_paragraph(text: str) -> str:
    """Escape what Markdown would read as markup, keep everything else as typed."""
    return escape_block_start(escape_inline(text))


def escape_inline(text: str) -> str:
    """Escape what Markdown would read as emphasis, code, links or HTML inside a line.

    Python-Markdown has no backslash escape for "<", so it becomes "&lt;"; an "&"
    that would start an entity ("&amp;") becomes "&amp;" so it shows as typed.
    """
    escaped = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _ENTITY_LIKE.sub("&amp;", escaped).replace("<", "&lt;")


def escape_block_start(text: str) -> str:
    """Keep a paragraph a paragraph when it starts like a heading, list, quote or rule.

    "1. x" is escaped as "1\\. x": a backslash before a digit is no escape at all.
    """

    def escape(match: re.Match[str]) -> str:
        marker = match.group(2)
        if marker[0].isdigit():
            return match.group(1) + marker[:-1] + "\\" + marker[-1]
        return match.group(1) + "\\" + marker

    return _BLOCK_START.sub(escape, text, count=1)


def paragraphs_to_markdown(paragraphs: list[str]) -> str:
    return "\n\n".join(escape_paragraph(" ".join(p.split("\n"))) for p in paragraphs)
