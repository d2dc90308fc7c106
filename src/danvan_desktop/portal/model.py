"""The plain data a package is built from and read back into, and where its files go.

The exporter never sees the database: the services gather each approved
article, its pictures and who approved it into these frozen dataclasses, and
the reader hands the same shapes back from a verified package. Keeping the
format's knowledge here (names, paths, version) gives the package one owner.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from danvan_desktop.rendering import SiteInfo

FORMAT_NAME = "danvan-portal-package"
FORMAT_VERSION = "1"
ARTICLE_FORMAT_NAME = "danvan-portal-article"

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
CSS_NAME = "portal.css"
FEED_NAME = "feed.xml"
SITEMAP_NAME = "sitemap.xml"

# The portal shows times in Vietnam's zone, which has had no daylight saving since 1975.
VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")

SLUG_PATTERN = re.compile(r"[a-z0-9-]{1,200}")  # an article's or category's address
MEDIA_EXTENSIONS: Mapping[str, str] = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
}


def article_dir(slug: str) -> str:
    return f"articles/{slug}"


def article_page_path(slug: str) -> str:
    return f"articles/{slug}/index.html"


def article_json_path(slug: str) -> str:
    return f"articles/{slug}/article.json"


def category_page_path(slug: str) -> str:
    return f"categories/{slug}/index.html"


def media_path(sha256: str, mime: str) -> str:
    return f"media/{sha256}.{MEDIA_EXTENSIONS[mime]}"


# Links as seen from a page two folders deep (articles/<slug>/ or categories/<slug>/);
# services/pages.py spells the same URLs for the preview.
def related_href(slug: str) -> str:
    return f"../{slug}/index.html"


def page_to_root(path: str) -> str:
    return f"../../{path}"


def utc_iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, to the second: the one time spelling of the package."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("package times must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_utc(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class CategoryRef:
    """An article's category: its slug, name and the names and slugs from the root down."""

    slug: str
    name: str
    path: tuple[str, ...] = ()
    path_slugs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RelatedArticle:
    """One "Tin cùng chuyên mục" entry: a sibling on the portal or in the same package."""

    title: str
    slug: str


@dataclass(frozen=True, slots=True)
class MediaFile:
    """A stored picture as the store holds it; the exporter strips its metadata."""

    sha256: str
    mime: str
    data: bytes
    original_name: str = ""


@dataclass(frozen=True, slots=True)
class PackageArticle:
    """One approved article as it goes into a package.

    `revision_hash` is the approved revision in the publishing office's store;
    `author` and `approver` are user names there (the signature's name and
    position are in `author_name`/`author_position`).
    """

    id: str
    slug: str
    title: str
    sapo: str
    body_markdown: str
    category: CategoryRef
    revision_hash: str
    author: str
    approver: str
    approved_at: datetime
    published_at: datetime
    created_at: datetime
    updated_at: datetime
    author_name: str = ""
    author_position: str = ""
    source: str = ""
    tags: tuple[str, ...] = ()
    feature_image: str | None = None  # the stored SHA-256
    feature_caption: str = ""
    related: tuple[RelatedArticle, ...] = ()


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A published article the portal must take down."""

    id: str
    slug: str
    revision_hash: str
    withdrawn_at: datetime
    withdrawn_by: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Publisher:
    username: str
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class PackageInput:
    """Everything one package holds. The same input and key give the same bytes."""

    package_id: str
    created_at: datetime
    publisher: Publisher
    site: SiteInfo
    audit_head_hash: str
    articles: tuple[PackageArticle, ...] = ()
    withdrawals: tuple[Withdrawal, ...] = ()
    media: Mapping[str, MediaFile] = field(default_factory=dict)
