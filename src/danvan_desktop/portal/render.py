"""One article's share of a package: its page, its record, its feed entry.

Kept apart from the orchestration in `build.py`: this is where an export
spends most of its time (Markdown is pure Python), and it needs nothing but
the article, the site and what each stored picture is called in the package,
since pictures are cleaned before it runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import escape

from danvan_desktop.portal.feeds import FeedEntry
from danvan_desktop.portal.model import (
    CSS_NAME,
    PackageArticle,
    PackageInput,
    article_json_path,
    article_page_path,
    category_page_path,
    page_to_root,
    related_href,
)
from danvan_desktop.portal.records import PackagedImage, absolute_url, article_record, dump_json
from danvan_desktop.rendering import (
    PageArticle,
    RelatedLink,
    media_hash,
    media_ref,
    render_body,
    render_page,
)
from danvan_desktop.rendering.body_reader import ImageRef, read_body

MEDIA_REF_IN_TEXT = re.compile(r"media:([0-9a-fA-F]{64})")


@dataclass(frozen=True, slots=True)
class MediaName:
    """What a stored picture is in the package: its file, clean hash and type."""

    file: str
    sha256: str
    mime: str


class MediaNames:
    """The package's pictures, by stored hash and by the URL its pages show them at.

    Made once per export: every article looks its pictures up both ways.
    """

    def __init__(self, names: Mapping[str, MediaName]) -> None:
        self.by_stored_sha = dict(names)
        self.by_page_url = {page_to_root(name.file): name for name in names.values()}


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    page_path: str
    page: bytes
    record_path: str
    record: bytes
    feed_entry: FeedEntry
    feature: PackagedImage | None
    missing: frozenset[str]  # stored pictures the body shows but the package lacks


def referenced_media(article: PackageArticle) -> set[str]:
    """The stored pictures an article may show: its feature and every `media:` in its body."""
    found = {m.lower() for m in MEDIA_REF_IN_TEXT.findall(article.body_markdown)}
    if article.feature_image:
        found.add(article.feature_image)
    return found


def page_article(article: PackageArticle) -> PageArticle:
    """The `rendering` view of an article, with the package's relative links."""
    return PageArticle(
        title=article.title,
        sapo=article.sapo,
        body_markdown=article.body_markdown,
        author_name=article.author_name,
        author_position=article.author_position,
        source=article.source,
        category_name=article.category.name,
        category_url=page_to_root(category_page_path(article.category.slug)),
        published_at=article.published_at,
        tags=article.tags,
        feature_image_url=media_ref(article.feature_image) if article.feature_image else None,
        feature_caption=article.feature_caption,
        related=tuple(RelatedLink(r.title, related_href(r.slug)) for r in article.related),
    )


def canonical_link(package: PackageInput, path: str) -> str:
    if not package.site.base_url:
        return ""
    return f'<link rel="canonical" href="{escape(absolute_url(package.site.base_url, path))}">'


class _Names:
    """`media_url` for pages two folders deep; records what it could not name."""

    def __init__(self, names: Mapping[str, MediaName]) -> None:
        self.names = names
        self.missing: set[str] = set()

    def page_url(self, ref: str) -> str:
        sha = media_hash(ref)
        name = self.names.get(sha) if sha else None
        if name is None and sha:
            self.missing.add(sha)
        return page_to_root(name.file) if name else ""  # "" is refused: no picture shown

    def rewrite(self, markdown: str) -> str:
        """Name each picture in the record's Markdown by the packaged file's hash."""

        def swap(match: re.Match[str]) -> str:
            name = self.names.get(match.group(1).lower())
            return media_ref(name.sha256) if name else match.group(0)

        return MEDIA_REF_IN_TEXT.sub(swap, markdown)


def _packaged(name: MediaName, role: str, caption: str, alt: str) -> PackagedImage:
    return PackagedImage(
        media_ref(name.sha256), role, caption, alt, name.file, name.sha256, name.mime
    )


def _images(
    article: PackageArticle, found: list[ImageRef], media: MediaNames
) -> list[PackagedImage]:
    images: list[PackagedImage] = []
    feature = media.by_stored_sha.get(article.feature_image) if article.feature_image else None
    if feature is not None:
        caption = article.feature_caption
        images.append(_packaged(feature, "feature", caption, caption))
    for image in found:
        name = media.by_page_url.get(image.src)
        if name is None:
            images.append(PackagedImage(image.src, "body", image.caption, image.alt))
        else:
            images.append(_packaged(name, "body", image.caption, image.alt))
    return images


def render_article(
    article: PackageArticle, package: PackageInput, media: MediaNames
) -> RenderedArticle:
    """Page, record and feed entry of one article; the body's Markdown is converted once."""
    urls = _Names(media.by_stored_sha)
    page_path = article_page_path(article.slug)
    body_html = render_body(article.body_markdown, media_url=urls.page_url)
    page = render_page(
        page_article(article),
        package.site,
        media_url=urls.page_url,
        css_href=page_to_root(CSS_NAME),
        extra_head=canonical_link(package, page_path),
        body_html=body_html,
    )
    found, body_text = read_body(body_html)
    images = _images(article, found, media)
    record = article_record(
        article,
        package,
        body_markdown=urls.rewrite(article.body_markdown),
        body_html=body_html,
        body_text=body_text,
        images=images,
    )
    entry = FeedEntry(
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
    return RenderedArticle(
        page_path=page_path,
        page=page.encode("utf-8"),
        record_path=article_json_path(article.slug),
        record=dump_json(record),
        feed_entry=entry,
        feature=next((i for i in images if i.file), None),
        missing=frozenset(urls.missing),
    )
