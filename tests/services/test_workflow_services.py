"""The workflow through the services, on SQLite and PostgreSQL: roles, states, four-eyes."""

from __future__ import annotations

import unicodedata

import pytest

from danvan_desktop.errors import Conflict, InvalidInput, InvalidTransition, PermissionDenied
from danvan_desktop.services import articles, review
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from danvan_desktop.workflow import ArticleStatus
from tests.services.conftest import Team

S = ArticleStatus


def _draft(store: Store, team: Team, title: str = "Tạo sự đoàn kết từ mô hình tổ tự quản") -> str:
    fields = ArticleFields(
        title=title,
        sapo="Tóm tắt.",
        body="Đoạn một.\n\nĐoạn hai về công tác dân vận.",
        author_name="Nguyễn Văn A",
        author_position="Phóng viên",
        category_slug=team.category,
    )
    return articles.create_article(store, team.editor, fields).value.id


def _status(store: Store, article_id: str) -> ArticleStatus:
    return articles.get_article(store, article_id).status


def _fields(store: Store, article_id: str) -> tuple[ArticleFields, int]:
    detail = articles.get_article(store, article_id)
    return detail.fields, detail.version


def test_the_whole_happy_path(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    assert _status(store, article_id) == S.DRAFT
    review.submit_for_review(store, team.editor, article_id)
    detail = review.approve(store, team.reviewer, article_id).value
    assert detail.status == S.APPROVED
    assert detail.approved_by == "duyet"
    assert detail.approved_hash == detail.current_hash
    assert detail.approval_valid
    review.request_changes  # noqa: B018 - the path with changes is tested below


def test_request_changes_needs_a_comment_and_returns_to_the_editor(
    store: Store, team: Team
) -> None:
    article_id = _draft(store, team)
    review.submit_for_review(store, team.editor, article_id)
    with pytest.raises(InvalidInput):
        review.request_changes(store, team.reviewer, article_id, "   ")
    assert _status(store, article_id) == S.IN_REVIEW
    review.request_changes(store, team.reviewer, article_id, "Thêm nguồn tin.")
    assert _status(store, article_id) == S.CHANGES_REQUESTED
    review.submit_for_review(store, team.editor, article_id)
    assert _status(store, article_id) == S.IN_REVIEW


@pytest.mark.parametrize("who", ["editor", "publisher", "admin"])
def test_only_reviewers_approve(store: Store, team: Team, who: str) -> None:
    article_id = _draft(store, team)
    review.submit_for_review(store, team.editor, article_id)
    with pytest.raises(PermissionDenied):
        review.approve(store, getattr(team, who), article_id)
    assert _status(store, article_id) == S.IN_REVIEW


@pytest.mark.parametrize("who", ["reviewer", "publisher"])
def test_only_editors_create_and_submit(store: Store, team: Team, who: str) -> None:
    actor = getattr(team, who)
    with pytest.raises(PermissionDenied):
        articles.create_article(
            store, actor, ArticleFields(title="Bài mới", category_slug=team.category)
        )
    article_id = _draft(store, team)
    with pytest.raises(PermissionDenied):
        review.submit_for_review(store, actor, article_id)


def test_wrong_states_are_refused(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    with pytest.raises(InvalidTransition):
        review.approve(store, team.reviewer, article_id)
    with pytest.raises(InvalidTransition):
        review.withdraw(store, team.publisher, article_id)
    review.submit_for_review(store, team.editor, article_id)
    with pytest.raises(InvalidTransition):
        review.submit_for_review(store, team.editor, article_id)


def test_four_eyes_a_reviewer_who_edited_cannot_approve(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    review.submit_for_review(store, team.editor, article_id)
    fields, version = _fields(store, article_id)
    edited = ArticleFields(**{**fields.as_dict(), "tags": (), "sapo": "Tóm tắt đã sửa."})
    articles.save_article(store, team.reviewer2, article_id, edited, version)
    with pytest.raises(PermissionDenied) as refusal:
        review.approve(store, team.reviewer2, article_id)
    assert refusal.value.code == "four_eyes"
    review.approve(store, team.reviewer, article_id)
    assert _status(store, article_id) == S.APPROVED


def test_four_eyes_the_author_with_a_reviewer_role_cannot_approve(store: Store, team: Team) -> None:
    fields = ArticleFields(title="Bài của người duyệt", category_slug=team.category)
    article_id = articles.create_article(store, team.reviewer2, fields).value.id
    review.submit_for_review(store, team.reviewer2, article_id)
    with pytest.raises(PermissionDenied):
        review.approve(store, team.reviewer2, article_id)


def test_an_edit_after_approval_voids_it(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    review.submit_for_review(store, team.editor, article_id)
    approved = review.approve(store, team.reviewer, article_id).value
    fields, version = _fields(store, article_id)
    edited = ArticleFields(**{**fields.as_dict(), "tags": (), "body": fields.body + "\n\nThêm."})
    after = articles.save_article(store, team.editor, article_id, edited, version).value
    assert after.status == S.IN_REVIEW
    assert after.approved_hash is None and not after.approval_valid
    assert after.current_hash != approved.current_hash
    review.approve(store, team.reviewer, article_id)
    assert _status(store, article_id) == S.APPROVED


def test_an_unchanged_save_is_not_a_revision(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    fields, version = _fields(store, article_id)
    outcome = articles.save_article(store, team.editor, article_id, fields, version)
    assert not outcome.changes
    assert outcome.value.version == version and outcome.value.revision_count == 1


def test_approval_refused_when_the_article_changed_since_opened(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    review.submit_for_review(store, team.editor, article_id)
    opened_hash = articles.get_article(store, article_id).current_hash
    fields, version = _fields(store, article_id)
    edited = ArticleFields(**{**fields.as_dict(), "tags": (), "title": "Tiêu đề mới"})
    articles.save_article(store, team.editor, article_id, edited, version)
    with pytest.raises(Conflict):
        review.approve(store, team.reviewer, article_id, expected_hash=opened_hash)


def test_publisher_withdraws_only_published(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    review.submit_for_review(store, team.editor, article_id)
    review.approve(store, team.reviewer, article_id)
    with pytest.raises(InvalidTransition):
        review.withdraw(store, team.publisher, article_id)


def test_a_stale_save_never_overwrites(store: Store, team: Team) -> None:
    article_id = _draft(store, team)
    fields, version = _fields(store, article_id)
    first = ArticleFields(**{**fields.as_dict(), "tags": (), "sapo": "Bản của người thứ nhất."})
    second = ArticleFields(**{**fields.as_dict(), "tags": (), "sapo": "Bản của người thứ hai."})
    articles.save_article(store, team.editor, article_id, first, version)
    with pytest.raises(Conflict):
        articles.save_article(store, team.editor2, article_id, second, version)
    assert articles.get_article(store, article_id).fields.sapo == "Bản của người thứ nhất."


def test_decomposed_input_is_stored_composed(store: Store, team: Team) -> None:
    title = "Nghệ An đẩy mạnh công tác dân vận chính quyền"
    fields = ArticleFields(
        title=unicodedata.normalize("NFD", title),
        sapo=unicodedata.normalize("NFD", "Tỉnh ủy chỉ đạo."),
        author_name=unicodedata.normalize("NFD", "Nguyễn Thị Hường"),
        category_slug=team.category,
        tags=(unicodedata.normalize("NFD", "dân vận"), "dân vận"),
    )
    detail = articles.create_article(store, team.editor, fields).value
    stored = articles.get_article(store, detail.id)
    assert stored.fields.title == title
    assert unicodedata.is_normalized("NFC", stored.fields.sapo)
    assert stored.fields.author_name == "Nguyễn Thị Hường"
    assert stored.fields.tags == ("dân vận",)


def test_missing_category_and_empty_title_are_refused(store: Store, team: Team) -> None:
    with pytest.raises(Exception) as missing:
        articles.create_article(
            store, team.editor, ArticleFields(title="Bài", category_slug="khong-co")
        )
    assert getattr(missing.value, "code", "") == "category_not_found"
    with pytest.raises(InvalidInput):
        articles.create_article(
            store, team.editor, ArticleFields(title="  ", category_slug=team.category)
        )
