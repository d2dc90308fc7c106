"""What others changed since we last looked, for desks that stay open all day.

Every write appends an audit event, so the audit log doubles as the change feed: a
desk remembers the last sequence number it has seen and asks for what came after.
PostgreSQL announces each new event (LISTEN/NOTIFY on `danvan_changes`), so a desk
in team mode wakes at once; on SQLite the desk simply asks every few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select

from danvan_desktop.services.dto import Change
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import AuditEvent

CHANNEL = "danvan_changes"
_CHANGES_BY_ACTION_PREFIX = {
    "article.": frozenset({Change.ARTICLE, Change.ARTICLE_LIST, Change.CATEGORIES}),
    "comment.": frozenset({Change.COMMENTS}),
    "category.": frozenset({Change.CATEGORIES}),
    "user.": frozenset({Change.USERS}),
    "media.": frozenset({Change.MEDIA}),
    "package.": frozenset({Change.ARTICLE, Change.ARTICLE_LIST}),
}


@dataclass(frozen=True, slots=True)
class ChangeBatch:
    last_seq: int
    changes: frozenset[Change]
    article_ids: frozenset[str]
    actors: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.changes)


def latest_seq(store: Store) -> int:
    with store.unit() as session:
        return session.scalar(select(func.max(AuditEvent.seq))) or 0


def changes_since(store: Store, seq: int, *, ignore_actor: str | None = None) -> ChangeBatch:
    """What the events after `seq` changed; events by `ignore_actor` (oneself) still move
    the cursor but flag nothing."""
    with store.unit() as session:
        rows = session.execute(
            select(AuditEvent.seq, AuditEvent.action, AuditEvent.subject, AuditEvent.actor)
            .where(AuditEvent.seq > seq)
            .order_by(AuditEvent.seq)
        ).all()
    changes: set[Change] = set()
    article_ids: set[str] = set()
    actors: set[str] = set()
    for row in rows:
        if row.actor == ignore_actor:
            continue
        actors.add(row.actor)
        for prefix, flags in _CHANGES_BY_ACTION_PREFIX.items():
            if row.action.startswith(prefix):
                changes |= flags
        kind, _, identifier = row.subject.partition(":")
        if kind == "article":
            article_ids.add(identifier)
    last = rows[-1].seq if rows else seq
    return ChangeBatch(last, frozenset(changes), frozenset(article_ids), frozenset(actors))


@contextmanager
def change_listener(store: Store) -> Iterator[ChangeWaiter]:
    """A waiter that returns as soon as something may have changed (or at the timeout)."""
    if store.engine.dialect.name != "postgresql":
        yield ChangeWaiter(None)
        return
    raw = store.engine.raw_connection()
    connection = raw.driver_connection  # psycopg's own connection
    raw.detach()  # LISTEN and autocommit stay with this connection; it never returns to the pool
    try:
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        yield ChangeWaiter(connection)
    finally:
        connection.close()


class ChangeWaiter:
    def __init__(self, connection: object | None) -> None:
        self._connection = connection

    def wait(self, timeout: float) -> bool:
        """True when the server announced a change; False after `timeout` seconds."""
        if self._connection is None:
            time.sleep(timeout)
            return False
        for _ in self._connection.notifies(timeout=timeout, stop_after=1):  # type: ignore[attr-defined]
            return True
        return False
