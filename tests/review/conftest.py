"""The review tests share the services' team of one user per role and a few helpers."""

from __future__ import annotations

from danvan_desktop.services import articles, review
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from tests.services import conftest as services_fixtures
from tests.services.conftest import Team

__all__ = ["Team", "draft", "edit", "in_review", "sample_id"]

# The `team` fixture is moving from tests/services/conftest.py to tests/conftest.py;
# borrow it only while it still lives in the services' folder.
if hasattr(services_fixtures, "team"):
    team = services_fixtures.team


def sample_id(store: Store) -> str:
    """The sample article that `setup.initialise` creates (owned by the admin)."""
    (row,) = articles.list_articles(store).rows
    return row.id


def draft(store: Store, team: Team, title: str = "Tạo sự đoàn kết từ mô hình tổ tự quản") -> str:
    fields = ArticleFields(
        title=title,
        sapo="Tóm tắt về mô hình tổ tự quản ở xã Nam Anh.",
        body="Đoạn một nói về công tác dân vận khéo.\n\nĐoạn hai về tổ tự quản.",
        author_name="Nguyễn Văn A",
        author_position="Phóng viên",
        category_slug=team.category,
    )
    return articles.create_article(store, team.editor, fields).value.id


def edit(store: Store, actor, article_id: str, **changes: object) -> None:
    detail = articles.get_article(store, article_id)
    fields = ArticleFields(**{**detail.fields.as_dict(), "tags": detail.fields.tags, **changes})
    articles.save_article(store, actor, article_id, fields, detail.version)


def in_review(store: Store, team: Team, title: str = "Bài gửi duyệt") -> str:
    article_id = draft(store, team, title)
    review.submit_for_review(store, team.editor, article_id)
    return article_id
