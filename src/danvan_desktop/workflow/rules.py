"""The one state machine and the one permission table of the application.

Every check either returns or raises `WorkflowRefusal` with a stable code; the
services turn refusals into `PermissionDenied` / `InvalidTransition` errors.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    EDITOR = "editor"  # biên tập viên
    REVIEWER = "reviewer"  # người duyệt
    PUBLISHER = "publisher"  # người xuất bản
    ADMIN = "admin"  # quản trị


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    PUBLISH = "publish"
    WITHDRAW = "withdraw"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class Transition:
    action: Action
    sources: frozenset[ArticleStatus]
    target: ArticleStatus
    role: Role


_S = ArticleStatus
TRANSITIONS: dict[Action, Transition] = {
    t.action: t
    for t in (
        Transition(
            Action.SUBMIT, frozenset({_S.DRAFT, _S.CHANGES_REQUESTED}), _S.IN_REVIEW, Role.EDITOR
        ),
        Transition(Action.APPROVE, frozenset({_S.IN_REVIEW}), _S.APPROVED, Role.REVIEWER),
        Transition(
            Action.REQUEST_CHANGES, frozenset({_S.IN_REVIEW}), _S.CHANGES_REQUESTED, Role.REVIEWER
        ),
        Transition(Action.PUBLISH, frozenset({_S.APPROVED}), _S.PUBLISHED, Role.PUBLISHER),
        Transition(Action.WITHDRAW, frozenset({_S.PUBLISHED}), _S.WITHDRAWN, Role.PUBLISHER),
        Transition(Action.REOPEN, frozenset({_S.WITHDRAWN}), _S.DRAFT, Role.EDITOR),
    )
}

# Article content may change in these states; an edit of an approved article
# voids the approval and sends it back to review.
EDITABLE_STATES = frozenset({_S.DRAFT, _S.CHANGES_REQUESTED, _S.IN_REVIEW, _S.APPROVED})
EDIT_ROLES = frozenset({Role.EDITOR, Role.REVIEWER})
STATE_AFTER_EDIT = {_S.APPROVED: _S.IN_REVIEW}

# Actions that are not state transitions, and the roles that may take them.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "article.create": frozenset({Role.EDITOR}),
    "article.comment": frozenset({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.ADMIN}),
    "article.export": frozenset({Role.PUBLISHER}),
    "category.manage": frozenset({Role.ADMIN}),
    "user.manage": frozenset({Role.ADMIN}),
    "settings.manage": frozenset({Role.ADMIN}),
    "audit.view": frozenset({Role.ADMIN}),
}


class WorkflowRefusal(Exception):
    """A rule says no; `code` is stable, `kind` is "permission" or "state"."""

    def __init__(self, code: str, kind: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.kind = kind


def transition_for(action: Action) -> Transition:
    return TRANSITIONS[action]


def check_transition(
    action: Action, status: ArticleStatus, roles: Collection[Role]
) -> ArticleStatus:
    """The state after `action`, or a refusal naming the missing role or the wrong state."""
    transition = TRANSITIONS[action]
    if transition.role not in roles:
        raise WorkflowRefusal(
            "role_required",
            "permission",
            f"{action.value} needs the {transition.role.value} role",
        )
    if status not in transition.sources:
        raise WorkflowRefusal(
            "wrong_state",
            "state",
            f"cannot {action.value} an article that is {status.value}",
        )
    return transition.target


def check_four_eyes(actor_id: int, written_by: Collection[int | None]) -> None:
    """A reviewer never approves a revision they wrote or last edited."""
    if actor_id in written_by:
        raise WorkflowRefusal(
            "four_eyes",
            "permission",
            "a reviewer cannot approve an article they wrote or last edited",
        )


def check_permission(permission: str, roles: Collection[Role]) -> None:
    allowed = PERMISSIONS[permission]
    if not allowed.intersection(roles):
        needed = ", ".join(sorted(r.value for r in allowed))
        raise WorkflowRefusal("role_required", "permission", f"{permission} needs one of: {needed}")


def can_edit(status: ArticleStatus, roles: Collection[Role]) -> bool:
    return status in EDITABLE_STATES and bool(EDIT_ROLES.intersection(roles))


def check_edit(status: ArticleStatus, roles: Collection[Role]) -> ArticleStatus:
    """The state after an edit, or a refusal."""
    if not EDIT_ROLES.intersection(roles):
        raise WorkflowRefusal("role_required", "permission", "editing needs the editor role")
    if status not in EDITABLE_STATES:
        raise WorkflowRefusal(
            "not_editable", "state", f"an article that is {status.value} cannot be edited"
        )
    return STATE_AFTER_EDIT.get(status, status)
