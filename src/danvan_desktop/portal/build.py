"""Export: approved articles in, one signed package (.zip) in the portal's format out.

`build_package` is what the Publish dialog and `danvan export` call (through
services/publishing.py). It renders every page with the same `rendering` code
and template as the preview, cleans and content-names the pictures, writes the
records, feed, sitemap and manifest, signs the manifest, and writes the zip
atomically. It knows nothing of Qt or the database: progress is a plain
callback and cancelling is a function it polls between articles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from markupsafe import escape

from danvan_desktop.portal.archive import atomic_write, write_zip
from danvan_desktop.portal.errors import ExportCancelled, PackageError
from danvan_desktop.portal.feeds import FeedEntry, rss_feed, sitemap
from danvan_desktop.portal.metadata import strip_metadata
from danvan_desktop.portal.model import (
    CSS_NAME,
    FEED_NAME,
    MANIFEST_NAME,
    MEDIA_EXTENSIONS,
    SIGNATURE_NAME,
    SITEMAP_NAME,
    VIETNAM_TIME,
    PackageArticle,
    PackageInput,
    article_json_path,
    article_page_path,
    category_page_path,
    media_path,
    page_to_root,
    related_href,
)
from danvan_desktop.portal.records import (
    PackagedImage,
    absolute_url,
    article_record,
    dump_json,
    manifest_record,
    trusted_comment,
)
from danvan_desktop.portal.signing import SigningKey
from danvan_desktop.rendering import (
    ListingItem,
    PageArticle,
    RelatedLink,
    media_hash,
    media_ref,
    portal_css,
    render_body,
    render_category_page,
    render_page,
)
from danvan_desktop.rendering.body_reader import ImageRef, read_body

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

SLUG_PATTERN = re.compile(r"[a-z0-9-]{1,200}")
_MEDIA_REF_IN_TEXT = re.compile(r"media:([0-9a-fA-F]{64})")


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What was written: for the dialog's summary and the CLI."""

    path: Path
    package_id: str
    articles: int
    withdrawals: int
    media_files: int
    files: int
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class _Packed:
    file: str
    sha256: str
    mime: str
    data: bytes


def referenced_media(article: PackageArticle) -> set[str]:
    """The stored pictures an article may show: its feature and every `media:` in its body."""
    found = {m.lower() for m in _MEDIA_REF_IN_TEXT.findall(article.body_markdown)}
    if article.feature_image:
        found.add(article.feature_image)
    return found


class _MediaShelf:
    """Stored pictures cleaned on first use, each once, named by the clean bytes' hash."""

    def __init__(self, package: PackageInput) -> None:
        self._stored = package.media
        self.packed: dict[str, _Packed] = {}  # stored SHA-256 → packed file
        self.missing: set[str] = set()

    def get(self, stored_sha: str) -> _Packed | None:
        if stored_sha in self.packed:
            return self.packed[stored_sha]
        source = self._stored.get(stored_sha)
        if source is None:
            self.missing.add(stored_sha)
            return None
        if source.mime not in MEDIA_EXTENSIONS:
            raise PackageError("image_type_refused", f"pictures of type {source.mime!r} refused")
        clean = strip_metadata(source.data, source.mime)
        digest = hashlib.sha256(clean).hexdigest()
        packed = _Packed(media_path(digest, source.mime), digest, source.mime, clean)
        self.packed[stored_sha] = packed
        return packed

    def prepare(self, article: PackageArticle) -> None:
        """Clean every stored picture the article may show, before rendering.

        The sanitiser calls `page_url` from inside nh3, where an exception is
        swallowed, so damaged pictures must fail here, out in the open.
        """
        for sha in sorted(referenced_media(article)):
            if sha in self._stored or sha == article.feature_image:
                self.get(sha)

    def page_url(self, ref: str) -> str:
        """`media_url` for pages two folders deep; "" (refused) for a missing file."""
        sha = media_hash(ref)
        packed = self.packed.get(sha) if sha else None
        if packed is None and sha:
            self.missing.add(sha)
        return page_to_root(packed.file) if packed else ""


def _rewrite_refs(markdown: str, shelf: _MediaShelf) -> str:
    """Name each picture in the record's Markdown by the packaged file's hash."""

    def swap(match: re.Match[str]) -> str:
        packed = shelf.packed.get(match.group(1).lower())
        return media_ref(packed.sha256) if packed else match.group(0)

    return _MEDIA_REF_IN_TEXT.sub(swap, markdown)


def _images(
    article: PackageArticle, found: list[ImageRef], shelf: _MediaShelf
) -> list[PackagedImage]:
    by_page_url = {page_to_root(p.file): p for p in shelf.packed.values()}
    images: list[PackagedImage] = []
    if article.feature_image:
        packed = shelf.get(article.feature_image)
        if packed is not None:
            images.append(
                PackagedImage(
                    media_ref(packed.sha256),
                    "feature",
                    article.feature_caption,
                    article.feature_caption,
                    packed.file,
                    packed.sha256,
                    packed.mime,
                )
            )
    for image in found:
        packed = by_page_url.get(image.src)
        if packed is None:
            images.append(PackagedImage(image.src, "body", image.caption, image.alt))
        else:
            images.append(
                PackagedImage(
                    media_ref(packed.sha256),
                    "body",
                    image.caption,
                    image.alt,
                    packed.file,
                    packed.sha256,
                    packed.mime,
                )
            )
    return images


def _canonical(package: PackageInput, path: str) -> str:
    if not package.site.base_url:
        return ""
    return f'<link rel="canonical" href="{escape(absolute_url(package.site.base_url, path))}">'


def _page_article(article: PackageArticle) -> PageArticle:
    return PageArticle(
        title=article.title,
        sapo=article.sapo,
        body_markdown=article.body_markdown,
        author_name=article.author_name,
        author_position=article.author_position,
        source=article.source,
        category_name=article.category.name,
        category_url=page_to_root(category_page_path(article.category.slug)),
        published_at=article.published_at.astimezone(VIETNAM_TIME),
        tags=article.tags,
        feature_image_url=media_ref(article.feature_image) if article.feature_image else None,
        feature_caption=article.feature_caption,
        related=tuple(RelatedLink(r.title, related_href(r.slug)) for r in article.related),
    )


def _check_input(package: PackageInput) -> None:
    slugs = [a.slug for a in package.articles] + [w.slug for w in package.withdrawals]
    ids = [a.id for a in package.articles] + [w.id for w in package.withdrawals]
    for slug in slugs:
        if not SLUG_PATTERN.fullmatch(slug):
            raise PackageError("slug_invalid", f"{slug!r} is not a portal slug")
    if len(set(slugs)) != len(slugs) or len(set(ids)) != len(ids):
        raise PackageError("duplicate_article", "an article appears twice in the package")
    if not package.articles and not package.withdrawals:
        raise PackageError("package_empty", "nothing to export: no articles or withdrawals")


def package_files(
    package: PackageInput,
    key: SigningKey,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[str, bytes]:
    """Every file of the package, path → bytes, manifest and signature included."""
    _check_input(package)
    shelf = _MediaShelf(package)
    files: dict[str, bytes] = {CSS_NAME: portal_css().encode("utf-8")}
    feed: list[FeedEntry] = []
    pages: list[tuple[str, datetime]] = []
    listings: dict[str, tuple[str, list[ListingItem], datetime]] = {}
    articles = sorted(package.articles, key=lambda a: a.slug)
    total = len(articles) + 1
    for done, article in enumerate(articles):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)
        page_path = article_page_path(article.slug)
        shelf.prepare(article)
        body_html = render_body(article.body_markdown, media_url=shelf.page_url)
        if shelf.missing:
            raise PackageError(
                "media_missing",
                f"{article.title!r} shows a picture that is not in the store: "
                f"{sorted(shelf.missing)[0]}",
            )
        files[page_path] = render_page(
            _page_article(article),
            package.site,
            media_url=shelf.page_url,
            css_href=page_to_root(CSS_NAME),
            extra_head=_canonical(package, page_path),
            body_html=body_html,
        ).encode("utf-8")
        found, body_text = read_body(body_html)
        images = _images(article, found, shelf)
        record = article_record(
            article,
            package,
            body_markdown=_rewrite_refs(article.body_markdown, shelf),
            body_html=body_html,
            body_text=body_text,
            images=images,
        )
        files[article_json_path(article.slug)] = dump_json(record)
        feed.append(
            FeedEntry(
                article.id,
                article.title,
                article.sapo,
                page_path,
                article.category.name,
                article.author_name,
                article.published_at,
                body_html,
                tuple(images),
            )
        )
        pages.append((page_path, article.published_at))
        feature = next((i for i in images if i.file), None)
        name, items, latest = listings.get(
            article.category.slug, (article.category.name, [], article.published_at)
        )
        items.append(
            ListingItem(
                title=article.title,
                url=page_to_root(page_path),
                sapo=article.sapo,
                published_at=article.published_at.astimezone(VIETNAM_TIME),
                image_url=page_to_root(feature.file) if feature and feature.file else None,
                image_caption=feature.caption if feature else "",
            )
        )
        listings[article.category.slug] = (name, items, max(latest, article.published_at))
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    for slug, (name, items, latest) in listings.items():
        path = category_page_path(slug)
        items.sort(key=lambda item: (item.published_at, item.url), reverse=True)
        files[path] = render_category_page(
            name,
            items,
            package.site,
            css_href=page_to_root(CSS_NAME),
            extra_head=_canonical(package, path),
        ).encode("utf-8")
        pages.append((path, latest))
    for packed in shelf.packed.values():
        files[packed.file] = packed.data
    if articles:
        files[FEED_NAME] = rss_feed(package, feed)
        files[SITEMAP_NAME] = sitemap(package, pages)
    listing = {path: (hashlib.sha256(data).hexdigest(), len(data)) for path, data in files.items()}
    manifest = dump_json(manifest_record(package, listing), indent=2)
    files[MANIFEST_NAME] = manifest
    files[SIGNATURE_NAME] = key.sign(manifest, trusted_comment(package)).encode("utf-8")
    if progress is not None:
        progress(total - 1, total)
    return files


def build_package(
    package: PackageInput,
    dest: Path,
    key: SigningKey,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    before_rename: Callable[[BuildReport], None] | None = None,
) -> BuildReport:
    """Write the signed package to `dest`, atomically; the same input and key give the same bytes.

    `before_rename` gets the report once the zip is safely on disk under a
    temporary name, before it takes `dest`'s name: the services commit
    "published" there, so the store and the file agree whichever one fails.
    """
    files = package_files(package, key, progress=progress, cancelled=cancelled)
    dest = Path(dest)
    reports: list[BuildReport] = []

    def write(stream) -> None:  # type: ignore[no-untyped-def]
        write_zip(stream, files, package.created_at)
        stream.flush()
        stream.seek(0)
        digest, size = hashlib.sha256(), 0
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
        reports.append(
            BuildReport(
                path=dest,
                package_id=package.package_id,
                articles=len(package.articles),
                withdrawals=len(package.withdrawals),
                media_files=sum(1 for path in files if path.startswith("media/")),
                files=len(files),
                size=size,
                sha256=digest.hexdigest(),
            )
        )

    def finish() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if before_rename is not None:
            before_rename(reports[0])

    atomic_write(dest, write, before_rename=finish)
    if progress is not None:
        total = len(package.articles) + 1
        progress(total, total)
    return reports[0]
