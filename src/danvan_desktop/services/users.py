"""Users, roles and signing in."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.errors import AuthenticationFailed, InvalidInput, NotFound
from danvan_desktop.services import passwords
from danvan_desktop.services.dto import Actor, Change, Outcome, UserInfo
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import User, UserRole, utcnow
from danvan_desktop.vietnamese import normalize_field
from danvan_desktop.workflow import Role

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
SYSTEM_ACTOR = "system"


def actor_of(user: User) -> Actor:
    return Actor(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=frozenset(Role(r) for r in user.role_names),
    )


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=tuple(sorted((Role(r) for r in user.role_names), key=list(Role).index)),
        active=user.active,
        locked_until=user.locked_until,
    )


def parse_roles(names: Iterable[str]) -> frozenset[Role]:
    roles = set()
    for name in names:
        try:
            roles.add(Role(name.strip().lower()))
        except ValueError:
            valid = ", ".join(r.value for r in Role)
            raise InvalidInput("unknown_role", f"unknown role {name!r} (valid: {valid})") from None
    if not roles:
        raise InvalidInput("no_role", "a user needs at least one role")
    return frozenset(roles)


def _check_new_user(session: Session, username: str, password: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise InvalidInput(
            "invalid_username",
            f"invalid user name {username!r}: use 2–64 lowercase letters, digits, '.', '_' or '-'",
        )
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise InvalidInput("username_taken", f"user {username!r} already exists")
    if len(password) < passwords.MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "password_too_short",
            f"the password needs at least {passwords.MIN_PASSWORD_LENGTH} characters",
        )


def _insert_user(
    session: Session, username: str, password: str, roles: frozenset[Role], display_name: str
) -> User:
    user = User(
        username=username,
        display_name=normalize_field(display_name) or username,
        password_hash=passwords.hash_password(password),
        roles=[UserRole(role=r.value) for r in sorted(roles)],
    )
    session.add(user)
    session.flush()
    return user


def has_users(store: Store) -> bool:
    with store.unit() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def create_first_admin(
    store: Store, username: str, password: str, display_name: str = ""
) -> Outcome[UserInfo]:
    """The first account of a new store; refused once any user exists.

    It administers and may write; reviewing and publishing are other people's roles
    (four-eyes), given to them with `add_user`.
    """
    username = username.strip().lower()
    with store.unit() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise InvalidInput("already_initialised", "the store already has users")
        _check_new_user(session, username, password)
        roles = frozenset({Role.ADMIN, Role.EDITOR})
        user = _insert_user(session, username, password, roles, display_name)
        append_event(
            session,
            actor=SYSTEM_ACTOR,
            action="user.create_first_admin",
            subject=f"user:{username}",
            details={"roles": sorted(roles)},
        )
        return Outcome(user_info(user), frozenset({Change.USERS, Change.AUDIT}))


def add_user(
    store: Store,
    actor: Actor,
    username: str,
    password: str,
    roles: Iterable[str],
    display_name: str = "",
) -> Outcome[UserInfo]:
    username = username.strip().lower()
    parsed_roles = parse_roles(roles)
    with store.unit() as session:
        require_permission(session, actor, "user.manage")
        _check_new_user(session, username, password)
        user = _insert_user(session, username, password, parsed_roles, display_name)
        append_event(
            session,
            actor=actor.username,
            action="user.create",
            subject=f"user:{username}",
            details={"roles": sorted(parsed_roles)},
        )
        return Outcome(user_info(user), frozenset({Change.USERS, Change.AUDIT}))


def set_roles(store: Store, actor: Actor, username: str, roles: Iterable[str]) -> Outcome[UserInfo]:
    parsed_roles = parse_roles(roles)
    with store.unit() as session:
        require_permission(session, actor, "user.manage")
        user = _get_user(session, username)
        user.roles = [UserRole(role=r.value) for r in sorted(parsed_roles)]
        session.flush()
        append_event(
            session,
            actor=actor.username,
            action="user.set_roles",
            subject=f"user:{user.username}",
            details={"roles": sorted(parsed_roles)},
        )
        return Outcome(user_info(user), frozenset({Change.USERS, Change.AUDIT}))


def list_users(store: Store) -> list[UserInfo]:
    with store.unit() as session:
        users = session.scalars(select(User).order_by(User.username))
        return [user_info(u) for u in users]


def _get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound("user_not_found", f"no user named {username!r}")
    return user


def authenticate(store: Store, username: str, password: str) -> Actor:
    """Check a password; consecutive failures lock the account for a while."""
    now = utcnow()
    with store.unit() as session:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None or not user.active:
            raise AuthenticationFailed("bad_credentials", "wrong user name or password")
        if user.locked_until is not None and user.locked_until > now:
            raise AuthenticationFailed(
                "account_locked",
                f"account {user.username!r} is locked after repeated failures; "
                f"try again after {user.locked_until:%H:%M} UTC",
                until=user.locked_until,
            )
        if not passwords.verify_password(user.password_hash, password):
            user.failed_logins += 1
            user.locked_until = passwords.lock_expiry(user.failed_logins, now)
            if user.locked_until is not None:
                append_event(
                    session,
                    actor=user.username,
                    action="user.locked",
                    subject=f"user:{user.username}",
                    details={"failed_logins": user.failed_logins},
                )
            session.commit()
            raise AuthenticationFailed("bad_credentials", "wrong user name or password")
        user.failed_logins = 0
        user.locked_until = None
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.hash_password(password)
        return actor_of(user)
