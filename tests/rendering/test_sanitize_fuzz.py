"""Any text at all renders without error into a safe, settled fragment.

Hypothesis stitches together pieces of Markdown, hostile HTML, URLs and
arbitrary Unicode (including controls and lone surrogates, which a broken
paste can put in the editor) and checks every result with the parser.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parsed_html import parse
from test_sanitize_xss import assert_safe_fragment
from xss_corpus import HTML_VECTORS, URL_VECTORS

from danvan_desktop.rendering import render_body, sanitize_html

MARKDOWN_PIECES = [
    "\n\n", "\n", "# ", "## ", "- ", "1. ", "> ", "    ", "```\n", "| a | b |\n|---|---|\n",
    "**", "*", "_", "`", "[", "](", ")", "![", '"', "'", "<", ">", "&", "&#", ";", "\\",
    "media:" + "e" * 64, "<!--", "-->", "<![CDATA[", "]]>", "Dân vận khéo", "Đảng", "ủy",
]  # fmt: skip

pieces = st.one_of(
    st.sampled_from(MARKDOWN_PIECES),
    st.sampled_from(HTML_VECTORS),
    st.sampled_from(URL_VECTORS),
    st.text(max_size=12),
)
documents = st.lists(pieces, max_size=25).map("".join)


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(documents)
def test_any_text_renders_to_a_safe_settled_fragment(markdown: str) -> None:
    html = render_body(markdown, media_url=lambda ref: f"media/{ref[6:]}.jpg")
    assert_safe_fragment(html)
    assert sanitize_html(html) == html


@settings(max_examples=100, deadline=None, database=None)
@given(st.text())
def test_plain_text_keeps_its_letters(text: str) -> None:
    """Text without markup characters comes out as the same words."""
    plain = "".join(ch for ch in text if ch.isalnum() or ch == " ")
    rendered = parse(render_body(plain)).clean_text()
    assert rendered.split() == plain.split()
