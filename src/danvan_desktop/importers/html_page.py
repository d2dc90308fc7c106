"""A web page saved from the portal or a news site → an article, its figures and signature.

The page is parsed with lxml's HTML parser (forgiving, like a browser, and
never fetching anything), stripped of everything that runs or decorates
(html_content), and its parts are picked out: title, sapo, body, figures with
their captions, signature and source. The body's remaining HTML goes through
the same `html_to_markdown` as pasted text, so an imported page and a pasted
one give the same Markdown.

Figures are taken out before that conversion (it drops pictures, which come in
with captions through other doors) and put back as Markdown figures
(html_figures).
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlparse

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from danvan_desktop.importers.html_content import (
    find_content,
    find_sapo_element,
    find_title,
    lines_of,
    remove,
    strip_active_content,
    strip_page_furniture,
    text_of,
)
from danvan_desktop.importers.html_figures import put_figures_back, take_figures
from danvan_desktop.importers.html_markdown import html_to_markdown
from danvan_desktop.importers.model import (
    MAX_BODY_CHARS,
    ImportedArticle,
    ImportedImage,
    ImportRefused,
    ResourceLoader,
)
from danvan_desktop.importers.text_file import refuse_binary
from danvan_desktop.importers.word_layout import AUTHOR_PREFIX
from danvan_desktop.vietnamese import nfc
from danvan_desktop.vietnamese.charsets import from_mixed_bytes
from danvan_desktop.vietnamese.legacy import convert, detect_encoding, encoding_from_font

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_FONT_FAMILY = re.compile(r"font-family\s*:\s*['\"]?([^;'\",]+)", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[-|–—»]\s+[^-|–—»]{2,80}$")
_SIGNATURE_CLASSES = re.compile(r"author|signature|tac-?gia|byline", re.I)
_SOURCE = re.compile(r"^\s*(nguồn|theo)\s*:\s*(?P<source>.{2,200})$", re.I)
_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
_HEADING = re.compile(r"^(#{1,6}) ", re.M)
_MAX_SIGNATURE_CHARS = 150
_NOTE_MARK = re.compile(r"^[\[(]?(\d{1,3})[\])]?$")
_NOTE_CONTAINER = re.compile(r"^(sdfootnote|sdendnote|ftn|edn|footnote-?)\d+$", re.I)
_OFFICE_PROGRAMS = re.compile(r"word|libreoffice|openoffice|writer|python-docx", re.I)


def import_html(
    data: bytes, filename: str, *, resources: ResourceLoader | None = None
) -> ImportedArticle:
    """The article in a saved web page."""
    text = decode_html(data)
    try:
        root = lxml.html.document_fromstring(
            text, parser=lxml.html.HTMLParser(remove_comments=True, no_network=True)
        )
    except (etree.ParserError, ValueError) as error:
        raise ImportRefused("corrupt_document", f"the page cannot be read: {error}") from None
    head_title = _meta(root, "og:title") or _strip_site_name(root.findtext(".//title") or "")
    source = _meta(root, "og:site_name") or _host(_canonical_url(root))
    # An office program's export names the PC's user as its author, not the writer.
    office = _OFFICE_PROGRAMS.search(_meta(root, "generator") or _meta(root, "ProgId"))
    meta_author = "" if office else _meta(root, "author")
    strip_active_content(root)
    warnings = _convert_legacy(root)
    strip_page_furniture(root)
    content = find_content(root)
    title, title_element = find_title(root, content, head_title)
    if title_element is not None:
        remove(title_element)
    sapo_element = find_sapo_element(root, content)
    sapo = text_of(sapo_element) if sapo_element is not None else ""
    if sapo_element is not None:  # never the body itself; often a paragraph inside it
        remove(sapo_element)
    notes = _set_notes_aside(content)
    name, position = _take_signature(root, content)
    source = _take_source(root, content) or source
    content.extend(notes)
    images: list[ImportedImage] = []
    placeholders = take_figures(content, resources, images, warnings)
    if not sapo:
        sapo = _take_first_paragraph(content)
    body = html_to_markdown(etree.tostring(content, encoding="unicode", method="html"))
    body = put_figures_back(_lift_headings(body), placeholders)
    if not title and not body:
        raise ImportRefused("no_article_text", "no article text was found in the page")
    if not title:
        title = re.sub(r"\.[^.]*$", "", filename) or "Untitled"
        warnings.append("title_from_file_name: the page has no title; the file name was used")
    if len(body) > MAX_BODY_CHARS:
        raise ImportRefused("text_too_long", f"the text is longer than {MAX_BODY_CHARS} characters")
    captions = tuple(
        caption for caption, image in placeholders.values() if image is None and caption
    )
    return ImportedArticle(
        title=nfc(title),
        sapo=nfc(sapo),
        body_markdown=body,
        author_name=nfc(name or meta_author),
        author_position=nfc(position),
        source=nfc(source),
        images=tuple(images),
        captions=captions,
        warnings=tuple(warnings),
    )


def decode_html(data: bytes) -> str:
    """The page's text: its BOM or <meta charset> first, then UTF-8, then legacy bytes."""
    if not data.strip():
        raise ImportRefused("empty_file", "the file is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(encoding, errors="replace"))
    if data.startswith(codecs.BOM_UTF16_BE):
        return _checked(data[2:].decode("utf-16-be", errors="replace"))
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            encoding = ""
        if encoding and encoding not in ("cp1252", "latin-1", "iso8859-1"):
            return _checked(data.decode(encoding, errors="replace"))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _checked(from_mixed_bytes(data))  # legacy text is converted per element later


def _checked(text: str) -> str:
    if "\x00" in text[:65_536]:
        raise ImportRefused("binary_file", "the file is not a web page (it holds binary data)")
    refuse_binary(text)
    return text


def _meta(root: HtmlElement, name: str) -> str:
    for meta in root.iter("meta"):
        if name in (meta.get("property"), meta.get("name")):
            return " ".join((meta.get("content") or "").split())
    return ""


def _canonical_url(root: HtmlElement) -> str:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href") or ""
    return _meta(root, "og:url")


def _host(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


def _strip_site_name(title: str) -> str:
    return _TITLE_SUFFIX.sub("", " ".join(title.split()))


def _font_of(element: HtmlElement) -> str | None:
    face = element.get("face")
    if face:
        return face.split(",")[0].strip()
    match = _FONT_FAMILY.search(element.get("style", ""))
    return match.group(1).strip() if match else None


def _convert_legacy(root: HtmlElement) -> list[str]:
    """Convert legacy text by its font (.VnTime, VNI-Times…), else by its content.

    Each piece of text is converted once, with the font of the element it sits
    in (a tail belongs to the parent). A page whose legacy font was set in a
    stylesheet names no font on its elements; its text is recognised by its
    content instead, as the text importer does.
    """
    fonts: dict[HtmlElement, str | None] = {}
    converted: set[str] = set()

    def legacy_of(font: str | None) -> str | None:
        found = encoding_from_font(font)
        if found is not None:
            converted.add(font or "")
        return found[0] if found else None

    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        inherited = fonts.get(parent) if parent is not None else None
        font = fonts[element] = _font_of(element) or inherited
        source = legacy_of(font)
        if element.text and source:
            element.text = convert(element.text, source, font_name=font)
        tail_source = legacy_of(inherited)
        if element.tail and tail_source:
            element.tail = convert(element.tail, tail_source, font_name=inherited)
    if converted:
        names = ", ".join(sorted(converted))
        return [f"converted_legacy: text in {names} was converted to Unicode"]
    detection = detect_encoding(text_of(root))
    if detection.encoding not in ("tcvn3", "vni"):
        return []
    for element in root.iter():
        if isinstance(element.tag, str) and element.text:
            element.text = convert(element.text, detection.encoding, guessed=True)
        if element.tail:
            element.tail = convert(element.tail, detection.encoding, guessed=True)
    name = detection.encoding.upper()
    return [f"converted_legacy: the text read as {name} and was converted to Unicode"]


def _set_notes_aside(content: HtmlElement) -> list[HtmlElement]:
    """Footnote marks become "[n]" (as from Word files); the notes are lifted out.

    Word and LibreOffice export footnotes as links to "#_ftn1"/"#sdfootnote1sym"
    and the notes as <div id="ftn1">/<div id="sdfootnote1"> after the text. They
    are set aside while the signature above them is looked for, then appended.
    """
    for anchor in list(content.iter("a")):
        mark = _NOTE_MARK.match(text_of(anchor))
        if mark and (anchor.get("href") or "").startswith("#"):
            anchor.tail = f"[{mark.group(1)}]" + (anchor.tail or "")
            remove(anchor)
    notes: list[HtmlElement] = []
    for element in content.iter("div", "section", "aside", "p"):
        if _NOTE_CONTAINER.match(element.get("id") or "") and not any(
            ancestor in notes for ancestor in element.iterancestors()
        ):
            notes.append(element)
    for note in notes:
        remove(note)  # its tail stays where it was
        note.tail = None
    return notes


def _right_aligned(element: HtmlElement) -> bool:
    return element.get("align") == "right" or bool(_RIGHT.search(element.get("style", "")))


def _take_signature(root: HtmlElement, content: HtmlElement) -> tuple[str, str]:
    """The portal's signature block, else the right-aligned or marked lines closing the body.

    As in a Word file, the first line is the name (without "Bài và ảnh:") and
    the lines after it, whether separate paragraphs or split by <br>, the position.
    """
    name = root.find_class("signature-name")
    position = root.find_class("signature-position")
    if name or position:
        found = [text_of(e) for e in (*name[:1], *position[:1])]
        for element in (*name, *position):
            remove(element)
        return (found[0], found[1] if len(found) > 1 else "") if name else ("", found[0])
    lines: list[str] = []
    for element in reversed(list(content.iter("p", "div"))):
        text = text_of(element)
        if not text or element.find(".//img") is not None:
            if not text and element.find(".//img") is None:
                continue
            break
        marked = _right_aligned(element) or bool(
            _SIGNATURE_CLASSES.search(element.get("class", ""))
        )
        own_lines = lines_of(element)
        if not marked or len(text) > _MAX_SIGNATURE_CHARS or len(lines) + len(own_lines) > 3:
            break
        lines[:0] = own_lines
        remove(element)
    if lines:
        return AUTHOR_PREFIX.sub("", lines[0]), ", ".join(lines[1:])
    return "", ""


def _take_source(root: HtmlElement, content: HtmlElement) -> str:
    """The portal's "Nguồn:" line, else a "Nguồn: …" or "Theo: …" paragraph closing the body."""
    for element in root.find_class("article-source"):
        match = _SOURCE.match(text_of(element))
        remove(element)
        if match:
            return match.group("source").strip(" .")
    for element in reversed(list(content.iter("p"))):
        text = text_of(element)
        if not text:
            continue
        match = _SOURCE.match(text)
        if match:
            remove(element)
            return match.group("source").strip(" .")
        return ""
    return ""


def _take_first_paragraph(content: HtmlElement) -> str:
    """A lead in bold, or the first paragraph when more follow it, is the sapo."""
    paragraphs = [p for p in content.iter("p") if text_of(p)]
    if not paragraphs:
        return ""
    first = paragraphs[0]
    bold = (
        len(first) == 1
        and first[0].tag in ("b", "strong")
        and not (first.text or "").strip()
        and not (first[0].tail or "").strip()
    )
    if bold or len(paragraphs) > 2:
        text = text_of(first)
        remove(first)
        return text
    return ""


def _lift_headings(body: str) -> str:
    """A page's sections are <h2> under its <h1> title; in our Markdown they are "#".

    The portal renders "#" as <h2> (the title is the page's only <h1>), so a
    page that starts its sections at <h2> is lifted one level, and a page saved
    from the portal comes back exactly as it was written.
    """
    levels = [len(m.group(1)) for m in _HEADING.finditer(body)]
    if not levels or min(levels) < 2:
        return body
    shift = min(levels) - 1
    return _HEADING.sub(lambda m: "#" * (len(m.group(1)) - shift) + " ", body)
