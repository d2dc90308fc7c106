"""The sample portal page parsed into the fields of an article."""

from __future__ import annotations

import unicodedata

import pytest

from danvan_desktop.importers.portal_text import parse_portal_text
from danvan_desktop.resource_files import resource_path


@pytest.fixture(scope="module")
def sample_text() -> str:
    return resource_path("samples", "portal-article.txt").read_text(encoding="utf-8")


def test_sample_fields(sample_text: str) -> None:
    parsed = parse_portal_text(sample_text)
    assert parsed.title.startswith("Đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận")
    assert parsed.title.endswith("ở tỉnh Nghệ An")
    assert parsed.sapo.startswith("Xác định đúng vị trí, vai trò")
    assert parsed.author_name == "Nguyễn Mạnh Khôi"
    assert parsed.author_position == "Phó Trưởng ban TT Ban Dân vận Tỉnh ủy"
    assert parsed.captions == (
        "Đ/c Trương Thị Mai - UV Bộ Chính trị, Trưởng Ban dân vận tại lễ khánh thành "
        "công trình tại Con Cuông",
    )


def test_banner_duplicate_lead_and_related_list_are_dropped(sample_text: str) -> None:
    parsed = parse_portal_text(sample_text)
    body = "\n".join(parsed.paragraphs)
    assert "Banner" not in body and "sub-site" not in body
    assert parsed.sapo not in parsed.paragraphs
    assert "Tin cùng chuyên mục" not in body
    assert "Nữ Chủ tịch xã được nhân dân tin yêu" not in body
    assert parsed.paragraphs[0].startswith("Đổi mới phương thức lãnh đạo của cấp ủy đảng")
    assert parsed.paragraphs[-1].startswith("Ba là, tăng cường bồi dưỡng")
    assert len(parsed.paragraphs) == 8


def test_decomposed_input_gives_the_same_fields(sample_text: str) -> None:
    nfd = unicodedata.normalize("NFD", sample_text)
    assert parse_portal_text(nfd) == parse_portal_text(sample_text)


def test_markdown_body_keeps_paragraphs_plain(sample_text: str) -> None:
    markdown = parse_portal_text(sample_text).body_markdown
    assert markdown.count("\n\n") == 7
    assert not markdown.lstrip().startswith(("#", "-", "*", ">"))


def test_text_without_title_and_lead_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_portal_text("Banner only\n\nTin cùng chuyên mục\n\nA")
