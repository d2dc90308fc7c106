"""The review queue and the badge counts "chờ tôi duyệt" and "trả lại cho tôi"."""

from __future__ import annotations

from datetime import timedelta

from danvan_desktop.services import queue, review
from danvan_desktop.services.queue import QueueCounts
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import utcnow
from tests.review.conftest import Team, draft, edit, in_review


def test_counts_follow_the_workflow(store: Store, team: Team) -> None:
    first = in_review(store, team, "Bài thứ nhất")
    second = in_review(store, team, "Bài thứ hai")
    draft(store, team, "Bản nháp chưa gửi")
    assert queue.queue_counts(store, team.reviewer) == QueueCounts(2, 0)
    assert queue.queue_counts(store, team.editor) == QueueCounts(0, 0)
    edit(store, team.reviewer2, second, sapo="Người duyệt 2 sửa.")
    assert queue.queue_counts(store, team.reviewer2) == QueueCounts(1, 0)
    review.request_changes(store, team.reviewer, first, "Thiếu ảnh.")
    assert queue.queue_counts(store, team.reviewer) == QueueCounts(1, 0)
    assert queue.queue_counts(store, team.editor) == QueueCounts(0, 1)
    assert queue.queue_counts(store, team.editor2) == QueueCounts(0, 0)
    assert queue.queue_counts(store, team.publisher) == QueueCounts(0, 0)
    review.approve(store, team.reviewer, second)
    assert queue.queue_counts(store, team.reviewer) == QueueCounts(0, 0)


def test_queue_rows_say_who_submitted_and_how_long_ago(store: Store, team: Team) -> None:
    older = in_review(store, team, "Gửi trước")
    newer = in_review(store, team, "Gửi sau")
    later = utcnow() + timedelta(hours=3)
    rows = queue.review_queue(store, team.reviewer, now=later)
    assert [r.article_id for r in rows] == [older, newer]
    first = rows[0]
    assert first.title == "Gửi trước" and first.submitted_by == "bientap"
    assert first.category_name == "Tin hoạt động"
    assert timedelta(hours=3) <= first.waiting < timedelta(hours=3, minutes=5)
    assert first.can_approve and first.reason == ""
    assert not any(r.can_approve for r in queue.review_queue(store, team.editor))
    assert queue.review_queue(store, team.editor, "waiting_for_me") == ()


def test_returned_rows_carry_the_reviewers_reason(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    review.request_changes(store, team.reviewer, article_id, "Sửa lại tít cho ngắn.")
    (row,) = queue.review_queue(store, team.editor, "returned_to_me")
    assert row.article_id == article_id and row.reason == "Sửa lại tít cho ngắn."
    assert queue.review_queue(store, team.reviewer, "in_review") == ()
    edit(store, team.editor, article_id, title="Tít ngắn")
    review.submit_for_review(store, team.editor, article_id)
    review.request_changes(store, team.reviewer, article_id, "Lần hai: thêm nguồn.")
    (row,) = queue.review_queue(store, team.editor, "returned_to_me")
    assert row.reason == "Lần hai: thêm nguồn."


def test_a_reviewer_whose_save_lost_may_still_approve(store: Store, team: Team) -> None:
    import pytest

    from danvan_desktop.errors import Conflict
    from danvan_desktop.services import articles
    from danvan_desktop.services.dto import ArticleFields

    article_id = in_review(store, team)
    stale = articles.get_article(store, article_id)
    edit(store, team.editor, article_id, sapo="Biên tập viên sửa trước.")
    losing = ArticleFields(**{**stale.fields.as_dict(), "tags": (), "sapo": "Người duyệt sửa."})
    with pytest.raises(Conflict):
        articles.save_article(store, team.reviewer, article_id, losing, stale.version)
    assert queue.queue_counts(store, team.reviewer).waiting_for_me == 1
    review.approve(store, team.reviewer, article_id)


def test_the_editor_reads_why_it_came_back(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    assert queue.change_request(store, article_id) is None
    review.request_changes(store, team.reviewer, article_id, "Bổ sung ảnh và nguồn.")
    request = queue.change_request(store, article_id)
    assert request is not None
    assert (request.reviewer, request.comment) == ("duyet", "Bổ sung ảnh và nguồn.")
    review.submit_for_review(store, team.editor, article_id)
    assert queue.change_request(store, article_id) is None
