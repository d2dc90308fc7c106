"""Hostile text through a whole export: every page, record and feed item stays inert.

The OWASP-derived corpus of the rendering tests goes into bodies, link and
picture targets, and every plain-text field (title, sapo, signature, tags,
captions, category). Each HTML document of the package is then read with an
HTML parser: nothing may run, load from elsewhere, or escape the page's
Content-Security-Policy.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from danvan_desktop.portal import CategoryRef, build_package, read_package, signing
from tests.portal.conftest import sample_input
from tests.rendering.parsed_html import Element, parse
from tests.rendering.xss_corpus import HTML_VECTORS, URL_VECTORS

PAGE_TAGS = {
    "html", "head", "meta", "title", "link", "body", "header", "div", "span", "a", "main",
    "nav", "article", "h1", "h2", "p", "time", "figure", "img", "figcaption", "section", "ul",
    "li", "footer",
}  # fmt: skip
BODY_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "del", "em",
    "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li",
    "mark", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
SAFE_SCHEMES = {"http", "https", "mailto"}
HOSTILE_TEXT = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "</title><script>alert(1)</script>",
    "{{ 7*7 }} {% raw %}",
]


def _scheme(url: str) -> str | None:
    """The scheme as a browser reads it: blanks and controls dropped, else relative."""
    squeezed = "".join(ch for ch in url if ord(ch) > 0x20 and ch != "\x7f").lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", squeezed)
    return match.group(1) if match else None


def _assert_inert(root: Element, allowed_tags: set[str], where: str) -> None:
    for element in root.iter():
        if element.tag == "#document":
            continue
        assert element.tag in allowed_tags | BODY_TAGS, f"{where}: <{element.tag}>"
        for name, value in element.attrs:
            assert not name.startswith("on"), f"{where}: <{element.tag} {name}>"
            assert name != "style", f"{where}: style attribute on <{element.tag}>"
            if name in {"href", "src", "action", "formaction", "background", "srcset"}:
                url = value or ""
                assert not url.strip().startswith("//"), f"{where}: {url!r}"
                assert _scheme(url) in SAFE_SCHEMES | {None}, f"{where}: {name}={url!r}"
        if element.tag == "link":
            assert element.get("rel") in {"stylesheet", "canonical"}, where
        if element.tag == "meta":
            assert element.get("http-equiv") in {None, "Content-Security-Policy"}, where


def _assert_page_policy(root: Element, where: str) -> None:
    policies = [
        m.get("content") or ""
        for m in root.find_all("meta")
        if m.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(policies) == 1, where
    policy = policies[0]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy, where
    assert "script-src" not in policy and "base-uri 'none'" in policy, where
    head = root.find("head")
    first_meta = head.find_all("meta")[:2]
    assert any(m.get("http-equiv") == "Content-Security-Policy" for m in first_meta), where


@pytest.fixture(scope="module")
def hostile_package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    home = tmp_path_factory.mktemp("xss-home")
    signing.generate_key("xss-passphrase", home)
    key = signing.load_signing_key("xss-passphrase", home)
    base = sample_input(count=1)
    template = base.articles[0]
    articles = []
    bodies = [f"Đoạn văn.\n\n{vector}\n\nĐoạn sau." for vector in HTML_VECTORS]
    for url in URL_VECTORS:
        bodies.append(f'[liên kết]({url}) và ![ảnh]({url} "chú thích") <a href="{url}">a</a>')
        bodies.append(f'<img src="{url}" alt="x"> <a href="{url}">b</a>')
    for number, body in enumerate(bodies):
        text = HOSTILE_TEXT[number % len(HOSTILE_TEXT)]
        articles.append(
            dataclasses.replace(
                template,
                id=f"00000000-0000-4000-8000-{number:012d}",
                slug=f"bai-{number}",
                title=f"Tiêu đề {text}",
                sapo=f"Sapo {text}",
                body_markdown=body,
                author_name=text,
                author_position=text,
                source=text,
                tags=(text, "dân vận"),
                feature_caption=f"Ảnh {text}",
                category=CategoryRef("chuyen-muc", f"Chuyên mục {text}", (text,), ("chuyen-muc",)),
            )
        )
    package = dataclasses.replace(base, articles=tuple(articles))
    path = tmp_path_factory.mktemp("xss") / "hostile.zip"
    build_package(package, path, key)
    return read_package(path, key.public).files


def test_every_page_is_inert_and_fenced_by_csp(hostile_package: dict[str, bytes]) -> None:
    pages = [name for name in hostile_package if name.endswith(".html")]
    assert len(pages) > len(HTML_VECTORS)
    for name in pages:
        root = parse(hostile_package[name].decode("utf-8"))
        _assert_inert(root, PAGE_TAGS, name)
        _assert_page_policy(root, name)
        assert not root.find_all("script") and not root.find_all("style")


def test_hostile_text_stays_text(hostile_package: dict[str, bytes]) -> None:
    root = parse(hostile_package["articles/bai-0/index.html"].decode("utf-8"))
    assert root.find("h1").text() == "Tiêu đề <script>alert(1)</script>"
    root = parse(hostile_package["articles/bai-1/index.html"].decode("utf-8"))
    assert root.find("p", "signature-name").text().strip() == '"><img src=x onerror=alert(1)>'


def test_records_and_feed_carry_only_sanitised_html(hostile_package: dict[str, bytes]) -> None:
    for name, data in hostile_package.items():
        if name.endswith("article.json"):
            record = json.loads(data)
            _assert_inert(parse(record["body_html"]), set(), name)
            _assert_inert(parse(record["ninjs"]["bodies"][0]["value"]), set(), name)
    feed = ElementTree.fromstring(hostile_package["feed.xml"])
    encoded = "{http://purl.org/rss/1.0/modules/content/}encoded"
    for item in feed.iter("item"):
        _assert_inert(parse(item.findtext(encoded) or ""), set(), "feed.xml")


def test_the_stylesheet_is_the_only_style_and_is_local(hostile_package: dict[str, bytes]) -> None:
    css = hostile_package["portal.css"].decode("utf-8")
    assert "url(" not in css.replace("url(data:", "") or "http" not in css
    assert "@import" not in css and "expression(" not in css


def test_no_file_outside_the_layout(hostile_package: dict[str, bytes], tmp_path: Path) -> None:
    for name in hostile_package:
        assert ".." not in name.split("/") and not name.startswith("/")
        assert name.split("/")[0] in {"articles", "categories", "media"} or "/" not in name


def test_a_body_handed_to_the_page_is_sanitised_unless_the_sanitiser_made_it() -> None:
    from danvan_desktop.rendering import PageArticle, SiteInfo, render_body, render_page

    article = PageArticle(title="t", sapo="", body_markdown="<b onclick=x()>đậm</b>")
    site = SiteInfo("Ban Dân vận", "BAN DÂN VẬN")
    made = render_body(article.body_markdown)
    assert render_page(article, site, body_html=made) == render_page(article, site)
    forged = render_page(article, site, body_html="<p>x</p><script>alert(1)</script>")
    assert not parse(forged).find_all("script")
