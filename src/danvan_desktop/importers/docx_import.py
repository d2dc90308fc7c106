"""Word (.docx) → an article: title, sapo, body in Markdown, pictures with captions, signature.

Why python-docx (MIT) and not mammoth (BSD-2): both read .docx, but we need
what lies under the HTML that mammoth produces: the font of every run (legacy
.VnTime and VNI text must be converted run by run, and an "H" font means
capitals), paragraph alignment (the signature is the right-aligned name and
position at the end), style names (Title, Heading n, Caption, List …) and the
numbering definitions (bulleted or numbered). python-docx gives the document
model and its parts with lxml under it, so we write the Markdown ourselves and
nothing passes through HTML; it also writes .docx, so the tests build real
Word files with the same library. Footnotes and numbering formats, which
python-docx does not model, are read from their parts directly.

How an article is laid out in Word at the district offices: the title (Title
style, a heading, or a bold first line), the sapo (the first paragraph, often
bold), the body with photos each followed by a caption paragraph (or in a
one-column table with the caption under it), and the signature, the
right-aligned name and position at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.parts.document import DocumentPart
from lxml import etree

from danvan_desktop.importers.docx_runs import (
    ParagraphContent,
    RunReader,
    Styles,
    alignment_of,
    inline_markdown,
    outline_level_of,
    paragraph_numbering,
    w,
)
from danvan_desktop.importers.model import (
    MAX_BODY_CHARS,
    MAX_DOCX_BYTES,
    MAX_IMAGE_BYTES,
    ImportedArticle,
    ImportedImage,
    ImportRefused,
    sniff_image_mime,
)
from danvan_desktop.importers.safezip import read_zip_parts
from danvan_desktop.importers.word_layout import Block, arrange
from danvan_desktop.vietnamese.legacy import detect_encoding

_HEADING_NAME = re.compile(r"^heading\s*(\d)$")
_MAX_BLOCKS = 50_000
_CONTENT_LEGACY = {"tcvn3": "TCVN3", "vni": "VNI"}


@dataclass
class _Document:
    styles: Styles
    numbering: dict[tuple[str, int], bool] = field(default_factory=dict)
    pictures: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)
    note_numbers: dict[tuple[bool, str], int] = field(default_factory=dict)
    notes: dict[tuple[bool, str], etree._Element] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def import_docx(data: bytes, filename: str) -> ImportedArticle:
    """The article in a .docx file; refuses damaged, encrypted and oversized files."""
    if len(data) > MAX_DOCX_BYTES:
        raise ImportRefused("file_too_large", f"{filename} is larger than the import limit")
    parts = read_zip_parts(data)
    if "word/document.xml" not in parts:
        raise ImportRefused(
            "unsupported_format",
            f"{filename} is a zip archive but not a Word document (no word/document.xml)",
        )
    try:
        document = docx.Document(BytesIO(data))
    except (KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ImportRefused("corrupt_document", f"the Word document is damaged: {error}") from None
    blocks, context, reader = _read(document, None)
    if not reader.legacy_fonts:
        detection = detect_encoding("\n".join(block.plain for block in blocks))
        if detection.encoding in _CONTENT_LEGACY:
            blocks, context, reader = _read(document, detection.encoding)
            context.warnings.append(
                f"converted_legacy: the text read as {_CONTENT_LEGACY[detection.encoding]} "
                "without a legacy font name and was converted to Unicode"
            )
    images: list[ImportedImage] = []
    article = arrange(blocks, filename, images)
    notes = _notes_markdown(context, reader)
    body = "\n\n".join(part for part in (article.body_markdown, notes) if part)
    if len(body) > MAX_BODY_CHARS:
        raise ImportRefused("text_too_long", f"the text is longer than {MAX_BODY_CHARS} characters")
    warnings = list(article.warnings) + context.warnings
    if reader.legacy_fonts:
        fonts = ", ".join(sorted(reader.legacy_fonts))
        warnings.append(f"converted_legacy: text in {fonts} was converted to Unicode")
    return ImportedArticle(
        title=article.title,
        sapo=article.sapo,
        body_markdown=body,
        author_name=article.author_name,
        author_position=article.author_position,
        source=article.source,
        images=tuple(images),
        captions=article.captions,
        warnings=tuple(warnings),
    )


def _read(
    document: DocxDocument, assumed_source: str | None
) -> tuple[list[Block], _Document, RunReader]:
    part = document.part
    context = _Document(styles=Styles(_styles_element(document)))
    context.numbering = _numbering_formats(part)
    _load_notes(part, context)
    links = {rel_id: rel.target_ref for rel_id, rel in part.rels.items() if rel.is_external}
    reader = RunReader(context.styles, links, lambda end, ref: _note_mark(context, end, ref))
    reader.assumed_source = assumed_source
    blocks = list(_blocks(document.element.body, reader, context, part))
    return blocks, context, reader


def _styles_element(document: DocxDocument) -> etree._Element | None:
    try:
        return document.styles.element
    except (KeyError, ValueError):
        return None


def _numbering_formats(part: DocumentPart) -> dict[tuple[str, int], bool]:
    """(numId, level) → ordered? from the numbering part (absent in many documents)."""
    try:
        numbering = part.numbering_part.element
    except (KeyError, NotImplementedError, ValueError):
        return {}
    abstract: dict[str, dict[int, bool]] = {}
    for definition in numbering.iter(w("abstractNum")):
        levels = {}
        for level in definition.iter(w("lvl")):
            fmt = level.find(w("numFmt"))
            kind = fmt.get(w("val"), "decimal") if fmt is not None else "decimal"
            depth = level.get(w("ilvl"), "0")
            levels[int(depth) if depth.isdigit() else 0] = kind not in ("bullet", "none")
        abstract[definition.get(w("abstractNumId"), "")] = levels
    formats: dict[tuple[str, int], bool] = {}
    for number in numbering.iter(w("num")):
        reference = number.find(w("abstractNumId"))
        if reference is None:
            continue
        for depth, ordered in abstract.get(reference.get(w("val"), ""), {}).items():
            formats[(number.get(w("numId"), ""), depth)] = ordered
    return formats


def _load_notes(part: DocumentPart, context: _Document) -> None:
    for rel in part.rels.values():
        if rel.is_external or rel.reltype not in (RT.FOOTNOTES, RT.ENDNOTES):
            continue
        endnote = rel.reltype == RT.ENDNOTES
        root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False))
        for note in root.iter(w("endnote" if endnote else "footnote")):
            if note.get(w("type")) in (None, "normal"):
                context.notes[(endnote, note.get(w("id"), ""))] = note


def _note_mark(context: _Document, endnote: bool, note_id: str) -> str:
    key = (endnote, note_id)
    if key not in context.notes:
        return ""
    if key not in context.note_numbers:
        context.note_numbers[key] = len(context.note_numbers) + 1
    return str(context.note_numbers[key])


def _notes_markdown(context: _Document, reader: RunReader) -> str:
    """Footnotes and endnotes as numbered paragraphs after the body, in order of reference.

    The portal's Markdown has no footnote syntax on purpose (no ids in the body),
    so "[1]" in the text points to the paragraph that starts with "[1]" here.
    """
    lines = []
    for key, number in sorted(context.note_numbers.items(), key=lambda item: item[1]):
        texts = []
        for paragraph in context.notes[key].iter(w("p")):
            content = reader.read(paragraph, None)
            text = inline_markdown(content.segments)
            if text:
                texts.append(text)
        lines.append(f"\\[{number}\\] " + " ".join(texts))
    return "\n\n".join(lines)


def _blocks(
    body: etree._Element, reader: RunReader, context: _Document, part: DocumentPart
) -> Iterator[Block]:
    for count, element in enumerate(_body_elements(body)):
        if count >= _MAX_BLOCKS:
            raise ImportRefused("text_too_long", "the document has too many paragraphs")
        if element.tag == w("p"):
            yield from _paragraph_blocks(element, reader, context, part)
        elif element.tag == w("tbl"):
            yield _table_block(element, reader, context, part)


def _body_elements(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables in reading order, looking inside content controls."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml"), w("ins")):
            yield from _body_elements(child)


def _paragraph_style(element: etree._Element, styles: Styles) -> str | None:
    props = element.find(w("pPr"))
    style = None if props is None else props.find(w("pStyle"))
    return style.get(w("val")) if style is not None else styles.default_paragraph


def _paragraph_blocks(
    element: etree._Element, reader: RunReader, context: _Document, part: DocumentPart
) -> Iterator[Block]:
    styles = context.styles
    style_id = _paragraph_style(element, styles)
    props = element.find(w("pPr"))
    content = reader.read(element, style_id)
    name = styles.name(style_id)
    align = alignment_of(props) or styles.first(style_id, "align") or "left"
    block = Block(
        kind="p",
        markdown=inline_markdown(content.segments),
        plain=content.plain,
        style=name,
        align=align,
        bold=content.all("bold"),
        italic=content.all("italic"),
        indent=_left_indent(props),
    )
    heading = _HEADING_NAME.match(name)
    outline = outline_level_of(props)
    if outline is None:
        outline = styles.first(style_id, "outline_level")
    numbering = paragraph_numbering(props) or styles.first(style_id, "numbering")
    if name in ("title", "subtitle"):
        block.kind = name
        block.markdown = _unstyled(content)
    elif heading or (outline is not None and outline < 6):
        block.kind = "h"
        block.level = int(heading.group(1)) if heading else outline + 1
        block.markdown = _unstyled(content)
    elif "caption" in name:
        block.kind = "caption"
    elif numbering and numbering[0] != "0":
        block.kind = "li"
        block.level = numbering[1]
        block.ordered = context.numbering.get(numbering, "number" in name)
        block.list_id = numbering[0]
    elif "quote" in name:
        block.kind = "quote"
    if block.plain:
        yield block
    images = _images(content, context, part)
    if images:
        yield Block(kind="figure", images=images, align=align)
    for box in content.text_boxes:  # a caption or a side note drawn in a text box
        for inner in _body_elements(box):
            if inner.tag == w("p"):
                yield from _paragraph_blocks(inner, reader, context, part)


def _unstyled(content: ParagraphContent) -> str:
    """A heading's text without bold or italic: the heading style already says how it looks."""
    for segment in content.segments:
        segment.bold = segment.italic = False
    return inline_markdown(content.segments).replace("  \n", " ")


def _left_indent(props: etree._Element | None) -> int:
    indent = None if props is None else props.find(w("ind"))
    if indent is None:
        return 0
    value = indent.get(w("left")) or indent.get(w("start")) or "0"
    return int(value) if value.lstrip("-").isdigit() else 0


def _images(
    content: ParagraphContent, context: _Document, part: DocumentPart
) -> list[ImportedImage]:
    found = []
    for picture in content.pictures:
        if not picture.relationship_id:
            context.warnings.append(
                "picture_linked: a picture is only linked to a file outside the document; "
                "insert it in Word (Insert → Pictures) to import it"
            )
            continue
        try:
            image_part = part.related_parts[picture.relationship_id]
        except KeyError:
            context.warnings.append("picture_missing: a picture's data is missing from the file")
            continue
        data = image_part.blob
        mime = sniff_image_mime(data)
        name = str(image_part.partname).rsplit("/", 1)[-1]
        if mime is None:
            context.warnings.append(
                f"picture_format: {name} is not JPEG, PNG, GIF or WebP and was left out"
            )
            continue
        if len(data) > MAX_IMAGE_BYTES:
            context.warnings.append(f"picture_too_large: {name} is too large and was left out")
            continue
        found.append(ImportedImage(data=data, mime=mime, filename=name, alt=picture.alt))
    return found


def _table_block(
    element: etree._Element, reader: RunReader, context: _Document, part: DocumentPart
) -> Block:
    """A table, or a picture laid out in a table with its caption in the next row."""
    rows: list[list[str]] = []
    images: list[ImportedImage] = []
    texts: list[str] = []
    for row in element.iter(w("tr")):
        cells = []
        for cell in row.iter(w("tc")):
            parts = []
            for paragraph in cell.iter(w("p")):
                content = reader.read(paragraph, _paragraph_style(paragraph, context.styles))
                images += _images(content, context, part)
                text = inline_markdown(content.segments)
                if text:
                    parts.append(text.replace("  \n", " "))
                    texts.append(content.plain)
            cells.append(" ".join(parts).replace("|", "\\|"))
        if any(cells):
            rows.append(cells)
    if len(images) == 1 and sum(len(t) for t in texts) <= 300:
        image = images[0]
        caption = " ".join(texts)
        figure = ImportedImage(image.data, image.mime, image.filename, caption, image.alt)
        return Block(kind="figure", images=[figure], captioned=bool(caption))
    return Block(kind="table", rows=rows, images=images)
