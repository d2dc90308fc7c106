"""Web pages saved from the portal or a news site → the article, and nothing else of the page."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from danvan_desktop.importers.files import import_document, import_path
from danvan_desktop.importers.model import ImportRefused
from danvan_desktop.importers.portal_text import parse_portal_text
from danvan_desktop.rendering.markdown_html import render_body
from danvan_desktop.rendering.page import PageArticle, RelatedLink, SiteInfo, render_page
from danvan_desktop.resource_files import resource_path
from danvan_desktop.vietnamese.charsets import encode_tcvn3
from tests.importers.legacy_bytes import cp1258_bytes
from tests.importers.word_files import png

PHOTO = png(6, 4)
PHOTO_REF = f"media:{hashlib.sha256(PHOTO).hexdigest()}"


def _news_page(picture_src: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Xuân Sơn làm tốt công tác dân vận - Báo Nghệ An</title>
<meta property="og:site_name" content="Báo Nghệ An">
<script>window.ads = []; alert("head");</script>
<style>p {{ color: red }}</style>
</head><body onload="steal()">
<div class="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li>Thời sự</li></ul></div>
<div class="banner-top"><a href="/qc"><img src="banner.gif" alt="Quảng cáo"></a></div>
<div class="main"><div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/dan-van">Dân vận</a></div>
<h1 class="title-detail">Xuân Sơn làm tốt công tác dân vận</h1>
<div class="share-tools">Chia sẻ Facebook Zalo</div>
<h2 class="sapo">Những năm qua, xã Xuân Sơn đã làm tốt công tác dân vận.</h2>
<div id="content_detail" class="fck_detail">
<p>Đoạn thứ nhất kể về <b>kết quả</b>, <a href="javascript:alert(1)">liên kết xấu</a>
và <a href="https://nghean.gov.vn/">cổng tỉnh</a>.</p>
<table class="image center"><tr><td><img src="{picture_src}" alt="Họp dân"></td></tr>
<tr><td class="image_desc">Người dân Xuân Sơn họp bàn xây dựng nông thôn mới</td></tr></table>
<p>Đoạn thứ hai <img src="https://example.invalid/x.gif" onerror="alert(1)">
tiếp tục câu chuyện.</p>
<script>document.write("<p>chèn bằng script</p>")</script>
<p style="display:none">đoạn bị ẩn</p>
<iframe src="https://ads.example.invalid/"></iframe>
<p style="text-align:right"><strong>Hồ Lài</strong></p>
</div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li>Một bài khác của chuyên mục</li></ul></div>
</div><aside class="col-right">Quảng cáo bên phải</aside></div>
<footer>Bản quyền thuộc Báo Nghệ An</footer></body></html>"""


def test_a_news_page_gives_the_article_and_drops_the_page_around_it() -> None:
    data_url = "data:image/png;base64," + base64.b64encode(PHOTO).decode()
    article = import_document(_news_page(data_url).encode("utf-8"), "xuan-son.html")
    assert article.title == "Xuân Sơn làm tốt công tác dân vận"
    assert article.sapo == "Những năm qua, xã Xuân Sơn đã làm tốt công tác dân vận."
    assert article.author_name == "Hồ Lài"
    assert article.source == "Báo Nghệ An"
    assert article.body_markdown == (
        "Đoạn thứ nhất kể về **kết quả**, liên kết xấu và [cổng tỉnh](https://nghean.gov.vn/).\n\n"
        f'![Họp dân]({PHOTO_REF} "Người dân Xuân Sơn họp bàn xây dựng nông thôn mới")\n\n'
        "Đoạn thứ hai tiếp tục câu chuyện."
    )
    assert [image.data for image in article.images] == [PHOTO]


@pytest.mark.parametrize(
    "junk",
    ["alert", "script", "Quảng cáo", "Trang chủ", "Chia sẻ", "Tin liên quan", "ẩn", "Bản quyền"],
)
def test_nothing_of_the_page_furniture_or_scripts_reaches_the_article(junk: str) -> None:
    article = import_document(_news_page("anh.png").encode("utf-8"), "trang.html")
    everything = " ".join((article.title, article.sapo, article.body_markdown, *article.captions))
    assert junk not in everything


def test_pictures_saved_beside_the_page_are_imported(tmp_path: Path) -> None:
    folder = tmp_path / "xuan-son_files"
    folder.mkdir()
    (folder / "anh 1.png").write_bytes(PHOTO)
    page = tmp_path / "xuan-son.html"
    page.write_text(_news_page("xuan-son_files/anh%201.png"), encoding="utf-8")
    article = import_path(page)
    assert [image.data for image in article.images] == [PHOTO]
    assert article.images[0].caption == "Người dân Xuân Sơn họp bàn xây dựng nông thôn mới"


def test_a_page_cannot_pull_in_files_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(PHOTO)
    folder = tmp_path / "trang"
    folder.mkdir()
    page = folder / "trang.html"
    for src in ("../secret.png", str(secret), "file://" + str(secret)):
        page.write_text(_news_page(src), encoding="utf-8")
        article = import_path(page)
        assert article.images == ()
        assert article.captions == ("Người dân Xuân Sơn họp bàn xây dựng nông thôn mới",)
        assert any(w.startswith("picture_not_saved") for w in article.warnings)


def test_a_page_saved_from_the_portal_comes_back_as_it_was_written() -> None:
    sample = parse_portal_text(resource_path("samples", "portal-article.txt").read_text("utf-8"))
    # The portal's page keeps no-break spaces as &nbsp;, which read back as spaces.
    written = re.sub(r"[ \u00a0]+", " ", sample.body_markdown)
    body = written + "\n\n# Tiểu mục\n\n- một\n- hai"
    page = render_page(
        PageArticle(
            title=sample.title,
            sapo=sample.sapo,
            body_markdown=body,
            author_name=sample.author_name,
            author_position=sample.author_position,
            source="Ban Dân vận Tỉnh ủy Nghệ An",
            category_name="Dân vận khéo",
            category_url="https://dvnghean.vn/dan-van-kheo",
            related=(RelatedLink("Xuân Sơn làm tốt công tác dân vận", "https://dvnghean.vn/1"),),
        ),
        SiteInfo("Ban Dân vận Tỉnh ủy Nghệ An", "Banner Ban dân vận tỉnh ủy"),
    )
    article = import_document(page.encode("utf-8"), "trang-cong.html")
    assert article.title == sample.title
    assert article.sapo == sample.sapo
    assert article.body_markdown == body
    assert (article.author_name, article.author_position) == (
        sample.author_name,
        sample.author_position,
    )
    assert article.source == "Ban Dân vận Tỉnh ủy Nghệ An"


def test_an_old_page_in_vntime_font_is_converted() -> None:
    legacy = encode_tcvn3("Người dân tin tưởng vào sự lãnh đạo của Đảng ở cơ sở.")
    page = (
        "<html><head><meta charset='windows-1252'></head><body>"
        f"<h1><font face='.VnTimeH'>{encode_tcvn3('bài cũ')}</font></h1>"
        f"<p><font face='.VnTime'>{legacy}</font></p>"
        f"<p style='font-family: .VnTime'>{legacy}</p></body></html>"
    )
    article = import_document(page.encode("cp1252"), "cu.htm")
    assert article.title == "BÀI CŨ"
    assert any(".VnTime" in warning for warning in article.warnings)
    assert article.body_markdown == (
        "Người dân tin tưởng vào sự lãnh đạo của Đảng ở cơ sở.\n\n"
        "Người dân tin tưởng vào sự lãnh đạo của Đảng ở cơ sở."
    )


def test_a_page_of_nothing_but_scripts_is_refused() -> None:
    page = "<html><head><script>" + "var x = 1;" * 500 + "</script></head><body>"
    page += "<script>alert(1)</script>" * 50 + "<noscript>Bật JavaScript</noscript></body></html>"
    with pytest.raises(ImportRefused) as refused:
        import_document(page.encode(), "scripts.html")
    assert refused.value.code == "no_article_text"


def test_binary_junk_called_html_is_refused() -> None:
    with pytest.raises(ImportRefused) as refused:
        import_document(bytes(range(1, 32)) * 200, "rac.html")
    assert refused.value.code == "binary_file"


def test_the_imported_body_renders_without_anything_active() -> None:
    article = import_document(_news_page("anh.png").encode("utf-8"), "trang.html")
    html = render_body(article.body_markdown)
    for active in ("<script", "javascript:", "onerror", "onload", "<iframe"):
        assert active not in html


def test_a_page_whose_stylesheet_named_the_legacy_font_is_recognised_by_content() -> None:
    paragraphs = [
        "Người dân tin tưởng vào sự lãnh đạo của Đảng ở cơ sở.",
        "Công tác dân vận được các cấp ủy quan tâm chỉ đạo thường xuyên.",
        "Nhiều mô hình dân vận khéo được nhân rộng trong toàn tỉnh.",
    ]
    body = "".join(f"<p class='MsoNormal'>{encode_tcvn3(p)}</p>" for p in paragraphs)
    page = (
        "<html><head><style>p.MsoNormal { font-family: .VnTime }</style></head><body>"
        f"<h1>{encode_tcvn3('Dân vận khéo')}</h1>{body}</body></html>"
    )
    article = import_document(page.encode("cp1252"), "word-web.htm")
    assert article.title == "Dân vận khéo"
    assert article.sapo == paragraphs[0]
    assert article.body_markdown == "\n\n".join(paragraphs[1:])
    assert any("TCVN3" in warning for warning in article.warnings)


def test_a_page_in_windows_1258_is_read_in_composed_unicode() -> None:
    title = "Người dân Quỳnh Lưu đồng thuận"
    page = (
        b"<html><head><meta charset='windows-1258'></head><body>"
        + b"<h1>"
        + cp1258_bytes(title)
        + b"</h1>"
        + b"<p>"
        + cp1258_bytes("Thân bài về việc làm đường ở xã.")
        + b"</p></body></html>"
    )
    article = import_document(page, "cp1258.html")
    assert article.title == title
    assert article.body_markdown == "Thân bài về việc làm đường ở xã."


_BODY = (
    "<p>Những năm qua, công tác dân vận ở xã được cấp ủy quan tâm chỉ đạo.</p>"
    "<p>Nhiều mô hình dân vận khéo được nhân rộng trong toàn huyện.</p>"
)


@pytest.mark.parametrize(
    "article_html",
    [
        "<article><h1>Xuân Sơn làm tốt công tác dân vận</h1>"
        "<p class='sapo'><strong>Xã Xuân Sơn là điểm sáng về dân vận khéo.</strong></p>"
        f"{_BODY}</article>",
        "<h1>Xuân Sơn làm tốt công tác dân vận</h1><div class='detail-content'>"
        "<div class='sapo'>Xã Xuân Sơn là điểm sáng về dân vận khéo.</div>"
        f"{_BODY}</div>",
    ],
    ids=["sapo-paragraph-in-article", "sapo-div-in-detail-content"],
)
def test_a_sapo_inside_the_body_is_not_repeated_in_the_body(article_html: str) -> None:
    page = f"<html><head><meta charset='utf-8'></head><body>{article_html}</body></html>"
    article = import_document(page.encode("utf-8"), "trang.html")
    assert article.title == "Xuân Sơn làm tốt công tác dân vận"
    assert article.sapo == "Xã Xuân Sơn là điểm sáng về dân vận khéo."
    assert "điểm sáng" not in article.body_markdown
    assert article.body_markdown == (
        "Những năm qua, công tác dân vận ở xã được cấp ủy quan tâm chỉ đạo.\n\n"
        "Nhiều mô hình dân vận khéo được nhân rộng trong toàn huyện."
    )


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />"])
@pytest.mark.parametrize("align", ['align="right"', 'style="text-align:right"'])
def test_a_signature_split_by_a_line_break_gives_name_and_position(br: str, align: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'></head><body><h1>Dân vận khéo ở cơ sở</h1>"
        f"<div class='detail-content'>{_BODY}"
        f"<p {align}><strong>Trần Thị Mai</strong>{br}Ủy ban MTTQ tỉnh</p></div></body></html>"
    )
    article = import_document(page.encode("utf-8"), "trang.html")
    assert article.author_name == "Trần Thị Mai"
    assert article.author_position == "Ủy ban MTTQ tỉnh"
    assert "Trần Thị Mai" not in article.body_markdown
    assert "MTTQ" not in article.body_markdown


def test_a_signature_in_two_right_aligned_paragraphs_drops_the_byline_prefix() -> None:
    page = (
        "<html><head><meta charset='utf-8'></head><body><h1>Dân vận khéo ở cơ sở</h1>"
        f"<div class='detail-content'>{_BODY}"
        "<p align='right'><b>Bài và ảnh: Hồ Lài</b></p>"
        "<p align='right'>Ban Dân vận Huyện ủy Nam Đàn</p></div></body></html>"
    )
    article = import_document(page.encode("utf-8"), "trang.html")
    assert article.author_name == "Hồ Lài"
    assert article.author_position == "Ban Dân vận Huyện ủy Nam Đàn"
