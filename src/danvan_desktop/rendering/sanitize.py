"""The one HTML allowlist every rendered body passes through.

Python-Markdown passes raw HTML straight through and keeps `javascript:` and
`data:` URLs, so nothing it produces reaches a page unsanitised. The allowlist is
explicit rather than nh3's defaults: those allow schemes such as `ftp:`, `tel:`
and `sms:` and tags (`details`, `area`, `map`…) a news article never needs, and
every extra tag is one more thing a reviewer could be fooled by.

`media:<sha256>` references are the only non-web scheme admitted. They are
rewritten by the caller's `media_url` (preview scheme or exported file name)
inside the sanitiser, and what comes back is checked again, because nh3 does not
re-check values that an attribute filter returns.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import nh3

from danvan_desktop.errors import InvalidInput
from danvan_desktop.rendering.media import MEDIA_SCHEME, PREVIEW_MEDIA_SCHEME, parse_media_ref

MediaUrl = Callable[[str], str]

#: Schemes a link or image in an article body may use as written by an editor.
BODY_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", MEDIA_SCHEME})

#: Schemes a resolved URL (media, feature image, related link) may use on a page.
PAGE_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", PREVIEW_MEDIA_SCHEME})

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "del",
        "em",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)

# Tags whose text is dropped with them: their content is code, styling or a
# foreign-content island (svg/math) that mutation-XSS vectors hide in, never prose.
DROPPED_WITH_CONTENT: frozenset[str] = frozenset(
    {
        "embed",
        "iframe",
        "math",
        "noembed",
        "noframes",
        "noscript",
        "object",
        "script",
        "select",
        "style",
        "svg",
        "template",
        "textarea",
        "title",
        "xmp",
    }
)

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    # A quotation in another language keeps its language (speech, hyphenation).
    "*": {"lang"},
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}

# Python-Markdown's tables emit `align` (configured so, instead of a style
# attribute); only the three values it produces survive.
_ALIGN_VALUES = {"left", "center", "right"}
ATTRIBUTE_VALUES: dict[str, dict[str, set[str]]] = {
    "td": {"align": _ALIGN_VALUES},
    "th": {"align": _ALIGN_VALUES},
}

ALLOWED_CLASSES: dict[str, set[str]] = {"figure": {"image"}}

LINK_REL = "noopener noreferrer"

_MAX_SETTLING_PASSES = 4

_URL_ATTRIBUTES = frozenset({"href", "src"})


# ASCII whitespace, controls and DEL: what a browser skips inside a scheme.
_SCHEME_NOISE = dict.fromkeys([*range(0x21), 0x7F])


def url_scheme(url: str) -> str | None:
    """The lower-cased scheme of `url`, or None for a relative URL.

    Browsers ignore ASCII whitespace and control characters inside a scheme
    (`java\\tscript:`), so they are removed before splitting, as they do.
    """
    squeezed = url.translate(_SCHEME_NOISE)
    try:
        scheme = urlsplit(squeezed).scheme
    except ValueError:
        return "invalid"
    return scheme.lower() or None


def is_safe_page_url(url: str) -> bool:
    """Whether `url` may be put in a page's `href`/`src` as it is.

    Relative URLs are allowed (exported media and sibling articles are
    relative); protocol-relative `//host` ones are not, since they would reach
    an arbitrary host with whatever scheme the page was loaded over.
    """
    stripped = url.strip()
    if not stripped or stripped.startswith(("//", "\\\\", "/\\", "\\/")):
        return False
    scheme = url_scheme(stripped)
    return scheme is None or scheme in PAGE_URL_SCHEMES


def resolve_url(url: str, media_url: MediaUrl | None) -> str | None:
    """A URL ready for a page: `media:` references resolved, unsafe ones refused.

    Returns None when the URL must not appear on the page at all. Without a
    `media_url`, a well-formed `media:<sha256>` reference is kept as it is, so a
    caller can see which file it names.
    """
    ref = parse_media_ref(url)
    if ref is not None:
        if media_url is None:
            return ref
        resolved = media_url(ref)
        return resolved if is_safe_page_url(resolved) else None
    if url_scheme(url.strip()) == MEDIA_SCHEME:
        return None  # a malformed media reference names no file
    return url if is_safe_page_url(url) else None


def _make_attribute_filter(
    media_url: MediaUrl | None, failures: list[BaseException]
) -> Callable[[str, str, str], str | None]:
    # nh3 swallows an exception raised in the filter (it only reaches
    # sys.unraisablehook) and drops the attribute; an exporter whose media_url
    # cannot find a file must hear about it, so failures are kept for re-raising.
    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in _URL_ATTRIBUTES:
            return value
        try:
            return resolve_url(value, media_url)
        except Exception as error:
            failures.append(error)
            return None

    return attribute_filter


def _cleaner(
    url_schemes: frozenset[str], attribute_filter: Callable[[str, str, str], str | None] | None
) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=ALLOWED_ATTRIBUTES,
        tag_attribute_values=ATTRIBUTE_VALUES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=set(url_schemes),
        link_rel=LINK_REL,
        strip_comments=True,
        attribute_filter=attribute_filter,
    )


class SanitisedHtml(str):
    """HTML as `sanitize_html` returned it, so a page can take it without another pass.

    A marker of trust like `markupsafe.Markup`: only this module makes one.
    """

    __slots__ = ()


def sanitize_html(html: str, *, media_url: MediaUrl | None = None) -> SanitisedHtml:
    """Reduce `html` to the article allowlist and resolve its media references.

    A `Cleaner` is cheap to build (microseconds), so one is made per call with
    this call's `media_url`; that keeps the function free of shared mutable
    state and safe to call from the preview's worker and the exporter at once.

    Removing a disallowed container can leave markup that parses differently
    the next time (`<p><marquee><p>x</p></marquee></p>` becomes nested
    paragraphs), the root of mutation XSS. So the output is cleaned again until
    it is a fixed point: what a browser parses is what was checked. The extra
    passes cost a fraction of the Markdown conversion.

    An exception raised by `media_url` propagates to the caller.
    """
    failures: list[BaseException] = []
    cleaned = _cleaner(BODY_URL_SCHEMES, _make_attribute_filter(media_url, failures)).clean(html)
    if failures:
        raise failures[0]
    # URLs are final now; later passes only restructure, so they accept the
    # resolved forms as they are.
    settle = _cleaner(BODY_URL_SCHEMES | PAGE_URL_SCHEMES, None)
    for _ in range(_MAX_SETTLING_PASSES):
        again = settle.clean(cleaned)
        if again == cleaned:
            return SanitisedHtml(cleaned)
        cleaned = again
    raise InvalidInput("render.unstable_html", "the body's HTML does not settle when sanitised")
