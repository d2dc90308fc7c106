"""Article Markdown → the sanitised HTML fragment the portal shows.

The preview and the export both call `render_body`, so the body a reviewer
approves is byte for byte the body that is published.

Extension choices, and why:
- `tables` (with `align` attributes, not inline styles: styles are not allowed
  through the sanitiser), `fenced_code`, `sane_lists` (a numbered list stays
  numbered when a bulleted one follows, as editors expect).
- No `smarty`: it would turn the editor's "quotes" and -- into typographic ones;
  the text must stay exactly as typed and approved.
- No `attr_list`, `md_in_html` or `footnotes`: they let a body set ids and
  classes that could collide with the page around it, and no portal article uses
  them.
- `PortalShapeExtension`: lone images become captioned figures, `#` headings
  become `<h2>` under the page's one `<h1>`.
- `QuickScanExtension`: no change to the output; some of Python-Markdown's
  rules, spelled so that `re` skips through long paragraphs (see quick_scan.py).

A `Markdown` instance costs about as much to build as a small render, so each
thread keeps one and resets it per call (instances are not thread-safe; the
preview renders on a worker while an export may run on another).
"""

from __future__ import annotations

import re
import threading

from markdown import Markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from danvan_desktop.rendering.body_reader import ImageRef, read_body
from danvan_desktop.rendering.figures import PortalShapeExtension
from danvan_desktop.rendering.quick_scan import QuickScanExtension
from danvan_desktop.rendering.sanitize import MediaUrl, sanitize_html

__all__ = ["ImageRef", "extract_images", "markdown_to_text", "render_body"]

_local = threading.local()
_SURROGATE = re.compile("[\ud800-\udfff]")


def _new_markdown() -> Markdown:
    return Markdown(
        extensions=[
            TableExtension(use_align_attribute=True),
            FencedCodeExtension(),
            SaneListExtension(),
            PortalShapeExtension(),
            QuickScanExtension(),
        ],
        output_format="html",
    )


def _thread_markdown() -> Markdown:
    md: Markdown | None = getattr(_local, "markdown", None)
    if md is None:
        md = _new_markdown()
        _local.markdown = md
    return md


def _encodable(text: str) -> str:
    """`text` with lone surrogates replaced, so the sanitiser can take it as UTF-8.

    Text from the store is always valid, but the preview renders the editor's
    unsaved text, and a broken paste must show a replacement mark, not crash.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def unsafe_markdown_html(markdown_text: str) -> str:
    """Python-Markdown's output before sanitising: for benchmarks and tests only."""
    return _thread_markdown().reset().convert(_encodable(markdown_text))


def render_body(markdown_text: str, *, media_url: MediaUrl | None = None) -> str:
    """The article body as a sanitised HTML fragment.

    `media_url` maps a `media:<sha256>` reference to the URL the page should
    load (see `media.preview_media_url`; the exporter passes its own
    `media/<sha256>.<ext>`). Without it, references stay as `media:<sha256>`.
    Whatever it returns must be a relative URL or use an allowed scheme, or the
    image loses its `src`.
    """
    return sanitize_html(unsafe_markdown_html(markdown_text), media_url=media_url)


def extract_images(markdown_text: str) -> list[ImageRef]:
    """Every picture the rendered body shows, in order, with caption and alt.

    Sources are left unresolved (`media:<sha256>` for stored files), so the
    exporter can find the files to copy and check that each has a caption.
    """
    images, _ = read_body(render_body(markdown_text))
    return images


def markdown_to_text(markdown_text: str) -> str:
    """The body as plain text, one line per paragraph, heading or list item.

    Markup and anything the sanitiser removes are gone; what is left is the
    text a reader sees, for feed summaries, counts and search.
    """
    _, text = read_body(render_body(markdown_text))
    return text
