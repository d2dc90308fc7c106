"""The approval slip: its facts come from the workflow, and the PDF holds them as text."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from danvan_desktop.errors import InvalidInput, InvalidTransition
from danvan_desktop.review.slip_pdf import find_fonts, format_vietnam_time, render_slip
from danvan_desktop.services import articles, review, slip
from danvan_desktop.services.store import Store
from danvan_desktop.settings import AppSettings, save_settings
from tests.review.conftest import Team, edit, in_review

TITLE = "Diễn Hồng làm tốt đoàn kết lương – giáo để phát triển toàn diện"


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _approved(store: Store, team: Team) -> str:
    article_id = in_review(store, team, TITLE)
    edit(store, team.editor, article_id, author_position="Phóng viên Ban Dân vận Tỉnh ủy")
    review.approve(store, team.reviewer, article_id)
    return article_id


def test_slip_pdf_holds_the_hash_title_and_reviewer(
    store: Store, team: Team, tmp_path: Path
) -> None:
    save_settings(AppSettings(site_name="Ban Dân vận Tỉnh ủy Nghệ An (thử)"))
    article_id = _approved(store, team)
    detail = articles.get_article(store, article_id)
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "phiếu duyệt.pdf"
    assert slip.write_approval_slip(store, team.reviewer, article_id, dest) == dest
    assert [p.name for p in out.iterdir()] == [dest.name]
    data = dest.read_bytes()
    assert data.startswith(b"%PDF-")
    text = _pdf_text(data)
    assert detail.approved_hash and detail.approved_hash in text
    assert TITLE in _flat(text)
    assert "duyet" in text  # the reviewer (display name falls back to the user name)
    assert "Nguyễn Văn A" in text and "Phóng viên Ban Dân vận Tỉnh ủy" in _flat(text)
    assert "BAN DÂN VẬN TỈNH ỦY NGHỆ AN (THỬ)" in _flat(text)
    assert "Tin hoạt động" in text
    assert format_vietnam_time(detail.approved_at) in text
    assert format_vietnam_time(detail.submitted_at) in text
    for signer in ("Người biên tập", "Người duyệt", "Người xuất bản"):
        assert signer.upper() in text
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 in points


def test_slip_facts(store: Store, team: Team) -> None:
    article_id = _approved(store, team)
    facts = slip.approval_slip(store, team.publisher, article_id)
    assert facts.revision_number == 3  # created, submitted, saved: the save, not a state change
    assert facts.editor == "bientap" and facts.reviewer == "duyet"
    assert facts.status == "approved" and facts.publisher == ""
    assert facts.issued_by == "xuatban"


def test_no_slip_without_a_valid_approval(store: Store, team: Team, tmp_path: Path) -> None:
    article_id = in_review(store, team, TITLE)
    with pytest.raises(InvalidTransition):
        slip.approval_slip_pdf(store, team.reviewer, article_id)
    review.approve(store, team.reviewer, article_id)
    edit(store, team.editor, article_id, sapo="Sửa sau khi duyệt: phải duyệt lại.")
    with pytest.raises(InvalidTransition):
        slip.write_approval_slip(store, team.reviewer, article_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    review.approve(store, team.reviewer, article_id)
    with pytest.raises(InvalidInput):
        slip.write_approval_slip(store, team.reviewer, article_id, tmp_path / "no" / "x.pdf")


def test_the_bundled_font_has_every_vietnamese_letter() -> None:
    from fontTools.ttLib import TTFont

    fonts = find_fonts()
    assert fonts.regular.parent.name == "fonts"
    letters = "ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    for path in (fonts.regular, fonts.bold):
        cmap = TTFont(path)["cmap"].getBestCmap()
        missing = [c for c in letters + letters.upper() + "–—“”…₫" if ord(c) not in cmap]
        assert missing == [], path


def test_render_is_deterministic_for_the_same_facts(store: Store, team: Team) -> None:
    facts = slip.approval_slip(store, team.reviewer, _approved(store, team))
    assert render_slip(facts) == render_slip(facts)


def test_slip_of_a_published_article_names_the_publisher(
    store: Store, team: Team, tmp_path: Path
) -> None:
    from danvan_desktop.portal import signing
    from danvan_desktop.services import publishing

    article_id = _approved(store, team)
    signing.generate_key("khóa-phiếu-2026")
    key = signing.load_signing_key("khóa-phiếu-2026")
    publishing.export_package(store, team.publisher, tmp_path / "p.zip", key)
    facts = slip.approval_slip(store, team.reviewer, article_id)
    assert facts.status == "published" and facts.publisher == "xuatban"
    assert facts.published_at is not None
    text = _flat(_pdf_text(render_slip(facts)))
    assert "Đã xuất bản" in text and format_vietnam_time(facts.published_at) in text
