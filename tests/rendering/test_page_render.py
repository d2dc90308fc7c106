"""The portal page: every part of a published article, in order, fenced by a strict CSP."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
import unicodedata
from datetime import UTC, datetime

import pytest
from parsed_html import Element, parse

from danvan_desktop.rendering import (
    ListingItem,
    PageArticle,
    RelatedLink,
    SiteInfo,
    media_ref,
    portal_css,
    portal_css_path,
    preview_media_url,
    render_body,
    render_category_page,
    render_page,
)
from danvan_desktop.rendering.sample import sample_article

PHOTO = "ab" * 32
FEATURE = "cd" * 32
SITE = SiteInfo(
    name="Trang thông tin điện tử Ban Dân vận Tỉnh ủy Nghệ An",
    banner_text="Ban Dân vận Tỉnh ủy Nghệ An",
)


@pytest.fixture
def article() -> PageArticle:
    return dataclasses.replace(
        sample_article(media_ref(PHOTO)),
        category_name="Dân vận chính quyền",
        category_url="../../chuyen-muc/dan-van-chinh-quyen/",
        published_at=datetime(2019, 7, 18, 9, 5),
        tags=("dân vận khéo", "Nghệ An"),
        source="Ban Dân vận Tỉnh ủy Nghệ An",
        feature_image_url=media_ref(FEATURE),
        feature_caption="Quang cảnh hội nghị",
        related=(
            RelatedLink("Xuân Sơn làm tốt công tác dân vận", "../xuan-son/"),
            RelatedLink("“Yên dân” từ công tác dân vận", "../yen-dan/"),
        ),
    )


def _csp(tree: Element) -> dict[str, list[str]]:
    metas = [m for m in tree.find_all("meta") if m.get("http-equiv")]
    assert len(metas) == 1
    assert metas[0].get("http-equiv") == "Content-Security-Policy"
    directives = [part.split() for part in (metas[0].get("content") or "").split(";")]
    return {words[0]: words[1:] for words in directives if words}


def _document_order(tree: Element) -> list[str]:
    """Landmarks of the page in the order a reader meets them."""
    wanted = {
        "site-banner", "breadcrumb", "article-title", "article-meta", "article-sapo",
        "feature", "article-body", "article-signature", "article-source", "article-tags",
        "related",
    }  # fmt: skip
    return [c for e in tree.iter() for c in sorted(e.classes & wanted)]


def test_the_page_holds_every_part_of_a_portal_article_in_order(article: PageArticle) -> None:
    tree = parse(render_page(article, SITE, media_url=preview_media_url))
    assert tree.get("doctype") == "DOCTYPE html"
    assert tree.find("html").get("lang") == "vi"
    assert _document_order(tree) == [
        "site-banner", "breadcrumb", "article-title", "article-meta", "article-sapo",
        "feature", "article-body", "article-signature", "article-source", "article-tags",
        "related",
    ]  # fmt: skip
    assert tree.find("span", "site-name").text() == SITE.banner_text
    assert tree.find("title").text() == f"{article.title} - {SITE.name}"
    assert tree.find_all("h1") == [tree.find("h1", "article-title")]
    assert tree.find("h1").text() == article.title
    assert tree.find("p", "article-sapo").text() == article.sapo


def test_head_declares_utf8_first_and_describes_the_article(article: PageArticle) -> None:
    head = parse(render_page(article, SITE)).find("head")
    first = next(c for c in head.children if not isinstance(c, str))
    assert first.tag == "meta" and first.get("charset") == "utf-8"
    named = {m.get("name"): m.get("content") for m in head.find_all("meta") if m.get("name")}
    assert named["description"] == article.sapo
    assert named["author"] == "Nguyễn Mạnh Khôi"
    assert named["keywords"] == "dân vận khéo, Nghệ An"


def test_breadcrumb_links_the_category(article: PageArticle) -> None:
    crumb = parse(render_page(article, SITE)).find("nav", "breadcrumb")
    link = crumb.find("a", "breadcrumb-category")
    assert link.text() == "Dân vận chính quyền"
    assert link.get("href") == article.category_url


def test_the_date_is_written_the_vietnamese_way(article: PageArticle) -> None:
    time = parse(render_page(article, SITE)).find("p", "article-meta").find("time")
    assert time.get("datetime") == "2019-07-18T09:05"
    assert time.text() == "Thứ Năm, 18/07/2019 09:05"


def test_stored_utc_times_are_shown_in_vietnam_time() -> None:
    utc = datetime(2019, 7, 17, 20, 30, tzinfo=UTC)
    page = render_page(PageArticle("T", "S", "B", published_at=utc), SITE)
    time = parse(page).find("time")
    assert time.get("datetime") == "2019-07-18T03:30+07:00"
    assert time.text() == "Thứ Năm, 18/07/2019 03:30"


def test_the_body_div_holds_exactly_what_render_body_returns(article: PageArticle) -> None:
    """The preview may patch the body alone; it must get the same markup."""
    page = parse(render_page(article, SITE, media_url=preview_media_url))
    alone = parse(render_body(article.body_markdown, media_url=preview_media_url))

    def shape(root: Element) -> list[tuple[str, list[tuple[str, str | None]], str]]:
        return [(e.tag, sorted(e.attrs), e.clean_text()) for e in root.iter()][1:]

    assert shape(page.find("div", "article-body")) == shape(alone)


def test_feature_figure_and_body_figure_carry_their_captions(article: PageArticle) -> None:
    tree = parse(render_page(article, SITE, media_url=preview_media_url))
    feature = tree.find("figure", "feature")
    assert feature.find("img").get("src") == f"danvan-media:{FEATURE}"
    assert feature.find("figcaption").text() == "Quang cảnh hội nghị"
    body_figures = tree.find("div", "article-body").find_all("figure", "image")
    assert len(body_figures) == 1
    assert body_figures[0].find("img").get("src") == f"danvan-media:{PHOTO}"
    assert body_figures[0].find("figcaption").text().startswith("Đ/c Trương Thị Mai")


def test_the_signature_gives_name_then_position(article: PageArticle) -> None:
    signature = parse(render_page(article, SITE)).find("div", "article-signature")
    lines = [p for p in signature.find_all("p")]
    assert [p.classes for p in lines] == [{"signature-name"}, {"signature-position"}]
    assert [p.text() for p in lines] == [
        "Nguyễn Mạnh Khôi",
        "Phó Trưởng ban TT Ban Dân vận Tỉnh ủy",
    ]


def test_source_and_tags(article: PageArticle) -> None:
    tree = parse(render_page(article, SITE))
    assert tree.find("p", "article-source").clean_text() == "Nguồn: Ban Dân vận Tỉnh ủy Nghệ An"
    assert [t.text() for t in tree.find_all("span", "tag")] == ["dân vận khéo", "Nghệ An"]


def test_related_articles_are_listed_under_tin_cung_chuyen_muc(article: PageArticle) -> None:
    related = parse(render_page(article, SITE)).find("section", "related")
    assert related.find("h2").text() == "Tin cùng chuyên mục"
    links = related.find("ul", "related-list").find_all("a")
    assert [(a.text(), a.get("href")) for a in links] == [
        ("Xuân Sơn làm tốt công tác dân vận", "../xuan-son/"),
        ("“Yên dân” từ công tác dân vận", "../yen-dan/"),
    ]


def test_preview_inlines_the_stylesheet_allowed_by_its_hash(article: PageArticle) -> None:
    tree = parse(render_page(article, SITE, media_url=preview_media_url, inline_css=True))
    styles = tree.find_all("style")
    assert len(styles) == 1 and tree.find_all("link") == []
    css = styles[0].text()
    assert css == portal_css()
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    policy = _csp(tree)
    assert policy["style-src"] == ["'self'", f"'sha256-{digest}'"]
    assert policy["img-src"] == ["'self'", "danvan-media:"]  # the preview's pictures
    assert not any("'unsafe-inline'" in sources for sources in policy.values())


def test_export_links_the_stylesheet_and_the_policy_stays_strict(article: PageArticle) -> None:
    tree = parse(render_page(article, SITE, css_href="../../portal.css"))
    assert tree.find_all("style") == []
    link = tree.find("link")
    assert (link.get("rel"), link.get("href")) == ("stylesheet", "../../portal.css")
    assert _csp(tree) == {
        "default-src": ["'none'"],
        "img-src": ["'self'"],  # the desk's preview scheme is not named in an exported page
        "style-src": ["'self'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
    }


def test_a_site_with_a_home_url_links_the_banner_and_allows_its_origin() -> None:
    site = SiteInfo("Ban Dân vận", "BAN DÂN VẬN", base_url="https://dvnghean.vn/sub-site-1/")
    tree = parse(render_page(PageArticle("Tiêu đề", "Sapo", "Thân bài."), site))
    assert tree.find("a", "site-name").get("href") == "https://dvnghean.vn/sub-site-1/"
    policy = _csp(tree)
    assert policy["img-src"][-1] == "https://dvnghean.vn"
    assert policy["style-src"] == ["'self'", "https://dvnghean.vn"]


@pytest.mark.parametrize(
    "base_url",
    ["https://a;script-src *", "javascript:alert(1)", "https://a b/", "//evil.example/"],
)
def test_a_strange_base_url_adds_nothing_to_the_policy(base_url: str) -> None:
    tree = parse(render_page(PageArticle("T", "S", "B"), SiteInfo("N", "B", base_url)))
    policy = _csp(tree)
    assert set(policy) == {"default-src", "img-src", "style-src", "base-uri", "form-action"}
    assert policy["img-src"] == ["'self'"]
    for link in tree.find_all("a", "site-name"):  # a home link, if any, stays on the web
        assert (link.get("href") or "").startswith("https://")


def test_hostile_text_fields_are_shown_as_text_and_bad_urls_dropped() -> None:
    evil = '"><script>alert(1)</script><img src=x onerror=alert(1)>'
    article = PageArticle(
        title=f"Tiêu đề {evil}",
        sapo=f"Sapo {evil}",
        body_markdown=f"Thân bài.\n\n{evil}",
        author_name=evil,
        author_position=evil,
        source=evil,
        category_name=evil,
        category_url="javascript:alert(1)",
        tags=(evil,),
        feature_image_url="data:text/html,<script>alert(1)</script>",
        feature_caption=evil,
        related=(RelatedLink(evil, "JaVaScRiPt:alert(1)"), RelatedLink("ok", "vbscript:x")),
    )
    site = SiteInfo(name=evil, banner_text=evil, base_url="javascript:alert(1)")
    tree = parse(render_page(article, site, inline_css=True))
    assert tree.find("h1").text() == article.title
    assert tree.find("p", "signature-name").text() == evil
    assert tree.find_all("figure", "feature") == []
    assert tree.find("section", "related").find_all("a") == []
    assert [e.tag for e in tree.iter() if e.tag in {"script", "iframe", "object", "base"}] == []
    assert [e.tag for e in tree.iter() if e.tag == "style"] == ["style"]
    assert [img.get("src") for img in tree.find_all("img")] == ["x"]  # relative, harmless
    for element in tree.iter():
        assert not any(name.startswith("on") for name, _ in element.attrs), element.tag
        for name in ("href", "src"):
            value = element.get(name)
            if value is not None:
                assert not re.match(r"\s*(javascript|data|vbscript):", value, re.IGNORECASE)


def test_optional_parts_are_left_out_when_empty() -> None:
    tree = parse(render_page(PageArticle("Chỉ tiêu đề", "", "Một đoạn."), SITE))
    classes = set().union(*(e.classes for e in tree.iter()))
    absent = {
        "article-sapo", "article-meta", "feature", "article-signature", "article-source",
        "article-tags", "related", "breadcrumb-category",
    }  # fmt: skip
    assert classes & absent == set()
    assert tree.find("div", "article-body").clean_text() == "Một đoạn."


def test_preview_and_export_share_everything_but_urls_and_stylesheet(
    article: PageArticle,
) -> None:
    preview = parse(render_page(article, SITE, media_url=preview_media_url, inline_css=True))
    export = parse(
        render_page(article, SITE, media_url=lambda ref: f"media/{ref[6:]}.jpg", css_href="s.css")
    )

    def shape(tree: Element) -> list[tuple[str, str, str]]:
        main = tree.find("main")
        return [(e.tag, e.get("class") or "", e.clean_text()) for e in main.iter()]

    assert shape(preview) == shape(export)
    export_sources = [img.get("src") for img in export.find_all("img")]
    assert export_sources == [f"media/{FEATURE}.jpg", f"media/{PHOTO}.jpg"]


def _nfd(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if isinstance(value, tuple):
        return tuple(_nfd(item) for item in value)
    if isinstance(value, RelatedLink):
        return RelatedLink(str(_nfd(value.title)), str(_nfd(value.url)))
    return value


def test_decomposed_input_renders_the_same_page_after_nfc(article: PageArticle) -> None:
    changes = {f.name: _nfd(getattr(article, f.name)) for f in dataclasses.fields(PageArticle)}
    decomposed = dataclasses.replace(article, **changes)
    assert decomposed.related[0].title != article.related[0].title
    nfd_page = render_page(decomposed, SITE, inline_css=True)
    assert unicodedata.normalize("NFC", nfd_page) == render_page(article, SITE, inline_css=True)


def test_the_category_page_lists_its_articles() -> None:
    items = [
        ListingItem(
            "Xuân Sơn làm tốt công tác dân vận",
            "xuan-son/",
            sapo="Xã Xuân Sơn…",
            published_at=datetime(2019, 7, 1, 8, 0),
            image_url=media_ref(PHOTO),
            image_caption="Người dân Xuân Sơn",
        ),
        ListingItem("Tường Sơn thực hiện tốt công tác dân vận", "javascript:alert(1)"),
    ]
    tree = parse(
        render_category_page(
            "Dân vận chính quyền", items, SITE, media_url=lambda r: f"../media/{r[6:]}.jpg"
        )
    )
    assert tree.find("h1", "category-title").text() == "Dân vận chính quyền"
    entries = tree.find("ul", "listing").find_all("li", "listing-item")
    assert len(entries) == 2
    first, second = entries
    assert first.find("a").get("href") == "xuan-son/"
    assert first.find("img").get("src") == f"../media/{PHOTO}.jpg"
    assert first.find("img").get("alt") == "Người dân Xuân Sơn"
    assert first.find("time").text() == "Thứ Hai, 01/07/2019 08:00"
    assert first.find("p", "listing-sapo").text() == "Xã Xuân Sơn…"
    assert second.find_all("a") == []  # a bad URL is shown as a title, not linked
    assert second.find("h2").clean_text() == "Tường Sơn thực hiện tốt công tác dân vận"
    assert "default-src" in _csp(tree)


def test_an_empty_category_says_so() -> None:
    tree = parse(render_category_page("Tin mới", [], SITE))
    assert tree.find_all("ul", "listing") == []
    assert tree.find("p", "listing-empty").text()


def test_the_stylesheet_loads_nothing_and_fits_a_preview_pane() -> None:
    css = portal_css_path().read_text(encoding="utf-8")
    without_comments = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert not re.search(r"url\(|@import|@font-face", without_comments, re.IGNORECASE)
    assert re.search(r"@media\s*\(max-width:\s*\d+px\)", without_comments)
    assert '"Times New Roman", "Liberation Serif", "Noto Serif"' in without_comments


def test_the_sample_article_is_read_into_its_parts() -> None:
    article = sample_article(media_ref(PHOTO))
    assert article.title.startswith("Đổi mới phương thức lãnh đạo của Đảng")
    assert article.sapo.startswith("Xác định đúng vị trí, vai trò")
    assert (article.author_name, article.author_position) == (
        "Nguyễn Mạnh Khôi",
        "Phó Trưởng ban TT Ban Dân vận Tỉnh ủy",
    )
    assert len(article.related) == 14
    assert article.related[-1].title == "Nữ Chủ tịch xã được nhân dân tin yêu"
    body = parse(render_page(article, SITE)).find("div", "article-body")
    assert len(body.find_all("p")) == 9
    assert len(body.find_all("figure")) == 1
