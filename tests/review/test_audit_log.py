"""The admins' audit view: filters, pages, and the same verify as `danvan audit verify`."""

from __future__ import annotations

import pytest

from danvan_desktop.errors import PermissionDenied
from danvan_desktop.services import audit, audit_log, comments, review
from danvan_desktop.services.store import Store
from tests.review.conftest import Team, draft, in_review


def test_filters_by_user_article_and_action(store: Store, team: Team) -> None:
    first = in_review(store, team, "Bài một")
    second = draft(store, team, "Bài hai")
    review.approve(store, team.reviewer, first)
    comments.add_comment(store, team.reviewer, second, "Góp ý bài hai.")
    query = audit_log.query_audit_log
    everything = query(store, team.admin)
    assert everything.total == len(everything.rows) > 6
    sequence = [r.seq for r in everything.rows]
    assert sequence == sorted(sequence, reverse=True)
    by_reviewer = query(store, team.admin, user="duyet")
    assert {r.action for r in by_reviewer.rows} == {"article.approve", "comment.add", "user.create"}
    about_first = query(store, team.admin, article_id=first[:8])
    assert [r.action for r in about_first.rows] == [
        "article.approve",
        "article.submit",
        "article.create",
    ]
    approvals = query(store, team.admin, action="article.approve")
    assert approvals.total == 1 and approvals.rows[0].details["hash"]
    article_actions = query(store, team.admin, action="article.", newest_first=False)
    assert article_actions.rows[0].action == "article.create"
    assert all(r.action.startswith("article.") for r in article_actions.rows)
    combined = query(store, team.admin, user="duyet", article_id=second, action="comment.*")
    assert combined.total == 1 and combined.rows[0].details["comment"]


def test_pages(store: Store, team: Team) -> None:
    for number in range(5):
        draft(store, team, f"Bài số {number}")
    full = audit_log.query_audit_log(store, team.admin, action="article.create")
    page = audit_log.query_audit_log(store, team.admin, action="article.create", offset=2, limit=2)
    assert page.total == full.total == 6  # the sample and five drafts
    assert page.rows == full.rows[2:4]


def test_only_admins_read_the_log(store: Store, team: Team) -> None:
    for person in (team.editor, team.reviewer, team.publisher):
        with pytest.raises(PermissionDenied):
            audit_log.query_audit_log(store, person)


def test_verify_covers_the_events_the_view_lists(store: Store, team: Team) -> None:
    draft(store, team)
    report = audit.verify_audit_chain(store)
    page = audit_log.query_audit_log(store, team.admin, limit=1)
    assert report.ok and report.events == page.total
    assert report.head_hash == page.rows[0].hash
