"""Real Word documents built in the tests, with the structures Word itself writes.

python-docx writes the styles (Title, Heading n, Caption, List Bullet, List
Number), numbering definitions and pictures from Word's own default template;
what it has no API for (hyperlinks, footnotes, tracked changes, fields) is
added here as the same OOXML elements Word writes.
"""

from __future__ import annotations

import struct
import zlib
from io import BytesIO

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph


def png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def bmp(width: int = 2, height: int = 2) -> bytes:
    row = b"\x00\x00\xff" * width + b"\x00" * ((4 - (3 * width) % 4) % 4)
    pixels = row * height
    header = struct.pack("<2sIHHI", b"BM", 54 + len(pixels), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return header + info + pixels


def new_document() -> Document:
    return docx.Document()


def save(document: Document) -> bytes:
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    run.append(props)
    element = OxmlElement("w:t")
    element.text = text
    run.append(element)
    link.append(run)
    paragraph._p.append(link)


def add_raw_runs(paragraph: Paragraph, runs_xml: str) -> None:
    """Append run-level OOXML (fields, deletions, insertions…) as Word writes it."""
    fragment = parse_xml(f"<w:wrap {nsdecls('w')}>{runs_xml}</w:wrap>")
    for child in list(fragment):
        paragraph._p.append(child)


def add_footnotes(document: Document, notes: dict[int, str]) -> None:
    """A footnotes part with Word's two separator notes and one note per id."""
    body = "".join(
        f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for note_id, text in notes.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{body}</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_reference(note_id: int) -> str:
    return (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    )


def set_list_level(paragraph: Paragraph, level: int) -> None:
    """Indent a list item one level, as Tab does in Word: same list, deeper w:ilvl."""
    style_numbering = paragraph.style.element.pPr.numPr
    numbering = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
        f'<w:numId w:val="{style_numbering.numId.val}"/></w:numPr>'
    )
    paragraph._p.get_or_add_pPr().append(numbering)
