"""Text and Markdown files in every encoding an office archive holds."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from danvan_desktop.importers.files import import_document, import_path
from danvan_desktop.importers.model import ImportRefused
from danvan_desktop.resource_files import resource_path
from tests.importers.legacy_bytes import cp1258_bytes, tcvn3_bytes, vni_bytes
from tests.importers.word_files import png

TITLE = "Đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận"
SAPO = "Xác định đúng vị trí, vai trò và tầm quan trọng của công tác dân vận, những năm qua."
BODY = "Ban Thường vụ Tỉnh ủy đã lãnh đạo quán triệt, triển khai và tổ chức thực hiện nghiêm túc."
ARTICLE = (
    f"{TITLE}\n\n{SAPO}\n\n{BODY}\n\n"
    "                                        Nguyễn Mạnh Khôi\n\n"
    "                                 Phó Trưởng ban TT Ban Dân vận Tỉnh ủy\n"
)

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-bom": lambda text: text.encode("utf-16"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-16-le-no-bom": lambda text: text.encode("utf-16-le"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "cp1258": cp1258_bytes,
    "tcvn3": tcvn3_bytes,
    "vni": vni_bytes,
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_every_encoding_gives_the_same_fields(encoding: str) -> None:
    article = import_document(ENCODINGS[encoding](ARTICLE), "bai-viet.txt")
    assert article.title == TITLE
    assert article.sapo == SAPO
    assert article.body_markdown == BODY
    assert article.author_name == "Nguyễn Mạnh Khôi"
    assert article.author_position == "Phó Trưởng ban TT Ban Dân vận Tỉnh ủy"
    legacy = encoding in {"cp1258", "tcvn3", "vni"}
    assert any(w.startswith("converted_legacy") for w in article.warnings) == legacy


def test_legacy_text_names_the_charset_it_came_from() -> None:
    article = import_document(tcvn3_bytes(ARTICLE), "cu.txt")
    assert "TCVN3" in article.warnings[0]


def test_word_plain_text_export_has_one_paragraph_per_line() -> None:
    text = f"{TITLE}\r\n{SAPO}\r\n{BODY}\r\nĐoạn thứ hai của thân bài.\r\n"
    article = import_document(text.encode("utf-8"), "word-export.txt")
    assert article.title == TITLE
    assert article.sapo == SAPO
    assert article.body_markdown == f"{BODY}\n\nĐoạn thứ hai của thân bài."


def test_markdown_characters_in_plain_text_stay_text() -> None:
    text = f"{TITLE}\n\n{SAPO}\n\n# không phải tiêu đề *và* [liên kết]\n\n1. không phải danh sách"
    article = import_document(text.encode("utf-8"), "a.txt")
    assert article.body_markdown == (
        "\\# không phải tiêu đề \\*và\\* \\[liên kết\\]\n\n1\\. không phải danh sách"
    )


def test_portal_page_saved_as_text_gives_the_portal_fields() -> None:
    data = resource_path("samples", "portal-article.txt").read_bytes()
    article = import_document(data, "portal-article.txt")
    assert article.title.startswith("Đổi mới phương thức lãnh đạo của Đảng")
    assert article.sapo.startswith("Xác định đúng vị trí, vai trò")
    assert article.author_name == "Nguyễn Mạnh Khôi"
    assert article.author_position == "Phó Trưởng ban TT Ban Dân vận Tỉnh ủy"
    assert article.captions[0].startswith("Đ/c Trương Thị Mai")
    assert "Banner" not in article.body_markdown
    assert "Tin cùng chuyên mục" not in article.body_markdown
    assert "Xác định đúng vị trí" not in article.body_markdown  # the repeated lead went
    assert any(w.startswith("captions_without_pictures") for w in article.warnings)


def test_portal_page_in_tcvn3_is_converted_then_parsed() -> None:
    text = resource_path("samples", "portal-article.txt").read_text(encoding="utf-8")
    article = import_document(tcvn3_bytes(text), "portal-article.txt")
    assert article.title.startswith("Đổi mới phương thức lãnh đạo của Đảng")
    assert article.author_name == "Nguyễn Mạnh Khôi"


def test_markdown_keeps_its_markup_and_lifts_title_and_bold_lead() -> None:
    text = (
        f"# {TITLE}\n\n**{SAPO}**\n\n## Kết quả\n\n- một\n- hai\n\nVăn bản có *nghiêng* và **đậm**."
    )
    article = import_document(text.encode("utf-8"), "bai.md")
    assert article.title == TITLE
    assert article.sapo == SAPO
    assert article.body_markdown == "## Kết quả\n\n- một\n- hai\n\nVăn bản có *nghiêng* và **đậm**."


def test_markdown_without_heading_takes_its_first_line() -> None:
    article = import_document(f"{TITLE}\n\n{BODY}\n".encode(), "bai.md")
    assert article.title == TITLE
    assert article.body_markdown == BODY


def test_a_text_without_a_title_line_is_named_after_the_file() -> None:
    long_paragraph = " ".join([BODY] * 8)
    article = import_document(long_paragraph.encode("utf-8"), "bao_cao_quy_3.txt")
    assert article.title == "bao cao quy 3"
    assert article.body_markdown == long_paragraph
    assert article.warnings[0].startswith("title_from_file_name")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"   \r\n\r\n  ", "empty_file"),
        (bytes(range(256)) * 40, "binary_file"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(2000), "binary_file"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x01\x02\x03\x1b" * 300, "binary_file"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable_text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "unsupported_format"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "unsupported_format"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "unsupported_format"),
    ],
    ids=["empty", "blank", "all-bytes", "elf", "exe", "bad-bom", "pdf", "rtf", "png"],
)
def test_what_is_not_an_article_is_refused_with_a_reason(data: bytes, code: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_document(data, "file.txt")
    assert refused.value.code == code
    assert refused.value.message


def test_markdown_pictures_saved_beside_the_file_come_along(tmp_path: Path) -> None:
    photo = png(3, 3)
    (tmp_path / "anh").mkdir()
    (tmp_path / "anh" / "le-ra-quan.png").write_bytes(photo)
    markdown = (
        f"# {TITLE}\n\n{BODY}\n\n"
        '![Lễ ra quân](anh/le-ra-quan.png "Lễ ra quân tại Nam Đàn")\n\n'
        "![thiếu](anh/khong-co.jpg)\n"
    )
    (tmp_path / "bai.md").write_text(markdown, encoding="utf-8")
    article = import_path(tmp_path / "bai.md")
    assert [image.data for image in article.images] == [photo]
    figure = f'![Lễ ra quân]({article.images[0].ref} "Lễ ra quân tại Nam Đàn")'
    assert article.body_markdown == f"{BODY}\n\n{figure}\n\n![thiếu](anh/khong-co.jpg)"
    assert any("khong-co.jpg" in warning for warning in article.warnings)


def test_a_file_mixing_utf8_lines_and_tcvn3_lines_is_read_right() -> None:
    data = f"{TITLE}\n\n".encode() + tcvn3_bytes(f"{SAPO}\n\n") + f"{BODY}\n".encode()
    article = import_document(data, "ghep.txt")
    assert article.title == TITLE
    assert article.sapo == SAPO
    assert article.body_markdown == BODY
    assert any("TCVN3" in warning for warning in article.warnings)
