"""Team mode on PostgreSQL: database logins for the office's users."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from danvan_desktop.errors import DanvanError, InvalidInput, NotFound
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.logins import create_login
from danvan_desktop.store.models import User
from danvan_desktop.workflow import Role


def add_database_login(store: Store, actor: Actor, username: str, password: str) -> None:
    """Give `username` a PostgreSQL login of their own (admin; the server must allow it)."""
    if store.engine.dialect.name != "postgresql":
        raise InvalidInput(
            "logins_need_postgresql", "database logins are for team mode on PostgreSQL"
        )
    with store.unit() as session:
        require_permission(session, actor, "user.manage")
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound("user_not_found", f"no user named {username!r}")
        is_admin = any(role.role == Role.ADMIN.value for role in user.roles)
        try:
            create_login(session.connection(), username, password, admin=is_admin)
        except DBAPIError as error:
            raise DanvanError(
                "login_not_created",
                f"the server refused to create the login: {error.orig} "
                "(connect as the database owner with the CREATEROLE privilege)",
            ) from error
        append_event(
            session, actor=actor.username, action="user.database_login", subject=f"user:{username}"
        )
