"""From a Word document's blocks to the article's parts: which one is the title, the sapo,
a caption, the signature, and the Markdown of the rest.

Kept apart from the .docx reading so that the layout rules (the ones editors
will want tuned) read as rules, and can be tested on plain blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from danvan_desktop.importers.markdown_text import escape_block_start
from danvan_desktop.importers.model import (
    ImportedArticle,
    ImportedImage,
    ImportRefused,
    figure_markdown,
)

MAX_TITLE_CHARS = 300
MAX_CAPTION_CHARS = 300
MAX_SIGNATURE_LINE_CHARS = 120
SIGNATURE_INDENT_TWIPS = 3600  # 2.5 inches: a block pushed that far right is a signature
_SOURCE = re.compile(r"^(nguồn\s*:?|theo\s*:)\s*(?P<source>.{2,200})$", re.IGNORECASE)
_SHORT_SOURCE = re.compile(r"^theo\s+(?P<source>[A-ZĐ].{1,60})$")
AUTHOR_PREFIX = re.compile(r"^(tác giả|bài và ảnh|bài, ảnh|bài)\s*:\s*", re.IGNORECASE)
_CAPTION_START = re.compile(r"^\(?(ảnh|hình|photo)\b", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s+[-–—]\s+")
_RIGHT = frozenset({"right", "end"})


@dataclass
class Block:
    """One paragraph, list item, heading, figure or table, as the .docx reader saw it."""

    kind: str  # p, title, subtitle, h, caption, li, quote, figure, table
    markdown: str = ""
    plain: str = ""
    style: str = ""
    align: str = "left"
    bold: bool = False
    italic: bool = False
    indent: int = 0
    level: int = 0
    ordered: bool = False
    list_id: str = ""
    images: list[ImportedImage] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    captioned: bool = False


def arrange(blocks: list[Block], filename: str, images: list[ImportedImage]) -> ImportedArticle:
    """The article the blocks make; the pictures it shows are appended to `images`."""
    blocks = _pair_captions(blocks)
    warnings: list[str] = []
    title, blocks = _take_title(blocks)
    if not title:
        if not blocks:
            raise ImportRefused("no_article_text", "the document holds no text")
        title = " ".join(re.sub(r"\.[^.]*$", "", filename).replace("_", " ").split()) or "Untitled"
        warnings.append("title_from_file_name: no title was found; the file name was used")
    source, blocks = _take_source(blocks)
    name, position, blocks = _take_signature(blocks)
    if not source:
        source, blocks = _take_source(blocks)
    sapo, blocks = _take_sapo(blocks)
    body = _markdown(blocks, images)
    return ImportedArticle(
        title=title,
        sapo=sapo,
        body_markdown=body,
        author_name=name,
        author_position=position,
        source=source,
        warnings=tuple(warnings),
    )


def _caption_like(block: Block) -> bool:
    if block.kind == "caption":
        return True
    if block.kind != "p" or not block.plain or len(block.plain) > MAX_CAPTION_CHARS:
        return False
    return block.align == "center" or block.italic or bool(_CAPTION_START.match(block.plain))


def _with_caption(block: Block, caption: str) -> Block:
    last = block.images[-1]
    captioned = ImportedImage(last.data, last.mime, last.filename, caption, last.alt)
    return Block(kind="figure", images=[*block.images[:-1], captioned], captioned=True)


def _pair_captions(blocks: list[Block]) -> list[Block]:
    """A picture takes the caption paragraph under it (or a Caption-style one just above)."""
    paired: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "figure" and not block.captioned:
            if following is not None and _caption_like(following):
                paired.append(_with_caption(block, following.plain))
                index += 2
                continue
            if paired and paired[-1].kind == "caption":
                paired[-1] = _with_caption(block, paired[-1].plain)
                index += 1
                continue
        paired.append(block)
        index += 1
    return paired


def _take_title(blocks: list[Block]) -> tuple[str, list[Block]]:
    for index, block in enumerate(blocks[:5]):
        if block.kind == "title":
            return _one_line(block.plain), blocks[:index] + blocks[index + 1 :]
    text = [i for i, b in enumerate(blocks) if b.kind != "figure"]
    if not text:
        return "", blocks
    first = blocks[text[0]]
    rest = blocks[: text[0]] + blocks[text[0] + 1 :]
    short = 0 < len(first.plain) <= MAX_TITLE_CHARS
    if first.kind == "h" and short:
        return _one_line(first.plain), rest
    if first.kind == "p" and short and (first.bold or first.align == "center"):
        return _one_line(first.plain), rest
    if first.kind == "p" and 0 < len(first.plain) <= 200 and not first.plain.endswith("."):
        return _one_line(first.plain), rest
    return "", blocks


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _take_sapo(blocks: list[Block]) -> tuple[str, list[Block]]:
    """The subtitle, else the first paragraph when it is bold or more of the body follows it."""
    for index, block in enumerate(blocks[:3]):
        if block.kind == "subtitle":
            return _one_line(block.plain), blocks[:index] + blocks[index + 1 :]
    if blocks and blocks[0].kind == "p" and (len(blocks) > 1 or blocks[0].bold):
        return _one_line(blocks[0].plain), blocks[1:]
    return "", blocks


def _take_source(blocks: list[Block]) -> tuple[str, list[Block]]:
    if blocks and blocks[-1].kind == "p":
        text = blocks[-1].plain.strip(" ()")
        match = _SOURCE.match(text) or (None if text.endswith(".") else _SHORT_SOURCE.match(text))
        if match:
            return match.group("source").strip(" .)"), blocks[:-1]
    return "", blocks


def _signature_like(block: Block) -> bool:
    if block.kind != "p" or not block.plain:
        return False
    lines = block.markdown.split("  \n")
    if any(len(line) > MAX_SIGNATURE_LINE_CHARS for line in lines) or len(lines) > 3:
        return False
    return block.align in _RIGHT or block.indent >= SIGNATURE_INDENT_TWIPS


def _looks_like_name(block: Block) -> bool:
    """A short bold line of capitalised words at the very end: "Nguyễn Văn An"."""
    words = block.plain.split()
    return (
        block.kind == "p"
        and block.bold
        and 2 <= len(words) <= 6
        and all(word[0].isupper() for word in words)
    )


def _take_signature(blocks: list[Block]) -> tuple[str, str, list[Block]]:
    taken: list[Block] = []
    while blocks and len(taken) < 3 and _signature_like(blocks[-1]):
        taken.insert(0, blocks[-1])
        blocks = blocks[:-1]
    if not taken and len(blocks) > 1 and _looks_like_name(blocks[-1]):
        taken, blocks = [blocks[-1]], blocks[:-1]
    lines = [line for block in taken for line in _lines(block)]
    if not lines:
        return "", "", blocks
    name = AUTHOR_PREFIX.sub("", lines[0])
    position = ", ".join(lines[1:])
    if not position:
        parts = _NAME_SPLIT.split(name, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) <= 6:
            name, position = parts
    return name.strip(), position.strip(), blocks


def _lines(block: Block) -> list[str]:
    """A block's plain lines, split where Word had line breaks (Markdown hard breaks)."""
    if "  \n" not in block.markdown:
        return [block.plain]
    lines = []
    for part in block.markdown.split("  \n"):
        part = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", part)
        part = re.sub(r"(?<!\\)\*+", "", part)
        part = _one_line(re.sub(r"\\(.)", r"\1", part))
        if part:
            lines.append(part)
    return lines


def _markdown(blocks: list[Block], images: list[ImportedImage]) -> str:
    out: list[str] = []
    previous: Block | None = None
    counters: dict[int, int] = {}
    lists: dict[int, tuple[str, bool]] = {}
    for block in blocks:
        kind = block.kind
        if kind != "li":
            counters.clear()
            lists.clear()
        if kind == "figure":
            for image in block.images:
                if all(image.sha256 != kept.sha256 for kept in images):
                    images.append(image)
                out.append(figure_markdown(image))
        elif kind == "table":
            out.append(_table(block.rows))
            images.extend(i for i in block.images if all(i.sha256 != k.sha256 for k in images))
            out.extend(figure_markdown(image) for image in block.images)
        elif not block.markdown:
            continue
        elif kind in ("h", "title", "subtitle"):
            level = min(max(block.level, 1), 6)
            out.append("#" * level + " " + block.markdown.replace("  \n", " "))
        elif kind == "li":
            for deeper in [k for k in counters if k > block.level]:
                del counters[deeper]
            same_list = lists.get(block.level) == (block.list_id, block.ordered)
            if not same_list:
                counters[block.level] = 0
            lists[block.level] = (block.list_id, block.ordered)
            counters[block.level] = counters.get(block.level, 0) + 1
            marker = f"{counters[block.level]}." if block.ordered else "-"
            item = "    " * block.level + marker + " " + block.markdown.replace("\n", "\n    ")
            continues = previous is not None and previous.kind == "li"
            if continues and (same_list or block.level > 0):
                out[-1] += "\n" + item
            else:
                out.append(item)
        elif kind == "quote":
            out.append("\n".join("> " + line for line in block.markdown.split("\n")))
        else:
            out.append(escape_block_start(block.markdown))
        previous = block
    return "\n\n".join(out)


def _table(rows: list[list[str]]) -> str:
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [[cell.replace("\n", " ") for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)
