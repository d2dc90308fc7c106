"""Finding the article inside a saved web page, and throwing the rest of the page away.

A news page is a tenth article and nine tenths menus, banners, share buttons,
advertising, related links and scripts. Pages from our own portal (and many
Vietnamese news sites) mark the article's parts with classes (article-title,
sapo, article-body, signature-name…); for the others the article is the block
that holds the most paragraph text, the rule readability tools have used for
years.

Everything that runs or hides (scripts, styles, frames, forms, objects, SVG,
elements hidden with CSS) is removed before any text is read, so nothing of it
can reach the Markdown even as text.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from danvan_desktop.vietnamese import nfc

_DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "footer",
    "svg",
    "math",
    "canvas",
    "audio",
    "video",
    "map",
    "link",
    "meta",
    "base",
)
_JUNK_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "menu",
        "banner",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "quangcao",
        "quang-cao",
        "sidebar",
        "footer",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "social",
        "sharing",
        "comment",
        "comments",
        "related",
        "lienquan",
        "tin-lien-quan",
        "tin-cung-chuyen-muc",
        "cungchuyenmuc",
        "popup",
        "modal",
        "cookie",
        "subscribe",
        "newsletter",
        "toolbar",
        "print",
        "rating",
        "widget",
        "sponsor",
        "promo",
        "site-banner",
        "site-footer",
        "masthead",
        "topbar",
        "pagination",
        "paging",
    }
)
_JUNK_PREFIXES = ("ads-", "ad-", "adv", "banner", "menu", "related", "share", "social")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BODY_CLASSES = re.compile(
    r"(^|[\s_-])(article-?body|articlebody|article-?content|content-?detail|detail-?content|"
    r"news-?content|post-?content|entry-?content|fck_detail|maincontent|cms-body|"
    r"singular-content|detail__content|article__body|content_detail|noidung|noi-dung)($|[\s_-])",
    re.I,
)
_SAPO_CLASSES = re.compile(
    r"(^|[\s_-])(sapo|article-sapo|lead|summary|chapeau|description|excerpt|intro|tomtat|"
    r"MsoSubtitle)"
    r"($|[\s_-])",
    re.I,
)
_TITLE_CLASSES = re.compile(
    r"(^|[\s_-])(article-title|title-detail|detail-title|MsoTitle)($|[\s_-])", re.I
)
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "td", "div")
_MAX_TITLE_CHARS = 300
_MIN_PARAGRAPH_CHARS = 25


def classes(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".strip()


def text_of(element: HtmlElement) -> str:
    """The element's text, spaces collapsed, in NFC (a cp1258 page decodes to combining marks).

    A <br> separates words like a space, so "Mai<br>Ủy ban" does not run together.
    """
    return nfc(" ".join(_raw_text(element).split()))


def lines_of(element: HtmlElement) -> list[str]:
    """The element's text as the lines its <br>s make, each as `text_of` gives it."""
    lines = (nfc(" ".join(line.split())) for line in _raw_text(element).split("\n"))
    return [line for line in lines if line]


def _raw_text(element: HtmlElement) -> str:
    if next(element.iter("br"), None) is None:
        return "".join(element.itertext()).replace("\n", " ")
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                parts.append("\n")
            elif isinstance(node.tag, str) and node.text:
                parts.append(node.text.replace("\n", " "))
        elif node is not element and node.tail:
            parts.append(node.tail.replace("\n", " "))
    return "".join(parts)


def _is_junk(element: HtmlElement) -> bool:
    for token in classes(element).lower().split():
        if token in _JUNK_WORDS or token.startswith(_JUNK_PREFIXES):
            return True
        if any(
            part in _JUNK_WORDS for part in re.split(r"[-_]", token)
        ) and not _BODY_CLASSES.search(token):
            return True
    return False


def _hidden(element: HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style", "")))
    )


def remove(element: HtmlElement) -> None:
    """Drop an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def strip_active_content(root: HtmlElement) -> None:
    """Remove what runs, hides or cannot be text; comments and processing instructions too."""
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        remove(node)
    for element in list(root.iter(*_DROPPED_TAGS)):
        remove(element)
    for element in list(root.iter()):
        if isinstance(element.tag, str) and _hidden(element):
            remove(element)


def strip_page_furniture(root: HtmlElement) -> None:
    """Remove the page's navigation, banners, advertising, share and related blocks."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        if element.getparent() is not None and _is_junk(element):
            remove(element)
    for element in list(root.iter("header")):
        if element.find(".//p") is None or _is_junk(element):
            remove(element)


def find_marked(root: HtmlElement, pattern: re.Pattern[str]) -> HtmlElement | None:
    for element in root.iter():
        if isinstance(element.tag, str) and pattern.search(classes(element)):
            return element
    return None


def _same_title(a: str, b: str) -> bool:
    a, b = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def first_text_block(content: HtmlElement) -> HtmlElement | None:
    for element in content.iter(*_TEXT_BLOCKS):
        if text_of(element) and not any(child.tag in _TEXT_BLOCKS for child in element):
            return element
    return None


def find_title(
    root: HtmlElement, content: HtmlElement, head_title: str
) -> tuple[str, HtmlElement | None]:
    """The title, and the element showing it (to be removed from the body) if any.

    A title-classed element wins; then the <h1> that matches the page's
    <title>; a page with a <title> but no such <h1> keeps that <title>. A page
    without one (an office program's export) takes an <h1> that opens the
    text, else its short first line (Word's Title paragraph, exported as a <p>).
    """
    marked = find_marked(root, _TITLE_CLASSES)
    if marked is not None and text_of(marked):
        return text_of(marked), marked
    headings = [h for h in root.iter("h1") if text_of(h)]
    first = first_text_block(content)
    if head_title:
        for heading in headings:
            if _same_title(text_of(heading), head_title):
                return text_of(heading), heading
        if first is not None and _same_title(text_of(first), head_title):
            return " ".join(head_title.split()), first
        return " ".join(head_title.split()), None
    for heading in headings:
        inside = any(ancestor is content for ancestor in heading.iterancestors())
        if not inside or heading is first:
            return text_of(heading), heading
    if first is not None and first.tag == "p":
        text = text_of(first)
        if len(text) <= _MAX_TITLE_CHARS and not text.endswith("."):
            return text, first
    return "", None


def find_sapo_element(root: HtmlElement, content: HtmlElement) -> HtmlElement | None:
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "meta"):
            continue
        if element is content or element in content.iterancestors():
            continue
        if _SAPO_CLASSES.search(classes(element)) and 0 < len(text_of(element)) <= 1500:
            return element
    return None


def find_content(root: HtmlElement) -> HtmlElement:
    """The element holding the article's body.

    A marked body (itemprop=articleBody, or a known body class) wins; otherwise
    each paragraph's text counts for its parent (and half for the grandparent),
    and the best-scoring element is the body.
    """
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        marked = element.get("itemprop") == "articleBody" or _BODY_CLASSES.search(classes(element))
        if marked and len(text_of(element)) >= _MIN_PARAGRAPH_CHARS:
            return element
    scores: dict[HtmlElement, float] = {}
    for paragraph in root.iter("p", "td", "pre", "blockquote", "li"):
        length = len(text_of(paragraph))
        if length < _MIN_PARAGRAPH_CHARS:
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + length / 2
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    return max(scores, key=lambda element: scores[element])
