"""The structured record of an article (`article.json`) and the manifest that lists them.

`article.json` is for a portal that wants fields rather than a finished page:
the text in HTML and Markdown, the signature, category, tags, pictures with
captions, related articles and dates, plus the same article as a schema.org
NewsArticle (for search engines) and as an IPTC ninjs 2.0 record (for news
systems). Both are built from the fields here, never from the page.

Everything is serialised one way — sorted keys, two-space indent, UTF-8 not
escaped, a final newline — so the same article gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from danvan_desktop.portal.model import (
    ARTICLE_FORMAT_NAME,
    FORMAT_NAME,
    FORMAT_VERSION,
    PackageArticle,
    PackageInput,
    article_json_path,
    article_page_path,
    related_href,
    utc_iso,
)

NINJS_SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_2.0.json"


@dataclass(frozen=True, slots=True)
class PackagedImage:
    """A picture as the package ships it.

    `src` is what the record's Markdown says (`media:<sha256>` of the packaged,
    cleaned file, or an outside URL); `file` the path in the package, if any.
    """

    src: str
    role: str  # "feature" or "body"
    caption: str
    alt: str
    file: str | None = None
    sha256: str | None = None
    mime: str | None = None


def dump_json(value: Any, *, indent: int | None = None) -> bytes:
    """Sorted keys, UTF-8 as is, a final newline; compact unless asked.

    Compact JSON goes through the C encoder, several times faster than the
    indenting one on a thousand article records; the manifest, which people
    read, is indented.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, indent=indent, separators=separators
    )
    return (text + "\n").encode("utf-8")


def absolute_url(base_url: str, path: str) -> str:
    """The portal URL of a package path when the site's base is known, else the path."""
    base = base_url.strip().rstrip("/")
    return f"{base}/{path}" if base else path


def _image_json(image: PackagedImage) -> dict[str, Any]:
    return {
        "src": image.src,
        "role": image.role,
        "caption": image.caption,
        "alt": image.alt,
        "file": image.file,
        "sha256": image.sha256,
        "mime": image.mime,
    }


def _schema_org(
    article: PackageArticle,
    package: PackageInput,
    images: Sequence[PackagedImage],
    body_text: str,
) -> dict[str, Any]:
    base = package.site.base_url
    record: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": article.id,
        "headline": article.title,
        "description": article.sapo,
        "articleBody": body_text,
        "articleSection": article.category.name,
        "keywords": list(article.tags),
        "inLanguage": "vi",
        "url": absolute_url(base, article_page_path(article.slug)),
        "datePublished": utc_iso(article.published_at),
        "dateModified": utc_iso(article.updated_at),
        "dateCreated": utc_iso(article.created_at),
        "image": list(dict.fromkeys(absolute_url(base, i.file) for i in images if i.file)),
        "publisher": {"@type": "Organization", "name": package.site.name},
    }
    if base:
        record["publisher"]["url"] = base
    if article.author_name:
        author: dict[str, Any] = {"@type": "Person", "name": article.author_name}
        if article.author_position:
            author["jobTitle"] = article.author_position
        record["author"] = author
    if article.source:
        record["sourceOrganization"] = {"@type": "Organization", "name": article.source}
    return record


def _ninjs(
    article: PackageArticle,
    package: PackageInput,
    images: Sequence[PackagedImage],
    body_html: str,
) -> dict[str, Any]:
    associations: dict[str, Any] = {}
    body_pictures = 0
    for image in images:
        if not image.file:
            continue
        if image.role == "feature":
            name = "featureimage"
        else:
            body_pictures += 1
            name = f"image{body_pictures}"
        associations.setdefault(
            name,
            {
                "uri": f"urn:sha256:{image.sha256}",
                "type": "picture",
                "mimetype": image.mime,
                "headlines": [{"role": "main", "value": image.caption}],
                "descriptions": [{"role": "alt", "value": image.alt}],
                "renditions": [
                    {"name": "original", "href": f"../../{image.file}", "contenttype": image.mime}
                ],
            },
        )
    record: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": "2.0", "schema": NINJS_SCHEMA},
        "uri": f"urn:uuid:{article.id}",
        "type": "text",
        "mimetype": "text/html",
        "version": article.revision_hash,
        "firstcreated": utc_iso(article.created_at),
        "versioncreated": utc_iso(article.updated_at),
        "contentcreated": utc_iso(article.published_at),
        "pubstatus": "usable",
        "language": "vi",
        "headlines": [{"role": "main", "value": article.title}],
        "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": article.sapo}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": body_html}],
        "subjects": [
            {"name": name, "uri": f"danvan:category:{slug}"}
            for name, slug in zip(
                article.category.path or (article.category.name,),
                article.category.path_slugs or (article.category.slug,),
                strict=False,
            )
        ],
        "keywords": list(article.tags),
        "copyrightholder": package.site.name,
        "associations": associations,
    }
    if article.author_name:
        record["by"] = article.author_name
    return record


def article_record(
    article: PackageArticle,
    package: PackageInput,
    *,
    body_markdown: str,
    body_html: str,
    body_text: str,
    images: Sequence[PackagedImage],
) -> dict[str, Any]:
    """The `article.json` of one article (see docs/portal-package.md)."""
    return {
        "format": ARTICLE_FORMAT_NAME,
        "version": FORMAT_VERSION,
        "id": article.id,
        "slug": article.slug,
        "revision_hash": article.revision_hash,
        "title": article.title,
        "sapo": article.sapo,
        "body_html": body_html,
        "body_markdown": body_markdown,
        "author": {"name": article.author_name, "position": article.author_position},
        "source": article.source,
        "category": {
            "slug": article.category.slug,
            "name": article.category.name,
            "path": list(article.category.path),
            "path_slugs": list(article.category.path_slugs),
        },
        "tags": list(article.tags),
        "images": [_image_json(image) for image in images],
        "related": [
            {"title": item.title, "slug": item.slug, "href": related_href(item.slug)}
            for item in article.related
        ],
        "dates": {
            "created": utc_iso(article.created_at),
            "updated": utc_iso(article.updated_at),
            "approved": utc_iso(article.approved_at),
            "published": utc_iso(article.published_at),
        },
        "people": {"author": article.author, "approver": article.approver},
        "schema_org": _schema_org(article, package, images, body_text),
        "ninjs": _ninjs(article, package, images, body_html),
    }


def manifest_record(package: PackageInput, files: Mapping[str, tuple[str, int]]) -> dict[str, Any]:
    """The manifest: who, what, when, and the SHA-256 and size of every other file."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "package_id": package.package_id,
        "created_at": utc_iso(package.created_at),
        "site": {
            "name": package.site.name,
            "banner_text": package.site.banner_text,
            "base_url": package.site.base_url,
        },
        "publisher": {
            "username": package.publisher.username,
            "display_name": package.publisher.display_name,
        },
        "audit_head_hash": package.audit_head_hash,
        "articles": [
            {
                "id": a.id,
                "slug": a.slug,
                "title": a.title,
                "category": {
                    "slug": a.category.slug,
                    "name": a.category.name,
                    "path": list(a.category.path),
                },
                "revision_hash": a.revision_hash,
                "author": a.author,
                "approver": a.approver,
                "approved_at": utc_iso(a.approved_at),
                "published_at": utc_iso(a.published_at),
                "page": article_page_path(a.slug),
                "record": article_json_path(a.slug),
            }
            for a in sorted(package.articles, key=lambda a: a.slug)
        ],
        "withdrawals": [
            {
                "id": w.id,
                "slug": w.slug,
                "revision_hash": w.revision_hash,
                "withdrawn_at": utc_iso(w.withdrawn_at),
                "withdrawn_by": w.withdrawn_by,
                "reason": w.reason,
            }
            for w in sorted(package.withdrawals, key=lambda w: w.slug)
        ],
        "files": [
            {"path": path, "sha256": digest, "size": size}
            for path, (digest, size) in sorted(files.items())
        ],
    }


def trusted_comment(package: PackageInput) -> str:
    """The signed one-line summary minisign prints after verifying."""
    publisher = "".join(ch for ch in package.publisher.username if ch.isprintable())
    return (
        f"{FORMAT_NAME} v{FORMAT_VERSION} id={package.package_id} "
        f"created={utc_iso(package.created_at)} publisher={publisher}"
    )
