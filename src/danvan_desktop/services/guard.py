"""Permission checks inside a unit of work, against the roles the store holds now.

The actor's roles are re-read from the database so that a role taken away by an
admin stops working at once, even in a desk that has been open all day.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.errors import InvalidTransition, PermissionDenied
from danvan_desktop.services.dto import Actor
from danvan_desktop.store.models import User
from danvan_desktop.workflow import Role, WorkflowRefusal, check_permission


def current_roles(session: Session, actor: Actor) -> frozenset[Role]:
    user = session.scalar(select(User).where(User.id == actor.id))
    if user is None or not user.active:
        raise PermissionDenied("inactive_user", f"user {actor.username!r} is not active")
    return frozenset(Role(r) for r in user.role_names)


def refusal_error(refusal: WorkflowRefusal) -> PermissionDenied | InvalidTransition:
    if refusal.kind == "permission":
        return PermissionDenied(refusal.code, str(refusal))
    return InvalidTransition(refusal.code, str(refusal))


def require_permission(session: Session, actor: Actor, permission: str) -> frozenset[Role]:
    roles = current_roles(session, actor)
    try:
        check_permission(permission, roles)
    except WorkflowRefusal as refusal:
        raise refusal_error(refusal) from None
    return roles
