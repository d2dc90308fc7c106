r"""Python-Markdown's own rules, found in a long paragraph without trying every character.

Several of Python-Markdown's patterns begin with a lookbehind (code spans:
`(?<!\\)`, links: `(?<!\!)\[`) or a line start (`^`, `(^|\n)`), and `re` can
only skip ahead to a pattern that begins with a literal character. So on an
18 KB article, every character of every paragraph was tried against each of
them, which was over half of the Markdown conversion. The rules here are the
same rules, reached faster; the HTML is byte for byte what Python-Markdown
writes with its defaults (tests/rendering/test_quick_scan.py compares the two).

- Links and references: the literal `[` first, then the same "not after `!`"
  check as a lookbehind that includes it.
- Code spans: the scan stops only at a backslash or a backtick, and Python-
  Markdown's own pattern is matched there, so its match (and its groups) are
  exactly the ones it would have found itself.
- Lines of spaces (emptied before parsing): found from the newline before
  them rather than by a lookbehind.
- Blocks and fenced code: a block cannot be a quote without a `>`, a `#`
  heading without a `#`, an underlined heading without a line starting with
  `=` or `-`, a rule without a line starting with `-`, `_` or `*`, or a link
  definition without `]:`; a text without ```` ``` ```` or `~~~` has no
  fenced code, and one without `<` or `&` no raw HTML. What cannot match is
  turned away before the pattern searches (or the HTML parser reads).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown, util
from markdown.blockprocessors import (
    BlockQuoteProcessor,
    HashHeaderProcessor,
    HRProcessor,
    ReferenceProcessor,
    SetextHeaderProcessor,
)
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.inlinepatterns import (
    BACKTICK_RE,
    BacktickInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.preprocessors import HtmlBlockPreprocessor, NormalizeWhitespace

# `(?<!\!)\[` with the `[` first: at a `[`, the two characters before the
# position after it must not be `![`.
_LINK_START = r"\[(?<!\!\[)"

# Where Python-Markdown's BACKTICK_RE can begin: an even run of backslashes
# before a backtick starts with a backslash, a code span with a backtick.
_CODE_SPAN_CANDIDATE = r"[\\`]"

# Python-Markdown empties a line of nothing but spaces with `(?<=\n) +\n`;
# this finds the same lines from the newline before them.
_LINE_OF_SPACES = re.compile(r"\n +(?=\n)")

# A rule's line starts with at most three spaces and then one of its marks.
_RULE_MARKS = frozenset("-_*")
_RULE_AFTER_NEWLINE = re.compile(r"\n {0,3}[-_*]")


class QuickCodeSpanProcessor(BacktickInlineProcessor):
    """Python-Markdown's code spans, tried only where one can begin."""

    def __init__(self) -> None:
        super().__init__(_CODE_SPAN_CANDIDATE)
        # Flags as InlineProcessor compiles its own pattern.
        self._pattern = re.compile(BACKTICK_RE, re.DOTALL | re.UNICODE)

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        # Lookbehinds see the text before `pos`, so this is the match that
        # BACKTICK_RE's own scan would have found starting here.
        match = self._pattern.match(data, m.start())
        if match is None:
            return None, None, None  # not a start: Python-Markdown scans on
        return super().handleMatch(match, data)


class QuickQuoteProcessor(BlockQuoteProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        return ">" in block and super().test(parent, block)


class QuickHashHeaderProcessor(HashHeaderProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        return "#" in block and super().test(parent, block)


class QuickSetextHeaderProcessor(SetextHeaderProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        return ("\n=" in block or "\n-" in block) and super().test(parent, block)


class QuickHRProcessor(HRProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        may_hold_one = block.lstrip(" ")[:1] in _RULE_MARKS or _RULE_AFTER_NEWLINE.search(block)
        return bool(may_hold_one) and super().test(parent, block)


class QuickReferenceProcessor(ReferenceProcessor):
    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        # Python-Markdown's own answer when its pattern finds nothing; it
        # leaves `blocks` as it found them.
        return "]:" in blocks[0] and super().run(parent, blocks)


class QuickFencedBlockPreprocessor(FencedBlockPreprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if any("```" in line or "~~~" in line for line in lines):
            return super().run(lines)
        return lines


class QuickNormalizeWhitespace(NormalizeWhitespace):
    """Python-Markdown's `NormalizeWhitespace.run`, step for step but the pattern."""

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        source = source.replace(util.STX, "").replace(util.ETX, "")
        source = source.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
        source = source.expandtabs(self.md.tab_length)
        source = _LINE_OF_SPACES.sub("\n", source)
        return source.split("\n")


class QuickHtmlBlockPreprocessor(HtmlBlockPreprocessor):
    def run(self, lines: list[str]) -> list[str]:
        # Without markup or character references, Python-Markdown's HTML
        # parser hands the whole text back as data.
        if any("<" in line or "&" in line for line in lines):
            return super().run(lines)
        return lines


class QuickScanExtension(Extension):
    """Replaces the slow-to-scan rules with the same rules under the same names and priorities.

    The priorities are Python-Markdown's own (`build_preprocessors`,
    `build_block_parser`, `build_inlinepatterns`), so the order in which rules
    apply is unchanged.
    """

    def extendMarkdown(self, md: Markdown) -> None:
        inline = md.inlinePatterns
        inline.register(QuickCodeSpanProcessor(), "backtick", 190)
        inline.register(ReferenceInlineProcessor(_LINK_START, md), "reference", 170)
        inline.register(LinkInlineProcessor(_LINK_START, md), "link", 160)
        inline.register(ShortReferenceInlineProcessor(_LINK_START, md), "short_reference", 130)
        blocks = md.parser.blockprocessors
        blocks.register(QuickHashHeaderProcessor(md.parser), "hashheader", 70)
        blocks.register(QuickSetextHeaderProcessor(md.parser), "setextheader", 60)
        blocks.register(QuickHRProcessor(md.parser), "hr", 50)
        blocks.register(QuickQuoteProcessor(md.parser), "quote", 20)
        blocks.register(QuickReferenceProcessor(md.parser), "reference", 15)
        md.preprocessors.register(QuickNormalizeWhitespace(md), "normalize_whitespace", 30)
        md.preprocessors.register(QuickHtmlBlockPreprocessor(md), "html_block", 20)
        # FencedCodeExtension's own priority and configuration; it must come
        # before this extension in the list.
        fenced = md.preprocessors["fenced_code_block"]
        md.preprocessors.register(
            QuickFencedBlockPreprocessor(md, fenced.config), "fenced_code_block", 25
        )
