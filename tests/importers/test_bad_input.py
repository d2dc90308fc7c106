"""Files that must not become articles: each refused with a clear reason, nothing else harmed."""

from __future__ import annotations

import random
import struct
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from danvan_desktop.importers import safezip
from danvan_desktop.importers.files import import_document, import_path
from danvan_desktop.importers.model import MAX_DOCX_BYTES, ImportRefused
from tests.importers.word_files import new_document, save


def _compound_file(*stream_names: str) -> bytes:
    """An OLE2 compound file (what Word 97–2003 and encrypted Office files are).

    A 512-byte header with the signature and version 3, then one directory
    sector whose 128-byte entries carry the stream names in UTF-16LE, as in a
    real file; the streams themselves do not matter to the importer.
    """
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<I", header, 48, 0)  # first directory sector
    directory = bytearray()
    for index, name in enumerate(("Root Entry", *stream_names)):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le")
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded) + 2, 5 if index == 0 else 2, 1)
        directory += entry
    directory += bytes(512 - len(directory) % 512)
    return bytes(header) + bytes(directory)


def _refusal(data: bytes, name: str = "bai.docx") -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        import_document(data, name)
    assert refused.value.message
    return refused.value


def test_old_word_97_files_are_asked_for_as_docx() -> None:
    refusal = _refusal(_compound_file("WordDocument", "1Table", "\x05SummaryInformation"), "cu.doc")
    assert refusal.code == "legacy_doc"
    assert ".docx" in refusal.message


def test_an_old_doc_renamed_to_docx_is_still_recognised() -> None:
    assert _refusal(_compound_file("WordDocument", "1Table")).code == "legacy_doc"


def test_a_password_protected_docx_is_refused_as_encrypted() -> None:
    data = _compound_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")
    refusal = _refusal(data)
    assert refusal.code == "encrypted_document"
    assert "password" in refusal.message


def test_a_damaged_docx_is_refused() -> None:
    whole = save(new_document())
    assert _refusal(whole[: len(whole) // 2]).code == "corrupt_document"
    assert _refusal(b"PK\x03\x04" + bytes(200)).code == "corrupt_document"


def test_a_zip_that_is_not_a_word_document_is_refused() -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert _refusal(buffer.getvalue(), "bang.docx").code == "unsupported_format"


def test_a_docx_whose_xml_is_broken_is_refused() -> None:
    source = zipfile.ZipFile(BytesIO(save(new_document())))
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/document.xml":
                data = data[: len(data) // 2]
            archive.writestr(entry, data)
    assert _refusal(buffer.getvalue()).code == "corrupt_document"


def test_empty_files_and_documents_without_text_are_refused() -> None:
    assert _refusal(b"").code == "empty_file"
    assert _refusal(save(new_document())).code == "no_article_text"


def _with_extra_entry(name: str, data: bytes) -> bytes:
    buffer = BytesIO(save(new_document()))
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_bomb_inside_a_docx_is_refused_before_it_inflates() -> None:
    bomb = _with_extra_entry("word/media/image1.png", bytes(40 * 1024 * 1024))
    assert len(bomb) < 200_000
    refusal = _refusal(bomb)
    assert refusal.code == "zip_bomb"
    assert "ratio" in refusal.message


def test_a_docx_with_thousands_of_entries_is_refused() -> None:
    buffer = BytesIO(save(new_document()))
    with zipfile.ZipFile(buffer, "a") as archive:
        for index in range(safezip.MAX_ENTRIES + 1):
            archive.writestr(f"customXml/extra{index}.xml", b"<a/>")
    assert _refusal(buffer.getvalue()).code == "zip_bomb"


def test_the_limits_count_bytes_actually_inflated_not_the_headers() -> None:
    bomb = _with_extra_entry("word/media/big.bin", bytes(40 * 1024 * 1024))
    archive = zipfile.ZipFile(BytesIO(bomb))
    for entry in archive.infolist():
        entry.file_size = 10  # a lying header changes nothing: the read is what counts
    with pytest.raises(ImportRefused) as refused:
        safezip._read_entry(archive, archive.getinfo("word/media/big.bin"), 0, len(bomb))
    assert refused.value.code in {"zip_bomb", "corrupt_document"}


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "rat-lon.docx"
    with huge.open("wb") as stream:
        stream.truncate(MAX_DOCX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ImportRefused) as refused:
        import_path(huge)
    assert refused.value.code == "file_too_large"


def test_a_file_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_path(tmp_path)
    assert refused.value.code == "file_unreadable"


def test_damaged_copies_of_a_real_document_import_or_are_refused_never_crash() -> None:
    original = (Path(__file__).parent.parent / "data" / "nam-anh" / "nam-anh.docx").read_bytes()
    generator = random.Random(20261126)
    outcomes = set()
    for _ in range(60):
        damaged = bytearray(original)
        for _ in range(generator.randint(1, 8)):
            damaged[generator.randrange(len(damaged))] = generator.randrange(256)
        try:
            import_document(bytes(damaged), "hong.docx")
            outcomes.add("imported")
        except ImportRefused as refusal:
            assert refusal.message
            outcomes.add(refusal.code)
    assert "corrupt_document" in outcomes


@pytest.mark.parametrize("name", ["rac.html", "rac.txt", "rac.md", "rac.docx"])
def test_random_bytes_under_any_name_are_refused(name: str) -> None:
    junk = random.Random(name).randbytes(5000)
    with pytest.raises(ImportRefused):
        import_document(junk, name)
