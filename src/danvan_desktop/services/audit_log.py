"""The audit log for admins: events filtered by user, article and action, one page at a time.

Verifying the chain is `services.audit.verify_audit_chain`, the same call as
`danvan audit verify`, so the desk and the terminal can never disagree about it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from danvan_desktop.services.articles import get_article_row
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import AuditEvent

DEFAULT_PAGE = 200


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str  # username, or "system"
    action: str  # e.g. "article.approve", "comment.add"
    subject: str  # e.g. "article:<id>", "user:<name>"
    details: dict[str, Any]
    hash: str


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: tuple[AuditEntry, ...]
    total: int  # events matching the filters, on all pages


def query_audit_log(
    store: Store,
    actor: Actor,
    *,
    user: str | None = None,
    article_id: str | None = None,
    action: str | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE,
    newest_first: bool = True,
) -> AuditPage:
    """Events matching every filter given.

    `user` matches the acting user and events about that user (`user:<name>`);
    `article_id` takes a full id or a unique prefix; `action` is exact, or a prefix
    when it ends with "." or "*" ("article." for every article action).
    """
    with store.unit() as session:
        require_permission(session, actor, "audit.view")
        conditions: list[ColumnElement[bool]] = []
        if user:
            name = user.strip().lower()
            conditions.append(or_(AuditEvent.actor == name, AuditEvent.subject == f"user:{name}"))
        if article_id:
            resolved = get_article_row(session, article_id).id
            conditions.append(AuditEvent.subject == f"article:{resolved}")
        if action:
            prefix = action.strip().rstrip("*")
            if action.strip().endswith(("*", ".")):
                conditions.append(AuditEvent.action.startswith(prefix, autoescape=True))
            else:
                conditions.append(AuditEvent.action == prefix)
        total = session.scalar(select(func.count()).select_from(AuditEvent).where(*conditions))
        order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq.asc()
        events = session.scalars(
            select(AuditEvent)
            .where(*conditions)
            .order_by(order)
            .offset(max(0, offset))
            .limit(max(1, limit))
        )
        rows = tuple(
            AuditEntry(
                seq=event.seq,
                at=event.at,
                actor=event.actor,
                action=event.action,
                subject=event.subject,
                details=_details(event.details),
                hash=event.hash,
            )
            for event in events
        )
        return AuditPage(rows, total or 0)


def _details(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {"raw": raw}
    return value if isinstance(value, dict) else {"value": value}
