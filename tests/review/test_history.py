"""Revision history, restore, and approval pinned to the revision the reviewer read."""

from __future__ import annotations

import pytest

from danvan_desktop.errors import Conflict, NotFound, PermissionDenied
from danvan_desktop.services import articles, history, review
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import verify_chain
from danvan_desktop.workflow import ArticleStatus
from tests.review.conftest import Team, draft, edit, in_review


def test_history_lists_every_revision_and_state_change(store: Store, team: Team) -> None:
    article_id = draft(store, team)
    edit(store, team.editor, article_id, sapo="Tóm tắt mới.")
    review.submit_for_review(store, team.editor, article_id)
    review.approve(store, team.reviewer, article_id)
    entries = history.revision_history(store, article_id)
    assert [(e.number, e.kind, e.status, e.author) for e in entries] == [
        (1, "created", ArticleStatus.DRAFT, "bientap"),
        (2, "saved", ArticleStatus.DRAFT, "bientap"),
        (3, "state", ArticleStatus.IN_REVIEW, "bientap"),
        (4, "state", ArticleStatus.APPROVED, "duyet"),
    ]
    assert [e.content_changed for e in entries] == [True, True, False, False]
    assert entries[3].content_hash == entries[1].content_hash
    assert [e.approved for e in entries] == [False, True, True, True]
    assert all(e.created_at.tzinfo is not None for e in entries)


def test_restore_makes_a_new_revision_and_keeps_the_old_ones(store: Store, team: Team) -> None:
    article_id = draft(store, team)
    original = articles.get_article(store, article_id)
    edit(store, team.editor, article_id, title="Tiêu đề thứ hai", body="Thân bài mới.")
    current = articles.get_article(store, article_id)
    restored = history.restore_revision(store, team.editor2, article_id, 1, current.version)
    detail = restored.value
    assert restored.changes
    assert detail.fields == original.fields
    assert detail.current_hash == original.current_hash
    assert detail.last_edited_by == "bientap2"
    entries = history.revision_history(store, article_id)
    assert [e.kind for e in entries] == ["created", "saved", "restored"]
    assert entries[2].content_hash == entries[0].content_hash
    assert history.revision_fields(store, article_id, 2).title == "Tiêu đề thứ hai"
    with store.unit() as session:
        assert verify_chain(session).ok
    again = history.restore_revision(store, team.editor2, article_id, 3, detail.version)
    assert not again.changes and again.value.revision_count == 3


def test_restore_follows_the_save_rules(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    version = articles.get_article(store, article_id).version
    edit(store, team.editor, article_id, title="Sửa trong khi duyệt")
    with pytest.raises(Conflict):
        history.restore_revision(store, team.editor, article_id, 1, version)
    latest = articles.get_article(store, article_id)
    with pytest.raises(PermissionDenied):
        history.restore_revision(store, team.publisher, article_id, 1, latest.version)
    with pytest.raises(NotFound):
        history.restore_revision(store, team.editor, article_id, 99, latest.version)
    approved = review.approve(store, team.reviewer, article_id).value
    assert approved.approval_valid
    back = history.restore_revision(store, team.editor, article_id, 1, approved.version).value
    assert back.status == ArticleStatus.IN_REVIEW
    assert back.approved_hash is None


def test_approval_refused_when_the_article_changed_since_opened(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    opened = articles.get_article(store, article_id).current_hash
    edit(store, team.editor, article_id, body="Sửa sau khi người duyệt đã mở.")
    with pytest.raises(Conflict) as refused:
        review.approve(store, team.reviewer, article_id, expected_hash=opened)
    assert refused.value.code == "changed_since_opened"
    assert articles.get_article(store, article_id).status == ArticleStatus.IN_REVIEW
    fresh = articles.get_article(store, article_id).current_hash
    detail = review.approve(store, team.reviewer, article_id, expected_hash=fresh).value
    assert detail.approved_hash == fresh


def test_four_eyes_counts_every_writer(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    edit(store, team.reviewer2, article_id, sapo="Người duyệt 2 đã sửa sapo.")
    edit(store, team.editor, article_id, sapo="Biên tập viên sửa lại.")
    with pytest.raises(PermissionDenied) as refused:
        review.approve(store, team.reviewer2, article_id)
    assert refused.value.code == "four_eyes"
    assert review.approve(store, team.reviewer, article_id).value.approval_valid


def test_diff_of_unknown_revision_is_not_found(store: Store, team: Team) -> None:
    article_id = draft(store, team)
    with pytest.raises(NotFound):
        history.diff_revisions(store, article_id, 1, 7)


def test_restore_is_found_by_search(store: Store, team: Team) -> None:
    article_id = draft(store, team, "Mô hình tổ liên gia ở bản Huồi Tụ")
    edit(store, team.editor, article_id, title="Tiêu đề tạm thời")
    assert articles.list_articles(store, query="Huồi Tụ").total == 0
    version = articles.get_article(store, article_id).version
    history.restore_revision(store, team.editor, article_id, 1, version)
    found = articles.list_articles(store, query="huoi tu")
    assert [row.id for row in found.rows] == [article_id]


def test_a_save_kept_aside_is_in_the_history_but_not_the_text(store: Store, team: Team) -> None:
    article_id = draft(store, team)
    stale = articles.get_article(store, article_id)
    edit(store, team.editor, article_id, sapo="Bản thắng.")
    losing = ArticleFields(**{**stale.fields.as_dict(), "tags": (), "sapo": "Bản thua."})
    with pytest.raises(Conflict):
        articles.save_article(store, team.editor2, article_id, losing, stale.version)
    review.submit_for_review(store, team.editor, article_id)
    entries = history.revision_history(store, article_id)
    assert [(e.kind, e.content_changed) for e in entries] == [
        ("created", True),
        ("saved", True),
        ("conflict", False),
        ("state", False),
    ]
    diff = history.diff_revisions(store, article_id, 2, 3)
    assert [f.field for f in diff.changed_fields] == ["sapo"]
    current = articles.get_article(store, article_id)
    restored = history.restore_revision(store, team.editor, article_id, 3, current.version)
    assert restored.value.fields.sapo == "Bản thua."
