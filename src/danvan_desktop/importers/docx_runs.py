"""Inside a Word paragraph: styles, runs, fonts, links, pictures and footnote marks.

Word keeps formatting on three levels (the run, its character style, the
paragraph style, then the document defaults) and we need it resolved: bold and
italic become Markdown, and the font name says whether the text is legacy
TCVN3 (.VnTime, .VnTimeH for capitals) or VNI (VNI-Times). Everything else a
run carries (colours, sizes, spacing, kerning, language tags, proofing marks,
field codes, deleted revisions) is Word's business and is dropped here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from danvan_desktop.importers.markdown_text import escape_inline
from danvan_desktop.vietnamese import nfc
from danvan_desktop.vietnamese.charsets import from_bytes
from danvan_desktop.vietnamese.legacy import convert, encoding_from_font

A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
MC_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"
MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
M_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
R_EMBED = qn("r:embed")
R_ID = qn("r:id")
R_LINK = qn("r:link")
_FALSE = frozenset({"0", "false", "off", "none"})
_SYMBOL_FONTS = re.compile(r"^(symbol|wingdings|webdings|marlett|zapf ?dingbats)", re.I)
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.I)
_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.I)
_PRIVATE_USE_BYTE = re.compile(r"[\uf020-\uf0ff]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_MAX_STYLE_DEPTH = 20


def w(tag: str) -> str:
    return qn(f"w:{tag}")


def _toggle(props: etree._Element | None, tag: str) -> bool | None:
    if props is None:
        return None
    element = props.find(w(tag))
    if element is None:
        return None
    return element.get(w("val"), "true").lower() not in _FALSE


def _font(props: etree._Element | None) -> str | None:
    fonts = None if props is None else props.find(w("rFonts"))
    if fonts is None:
        return None
    return fonts.get(w("hAnsi")) or fonts.get(w("ascii")) or fonts.get(w("cs"))


@dataclass(frozen=True, slots=True)
class StyleInfo:
    name: str
    based_on: str | None
    kind: str
    bold: bool | None
    italic: bool | None
    font: str | None
    align: str | None
    numbering: tuple[str, int] | None
    outline_level: int | None


def paragraph_numbering(props: etree._Element | None) -> tuple[str, int] | None:
    """(numId, level) of a w:pPr or a style's pPr, if it has a w:numPr."""
    number = None if props is None else props.find(w("numPr"))
    if number is None:
        return None
    num_id = number.find(w("numId"))
    level = number.find(w("ilvl"))
    value = num_id.get(w("val"), "0") if num_id is not None else "0"
    depth = level.get(w("val"), "0") if level is not None else "0"
    return value, int(depth) if depth.isdigit() else 0


def alignment_of(props: etree._Element | None) -> str | None:
    jc = None if props is None else props.find(w("jc"))
    return None if jc is None else jc.get(w("val"))


def outline_level_of(props: etree._Element | None) -> int | None:
    level = None if props is None else props.find(w("outlineLvl"))
    value = None if level is None else level.get(w("val"), "")
    return int(value) if value and value.isdigit() and int(value) < 9 else None


class Styles:
    """The document's style sheet, resolved along `basedOn` chains."""

    def __init__(self, styles_element: etree._Element | None) -> None:
        self.by_id: dict[str, StyleInfo] = {}
        self.default_paragraph: str | None = None
        self.default_font: str | None = None
        if styles_element is None:
            return
        defaults = styles_element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.default_font = _font(defaults)
        for style in styles_element.iter(w("style")):
            style_id = style.get(w("styleId"), "")
            name_element = style.find(w("name"))
            based = style.find(w("basedOn"))
            run_props = style.find(w("rPr"))
            para_props = style.find(w("pPr"))
            kind = style.get(w("type"), "paragraph")
            self.by_id[style_id] = StyleInfo(
                name=(name_element.get(w("val"), "") if name_element is not None else style_id),
                based_on=based.get(w("val")) if based is not None else None,
                kind=kind,
                bold=_toggle(run_props, "b"),
                italic=_toggle(run_props, "i"),
                font=_font(run_props),
                align=alignment_of(para_props),
                numbering=paragraph_numbering(para_props),
                outline_level=outline_level_of(para_props),
            )
            if kind == "paragraph" and style.get(w("default")) in ("1", "true"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> Iterator[StyleInfo]:
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            if len(seen) >= _MAX_STYLE_DEPTH:
                return
            seen.add(style_id)
            info = self.by_id[style_id]
            yield info
            style_id = info.based_on

    def first(self, style_id: str | None, attribute: str) -> Any:
        for info in self.chain(style_id):
            value = getattr(info, attribute)
            if value is not None:
                return value
        return None

    def name(self, style_id: str | None) -> str:
        info = self.by_id.get(style_id or "")
        return info.name.lower() if info else ""


@dataclass(slots=True)
class Segment:
    """A stretch of text with one look; `markdown` is already escaped when set."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    markdown: str | None = None


@dataclass(frozen=True, slots=True)
class PictureRef:
    relationship_id: str  # "" for a picture linked to a file outside the document
    alt: str


@dataclass(slots=True)
class ParagraphContent:
    segments: list[Segment] = field(default_factory=list)
    pictures: list[PictureRef] = field(default_factory=list)
    text_boxes: list[etree._Element] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return nfc(" ".join("".join(s.text for s in self.segments).split()))

    def all(self, attribute: str) -> bool:
        visible = [s for s in self.segments if s.text.strip() and s.markdown is None]
        return bool(visible) and all(getattr(s, attribute) for s in visible)


class RunReader:
    """Walks the inline content of paragraphs, resolving formatting and legacy fonts.

    `note_mark` gives the number shown for a footnote or endnote reference;
    `links` maps a relationship id to its external URL.
    """

    def __init__(
        self, styles: Styles, links: dict[str, str], note_mark: Callable[[bool, str], str]
    ) -> None:
        self.styles = styles
        self.links = links
        self.note_mark = note_mark
        self.legacy_fonts: set[str] = set()
        # Set when the content itself reads as TCVN3 or VNI though no font says so
        # (a .VnTime document whose fonts were replaced when it was re-saved).
        self.assumed_source: str | None = None
        self._fields: list[dict[str, Any]] = []

    def read(self, paragraph: etree._Element, paragraph_style: str | None) -> ParagraphContent:
        content = ParagraphContent()
        self._fields = []  # fields open in this paragraph: {code, in_code, link}
        self._walk(paragraph, paragraph_style, None, content)
        return content

    def _walk(
        self,
        element: etree._Element,
        style: str | None,
        link: str | None,
        content: ParagraphContent,
    ) -> None:
        for child in element:
            tag = child.tag
            if tag == w("r"):
                self._run(child, style, self._field_link() or link, content)
            elif tag == w("hyperlink"):
                target = self.links.get(child.get(R_ID, ""))
                self._walk(child, style, target or link, content)
            elif tag == w("fldSimple"):
                match = _HYPERLINK_FIELD.match(child.get(w("instr"), ""))
                self._walk(child, style, match.group(1) if match else link, content)
            elif tag in (
                w("ins"),
                w("smartTag"),
                w("customXml"),
                w("sdt"),
                w("sdtContent"),
            ) or tag in (w("dir"), w("bdo"), w("moveTo")):
                self._walk(child, style, link, content)
            elif tag == MC_ALTERNATE:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    self._walk(choice, style, link, content)
            elif isinstance(tag, str) and tag.startswith(M_MATH):
                text = "".join(child.itertext())
                if text.strip():
                    content.segments.append(Segment(text))

    def _field_link(self) -> str | None:
        for state in reversed(self._fields):
            if not state["in_code"] and state["link"]:
                return state["link"]
        return None

    def _run(
        self, run: etree._Element, style: str | None, link: str | None, content: ParagraphContent
    ) -> None:
        props = run.find(w("rPr"))
        char_style_element = None if props is None else props.find(w("rStyle"))
        char_style = None if char_style_element is None else char_style_element.get(w("val"))
        bold = _first_set(
            _toggle(props, "b"),
            self.styles.first(char_style, "bold"),
            self.styles.first(style, "bold"),
        )
        italic = _first_set(
            _toggle(props, "i"),
            self.styles.first(char_style, "italic"),
            self.styles.first(style, "italic"),
        )
        font = (
            _font(props)
            or self.styles.first(char_style, "font")
            or self.styles.first(style, "font")
            or self.styles.default_font
        )
        hidden = _toggle(props, "vanish") or _toggle(props, "specVanish")
        for child in run:
            tag = child.tag
            if tag == w("fldChar"):
                self._field_char(child.get(w("fldCharType"), ""))
            elif tag == w("instrText"):
                if self._fields:
                    self._fields[-1]["code"] += child.text or ""
            elif self._fields and self._fields[-1]["in_code"]:
                continue
            elif tag == w("t") and not hidden:
                text = self._decode(child.text or "", font)
                if text:
                    content.segments.append(Segment(text, bool(bold), bool(italic), link))
            elif tag in (w("tab"), w("ptab")):
                content.segments.append(Segment(" ", bool(bold), bool(italic), link))
            elif tag in (w("br"), w("cr")):
                if child.get(w("type"), "textWrapping") == "textWrapping":
                    content.segments.append(Segment("\n", bool(bold), bool(italic), link))
            elif tag == w("noBreakHyphen"):
                content.segments.append(Segment("-", bool(bold), bool(italic), link))
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                mark = self.note_mark(tag == w("endnoteReference"), child.get(w("id"), ""))
                if mark:
                    content.segments.append(Segment(f"[{mark}]", markdown=f"\\[{mark}\\]"))
            elif tag in (w("drawing"), w("pict"), w("object"), MC_ALTERNATE):
                shown = _shown(child)
                content.pictures.extend(_pictures(shown))
                content.text_boxes.extend(shown.iter(w("txbxContent")))

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append({"code": "", "in_code": True, "link": None})
        elif kind == "separate" and self._fields:
            state = self._fields[-1]
            state["in_code"] = False
            match = _HYPERLINK_FIELD.match(state["code"])
            state["link"] = match.group(1) if match else None
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _decode(self, text: str, font: str | None) -> str:
        """The run's text in Unicode, without invisible characters.

        Soft hyphens and zero-width characters are removed only after legacy
        conversion: in TCVN3, U+00AD is the letter ư.
        """
        if font and _SYMBOL_FONTS.match(font):
            return ""  # bullets and dingbats drawn with a symbol font mean nothing as text
        legacy = encoding_from_font(font)
        if legacy is None:
            if self.assumed_source:
                text = convert(text, self.assumed_source, guessed=True)
            return _INVISIBLE.sub("", text)
        self.legacy_fonts.add(font or "")
        # Symbol-charset fonts store each byte at U+F000 + byte.
        text = _PRIVATE_USE_BYTE.sub(lambda m: from_bytes(bytes([ord(m[0]) - 0xF000])), text)
        return _INVISIBLE.sub("", convert(text, legacy[0], font_name=font))


def _first_set(*values: bool | None) -> bool:
    return next((v for v in values if v is not None), False)


def _shown(element: etree._Element) -> etree._Element:
    """What Word shows of alternate content: the first choice, not the fallback copy."""
    if element.tag == MC_ALTERNATE:
        choice = element.find(MC_CHOICE)
        return choice if choice is not None else element
    return element


def _pictures(element: etree._Element) -> list[PictureRef]:
    """The embedded pictures of a drawing, a VML shape or a fallback picture."""
    alt = ""
    properties = next(element.iter(WP_DOCPR), None)
    if properties is not None:
        alt = properties.get("descr") or properties.get("title") or ""
    found = [
        PictureRef(blip.get(R_EMBED, ""), alt)
        for blip in element.iter(A_BLIP)
        if blip.get(R_EMBED) or blip.get(R_LINK)
    ]
    found += [PictureRef(data.get(R_ID, ""), alt) for data in element.iter(V_IMAGEDATA)]
    return found


_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]{2,}")


def inline_markdown(segments: list[Segment]) -> str:
    """Segments → one paragraph of Markdown: bold, italic and links kept, all else plain."""
    groups: list[list[Segment]] = []
    for segment in segments:
        key = (segment.bold, segment.italic, segment.link, segment.markdown is not None)
        if groups and groups[-1][0].markdown is None and segment.markdown is None:
            last = groups[-1][0]
            if (last.bold, last.italic, last.link, False) == key:
                groups[-1].append(segment)
                continue
        groups.append([segment])
    out = []
    for group in groups:
        first = group[0]
        if first.markdown is not None:
            out.append(first.markdown)
            continue
        text = nfc(_SPACES.sub(" ", "".join(s.text for s in group)))
        lines = [_styled(line, first) for line in text.split("\n")]
        out.append("\x00".join(lines))
    joined = "".join(out)
    lines = [" ".join(line.split()) for line in joined.split("\x00")]
    return "  \n".join(line for line in lines if line)


def _styled(text: str, segment: Segment) -> str:
    core = text.strip()
    if not core:
        return text and " "
    lead = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() else ""
    body = escape_inline(core)
    if segment.italic:
        body = f"*{body}*"
    if segment.bold:
        body = f"**{body}**"
    if segment.link and _SAFE_LINK.match(segment.link):
        target = segment.link.replace(" ", "%20").replace(")", "%29").replace("(", "%28")
        body = f"[{body}]({target})"
    return lead + body + tail
