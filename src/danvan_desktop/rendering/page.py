"""The whole portal page for an article, and a category's listing page.

`render_page` is the single function behind both the preview pane and the
exported `index.html`: what a reviewer approves is what the portal shows. The
inputs are plain frozen dataclasses, so the services, the exporter and tests can
build them without a database or Qt.

Every piece of text goes through Jinja's autoescaping; the body is the only
markup accepted, and it comes from `render_body`, sanitised. URLs that are not
the body's (feature image, category, related articles) pass the same scheme
check, so a bad one is left out rather than linked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from markupsafe import Markup

from danvan_desktop.rendering.markdown_html import render_body
from danvan_desktop.rendering.media import preview_media_url
from danvan_desktop.rendering.sanitize import (
    MediaUrl,
    SanitisedHtml,
    resolve_url,
    sanitize_html,
)
from danvan_desktop.rendering.templates import (
    PORTAL_CSS_NAME,
    content_security_policy,
    portal_css,
    template,
)


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """The (sub-)site a page belongs to: its name and the banner text.

    `base_url` is the site's home, used for the banner link and allowed as an
    origin for pictures and styles; "" for a package whose pages are relative.
    """

    name: str
    banner_text: str
    base_url: str = ""


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """One entry of "Tin cùng chuyên mục"."""

    title: str
    url: str


@dataclass(frozen=True, slots=True)
class PageArticle:
    """What a published article page shows, in the order the portal shows it.

    `body_markdown` is Markdown; everything else is plain text. Image URLs may
    be `media:<sha256>` references, resolved through the caller's `media_url`.
    """

    title: str
    sapo: str
    body_markdown: str
    author_name: str = ""
    author_position: str = ""
    source: str = ""
    category_name: str = ""
    category_url: str = ""
    published_at: datetime | None = None
    tags: tuple[str, ...] = ()
    feature_image_url: str | None = None
    feature_caption: str = ""
    related: tuple[RelatedLink, ...] = ()


@dataclass(frozen=True, slots=True)
class ListingItem:
    """One article on a category's listing page."""

    title: str
    url: str
    sapo: str = ""
    published_at: datetime | None = None
    image_url: str | None = None
    image_caption: str = ""


# Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset
# avoids depending on a tz database, which Windows installs may lack.
PORTAL_TIMEZONE = timezone(timedelta(hours=7), "ICT")


def portal_time(moment: datetime | None) -> datetime | None:
    """The moment as the portal's readers tell time; naive values are taken as such."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(PORTAL_TIMEZONE)


@dataclass(frozen=True, slots=True)
class _Link:
    text: str
    href: str | None


def _link(text: str, url: str, media_url: MediaUrl | None) -> _Link:
    return _Link(text, resolve_url(url, media_url) if url.strip() else None)


def _optional_url(url: str | None, media_url: MediaUrl | None) -> str | None:
    return resolve_url(url, media_url) if url and url.strip() else None


def _page_frame(
    site: SiteInfo, *, css_href: str, inline_css: bool, extra_head: str, media_url: MediaUrl | None
) -> dict[str, object]:
    css = portal_css() if inline_css else None
    csp = content_security_policy(
        inline_css=css, base_url=site.base_url, preview_media=media_url is preview_media_url
    )
    return {
        "site": site,
        "home": _link(site.banner_text or site.name, site.base_url, None),
        "csp": csp,
        "inline_css": Markup(css) if css is not None else None,  # our own file
        "css_href": None if inline_css else resolve_url(css_href, None),
        # The caller's own markup (e.g. a <link rel="canonical">), never user text.
        "extra_head": Markup(extra_head),
    }


def render_page(
    article: PageArticle,
    site: SiteInfo,
    *,
    media_url: MediaUrl | None = None,
    css_href: str = PORTAL_CSS_NAME,
    inline_css: bool = False,
    extra_head: str = "",
    body_html: str | None = None,
) -> str:
    """The article's page as the portal shows it, as one HTML document.

    The preview passes `media.preview_media_url` and `inline_css=True` (a page
    with no files beside it); the exporter passes its own `media_url` and the
    relative `css_href` of the stylesheet it writes into the package.
    `extra_head` is inserted unescaped into <head>: trusted markup from the
    caller only, still bound by the page's Content-Security-Policy.
    `body_html` is this article's `render_body` output when the caller has it
    already (the exporter writes it into the record too): Markdown is the
    costly half of a page, so it is not converted twice. Anything but the
    sanitiser's own output is sanitised again, so the parameter is no way
    around it.
    """
    if body_html is None:
        body = Markup(render_body(article.body_markdown, media_url=media_url))
    elif isinstance(body_html, SanitisedHtml):
        body = Markup(body_html)
    else:
        body = Markup(sanitize_html(body_html))
    context = _page_frame(
        site, css_href=css_href, inline_css=inline_css, extra_head=extra_head, media_url=media_url
    )
    context.update(
        article=replace(article, published_at=portal_time(article.published_at)),
        body=body,
        category=_link(article.category_name, article.category_url, media_url),
        feature_src=_optional_url(article.feature_image_url, media_url),
        related=[_link(item.title, item.url, media_url) for item in article.related],
    )
    return template("article.html").render(context)


def render_category_page(
    category_name: str,
    items: Iterable[ListingItem],
    site: SiteInfo,
    *,
    media_url: MediaUrl | None = None,
    css_href: str = PORTAL_CSS_NAME,
    inline_css: bool = False,
    extra_head: str = "",
) -> str:
    """A category's listing page (title, date, picture and sapo of each article).

    The exporter writes one per category in a package, in the same frame and
    stylesheet as the article pages.
    """
    entries = [
        {
            "item": replace(item, published_at=portal_time(item.published_at)),
            "link": _link(item.title, item.url, media_url),
            "image_src": _optional_url(item.image_url, media_url),
        }
        for item in items
    ]
    context = _page_frame(
        site, css_href=css_href, inline_css=inline_css, extra_head=extra_head, media_url=media_url
    )
    context.update(category_name=category_name, entries=entries)
    return template("category.html").render(context)
