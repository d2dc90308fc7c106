"""First run: the first admin, the default category tree of a Ban Dân vận site, the sample."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from danvan_desktop.errors import InvalidInput
from danvan_desktop.importers.portal_text import parse_portal_text
from danvan_desktop.resource_files import resource_path
from danvan_desktop.services.articles import insert_article
from danvan_desktop.services.categories import insert_category
from danvan_desktop.services.dto import ArticleFields, Change, Outcome, UserInfo
from danvan_desktop.services.store import Store
from danvan_desktop.services.users import SYSTEM_ACTOR, actor_of, create_first_admin
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Article, Category, User

DEFAULT_CATEGORIES = (
    "Tin hoạt động",
    "Dân vận khéo",
    "Dân vận chính quyền",
    "Mặt trận và các đoàn thể",
    "Tôn giáo – Dân tộc",
    "Nghiên cứu – Trao đổi",
    "Văn bản chỉ đạo",
    "Gương điển hình",
)
SAMPLE_CATEGORY = "Nghiên cứu – Trao đổi"
SAMPLE_FILE = ("samples", "portal-article.txt")


@dataclass(frozen=True, slots=True)
class InitReport:
    admin: UserInfo
    categories_created: int
    sample_article_id: str | None


def sample_fields() -> ArticleFields:
    parsed = parse_portal_text(resource_path(*SAMPLE_FILE).read_text(encoding="utf-8"))
    return ArticleFields(
        title=parsed.title,
        sapo=parsed.sapo,
        body=parsed.body_markdown,
        author_name=parsed.author_name,
        author_position=parsed.author_position,
        category_slug="",
        feature_caption=parsed.captions[0] if parsed.captions else "",
    )


def initialise(
    store: Store, admin_username: str, admin_password: str, display_name: str = ""
) -> Outcome[InitReport]:
    """Create the first admin, then the default categories and the sample article as a draft."""
    admin = create_first_admin(store, admin_username, admin_password, display_name).value
    with store.unit() as session:
        if session.scalar(select(func.count()).select_from(Category)):
            raise InvalidInput("already_initialised", "the store already has categories")
        categories = [insert_category(session, name) for name in DEFAULT_CATEGORIES]
        append_event(
            session,
            actor=SYSTEM_ACTOR,
            action="category.create_defaults",
            subject="categories",
            details={"names": list(DEFAULT_CATEGORIES)},
        )
        sample_id = None
        if not session.scalar(select(func.count()).select_from(Article)):
            owner = actor_of(session.get_one(User, admin.id))
            sample_category = next(c for c in categories if c.name == SAMPLE_CATEGORY)
            fields = sample_fields()
            fields = ArticleFields(
                **{**fields.as_dict(), "tags": (), "category_slug": sample_category.slug}
            )
            sample_id = insert_article(session, owner, fields, audit_actor=SYSTEM_ACTOR).id
        report = InitReport(admin, len(categories), sample_id)
    return Outcome(report, frozenset(Change))
