"""Documents written by LibreOffice and msoffcrypto-tool (tests/data/README.md): real producers."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan_desktop.importers.files import import_path
from danvan_desktop.importers.model import ImportedArticle, ImportRefused
from danvan_desktop.services.articles import get_article
from danvan_desktop.services.importing import FileStatus, import_files
from danvan_desktop.services.store import Store
from tests.conftest import Team

DATA = Path(__file__).parent.parent / "data" / "nam-anh"
TITLE = "Tạo sự đoàn kết từ mô hình tổ tự quản ở xã Nam Anh"
CAPTION = "Tổ tự quản xóm 3 họp bàn việc làm đường giao thông nông thôn"


def _check_nam_anh(article: ImportedArticle) -> None:
    assert article.title == TITLE
    assert article.sapo.startswith("Những năm qua, mô hình tổ tự quản ở xã Nam Anh")
    assert (article.author_name, article.author_position) == (
        "Hồ Lài",
        "Ban Dân vận Huyện ủy Nam Đàn",
    )
    body = article.body_markdown
    assert body.startswith("# Từ một mô hình nhỏ\n\nNăm 2015, Ban Dân vận Huyện ủy\\[1\\] phối hợp")
    assert "*tổ tự quản*" in body
    assert "[trang Ban Dân vận](https://dvnghean.vn/to-tu-quan)" in body
    assert "- Hòa giải mâu thuẫn trong khu dân cư\n- Giữ gìn vệ sinh môi trường\n" in body
    assert f'({article.images[0].ref} "{CAPTION}")' in body
    assert "Đến nay, toàn xã có 12 tổ tự quản với hơn 300 hộ tham gia." in body
    assert "| 2019 | 12 |" in body
    assert body.endswith("\\[1\\] Nay là Ban Dân vận Huyện ủy Nam Đàn.")
    assert [image.mime for image in article.images] == ["image/png"]
    assert any(".VnTime" in warning for warning in article.warnings)


def test_a_docx_written_by_libreoffice() -> None:
    _check_nam_anh(import_path(DATA / "nam-anh.docx"))


def test_the_same_article_exported_as_a_web_page_reads_the_same() -> None:
    from_page = import_path(DATA / "trang-web" / "nam-anh.html")
    _check_nam_anh(from_page)
    from_word = import_path(DATA / "nam-anh.docx")
    assert from_page.body_markdown == from_word.body_markdown
    assert from_page.sapo == from_word.sapo


@pytest.mark.parametrize(
    ("name", "code"),
    [("nam-anh-word97.doc", "legacy_doc"), ("nam-anh-mat-khau.docx", "encrypted_document")],
)
def test_real_old_and_encrypted_word_files_are_refused(name: str, code: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_path(DATA / name)
    assert refused.value.code == code


def test_the_folder_as_one_batch(store: Store, team: Team) -> None:
    report = import_files(store, team.editor, [DATA], team.category)
    outcome = {Path(r.path).name: (r.status, r.code) for r in report.results}
    assert outcome == {
        "nam-anh-mat-khau.docx": (FileStatus.FAILED, "encrypted_document"),
        "nam-anh-word97.doc": (FileStatus.FAILED, "legacy_doc"),
        "nam-anh.docx": (FileStatus.IMPORTED, ""),
        "nam-anh.html": (FileStatus.IMPORTED, ""),
    }
    imported = [r for r in report.results if r.status is FileStatus.IMPORTED]
    first, second = (get_article(store, r.article_id or "") for r in imported)
    assert first.fields.body == second.fields.body
    assert first.fields.title == TITLE
