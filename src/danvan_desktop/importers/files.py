"""One entry point for every kind of file: look at its bytes, pick the importer.

The extension is only a hint. People rename files, mail clients append ".txt",
and an old Word 97 file is often called ".docx" by hand, so the first bytes
decide whenever they can: a zip with word/document.xml is a Word document, an
OLE2 compound file is old Word (or an encrypted new one), and anything that
starts like HTML is a web page.

Every failure to read a file becomes an `ImportRefused` with a code, so a batch
can report it and go on with the next file.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import unquote

from danvan_desktop.importers.model import (
    MAX_DOCX_BYTES,
    MAX_IMAGE_BYTES,
    MAX_TEXT_BYTES,
    ImportedArticle,
    ImportRefused,
    ResourceLoader,
)

log = logging.getLogger(__name__)

DOCX_SUFFIXES = frozenset({".docx", ".docm"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
SUPPORTED_SUFFIXES = DOCX_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES | {".doc"}

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta)\b", re.I | re.S
)
_FOREIGN_FORMATS = (
    (b"%PDF", "a PDF file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
)


def max_bytes_for(filename: str) -> int:
    """How large a file of this kind may be before we refuse to read it at all."""
    suffix = Path(filename).suffix.lower()
    return MAX_DOCX_BYTES if suffix in DOCX_SUFFIXES | {".doc"} else MAX_TEXT_BYTES


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing (without reading it all) one larger than `limit`."""
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise ImportRefused(
            "file_unreadable", f"cannot read {path.name}: {error.strerror or error}"
        ) from None
    if len(data) > limit:
        raise ImportRefused(
            "file_too_large",
            f"{path.name} is larger than {limit // (1024 * 1024)} MB",
            limit=limit,
        )
    return data


def import_document(
    data: bytes, filename: str, *, resources: ResourceLoader | None = None
) -> ImportedArticle:
    """The article in `data`, a file called `filename`.

    `resources` fetches what a web page or Markdown file refers to by a
    relative name (pictures saved beside it); without it those are skipped.
    """
    if not data:
        raise ImportRefused("empty_file", "the file is empty")
    suffix = Path(filename).suffix.lower()
    try:
        return _dispatch(data, filename, suffix, resources)
    except ImportRefused:
        raise
    except Exception as error:
        # A hostile or broken file can trip any parser in ways no list of
        # exception types covers; the batch must go on, and the log keeps the trace.
        log.warning("could not import %s", filename, exc_info=True)
        raise ImportRefused(
            "corrupt_document", f"the file is damaged or in an unexpected form ({error})"
        ) from None


def _dispatch(
    data: bytes, filename: str, suffix: str, resources: ResourceLoader | None
) -> ImportedArticle:
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            raise ImportRefused(
                "encrypted_document",
                "the Word document is password-protected; remove the password in Word "
                "(File → Info → Protect Document) and import it again",
            )
        raise ImportRefused(
            "legacy_doc",
            "this is an old Word 97–2003 (.doc) file; open it in Word, "
            "save it as .docx (Word Document) and import that",
        )
    if data.startswith(ZIP_MAGIC) or suffix in DOCX_SUFFIXES:
        from danvan_desktop.importers.docx_import import import_docx

        return import_docx(data, filename)
    for magic, kind in _FOREIGN_FORMATS:
        if data.startswith(magic):
            raise ImportRefused(
                "unsupported_format",
                f"{filename} is {kind}; import Word (.docx), web pages (.html), "
                "text (.txt) or Markdown (.md)",
            )
    if suffix in HTML_SUFFIXES or _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        from danvan_desktop.importers.html_page import import_html

        return import_html(data, filename, resources=resources)
    from danvan_desktop.importers.text_file import import_text

    return import_text(data, filename, markdown=suffix in MARKDOWN_SUFFIXES, resources=resources)


def import_path(path: Path) -> ImportedArticle:
    """Read and import one file from disk; pictures a page refers to are read beside it."""
    data = read_limited(path, max_bytes_for(path.name))
    return import_document(data, path.name, resources=folder_resources(path.parent))


def folder_resources(folder: Path) -> ResourceLoader:
    """A loader for files a page names relative to its folder, and nothing outside it.

    A saved web page keeps its pictures in "page_files/" beside it. A name that
    climbs out of the folder ("../../etc/passwd"), an absolute path or a URL is
    refused: importing a page must not read arbitrary files from the PC.
    """
    root = folder.resolve()

    def load(name: str) -> bytes | None:
        if not name or re.match(r"^[a-z][a-z0-9+.-]*:", name, re.I) or name.startswith(("/", "\\")):
            return None
        candidate = (root / unquote(name.split("#")[0].split("?")[0])).resolve()
        if not candidate.is_relative_to(root) or not candidate.is_file():
            return None
        try:
            return read_limited(candidate, MAX_IMAGE_BYTES)
        except ImportRefused:
            return None

    return load
