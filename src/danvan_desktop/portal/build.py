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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from danvan_desktop.portal.archive import ZipStreamWriter, atomic_write
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
    SLUG_PATTERN,
    PackageArticle,
    PackageInput,
    category_page_path,
    media_path,
    page_to_root,
)
from danvan_desktop.portal.records import dump_json, manifest_record, trusted_comment
from danvan_desktop.portal.render import (
    MediaName,
    MediaNames,
    RenderedArticle,
    canonical_link,
    referenced_media,
    render_article,
)
from danvan_desktop.portal.signing import SigningKey
from danvan_desktop.rendering import ListingItem, portal_css, render_category_page

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


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
    name: MediaName
    data: bytes


class _MediaShelf:
    """Stored pictures cleaned once each, named by the clean bytes' hash."""

    def __init__(self, package: PackageInput) -> None:
        self._stored = package.media
        self.packed: dict[str, _Packed] = {}  # stored SHA-256 → packed file

    def prepare(self, article: PackageArticle) -> None:
        """Clean every stored picture the article may show, before it is rendered.

        The sanitiser asks for picture URLs from inside nh3, where an exception
        would be swallowed, so a damaged picture must fail here, in the open.
        """
        for sha in sorted(referenced_media(article)):
            source = self._stored.get(sha)
            if source is None or sha in self.packed:
                continue
            if source.mime not in MEDIA_EXTENSIONS:
                raise PackageError(
                    "image_type_refused", f"pictures of type {source.mime!r} refused"
                )
            clean = strip_metadata(source.data, source.mime)
            digest = hashlib.sha256(clean).hexdigest()
            name = MediaName(media_path(digest, source.mime), digest, source.mime)
            self.packed[sha] = _Packed(name, clean)

    @property
    def names(self) -> dict[str, MediaName]:
        return {sha: packed.name for sha, packed in self.packed.items()}


def _render_all(
    articles: list[PackageArticle],
    package: PackageInput,
    media: MediaNames,
    *,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[RenderedArticle]:
    """Rendered articles in order, polling for a cancel and reporting progress between them.

    One process does it all: a pool of worker processes was tried and was
    slower on a busy two-core machine (spawning interpreters and shipping the
    pages back cost more than it saved), and it would have to be spawned, not
    forked, from the desk's Qt threads and frozen builds.
    """
    total = len(articles) + 1
    for done, article in enumerate(articles):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)
        yield render_article(article, package, media)


def _check_input(package: PackageInput) -> None:
    """Refuse input that would make a package `verify` rejects (the schema, cheaply)."""
    slugs = [a.slug for a in package.articles] + [w.slug for w in package.withdrawals]
    ids = [a.id for a in package.articles] + [w.id for w in package.withdrawals]
    for slug in slugs:
        if not SLUG_PATTERN.fullmatch(slug):
            raise PackageError("slug_invalid", f"{slug!r} is not a portal slug")
    for identifier in [package.package_id, *ids]:
        if not UUID_PATTERN.fullmatch(identifier):
            raise PackageError("id_invalid", f"{identifier!r} is not a lower-case UUID")
    if len(set(slugs)) != len(slugs) or len(set(ids)) != len(ids):
        raise PackageError("duplicate_article", "an article appears twice in the package")
    if not package.articles and not package.withdrawals:
        raise PackageError("package_empty", "nothing to export: no articles or withdrawals")


def _digest(data: bytes) -> tuple[str, int]:
    return hashlib.sha256(data).hexdigest(), len(data)


def _entries(
    package: PackageInput,
    key: SigningKey,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[tuple[str, bytes]]:
    """Every file of the package in sorted order, each as soon as it is made.

    Article folders come first and in order (sorted by `<slug>/`, as their
    paths sort), so the zip can be compressed while later articles render;
    the rest waits for the manifest, which needs every file's hash.
    """
    _check_input(package)
    articles = sorted(package.articles, key=lambda a: f"{a.slug}/")
    shelf = _MediaShelf(package)
    for article in articles:
        shelf.prepare(article)
    listed: dict[str, tuple[str, int]] = {}
    feed: list[FeedEntry] = []
    pages: list[tuple[str, datetime]] = []
    listings: dict[str, tuple[str, list[ListingItem], datetime]] = {}
    rendered_all = _render_all(
        articles, package, MediaNames(shelf.names), progress=progress, cancelled=cancelled
    )
    for article, rendered in zip(articles, rendered_all, strict=True):
        if rendered.missing:
            raise PackageError(
                "media_missing",
                f"{article.title!r} shows a picture that is not in the store: "
                f"{sorted(rendered.missing)[0]}",
            )
        for path, data in (
            (rendered.record_path, rendered.record),
            (rendered.page_path, rendered.page),
        ):
            listed[path] = (hashlib.sha256(data).hexdigest(), len(data))
            yield path, data
        feed.append(rendered.feed_entry)
        pages.append((rendered.page_path, article.published_at))
        feature = rendered.feature
        name, items, latest = listings.get(
            article.category.slug, (article.category.name, [], article.published_at)
        )
        items.append(
            ListingItem(
                title=article.title,
                url=page_to_root(rendered.page_path),
                sapo=article.sapo,
                published_at=article.published_at,
                image_url=page_to_root(feature.file) if feature and feature.file else None,
                image_caption=feature.caption if feature else "",
            )
        )
        listings[article.category.slug] = (name, items, max(latest, article.published_at))
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    rest: dict[str, bytes] = {CSS_NAME: portal_css().encode("utf-8")}
    for slug, (name, items, latest) in listings.items():
        path = category_page_path(slug)
        items.sort(key=lambda item: (item.published_at, item.url), reverse=True)
        rest[path] = render_category_page(
            name,
            items,
            package.site,
            css_href=page_to_root(CSS_NAME),
            extra_head=canonical_link(package, path),
        ).encode("utf-8")
        pages.append((path, latest))
    for packed in shelf.packed.values():
        rest[packed.name.file] = packed.data
    if articles:
        rest[FEED_NAME] = rss_feed(package, feed)
        rest[SITEMAP_NAME] = sitemap(package, pages)
    listed.update(
        {path: (hashlib.sha256(data).hexdigest(), len(data)) for path, data in rest.items()}
    )
    manifest = dump_json(manifest_record(package, listed), indent=2)
    rest[MANIFEST_NAME] = manifest
    rest[SIGNATURE_NAME] = key.sign(manifest, trusted_comment(package)).encode("utf-8")
    yield from sorted(rest.items())
    if progress is not None:
        progress(len(articles), len(articles) + 1)


def package_files(
    package: PackageInput,
    key: SigningKey,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[str, bytes]:
    """Every file of the package, path → bytes, manifest and signature included."""
    return dict(_entries(package, key, progress, cancelled))


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
    dest = Path(dest)
    reports: list[BuildReport] = []

    def write(stream: BinaryIO) -> None:
        with ZipStreamWriter(stream, package.created_at) as archive:
            for name, data in _entries(package, key, progress, cancelled):
                archive.add(name, data)
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
                media_files=sum(1 for name in archive.names if name.startswith("media/")),
                files=len(archive.names),
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
