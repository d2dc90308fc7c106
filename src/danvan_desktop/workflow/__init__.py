"""States, transitions, roles and permissions as pure rules (no I/O, nothing of ours)."""

from danvan_desktop.workflow.rules import (
    Action,
    ArticleStatus,
    Role,
    Transition,
    WorkflowRefusal,
    can_edit,
    check_edit,
    check_four_eyes,
    check_permission,
    check_transition,
    transition_for,
)

__all__ = [
    "Action",
    "ArticleStatus",
    "Role",
    "Transition",
    "WorkflowRefusal",
    "can_edit",
    "check_edit",
    "check_four_eyes",
    "check_permission",
    "check_transition",
    "transition_for",
]
