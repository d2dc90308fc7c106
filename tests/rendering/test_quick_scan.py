"""QuickScanExtension changes how fast a body converts, never what it converts to.

The desk's converter is compared with one built the same way without the
extension (Python-Markdown's own rules), on the real sample article, on the
corner cases of the rules it replaces, and on Markdown stitched together from
the characters those rules look at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown import Markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.util import Registry

from danvan_desktop.rendering.figures import PortalShapeExtension
from danvan_desktop.rendering.markdown_html import _new_markdown
from danvan_desktop.rendering.sample import sample_article


def _reference() -> Markdown:
    """markdown_html's converter without QuickScanExtension.

    Should the two lists drift apart, test_rules_are_replaced_in_place fails.
    """
    return Markdown(
        extensions=[
            TableExtension(use_align_attribute=True),
            FencedCodeExtension(),
            SaneListExtension(),
            PortalShapeExtension(),
        ],
        output_format="html",
    )


QUICK = _new_markdown()
REFERENCE = _reference()


def assert_same_html(text: str) -> None:
    assert QUICK.reset().convert(text) == REFERENCE.reset().convert(text)


def _order(registry: Registry[Any]) -> list[str]:
    """Names in the order Python-Markdown applies them (highest priority first)."""
    return [item.name for item in sorted(registry._priority, key=lambda item: -item.priority)]


def _rule(item: object) -> tuple[type, str | None]:
    pattern = getattr(item, "compiled_re", None)
    return type(item), pattern.pattern if pattern is not None else None


@pytest.mark.parametrize(
    ("registry", "replaced"),
    [
        (lambda md: md.inlinePatterns, {"backtick", "reference", "link", "short_reference"}),
        (
            lambda md: md.parser.blockprocessors,
            {"hashheader", "setextheader", "hr", "quote", "reference"},
        ),
        (lambda md: md.treeprocessors, set()),
        (
            lambda md: md.preprocessors,
            {"normalize_whitespace", "fenced_code_block", "html_block"},
        ),
        (lambda md: md.postprocessors, set()),
    ],
)
def test_rules_are_replaced_in_place(
    registry: Callable[[Markdown], Registry[Any]], replaced: set[str]
) -> None:
    quick, reference = registry(QUICK), registry(REFERENCE)
    assert _order(quick) == _order(reference)
    changed = {name for name in _order(quick) if _rule(quick[name]) != _rule(reference[name])}
    assert changed == replaced


def test_the_sample_article_converts_as_python_markdown_converts_it() -> None:
    assert_same_html(sample_article("media:" + "a" * 64).body_markdown)


@pytest.mark.parametrize(
    "text",
    [
        "`code` and ``a ` b`` and ```x``",
        "\\`not code` then `code`",
        "\\\\`code after an escaped backslash`",
        "\\\\\\`not code`",
        "x\\\\\\\\`code`",
        "unclosed ` tick and \\",
        "![alt](media:" + "b" * 64 + ' "caption") and [link](https://example.org)',
        "[ref] and [ref][] and [text][ref] and ![img][ref]\n\n[ref]: https://example.org",
        "!\\[not an image](x) and \\[not a link](y) and !![a](b)",
        "text\n> a quote after a line\n> second",
        "> quote\n\nno > quote here",
        "Title\n=====\nSub\n---\nnot - a = heading\n\n- - -\n\n***\n\n_ _ _x",
        "a rule:\n___",
        "   * * *\n\ntext\n   ---\n\ntext\n    ---",
        "[a]: https://a.vn\n[b]: <https://b.vn> 'B'\n\n[a] [b] [c]\n\n[c]: x ]: y",
        "[d]:https://d.vn\n\n[d]",
        "```\nfenced\n```\n\n`` ` ``\n\ntext ``` in a line",
        "~~~ {.py}\n`tilde fenced`\n~~~",
        "AT&T &amp x &amp; &#38 &#x26; &copy",
        "  \n \n  \n\n    code\n  \n    more\n \t\n\ttab\r\nCR\rLF\x02STX\x03",
        "<div>\nblock *html*\n</div>\n\ntext <b>inline</b> <!-- note -->",
        "text\n# heading after a line\nmore",
        "#hash not at a line start is text, # nor here",
        "|a|b|\n|-|:-:|\n|`x|y`|[z](w)|",
        "```\n`code` [x](y)\n> no quote\n```",
        "- item `a`\n- [b](c)\n\n1. > quoted\n2. # head",
    ],
)
def test_corner_cases_convert_as_python_markdown_converts_them(text: str) -> None:
    assert_same_html(text)


PIECES = [
    "`", "``", "```", "~~~", "\\", "\\\\", "[", "]", "![", "!", "(", ")", "](x)", "]:", " ",
    "\n", "\n\n", ">", "> ", "#", "# ", "|", "-", "---", "=", "*", "_", "a", "Dân vận",
    "https://a.vn", '"t"', "&", "&amp", ";", "<", "<b>", "</b>", "<div>", "</div>",
    "  \n", "\t", "\r\n", "\r", "    ",
]  # fmt: skip


@settings(
    max_examples=500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_stitched_markdown_converts_as_python_markdown_converts_it(text: str) -> None:
    assert_same_html(text)
