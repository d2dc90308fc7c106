"""Soft edit locks: "đang được sửa bởi …", with heartbeats, expiry and take-over.

A lock is advice for people, not the guarantee: the version check in `save_article`
is what stops one save from overwriting another. A lock whose holder stopped sending
heartbeats (the desk closed or crashed, the PC went to sleep) expires on its own.
Heartbeats are written and judged by the database's clock, never a PC's: the PCs of
one office may disagree by minutes, longer than a lock lives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from danvan_desktop.errors import Conflict, PermissionDenied
from danvan_desktop.services.articles import get_article_row
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.guard import current_roles
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.clock import database_now
from danvan_desktop.store.models import ArticleLock, User
from danvan_desktop.workflow import Role

LOCK_TTL = timedelta(seconds=90)
HEARTBEAT_EVERY = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class LockInfo:
    article_id: str
    username: str
    display_name: str
    acquired_at: datetime
    heartbeat_at: datetime
    mine: bool


def acquire_lock(
    store: Store, actor: Actor, article_id: str, *, take_over: bool = False
) -> LockInfo:
    """Hold the article for editing; refused while someone else's lock is alive.

    `take_over` ends another holder's live lock: allowed for the article's own editor
    (its creator) and for admins, and written to the audit log.
    """
    with store.unit() as session:
        article = get_article_row(session, article_id)
        now = database_now(session)
        lock = _claim(session, article.id, actor.id, now)
        if lock.user_id != actor.id and _alive(lock, now):
            if not take_over:
                holder = session.get_one(User, lock.user_id)
                raise Conflict(
                    "locked_by_other",
                    f"article {article.id} is being edited by {holder.username}",
                    holder=holder.username,
                    holder_name=holder.display_name,
                )
            roles = current_roles(session, actor)
            if Role.ADMIN not in roles and article.created_by != actor.id:
                raise PermissionDenied(
                    "take_over_denied", "only the article's editor or an admin can take it over"
                )
            append_event(
                session,
                actor=actor.username,
                action="article.lock_take_over",
                subject=f"article:{article.id}",
                details={"from_user_id": lock.user_id},
            )
        if lock.user_id != actor.id:
            lock.user_id, lock.acquired_at = actor.id, now
        lock.heartbeat_at = now
        session.flush()
        return _info(session, lock, actor)


def heartbeat(store: Store, actor: Actor, article_id: str) -> LockInfo:
    """Keep the lock alive; if it was taken over meanwhile, say so (Conflict)."""
    return acquire_lock(store, actor, article_id)


def release_lock(store: Store, actor: Actor, article_id: str) -> None:
    with store.unit() as session:
        session.execute(
            delete(ArticleLock).where(
                ArticleLock.article_id == article_id, ArticleLock.user_id == actor.id
            )
        )


def lock_holder(store: Store, actor: Actor, article_id: str) -> LockInfo | None:
    """Who holds a live lock on the article, if anyone."""
    with store.unit() as session:
        lock = session.scalar(select(ArticleLock).where(ArticleLock.article_id == article_id))
        if lock is None or not _alive(lock, database_now(session)):
            return None
        return _info(session, lock, actor)


def _claim(session: Session, article_id: str, user_id: int, now: datetime) -> ArticleLock:
    """The article's lock row, held until commit: ours if it was free, else as it stands.

    Two desks may reach for a free lock at the same moment. The insert that does
    nothing when the row exists lets exactly one of them create it; the other waits
    for that commit on PostgreSQL and then reads the winner's row (SQLite takes its
    write lock at BEGIN, so there the desks queue anyway). FOR UPDATE keeps the row
    from changing hands until this unit commits.
    """
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    while True:
        session.execute(
            insert(ArticleLock)
            .values(article_id=article_id, user_id=user_id, acquired_at=now, heartbeat_at=now)
            .on_conflict_do_nothing(index_elements=[ArticleLock.article_id])
        )
        lock = session.scalar(
            select(ArticleLock)
            .where(ArticleLock.article_id == article_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if lock is not None:  # else its holder let it go in between: try again
            return lock


def _alive(lock: ArticleLock, now: datetime) -> bool:
    return now - lock.heartbeat_at < LOCK_TTL


def _info(session: Session, lock: ArticleLock, actor: Actor) -> LockInfo:
    holder = session.get_one(User, lock.user_id)
    return LockInfo(
        lock.article_id,
        holder.username,
        holder.display_name,
        lock.acquired_at,
        lock.heartbeat_at,
        lock.user_id == actor.id,
    )
