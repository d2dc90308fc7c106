"""Python-Markdown tree rules that give a body the portal's shape.

Portal photos are figures with a caption underneath, not inline images, and the
page's only `<h1>` is the article title. Editors write plain Markdown
(`![alt](src "caption")`, `# Heading`); these rules turn that into what the
portal shows, so neither the editor's toolbar nor the importers need to emit
raw HTML.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

FIGURE_CLASS = "image"

# After "inline" (20), which creates the <img> elements, and before
# "prettify" (10) and "unescape" (0), which still tidy what we build.
_PRIORITY = 15

_HEADING_SHIFT = {"h1": "h2", "h2": "h3", "h3": "h4", "h4": "h5", "h5": "h6"}


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _lone_image(paragraph: etree.Element) -> etree.Element | None:
    """The `<img>` (or `<a><img></a>`) that is a paragraph's only content."""
    if not _blank(paragraph.text) or len(paragraph) != 1:
        return None
    child = paragraph[0]
    if not _blank(child.tail):
        return None
    if child.tag == "img":
        return child
    if child.tag == "a" and len(child) == 1 and _blank(child.text):
        inner = child[0]
        if inner.tag == "img" and _blank(inner.tail):
            return child
    return None


def _figure_from(paragraph: etree.Element, content: etree.Element) -> None:
    """Turn `paragraph` in place into `<figure class="image">` with a caption.

    The caption is the image title when there is one, else its alt text; the
    title attribute is dropped so a browser does not show it twice as a tooltip.
    """
    image = content if content.tag == "img" else content[0]
    title = image.attrib.pop("title", "") or ""
    caption = title.strip() or (image.get("alt") or "").strip()
    content.tail = None
    paragraph.tag = "figure"
    paragraph.attrib.clear()
    paragraph.set("class", FIGURE_CLASS)
    paragraph.text = None
    if caption:
        figcaption = etree.SubElement(paragraph, "figcaption")
        figcaption.text = caption


class PortalShapeTreeprocessor(Treeprocessor):
    """Lone images become captioned figures; headings move one level down."""

    def run(self, root: etree.Element) -> None:
        for element in list(root.iter()):
            if element.tag == "p":
                content = _lone_image(element)
                if content is not None:
                    _figure_from(element, content)
            elif element.tag in _HEADING_SHIFT:
                element.tag = _HEADING_SHIFT[element.tag]


class PortalShapeExtension(Extension):
    """Registers `PortalShapeTreeprocessor` with a Markdown instance."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(PortalShapeTreeprocessor(md), "portal_shape", _PRIORITY)
