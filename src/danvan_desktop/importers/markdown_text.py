"""Plain paragraphs → Markdown that renders them back as the same plain paragraphs."""

from __future__ import annotations

import re

# A paragraph starting like this would turn into a heading, list, quote, rule or code.
_BLOCK_START = re.compile(r"^(\s*)([#>*+-]|\d+[.)](?=\s)|=+\s*$|`{3}|~{3})")
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<])")


def escape_paragraph(text: str) -> str:
    """Escape what Markdown would read as markup, keep everything else as typed."""
    escaped = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped, count=1)


def paragraphs_to_markdown(paragraphs: list[str]) -> str:
    return "\n\n".join(escape_paragraph(" ".join(p.split("\n"))) for p in paragraphs)
