"""Raw HTML and hostile URLs in a body never reach the page in a dangerous form.

Every check reads the output with an HTML parser: no element outside the
article allowlist, no event handler or style attribute, every href/src either
relative or in an allowed scheme. The allowlists here are written out again on
purpose, so a loosened production allowlist fails a test instead of moving it.
"""

from __future__ import annotations

import re

import pytest
from parsed_html import Element, parse
from xss_corpus import HTML_VECTORS, URL_VECTORS

from danvan_desktop.rendering import render_body, sanitize_html
from danvan_desktop.rendering.sanitize import url_scheme

ARTICLE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "del", "em",
    "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li",
    "mark", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ARTICLE_ATTRIBUTES = {
    "*": {"lang"},
    "a": {"href", "title", "rel"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align"},
    "figure": {"class"},
}
BODY_SCHEMES = {"http", "https", "mailto", "media"}
HASH = "5" * 64


def assert_url_allowed(url: str, schemes: set[str]) -> None:
    squeezed = "".join(ch for ch in url if ord(ch) > 0x20 and ch != "\x7f")
    assert not squeezed.startswith(("//", "\\\\", "/\\", "\\/")), url
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", squeezed)
    # Without a scheme a browser resolves it against the page: relative, harmless.
    if match:
        assert match.group(1).lower() in schemes, url


def assert_safe_fragment(html: str, schemes: set[str] = BODY_SCHEMES) -> Element:
    tree = parse(html)
    for element in tree.iter():
        if element is tree:
            continue
        assert element.tag in ARTICLE_TAGS, f"<{element.tag}> in {html!r}"
        allowed = ARTICLE_ATTRIBUTES.get(element.tag, set()) | ARTICLE_ATTRIBUTES["*"]
        for name, value in element.attrs:
            assert not name.startswith("on"), f"{name} in {html!r}"
            assert name in allowed, f"<{element.tag} {name}> in {html!r}"
            if name in {"href", "src"}:
                assert_url_allowed(value or "", schemes)
            if name == "align":
                assert value in {"left", "center", "right"}
        if element.tag == "figure":
            assert element.classes <= {"image"}
        if element.tag == "a":
            assert set((element.get("rel") or "").split()) == {"noopener", "noreferrer"}
    return tree


def _as_raw_html(vector: str) -> list[str]:
    return [
        f"Trước.\n\n{vector}\n\nSau.",
        f"Đoạn có {vector} ở giữa.",
        f"- mục {vector}\n- mục hai",
        f"> trích {vector}",
        f"| a | b |\n|---|---|\n| {vector} | x |",
    ]


def _as_markdown_url(url: str) -> list[str]:
    return [
        f"[liên kết]({url})",
        f"[liên kết](<{url}>)",
        f"![ảnh]({url})",
        f'![ảnh]({url} "chú thích")',
        f"[liên kết][r]\n\n[r]: {url}",
        f"<{url}>",
        f'<a href="{url}">x</a>',
        f'<img src="{url}" alt="x">',
        f"[![ảnh]({url})]({url})",
    ]


@pytest.mark.parametrize("vector", HTML_VECTORS)
def test_raw_html_vectors_are_neutralised(vector: str) -> None:
    for markdown in _as_raw_html(vector):
        assert_safe_fragment(render_body(markdown))


@pytest.mark.parametrize("url", URL_VECTORS)
def test_hostile_urls_in_markdown_are_dropped(url: str) -> None:
    for markdown in _as_markdown_url(url):
        assert_safe_fragment(render_body(markdown))


@pytest.mark.parametrize("vector", HTML_VECTORS)
def test_resolved_media_urls_stay_in_the_page_allowlist(vector: str) -> None:
    body = f'![ảnh](media:{HASH} "chú thích")\n\n<img src="MEDIA:{HASH}">\n\n{vector}'
    html = render_body(body, media_url=lambda ref: f"danvan-media:{ref[6:]}")
    tree = assert_safe_fragment(html, {"http", "https", "mailto", "danvan-media"})
    sources = [img.get("src") for img in tree.find_all("img")]
    assert sources[:2] == [f"danvan-media:{HASH}"] * 2


@pytest.mark.parametrize("vector", HTML_VECTORS)
def test_sanitised_output_is_stable_when_reparsed(vector: str) -> None:
    """Mutation XSS lives in output that parses differently the second time."""
    once = render_body(f"Trước.\n\n{vector}\n\nSau.")
    assert sanitize_html(once) == once


def test_a_media_url_that_returns_a_dangerous_url_is_refused() -> None:
    for bad in ("javascript:alert(1)", "data:image/png;base64,AAAA", "//evil.example/x.png"):
        html = render_body(f"![ảnh](media:{HASH})", media_url=lambda _ref, bad=bad: bad)
        image = parse(html).find("img")
        assert image.get("src") is None
        assert image.get("alt") == "ảnh"


def test_safe_markup_survives_the_sanitiser() -> None:
    markdown = (
        "Văn bản **đậm**, *nghiêng*, ~~không~~ `mã` và [liên kết](https://dvnghean.vn/a?b=1#c).\n\n"
        "Thư: <mailto:bandanvan@nghean.vn> và <https://nghean.gov.vn>.\n\n"
        '<abbr title="Ủy ban nhân dân">UBND</abbr> <sup>1</sup> <sub>2</sub> <u>gạch</u>'
    )
    tree = assert_safe_fragment(render_body(markdown))
    hrefs = [a.get("href") for a in tree.find_all("a")]
    assert hrefs == [
        "https://dvnghean.vn/a?b=1#c",
        "mailto:bandanvan@nghean.vn",
        "https://nghean.gov.vn",
    ]
    assert [e.tag for e in tree.find("p").iter()][1:] == ["strong", "em", "code", "a"]
    assert tree.find("abbr").get("title") == "Ủy ban nhân dân"
    assert {e.tag for e in tree.iter()} >= {"sup", "sub", "u"}


def test_relative_links_and_fragments_are_kept() -> None:
    tree = assert_safe_fragment(render_body("[a](../tin-khac/) [b](#muc-1) [c](media/x.jpg)"))
    assert [a.get("href") for a in tree.find_all("a")] == ["../tin-khac/", "#muc-1", "media/x.jpg"]


def test_script_and_style_content_is_removed_not_shown_as_text() -> None:
    tree = parse(render_body("Đầu.\n\n<script>var secret = 1;</script><style>p{}</style>\n\nCuối."))
    assert tree.clean_text() == "Đầu. Cuối."


@pytest.mark.parametrize("noise", [chr(code) for code in [*range(0x21), 0x7F]])
def test_a_scheme_is_read_without_the_characters_a_browser_skips(noise: str) -> None:
    assert url_scheme(f"{noise}Java{noise}Script{noise}:alert(1)") == "javascript"
    assert url_scheme(f"java\u00a0script:alert(1){noise}") is None  # not a scheme character
