"""Facts read back from a sanitised body: its pictures and its plain text.

The exporter needs every picture the page will show (to copy the file, check it
has a caption, and list it in the feed) and the body as text (feed summaries,
counts). Reading them from the sanitised HTML rather than from the Markdown
means they describe exactly what a reader of the page gets, raw HTML included.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from danvan_desktop.rendering.media import media_hash

# Elements after which plain text starts a new line.
_BLOCKS = frozenset(
    {
        "blockquote",
        "caption",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "table",
        "tr",
        "ul",
    }
)


@dataclass(frozen=True, slots=True)
class ImageRef:
    """A picture in an article body, as the page shows it.

    `src` is the URL as rendered: a `media:<sha256>` reference when rendered
    without a `media_url`, which is how `extract_images` reads it.
    `caption` is the figure caption ("" for an image without one).
    """

    src: str
    caption: str
    alt: str

    @property
    def sha256(self) -> str | None:
        """The stored file this picture names, or None for an outside URL."""
        return media_hash(self.src)


class _BodyReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[ImageRef] = []
        self._chunks: list[str] = []
        self._figure_images: list[tuple[str, str]] | None = None
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._chunks.append("\n")
        if tag == "br":
            self._chunks.append("\n")
        elif tag == "figure":
            self._figure_images = []
        elif tag == "figcaption" and self._figure_images is not None:
            self._caption = []
        elif tag == "img":
            values = dict(attrs)
            src, alt = values.get("src") or "", values.get("alt") or ""
            if not src:
                return  # its URL was refused: the page shows no picture
            if self._figure_images is not None:
                self._figure_images.append((src, alt))
            else:
                self.images.append(ImageRef(src, (values.get("title") or "").strip(), alt))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._chunks.append("\n")
        if tag == "figcaption" and self._caption is not None:
            caption = " ".join("".join(self._caption).split())
            self._caption = None
            if self._figure_images is not None:
                self.images.extend(ImageRef(src, caption, alt) for src, alt in self._figure_images)
                self._figure_images = []
        elif tag == "figure" and self._figure_images is not None:
            self.images.extend(ImageRef(src, "", alt) for src, alt in self._figure_images)
            self._figure_images = None

    def handle_data(self, data: str) -> None:
        self._chunks.append(data)
        if self._caption is not None:
            self._caption.append(data)

    def text(self) -> str:
        lines = "".join(self._chunks).split("\n")
        kept = (_squeeze_spaces(line) for line in lines)
        return "\n".join(line for line in kept if line)


def _squeeze_spaces(line: str) -> str:
    """`" ".join(line.split())`: runs of whitespace become one space, none at the ends.

    Most lines of a body are prose with single spaces, and splitting a long
    paragraph into words only to join them again is most of the cost of
    reading a body's text, so such lines are only stripped. A printable line
    has no whitespace but the space: every other whitespace character is
    unprintable (tests/rendering/test_body_text.py checks every code point).
    """
    if "  " not in line and line.isprintable():
        return line.strip(" ")
    return " ".join(line.split())


def read_body(html: str) -> tuple[list[ImageRef], str]:
    """The pictures (in page order) and the plain text of a sanitised body."""
    reader = _BodyReader()
    reader.feed(html)
    reader.close()
    return reader.images, reader.text()
