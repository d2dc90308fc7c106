"""Pictures in a saved web page: found with their captions, lifted out, put back as figures.

A page shows a photo in many ways: a <figure> with <figcaption>, a one-cell
table with the caption in the row under it (most Vietnamese CMSs), or an image
alone on its line followed by a short italic or centred line. Each becomes a
placeholder paragraph before the page's HTML is turned into Markdown (which
drops pictures), and a Markdown figure afterwards.

A picture is only imported when its bytes are at hand: embedded as a data: URL
or saved beside the page; one that only lives on the web keeps its caption in
the article's captions, and the import says so.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets

import lxml.html
from lxml.html import HtmlElement

from danvan_desktop.importers.html_content import remove, text_of
from danvan_desktop.importers.model import (
    MAX_IMAGE_BYTES,
    ImportedImage,
    ResourceLoader,
    figure_markdown,
    sniff_image_mime,
)

_CAPTION_CLASSES = re.compile(r"caption|desc|chu-?thich|image_desc|expNoEdit|photo-text", re.I)
_MAX_CAPTION_CHARS = 300
Placeholders = dict[str, tuple[str, ImportedImage | None]]


def _caption_near(image: HtmlElement, figure: HtmlElement) -> tuple[str, HtmlElement | None]:
    """The caption: <figcaption>, a caption-classed element, or a short italic line after."""
    caption = figure.find(".//figcaption")
    if caption is not None:
        return text_of(caption), None
    if figure.tag == "table":
        text = text_of(figure)
        return (text, None) if len(text) <= _MAX_CAPTION_CHARS else ("", None)
    following = figure.getnext()
    text = text_of(following) if following is not None else ""
    if following is not None and text and len(text) <= _MAX_CAPTION_CHARS:
        italic = _wrapped_in(following, ("em", "i"))
        bold = _wrapped_in(following, ("b", "strong")) and not text.endswith(":")
        marked = _CAPTION_CLASSES.search(following.get("class", ""))
        centred = following.get("align") == "center" or "center" in following.get("style", "")
        if italic or bold or marked or centred:
            return text, following
    return image.get("title", "").strip(), None


def _wrapped_in(element: HtmlElement, tags: tuple[str, ...]) -> bool:
    """Whether all of the element's text sits inside one of `tags` (through <font>, <span>…)."""
    node = element
    while len(node) == 1 and not (node.text or "").strip() and not (node[0].tail or "").strip():
        node = node[0]
        if node.tag in tags:
            return True
    return False


def _figure_container(image: HtmlElement, content: HtmlElement) -> HtmlElement:
    """The element that stands for the picture in the text: the figure, its table or its line."""
    for ancestor in image.iterancestors():
        if ancestor is content:
            break
        if ancestor.tag == "figure":
            return ancestor
        if ancestor.tag == "table" and len(ancestor.findall(".//img")) == 1:
            return ancestor
    parent = image.getparent()
    if parent is None or parent is content or parent.tag not in ("p", "div", "a", "center"):
        return image
    if text_of(parent) or len(parent.findall(".//img")) != 1:
        return image
    outer = parent.getparent()
    if parent.tag == "a" and outer is not None and outer is not content and not text_of(outer):
        return outer
    return parent


def take_figures(
    content: HtmlElement,
    resources: ResourceLoader | None,
    images: list[ImportedImage],
    warnings: list[str],
) -> Placeholders:
    """Replace each picture with a placeholder paragraph; returns what each one stands for."""
    placeholders: Placeholders = {}
    token = secrets.token_hex(4).upper()
    for index, image in enumerate(list(content.iter("img"))):
        if image.getparent() is None or not any(a is content for a in image.iterancestors()):
            continue
        figure = _figure_container(image, content)
        caption, caption_element = _caption_near(image, figure)
        data = _image_bytes(image, resources)
        picture = None
        if data is not None and (mime := sniff_image_mime(data)) is not None:
            name = (image.get("src") or "").rsplit("/", 1)[-1][:120]
            picture = ImportedImage(data, mime, name, caption, image.get("alt", "").strip())
            if all(picture.sha256 != kept.sha256 for kept in images):
                images.append(picture)
        elif caption:
            warnings.append(f"picture_not_saved: the picture captioned {caption!r} was not saved")
        if picture is None and not caption:
            remove(figure)
            continue
        key = f"DANVANFIGURE{token}N{index}"
        marker = lxml.html.fragment_fromstring(f"<p>{key}</p>")
        marker.tail = figure.tail
        figure.getparent().replace(figure, marker)
        if caption_element is not None:
            remove(caption_element)
        placeholders[key] = (caption, picture)
    return placeholders


def _image_bytes(image: HtmlElement, resources: ResourceLoader | None) -> bytes | None:
    source = (image.get("src") or image.get("data-src") or image.get("data-original") or "").strip()
    if source.startswith("data:"):
        header, _, payload = source.partition(",")
        if ";base64" not in header or len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
            return None
        try:
            return base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
    return resources(source) if resources is not None and source else None


def put_figures_back(body: str, placeholders: Placeholders) -> str:
    """Each placeholder paragraph becomes its figure; one without a picture goes."""
    paragraphs = []
    for paragraph in body.split("\n\n"):
        entry = placeholders.get(paragraph.strip())
        if entry is None:
            paragraphs.append(paragraph)
            continue
        _caption, picture = entry
        if picture is not None:
            paragraphs.append(figure_markdown(picture))
    return "\n\n".join(p for p in paragraphs if p.strip())
