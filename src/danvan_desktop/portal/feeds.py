"""The package's RSS 2.0 feed and sitemap.

Written by hand rather than through an XML library so the bytes depend only on
the data (attribute order, namespace prefixes and quoting are fixed here).
Feeds and sitemaps need absolute URLs; when the site's base URL is unknown the
package paths are given as they are and the portal rewrites them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

from danvan_desktop.portal.model import PackageInput, utc_iso
from danvan_desktop.portal.records import PackagedImage, absolute_url

_RSS_NAMESPACES = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:media="http://search.yahoo.com/mrss/"'
)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    id: str
    title: str
    sapo: str
    page: str  # package path of the page
    category: str
    author_name: str
    published_at: datetime
    body_html: str  # links relative to the page (articles/<slug>/)
    images: tuple[PackagedImage, ...]


def _rfc822(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _text(name: str, value: str) -> str:
    return f"<{name}>{escape(value)}</{name}>"


def _absolute_body(html: str, base_url: str) -> str:
    """Feed readers resolve nothing against the page, so root the media links."""
    if not base_url:
        return html
    root = base_url.strip().rstrip("/") + "/"
    return html.replace('src="../../media/', f'src="{root}media/').replace(
        'href="../../media/', f'href="{root}media/'
    )


def _item(entry: FeedEntry, base_url: str) -> list[str]:
    lines = [
        "<item>",
        _text("title", entry.title),
        _text("link", absolute_url(base_url, entry.page)),
        f'<guid isPermaLink="false">urn:uuid:{escape(entry.id)}</guid>',
        _text("pubDate", _rfc822(entry.published_at)),
    ]
    if entry.category:
        lines.append(_text("category", entry.category))
    if entry.author_name:
        lines.append(_text("dc:creator", entry.author_name))
    lines.append(_text("description", entry.sapo))
    lines.append(_text("content:encoded", _absolute_body(entry.body_html, base_url)))
    for image in entry.images:
        if not image.file or not image.mime:
            continue
        url = quoteattr(absolute_url(base_url, image.file))
        lines.append(f'<media:content url={url} type={quoteattr(image.mime)} medium="image">')
        if image.caption:
            lines.append(_text("media:description", image.caption))
        lines.append("</media:content>")
    lines.append("</item>")
    return lines


def rss_feed(package: PackageInput, entries: Sequence[FeedEntry]) -> bytes:
    """RSS 2.0 of the package's articles, newest first, with full text and pictures."""
    site = package.site
    ordered = sorted(entries, key=lambda e: (e.published_at, e.id), reverse=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<rss version="2.0" {_RSS_NAMESPACES}>',
        "<channel>",
        _text("title", site.name),
        _text("link", site.base_url or "./"),
        _text("description", site.banner_text or site.name),
        "<language>vi</language>",
        _text("lastBuildDate", _rfc822(package.created_at)),
        "<generator>Danvan Desktop</generator>",
    ]
    for entry in ordered:
        lines.extend(_item(entry, site.base_url))
    lines += ["</channel>", "</rss>", ""]
    return "\n".join(lines).encode("utf-8")


def sitemap(package: PackageInput, pages: Sequence[tuple[str, datetime]]) -> bytes:
    """A sitemaps.org URL set of the package's article and category pages."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for path, modified in sorted(pages):
        lines.append(
            f"<url><loc>{escape(absolute_url(package.site.base_url, path))}</loc>"
            f"<lastmod>{utc_iso(modified)}</lastmod></url>"
        )
    lines += ["</urlset>", ""]
    return "\n".join(lines).encode("utf-8")
