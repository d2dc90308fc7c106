"""The pure state machine: every action from every state for every role."""

from __future__ import annotations

import itertools

import pytest

from danvan_desktop.workflow import (
    Action,
    ArticleStatus,
    Role,
    WorkflowRefusal,
    can_edit,
    check_edit,
    check_four_eyes,
    check_permission,
    check_transition,
)

S = ArticleStatus
ALLOWED = {
    # action: (role, {source: target})
    Action.SUBMIT: (Role.EDITOR, {S.DRAFT: S.IN_REVIEW, S.CHANGES_REQUESTED: S.IN_REVIEW}),
    Action.APPROVE: (Role.REVIEWER, {S.IN_REVIEW: S.APPROVED}),
    Action.REQUEST_CHANGES: (Role.REVIEWER, {S.IN_REVIEW: S.CHANGES_REQUESTED}),
    Action.PUBLISH: (Role.PUBLISHER, {S.APPROVED: S.PUBLISHED}),
    Action.WITHDRAW: (Role.PUBLISHER, {S.PUBLISHED: S.WITHDRAWN}),
    Action.REOPEN: (Role.EDITOR, {S.WITHDRAWN: S.DRAFT}),
}


@pytest.mark.parametrize(
    ("action", "status", "role"), list(itertools.product(Action, ArticleStatus, Role))
)
def test_every_transition_for_every_role_and_state(
    action: Action, status: ArticleStatus, role: Role
) -> None:
    needed_role, moves = ALLOWED[action]
    if role == needed_role and status in moves:
        assert check_transition(action, status, {role}) == moves[status]
        return
    with pytest.raises(WorkflowRefusal) as refusal:
        check_transition(action, status, {role})
    expected_kind = "permission" if role != needed_role else "state"
    assert refusal.value.kind == expected_kind


def test_a_user_with_several_roles_has_the_union() -> None:
    roles = {Role.EDITOR, Role.REVIEWER}
    assert check_transition(Action.SUBMIT, S.DRAFT, roles) == S.IN_REVIEW
    assert check_transition(Action.APPROVE, S.IN_REVIEW, roles) == S.APPROVED


def test_four_eyes_refuses_the_writer_and_accepts_someone_else() -> None:
    with pytest.raises(WorkflowRefusal) as refusal:
        check_four_eyes(7, {7, 9})
    assert refusal.value.code == "four_eyes"
    check_four_eyes(8, {7, 9})


@pytest.mark.parametrize("status", list(ArticleStatus))
def test_editing_by_state(status: ArticleStatus) -> None:
    editable = status in {S.DRAFT, S.CHANGES_REQUESTED, S.IN_REVIEW, S.APPROVED}
    assert can_edit(status, {Role.EDITOR}) is editable
    if editable:
        expected = S.IN_REVIEW if status == S.APPROVED else status
        assert check_edit(status, {Role.EDITOR}) == expected
    else:
        with pytest.raises(WorkflowRefusal):
            check_edit(status, {Role.EDITOR})


@pytest.mark.parametrize("role", [Role.PUBLISHER, Role.ADMIN])
def test_publishers_and_admins_do_not_edit_text(role: Role) -> None:
    assert not can_edit(S.DRAFT, {role})
    with pytest.raises(WorkflowRefusal):
        check_edit(S.DRAFT, {role})


def test_permissions_table() -> None:
    check_permission("article.create", {Role.EDITOR})
    check_permission("user.manage", {Role.ADMIN})
    for role in (Role.REVIEWER, Role.PUBLISHER, Role.ADMIN):
        with pytest.raises(WorkflowRefusal):
            check_permission("article.create", {role})
    with pytest.raises(WorkflowRefusal):
        check_permission("user.manage", {Role.EDITOR, Role.REVIEWER, Role.PUBLISHER})
