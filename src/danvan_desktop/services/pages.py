"""The page an article makes on the portal: the same data for the preview and the export.

Package layout (see docs/portal-package.md): articles at `articles/<slug>/index.html`,
category listings at `categories/<slug>/index.html`, media at `media/<sha256>.<ext>`;
so links between pages are relative, `../<slug>/index.html`.
"""

from __future__ import annotations

from sqlalchemy import select

from danvan_desktop.portal.model import category_page_path, page_to_root, related_href
from danvan_desktop.rendering import PageArticle, RelatedLink, SiteInfo, media_ref
from danvan_desktop.services.articles import normalise_fields
from danvan_desktop.services.categories import category_by_slug
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from danvan_desktop.settings import AppSettings, load_settings
from danvan_desktop.store.models import Article
from danvan_desktop.workflow import ArticleStatus

RELATED_LIMIT = 10
# Related links show what readers could open: published articles first, then the
# approved ones a package is about to publish.
_RELATED_STATES = (ArticleStatus.PUBLISHED.value, ArticleStatus.APPROVED.value)


def article_url(slug: str) -> str:
    """A sibling article's page as linked from an article page (the package's layout)."""
    return related_href(slug)


def category_url(slug: str) -> str:
    return page_to_root(category_page_path(slug))


def site_info(settings: AppSettings | None = None) -> SiteInfo:
    settings = settings or load_settings()
    return SiteInfo(
        name=settings.site_name, banner_text=settings.banner_text, base_url=settings.site_base_url
    )


def page_article(
    store: Store,
    fields: ArticleFields,
    *,
    article_id: str | None = None,
    related_limit: int = RELATED_LIMIT,
) -> PageArticle:
    """The page for these fields (saved or still in the editor), with its related list."""
    fields = normalise_fields(fields)
    with store.unit() as session:
        category = category_by_slug(session, fields.category_slug)
        related_rows = session.execute(
            select(Article.title, Article.slug)
            .where(
                Article.category_id == category.id,
                Article.status.in_(_RELATED_STATES),
                Article.id != (article_id or ""),
            )
            .order_by(Article.updated_at.desc())
            .limit(related_limit)
        ).all()
        return PageArticle(
            title=fields.title,
            sapo=fields.sapo,
            body_markdown=fields.body,
            author_name=fields.author_name,
            author_position=fields.author_position,
            source=fields.source,
            category_name=category.name,
            category_url=category_url(category.slug),
            tags=fields.tags,
            feature_image_url=media_ref(fields.feature_image) if fields.feature_image else None,
            feature_caption=fields.feature_caption,
            related=tuple(RelatedLink(r.title, article_url(r.slug)) for r in related_rows),
        )
