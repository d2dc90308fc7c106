"""The pre-export check: what stops an article from going out, and what only deserves a look.

Shared by the Publish dialog and `danvan export` (through services/publishing.py,
which adds the workflow's verdict: not approved, approval voided). Blocking
problems are those the portal would publish wrongly and nobody could fix
afterwards without a new package: a picture without a caption (the portal's
house rule), a picture that is not in the store, text still in a legacy
encoding or not in NFC. Warnings are matters of style an editor may have
chosen on purpose.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from danvan_desktop.portal.model import (
    MEDIA_EXTENSIONS,
    SLUG_PATTERN,
    MediaFile,
    PackageArticle,
)
from danvan_desktop.rendering import extract_images, markdown_to_text
from danvan_desktop.vietnamese import nfc

LEGACY_ENCODINGS = frozenset({"tcvn3", "vni", "viqr", "cp1258"})


# Raw HTML the sanitiser strips from the pages (scripts, frames, forms, styles, event
# handlers, script URLs): article.json carries the Markdown as written, so a portal
# that renders the Markdown itself would get it back. Found by a cheap scan.
_UNSAFE_MARKUP = re.compile(
    r"<\s*/?\s*(?:script|iframe|object|embed|form|style|link|meta|base)\b"  # such a tag
    r"|<[^>]*\son[a-z]+\s*="  # an event handler in a tag
    r"|(?:\]\(|(?:href|src)\s*=\s*[\"']?)\s*(?:javascript|vbscript|data):",  # a script URL
    re.IGNORECASE,
)


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True, slots=True)
class Finding:
    article_id: str
    title: str
    code: str
    severity: Severity
    message: str  # English, for logs and the CLI; the GUI translates `code`


@dataclass(frozen=True, slots=True)
class CheckReport:
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.BLOCK)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARN)

    @property
    def blocked_ids(self) -> frozenset[str]:
        return frozenset(f.article_id for f in self.blocking)

    @property
    def ok(self) -> bool:
        return not self.blocking


def _legacy_detector() -> Callable[[str], str] | None:
    """`detect_encoding(...).encoding`, if the legacy-encoding module is installed."""
    try:
        from danvan_desktop.vietnamese.legacy import detect_encoding
    except ImportError:  # pragma: no cover - only while that module is being written
        return None
    return lambda text: detect_encoding(text).encoding


def _first_paragraph(body_markdown: str) -> str:
    text = markdown_to_text(body_markdown)
    return text.split("\n", 1)[0] if text else ""


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _texts(article: PackageArticle) -> dict[str, str]:
    return {
        "title": article.title,
        "sapo": article.sapo,
        "body": article.body_markdown,
        "author name": article.author_name,
        "author position": article.author_position,
        "source": article.source,
        "feature caption": article.feature_caption,
        "tags": " ".join(article.tags),
    }


def check_content(
    article: PackageArticle, media: Mapping[str, MediaFile], *, known_media: Iterable[str] = ()
) -> list[Finding]:
    """The findings about one article's own content.

    `media` holds the pictures gathered for export; `known_media` names stored
    pictures whose bytes were not loaded (the dialog checks without them).
    """
    known = set(media) | set(known_media)
    found: list[Finding] = []

    def add(code: str, severity: Severity, message: str) -> None:
        found.append(Finding(article.id, article.title, code, severity, message))

    if not SLUG_PATTERN.fullmatch(article.slug):
        add("slug_invalid", Severity.BLOCK, f"the address {article.slug!r} is not a portal slug")
    images = extract_images(article.body_markdown)
    for image in images:
        if not image.caption.strip():
            add("image_without_caption", Severity.BLOCK, f"picture {image.src} has no caption")
        if image.sha256 and image.sha256 not in known:
            add("media_missing", Severity.BLOCK, f"picture {image.sha256} is not in the store")
    if article.feature_image:
        if not article.feature_caption.strip():
            add("image_without_caption", Severity.BLOCK, "the feature picture has no caption")
        if article.feature_image not in known:
            add("media_missing", Severity.BLOCK, "the feature picture is not in the store")
    shown = {image.sha256 for image in images if image.sha256} | {article.feature_image}
    for sha in sorted(shown & set(media)):
        if media[sha].mime not in MEDIA_EXTENSIONS:
            add("image_type_refused", Severity.BLOCK, f"picture {sha} is a {media[sha].mime}")

    detect = _legacy_detector()
    for name, text in _texts(article).items():
        if not text:
            continue
        if not unicodedata.is_normalized("NFC", text) or nfc(text) != text:
            add("not_nfc", Severity.BLOCK, f"the {name} is not in Unicode NFC")
        elif detect is not None and (encoding := detect(text)) in LEGACY_ENCODINGS:
            add("legacy_encoding", Severity.BLOCK, f"the {name} looks like {encoding} text")

    if not article.sapo.strip():
        add("missing_sapo", Severity.WARN, "the article has no sapo (lead)")
    elif _same_text(article.sapo, _first_paragraph(article.body_markdown)):
        add("sapo_repeated", Severity.WARN, "the sapo is repeated as the first paragraph")
    if not article.author_name.strip():
        add("empty_signature", Severity.WARN, "the signature (author's name) is empty")
    if _UNSAFE_MARKUP.search(article.body_markdown):
        add("unsafe_markup", Severity.WARN, "the body holds HTML the pages leave out")
    return found
