"""Markdown → sanitised HTML → the portal's page: one renderer for preview and export.

Qt-free. Importing this package builds nothing: the Markdown instance, the
templates and the stylesheet are made on first use.
"""

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
    "render_body",
    "render_category_page",
    "render_page",
    "sanitize_html",
]
