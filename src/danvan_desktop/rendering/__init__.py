"""Markdown → sanitised HTML → the portal's page: one renderer for preview and export.

Qt-free. Importing this package builds nothing: the Markdown converter (one per
thread), the templates and the stylesheet are made on first use.

The preview pane renders a whole page with the preview's media scheme and the
stylesheet inlined (allowed by its hash in the page's CSP)::

    render_page(article, site, media_url=preview_media_url, inline_css=True)

and serves `danvan-media:<sha256>` requests from the store
(`preview_media_hash(url)` reads the hash back). The exporter renders the
same page with its own file names and a linked stylesheet::

    render_page(article, site, media_url=lambda ref: f"../../media/{media_hash(ref)}.jpg",
                css_href="../../portal.css")

and copies `portal_css_path()`, the files `extract_images()` names, and the
body fragment from `render_body()` into the package.
"""

from danvan_desktop.rendering.body_reader import read_body
from danvan_desktop.rendering.markdown_html import (
    ImageRef,
    extract_images,
    markdown_to_text,
    render_body,
)
from danvan_desktop.rendering.media import (
    PREVIEW_MEDIA_SCHEME,
    media_hash,
    media_ref,
    parse_media_ref,
    preview_media_hash,
    preview_media_url,
)
from danvan_desktop.rendering.page import (
    ListingItem,
    PageArticle,
    RelatedLink,
    SiteInfo,
    render_category_page,
    render_page,
)
from danvan_desktop.rendering.sanitize import MediaUrl, sanitize_html
from danvan_desktop.rendering.templates import (
    PORTAL_CSS_NAME,
    content_security_policy,
    portal_css,
    portal_css_path,
)

__all__ = [
    "PORTAL_CSS_NAME",
    "PREVIEW_MEDIA_SCHEME",
    "ImageRef",
    "ListingItem",
    "MediaUrl",
    "PageArticle",
    "RelatedLink",
    "SiteInfo",
    "content_security_policy",
    "extract_images",
    "markdown_to_text",
    "media_hash",
    "media_ref",
    "parse_media_ref",
    "portal_css",
    "portal_css_path",
    "preview_media_hash",
    "preview_media_url",
    "read_body",
    "render_body",
    "render_category_page",
    "render_page",
    "sanitize_html",
]
