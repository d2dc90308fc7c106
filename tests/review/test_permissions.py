"""Every review action for each role: who may, and the coded refusal for who may not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from danvan_desktop.errors import DanvanError
from danvan_desktop.services import (
    articles,
    audit_log,
    comments,
    history,
    queue,
    review,
    slip,
)
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.store import Store
from tests.review.conftest import Team, draft, edit, in_review

ALL = {"admin", "editor", "reviewer", "reviewer2", "publisher"}
# Who may take each action; everyone else is refused with the code beside it.
MAY = {
    "comment": (ALL, None),
    "resolve": (ALL, None),
    "queue": (ALL, None),
    "slip": (ALL, None),
    "submit": ({"admin", "editor", "reviewer2"}, "role_required"),
    "approve": ({"reviewer", "reviewer2"}, "role_required"),
    "approve_own_edit": (set(), None),  # four-eyes: nobody, whatever their roles
    "request_changes": ({"reviewer", "reviewer2"}, "role_required"),
    "restore": ({"admin", "editor", "reviewer", "reviewer2"}, "role_required"),
    "audit_log": ({"admin"}, "role_required"),
}


def _actions(store: Store, team: Team) -> dict[str, Callable[[Actor], object]]:
    def comment(actor: Actor) -> object:
        return comments.add_comment(store, actor, draft(store, team), "Góp ý.")

    def resolve(actor: Actor) -> object:
        made = comments.add_comment(store, team.reviewer, draft(store, team), "Góp ý.")
        return comments.set_resolved(store, actor, made.value.id)

    def restore(actor: Actor) -> object:
        article_id = draft(store, team)
        edit(store, team.editor, article_id, title="Tiêu đề mới")
        version = articles.get_article(store, article_id).version
        return history.restore_revision(store, actor, article_id, 1, version)

    def approved_slip(actor: Actor) -> object:
        article_id = in_review(store, team)
        review.approve(store, team.reviewer, article_id)
        return slip.approval_slip(store, actor, article_id)

    def approve_own_edit(actor: Actor) -> object:
        article_id = in_review(store, team)
        if actor.roles & {"editor", "reviewer"}:
            edit(store, actor, article_id, sapo=f"Sửa bởi {actor.username}.")
        return review.approve(store, actor, article_id)

    return {
        "comment": comment,
        "resolve": resolve,
        "queue": lambda actor: queue.queue_counts(store, actor),
        "slip": approved_slip,
        "submit": lambda actor: review.submit_for_review(store, actor, draft(store, team)),
        "approve": lambda actor: review.approve(store, actor, in_review(store, team)),
        "approve_own_edit": approve_own_edit,
        "request_changes": lambda actor: review.request_changes(
            store, actor, in_review(store, team), "Cần sửa."
        ),
        "restore": restore,
        "audit_log": lambda actor: audit_log.query_audit_log(store, actor),
    }


@pytest.mark.parametrize("who", sorted(ALL))
def test_every_review_action_for_each_role(store: Store, team: Team, who: str) -> None:
    actor = getattr(team, who)
    outcomes: dict[str, str] = {}
    for name, action in _actions(store, team).items():
        try:
            action(actor)
        except DanvanError as refusal:
            outcomes[name] = refusal.code
        else:
            outcomes[name] = "ok"
    expected = {}
    for name, (allowed, code) in MAY.items():
        if who in allowed:
            expected[name] = "ok"
        elif name == "approve_own_edit":
            # A reviewer who edited meets four-eyes; anyone else lacks the role first.
            expected[name] = "four_eyes" if who in {"reviewer", "reviewer2"} else "role_required"
        else:
            expected[name] = code
    assert outcomes == expected
