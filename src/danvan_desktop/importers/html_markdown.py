"""Rich text from Word or a browser (the clipboard's HTML) → clean article Markdown.

What an editor pastes carries structure worth keeping (headings, bold, italic,
lists, links, quotes, tables) wrapped in a great deal that is not: Word's
`mso-` styles and conditional comments, `<o:p>`, fonts, colours, spans, classes.
We keep the structure, drop the rest, and give back Markdown in NFC that
`rendering` turns into the portal's own markup.

Word writes lists as paragraphs styled `mso-list:l0 level2 lfo1` whose bullet
or number sits in an `<![if !supportLists]>` section; those become real list
items. Google Docs and browsers mark bold and italic with inline styles on
spans; `font-weight: bold|600-900` and `font-style: italic` count as such.

Stdlib only, no Qt: the desk's paste handler and the importers share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from danvan_desktop.vietnamese import nfc

_SKIPPED = frozenset({"head", "style", "script", "title", "meta", "xml", "template", "noscript"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "figure", "figcaption", "center"}
)
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite", "dfn"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base"})
_WORD_LIST = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_ORDERED_MARK = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]")
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_SAFE_LINK = re.compile(r"^(https?:|mailto:|media:)", re.IGNORECASE)
# Private-use stand-ins for emphasis markers and hard breaks while a block is
# assembled, so that empty or space-padded emphasis can be tidied unambiguously.
_BOLD_OPEN, _BOLD_CLOSE, _ITALIC_OPEN, _ITALIC_CLOSE, _BREAK = (
    "\ue000",
    "\ue001",
    "\ue002",
    "\ue003",
    "\ue004",
)


@dataclass
class _Frame:
    tag: str
    closing: str = ""  # Markdown to append when the element ends


@dataclass
class _Block:
    kind: str  # "p", "h", "li", "quote", "table", "hr"
    level: int = 0
    ordered: bool = False
    parts: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    group: str = ""  # items of one list share it; a new list starts a new group


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.current: _Block | None = None
        self.frames: list[_Frame] = []
        self.skip_depth = 0
        self.in_word_marker = False
        self.word_marker = ""
        self.lists: list[bool] = []  # ordered? for each open <ul>/<ol>
        self.list_count = 0
        self.quote_depth = 0
        self.link_href: list[str | None] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.table: _Block | None = None

    # blocks --------------------------------------------------------------
    def _open_block(self, kind: str, level: int = 0, ordered: bool = False) -> None:
        self._close_block()
        self.current = _Block(kind, level, ordered)

    def _close_block(self) -> None:
        if self.current is not None:
            self.blocks.append(self.current)
        self.current = None

    def _emit(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append(text)
            return
        if self.current is None:
            if not text.strip():
                return
            kind = "quote" if self.quote_depth else "p"
            self.current = _Block(kind)
        self.current.parts.append(text)

    # parser callbacks ----------------------------------------------------
    def unknown_decl(self, data: str) -> None:
        lowered = data.lower().replace(" ", "")
        if lowered.startswith("if!supportlists"):
            self.in_word_marker = True
            self.word_marker = ""
        elif lowered.startswith("endif"):
            self.in_word_marker = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIPPED or ":" in tag:  # <o:p>, <v:shape>, <w:sdt> …
            if tag not in _VOID and tag != "meta":
                self.skip_depth += 1
                self.frames.append(_Frame(tag, "\x00skip"))
            return
        if self.skip_depth:
            if tag not in _VOID:
                self.frames.append(_Frame(tag))
            return
        style = attributes.get("style", "")
        if tag in _HEADINGS:
            self._open_block("h", _HEADINGS[tag])
        elif tag in ("ul", "ol"):
            self._close_block()
            if not self.lists:
                self.list_count += 1
            self.lists.append(tag == "ol")
        elif tag == "li":
            ordered = self.lists[-1] if self.lists else False
            self._open_block("li", max(1, len(self.lists)), ordered)
            self.current.group = f"html{self.list_count}"  # type: ignore[union-attr]
        elif tag == "blockquote":
            self._close_block()
            self.quote_depth += 1
        elif tag == "table":
            self._close_block()
            self.table = _Block("table")
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag == "hr":
            self._close_block()
            self.blocks.append(_Block("hr"))
        elif tag == "br":
            self._emit(_BREAK)
        elif tag == "img":
            pass  # pictures come in through the image button, where they get a caption
        elif tag in _BLOCKS:
            match = _WORD_LIST.search(style)
            if match:
                self._open_block("li", int(match.group(2)), ordered=False)
                self.current.group = f"word{match.group(1)}"  # type: ignore[union-attr]
            elif self.current is None or self.current.kind != "li" or self.current.parts:
                kind = "quote" if self.quote_depth else "p"
                if self.current is None or self.current.kind != "li":
                    self._open_block(kind)
        if tag in _VOID:
            return
        closing = ""
        not_bold = re.search(r"font-weight\s*:\s*(normal|[1-4]00)", style, re.IGNORECASE)
        if (tag in _BOLD or _BOLD_STYLE.search(style)) and not not_bold:
            self._emit(_BOLD_OPEN)
            closing += _BOLD_CLOSE
        if tag in _ITALIC or _ITALIC_STYLE.search(style):
            self._emit(_ITALIC_OPEN)
            closing = _ITALIC_CLOSE + closing
        if tag == "a":
            href = attributes.get("href", "").strip()
            if href and _SAFE_LINK.match(href):
                self._emit("[")
                closing = "](" + href.replace(")", "%29").replace(" ", "%20") + ")" + closing
        self.frames.append(_Frame(tag, closing))

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching open element; browsers' HTML is not always well nested.
        for depth in range(len(self.frames) - 1, -1, -1):
            if self.frames[depth].tag == tag:
                break
        else:
            self._end_structure(tag)
            return
        while len(self.frames) > depth:
            frame = self.frames.pop()
            if frame.closing == "\x00skip":
                self.skip_depth -= 1
            elif frame.closing and not self.skip_depth:
                self._emit(frame.closing)
            if not self.skip_depth:
                self._end_structure(frame.tag)

    def _end_structure(self, tag: str) -> None:
        if tag in _HEADINGS or tag in _BLOCKS or tag == "li":
            self._close_block()
        elif tag in ("ul", "ol"):
            self._close_block()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._close_block()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(_inline("".join(self.cell)).replace("|", "\\|"))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.table is not None:
            if self.row:
                self.table.rows.append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            if self.table.rows:
                self.blocks.append(self.table)
            self.table = None

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_word_marker:
            self.word_marker += data
            if self.current is not None and self.current.kind == "li":
                self.current.ordered = bool(_ORDERED_MARK.match(self.word_marker))
            return
        self._emit(escape_inline(data))


def escape_inline(text: str) -> str:
    """Escape what Markdown would read as emphasis, code or links inside running text."""
    return re.sub(r"([\\`*\[\]])", r"\\\1", text).replace("_", "\\_") if text else text


def _tidy_emphasis(text: str, opening: str, closing: str) -> str:
    """Drop emphasis around nothing, merge touching runs, keep spaces outside the markers."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(f"{opening}([ {_BREAK}]*){closing}", r"\1", text)
        text = text.replace(closing + opening, "")
        text = re.sub(f"{opening}([ {_BREAK}]+)", rf"\1{opening}", text)
        text = re.sub(f"([ {_BREAK}]+){closing}", rf"{closing}\1", text)
    return text


def _inline(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _tidy_emphasis(text, _BOLD_OPEN, _BOLD_CLOSE)
    text = _tidy_emphasis(text, _ITALIC_OPEN, _ITALIC_CLOSE)
    text = text.replace(_BOLD_OPEN, "**").replace(_BOLD_CLOSE, "**")
    text = text.replace(_ITALIC_OPEN, "*").replace(_ITALIC_CLOSE, "*")
    lines = [line.strip() for line in text.split(_BREAK)]
    text = "  \n".join(line for line in lines if line)
    text = re.sub(r"\[\s*\]\([^)]*\)", "", text)
    return text.strip()


def _escape_block_start(text: str) -> str:
    """A paragraph that starts like a list, heading or quote must stay a paragraph."""
    text = re.sub(r"^(\s*)(\d+)([.)])(?=\s)", r"\1\2\\\3", text, count=1)
    return re.sub(r"^(\s*)([#>+-])", r"\1\\\2", text, count=1)


def _render(blocks: list[_Block]) -> str:
    out: list[str] = []
    previous: _Block | None = None
    counters: dict[int, int] = {}
    for block in blocks:
        if block.kind == "hr":
            out.append("---")
            previous = block
            continue
        if block.kind == "table":
            width = max(len(r) for r in block.rows)
            rows = [r + [""] * (width - len(r)) for r in block.rows]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
            previous = block
            continue
        text = _inline("".join(block.parts))
        if not text:
            continue
        if block.kind == "h":
            out.append("#" * block.level + " " + text.replace("  \n", " "))
        elif block.kind == "li":
            same_list = previous is not None and previous.kind == "li"
            same_list = same_list and previous.group == block.group  # type: ignore[union-attr]
            if not same_list:
                counters.clear()
            level = max(1, block.level)
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            if block.ordered:
                counters[level] = counters.get(level, 0) + 1
                marker = f"{counters[level]}."
            else:
                counters.pop(level, None)
                marker = "-"
            item = "    " * (level - 1) + marker + " " + text.replace("\n", "\n    ")
            if same_list:
                out[-1] += "\n" + item
            else:
                out.append(item)
        elif block.kind == "quote":
            out.append("\n".join("> " + line for line in _escape_block_start(text).split("\n")))
        else:
            out.append(_escape_block_start(text))
        previous = block
    return "\n\n".join(out)


def html_to_markdown(html: str) -> str:
    """Convert pasted or imported HTML to article Markdown (NFC, no trailing newline)."""
    converter = _Converter()
    converter.feed(nfc(html))
    converter.close()
    converter._close_block()
    return nfc(_render(converter.blocks)).strip()
