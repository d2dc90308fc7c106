"""Plain text and Markdown files → an article, whatever the encoding they were saved in.

Archives in a district office hold .txt files saved by every editor since the
nineties: UTF-8 with or without a BOM, UTF-16 from Notepad's "Unicode", CP1258
from Windows' Vietnamese code page, and raw TCVN3 or VNI bytes typed in
.VnTime or VNI-Times. Legacy bytes are read as cp1252 (the form the legacy
converter works on), line by line so that UTF-8 lines pasted among them stay
UTF-8, and then converted; which charset it was comes from the content,
because a text file names no font.

A text saved from the portal's article page keeps the portal's layout (banner,
title, sapo, body, captions, signature, related list) and goes through
`parse_portal_text`; any other text is title, sapo, then body paragraphs, with
a signature pushed right at the end.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from danvan_desktop.importers.markdown_text import escape_paragraph
from danvan_desktop.importers.model import (
    MAX_BODY_CHARS,
    ImportedArticle,
    ImportedImage,
    ImportRefused,
    ResourceLoader,
    figure_markdown,
    sniff_image_mime,
)
from danvan_desktop.importers.portal_text import RELATED_HEADING, parse_portal_text
from danvan_desktop.vietnamese import nfc
from danvan_desktop.vietnamese.charsets import from_mixed_bytes
from danvan_desktop.vietnamese.legacy import convert, detect_encoding

MAX_TITLE_CHARS = 300
SIGNATURE_INDENT = 8  # leading blanks (a tab counts 4) that push a line to the right
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_LEGACY_NAMES = {"tcvn3": "TCVN3", "vni": "VNI", "viqr": "VIQR", "cp1258": "CP1258"}
_BANNER = re.compile(r"^\s*banner\b", re.IGNORECASE)
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_BOLD_PARAGRAPH = re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1$", re.DOTALL)
_BLANKS = " \t\u00a0\u2007\u202f"


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The file's text in NFC Unicode, and warnings naming any conversion made.

    Raises `ImportRefused` for empty files and for bytes that are not text.
    """
    if not data.strip(b" \t\r\n\x00"):
        raise ImportRefused("empty_file", "the file is empty")
    text, legacy_possible = _decode_bytes(data)
    refuse_binary(text)
    warnings: list[str] = []
    detection = detect_encoding(text)
    if detection.encoding in _LEGACY_NAMES and (legacy_possible or detection.encoding == "viqr"):
        text = convert(text, detection.encoding, guessed=True)
        name = _LEGACY_NAMES[detection.encoding]
        warnings.append(f"converted_legacy: the text was in {name} and was converted to Unicode")
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n")), tuple(warnings)


def _decode_bytes(data: bytes) -> tuple[str, bool]:
    """(text, whether legacy 8-bit charsets are still in play)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), False
            except UnicodeDecodeError:
                raise ImportRefused(
                    "undecodable_text", f"the file says it is {encoding} but is not"
                ) from None
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise _binary()
        try:
            return data.decode(encoding), False
        except UnicodeDecodeError:
            raise _binary() from None
    try:
        # UTF-8 text may still hold legacy letters pasted from an old document.
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return from_mixed_bytes(data), True


def _utf16_without_bom(data: bytes) -> str | None:
    """Notepad's BOM-less UTF-16: every other byte of Latin text is zero."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    if odd >= pairs * 0.3 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def _binary() -> ImportRefused:
    return ImportRefused("binary_file", "the file is not text (it holds binary data)")


def refuse_binary(text: str) -> None:
    """Text with more than a trace of control characters is a binary file misnamed."""
    sample = text[:65_536]
    controls = sum(
        1
        for char in sample
        if unicodedata.category(char) == "Cc"
        and char not in _ALLOWED_CONTROLS
        and not 0x80 <= ord(char) <= 0x9F  # cp1252's five undefined bytes, kept by from_bytes
    )
    if controls > max(2, len(sample) // 200):
        raise _binary()


def import_text(
    data: bytes,
    filename: str,
    *,
    markdown: bool = False,
    resources: ResourceLoader | None = None,
) -> ImportedArticle:
    """A .txt (or, with `markdown`, a .md) file → article fields.

    `resources` reads the pictures a Markdown file names by a relative path.
    """
    text, warnings = decode_text(data)
    if len(text) > MAX_BODY_CHARS:
        raise ImportRefused("text_too_long", f"the text is longer than {MAX_BODY_CHARS} characters")
    if not markdown and _portal_layout(text):
        return _portal_article(text, warnings)
    if markdown:
        article = _with_local_images(_markdown_article(text, filename), resources)
    else:
        article = _plain_article(text, filename)
    return _with_warnings(article, warnings)


def _with_warnings(article: ImportedArticle, warnings: tuple[str, ...]) -> ImportedArticle:
    if not warnings:
        return article
    return ImportedArticle(
        title=article.title,
        sapo=article.sapo,
        body_markdown=article.body_markdown,
        author_name=article.author_name,
        author_position=article.author_position,
        source=article.source,
        images=article.images,
        captions=article.captions,
        warnings=warnings + article.warnings,
    )


def _portal_layout(text: str) -> bool:
    lines = [line.strip(_BLANKS) for line in text.splitlines() if line.strip(_BLANKS)]
    if not lines:
        return False
    return bool(_BANNER.match(lines[0])) or any(
        line.casefold().rstrip(":") == RELATED_HEADING for line in lines
    )


def _portal_article(text: str, warnings: tuple[str, ...]) -> ImportedArticle:
    try:
        parsed = parse_portal_text(text)
    except ValueError as error:
        raise ImportRefused("no_article_text", f"no article found in the page: {error}") from None
    notes = list(warnings)
    if parsed.captions:
        notes.append(
            "captions_without_pictures: the page's photo captions were kept apart; "
            "add the photos by hand"
        )
    return ImportedArticle(
        title=parsed.title,
        sapo=parsed.sapo,
        body_markdown=parsed.body_markdown,
        author_name=parsed.author_name,
        author_position=parsed.author_position,
        captions=parsed.captions,
        warnings=tuple(notes),
    )


def _blocks(text: str) -> list[tuple[str, int]]:
    """Paragraphs with the width of their indentation.

    Paragraphs are separated by blank lines; a file without any (Word's "Plain
    Text" export, one paragraph per line) has one paragraph per line.
    """
    separator = r"\n[ \t\u00a0]*\n" if re.search(r"\n[ \t\u00a0]*\n", text.strip()) else r"\n"
    blocks = []
    for raw in re.split(separator, text):
        if not raw.strip(_BLANKS + "\n"):
            continue
        stripped = raw.lstrip(_BLANKS + "\n")
        indent = raw[: len(raw) - len(stripped)].replace("\n", "").replace("\t", "    ")
        blocks.append((stripped.rstrip(_BLANKS + "\n"), len(indent)))
    return blocks


def _title_or_file_name(candidate: str, filename: str) -> tuple[str, list[str]]:
    line = " ".join(candidate.split())
    if line and len(line) <= MAX_TITLE_CHARS:
        return line, []
    stem = re.sub(r"\.[^.]*$", "", filename) or "Untitled"
    return " ".join(stem.replace("_", " ").split()), [
        "title_from_file_name: no title line was found; the file name was used"
    ]


def _plain_article(text: str, filename: str) -> ImportedArticle:
    blocks = _blocks(text)
    if not blocks:
        raise ImportRefused("no_article_text", "the file holds no text")
    signature: list[str] = []
    while len(blocks) > 1 and blocks[-1][1] >= SIGNATURE_INDENT and len(signature) < 2:
        signature.insert(0, " ".join(blocks.pop()[0].split()))
    title, warnings = _title_or_file_name(blocks[0][0], filename)
    body_blocks = blocks if warnings else blocks[1:]
    rest = [" ".join(block.split("\n")).strip() for block, _ in body_blocks]
    sapo = rest.pop(0) if len(rest) > 1 else ""
    return ImportedArticle(
        title=title,
        sapo=sapo,
        body_markdown="\n\n".join(escape_paragraph(p) for p in rest),
        author_name=signature[0] if signature else "",
        author_position=signature[1] if len(signature) > 1 else "",
        warnings=tuple(warnings),
    )


def _title_line(first: str, second: str) -> bool:
    """A Setext heading ("Title" over "===="), or a short first line followed by a blank one."""
    if not first.strip():
        return False
    return bool(_SETEXT_RULE.match(second)) or (
        not second.strip() and len(first.strip()) <= MAX_TITLE_CHARS
    )


def _markdown_article(text: str, filename: str) -> ImportedArticle:
    """The author's Markdown stays as written; only the title and a bold lead are lifted out."""
    lines = text.strip("\n").split("\n")
    title = ""
    heading = _ATX_HEADING.match(lines[0]) if lines else None
    if heading:
        title, lines = heading.group(1), lines[1:]
    elif len(lines) > 1 and _title_line(lines[0], lines[1]):
        title, lines = lines[0].strip(), lines[2:]
    body = "\n".join(lines).strip("\n")
    warnings: list[str] = []
    if not title:
        title, warnings = _title_or_file_name("", filename)
    if not body.strip() and not title:
        raise ImportRefused("no_article_text", "the file holds no text")
    sapo = ""
    first, _, remainder = body.partition("\n\n")
    bold = _BOLD_PARAGRAPH.match(first.strip())
    if bold and "\n" not in bold.group("text"):
        sapo, body = bold.group("text").strip(), remainder.strip("\n")
    return ImportedArticle(title=title, sapo=sapo, body_markdown=body, warnings=tuple(warnings))


_MARKDOWN_IMAGE = re.compile(
    r'!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)(?:\s+"(?P<title>[^"\n]*)")?\)'
)


def _with_local_images(
    article: ImportedArticle, resources: ResourceLoader | None
) -> ImportedArticle:
    """Pictures a Markdown file names beside it ("![ảnh](anh.jpg "Chú thích")") come along."""
    images: list[ImportedImage] = []
    warnings = list(article.warnings)

    def replace(match: re.Match[str]) -> str:
        source = match.group("src")
        if source.lower().startswith("media:"):
            return match.group(0)
        data = resources(source) if resources is not None else None
        mime = sniff_image_mime(data) if data else None
        if data is None or mime is None:
            warnings.append(f"picture_not_saved: {source} was not found beside the file")
            return match.group(0)
        image = ImportedImage(
            data, mime, source.rsplit("/", 1)[-1], match.group("title") or "", match.group("alt")
        )
        if all(image.sha256 != kept.sha256 for kept in images):
            images.append(image)
        return figure_markdown(image)

    body = _MARKDOWN_IMAGE.sub(replace, article.body_markdown)
    return ImportedArticle(
        title=article.title,
        sapo=article.sapo,
        body_markdown=body,
        images=tuple(images),
        warnings=tuple(warnings),
    )
