"""Reviewers' comments shown on the preview page: each commented passage marked in place.

Preview only: the export never calls this. A passage is found in the rendered page's
text (inside the article, never in the head), within one text node — Markdown may
split a passage that crosses bold or a link, and such a passage stays in the review
panel alone rather than being marked in the wrong place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

_TAG = re.compile(r"(<[^>]*>)")
_SKIP_INSIDE = {"head", "script", "style", "title"}


@dataclass(frozen=True, slots=True)
class Passage:
    text: str  # the passage as the reader sees it
    note: str  # who said what, shown on hover
    number: int  # the comment's number in the review panel


def mark_passages(page: str, passages: Sequence[Passage]) -> str:
    """`page` with the first occurrence of each passage wrapped in a numbered <mark>."""
    pending = [p for p in passages if p.text.strip()]
    if not pending:
        return page
    parts = _TAG.split(page)
    skipping: list[str] = []
    for index, part in enumerate(parts):
        if not pending:
            break
        if part.startswith("<"):
            _track(part, skipping)
            continue
        if skipping or not part.strip():
            continue
        text = html.unescape(part)
        for passage in pending:
            where = text.find(passage.text)
            if where >= 0:
                parts[index] = _wrap(text, where, passage)
                pending.remove(passage)
                break  # one mark per text node keeps offsets simple
    return "".join(parts)


def _wrap(text: str, where: int, passage: Passage) -> str:
    before, body, after = text[:where], passage.text, text[where + len(passage.text) :]
    note = html.escape(passage.note, quote=True)
    return (
        f"{html.escape(before, quote=False)}"
        f'<mark class="comment-mark" title="{note}">{html.escape(body, quote=False)}</mark>'
        f'<sup class="comment-ref">{passage.number}</sup>'
        f"{html.escape(after, quote=False)}"
    )


def _track(tag: str, skipping: list[str]) -> None:
    match = re.match(r"<\s*(/)?\s*([a-zA-Z0-9]+)", tag)
    if not match:
        return
    closing, name = match.group(1), match.group(2).lower()
    if name not in _SKIP_INSIDE:
        return
    if closing and name in skipping:
        skipping.remove(name)
    elif not closing and not tag.rstrip().endswith("/>"):
        skipping.append(name)
