"""The page templates, the portal stylesheet and the policy that fences them in.

Everything here is loaded on first use, never at import: the desk imports
`rendering` on start-up and must not pay for Jinja parsing or file reads until
a page is actually rendered. Loaded templates and CSS are kept for the life of
the process; they ship with the application and do not change under it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from danvan_desktop.rendering.media import PREVIEW_MEDIA_SCHEME
from danvan_desktop.resource_files import resource_path

PORTAL_CSS_NAME = "portal.css"

_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(resource_path("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        keep_trailing_newline=True,
    )


@cache
def template(name: str) -> jinja2.Template:
    """A page template from `resources/templates/`, autoescaping everything."""
    return _environment().get_template(name)


def portal_css_path() -> Path:
    """Where the portal stylesheet is, for an exporter that copies it."""
    return resource_path("css", PORTAL_CSS_NAME)


@cache
def portal_css() -> str:
    """The portal stylesheet's text, as inlined into preview pages."""
    css = portal_css_path().read_text(encoding="utf-8")
    if "</" in css:
        # It would end the <style> element early; never true of our own file.
        raise ValueError(f"{PORTAL_CSS_NAME} must not contain '</'")
    return css


@cache
def style_hash(css: str) -> str:
    """The CSP source that allows exactly this inline stylesheet and no other."""
    digest = hashlib.sha256(css.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def site_origin(base_url: str) -> str | None:
    """`https://host[:port]` of an absolute http(s) base URL, else None."""
    parts = urlsplit(base_url.strip())
    # The host goes into the policy text: anything but a plain host name could
    # smuggle in a directive of its own ("https://a;script-src *").
    if parts.scheme in {"http", "https"} and _HOST.fullmatch(parts.netloc):
        return f"{parts.scheme}://{parts.netloc.lower()}"
    return None


def content_security_policy(
    *, inline_css: str | None = None, base_url: str = "", preview_media: bool = False
) -> str:
    """The page's Content-Security-Policy.

    Nothing runs and nothing is fetched except the stylesheet and pictures from
    the page's own origin (plus the site's origin, if it has an absolute base
    URL, and, in the desk's preview only, its media scheme: an exported page
    names nothing the portal does not serve). An inline stylesheet is allowed by its
    hash rather than with 'unsafe-inline', so an injected <style> or style
    attribute would still be refused. No <base>, no form submissions.
    """
    origin = site_origin(base_url)
    extra = [origin] if origin else []
    img_src = ["'self'", *([f"{PREVIEW_MEDIA_SCHEME}:"] if preview_media else []), *extra]
    style_src = ["'self'", *extra]
    if inline_css is not None:
        style_src.append(style_hash(inline_css))
    directives = [
        "default-src 'none'",
        f"img-src {' '.join(img_src)}",
        f"style-src {' '.join(style_src)}",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return "; ".join(directives)
