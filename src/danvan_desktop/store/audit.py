"""The append-only audit log, chained by SHA-256 so that an edited or deleted row shows.

Each event's hash covers the previous hash and a canonical JSON body (sorted keys,
compact, NFC, not ASCII-escaped). Appends are serialised: SQLite transactions start
IMMEDIATE; PostgreSQL takes a transaction-level advisory lock.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from danvan_desktop.store.models import AuditEvent, utcnow

GENESIS_HASH = "0" * 64
_PG_AUDIT_LOCK = 0x64616E76  # "danv"


def canonical_json(value: Any) -> str:
    dumped = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return unicodedata.normalize("NFC", dumped)


def event_hash(prev_hash: str, body: str) -> str:
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _event_body(seq: int, at: datetime, actor: str, action: str, subject: str, details: str) -> str:
    return canonical_json(
        {
            "seq": seq,
            "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details,
        }
    )


def append_event(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last.seq + 1, last.hash) if last else (1, GENESIS_HASH)
    at = utcnow()
    details_json = canonical_json(details or {})
    body = _event_body(seq, at, actor, action, subject, details_json)
    event = AuditEvent(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        details=details_json,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, body),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True, slots=True)
class ChainReport:
    events: int
    head_hash: str
    broken_at: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def head_hash(session: Session) -> str:
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    return last or GENESIS_HASH


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; report the first event whose hash or link does not hold."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for event in rows:
        count += 1
        if event.seq != expected_seq:
            return ChainReport(count, prev_hash, expected_seq, f"event {expected_seq} is missing")
        if event.prev_hash != prev_hash:
            return ChainReport(count, prev_hash, event.seq, "link to the previous event is broken")
        body = _event_body(
            event.seq, event.at, event.actor, event.action, event.subject, event.details
        )
        if event_hash(prev_hash, body) != event.hash:
            return ChainReport(count, prev_hash, event.seq, "event content does not match its hash")
        prev_hash = event.hash
        expected_seq += 1
    return ChainReport(count, prev_hash, None, None)


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0
