"""The audit log's hash chain: intact after real work, broken by any tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from danvan_desktop.services import audit, setup
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import AuditEvent
from tests.conftest import TEST_PASSWORD


def _as_an_attacker(session) -> None:
    """Someone with full access to the database can switch the append-only triggers off."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DROP TRIGGER audit_events_no_update"))
        session.execute(text("DROP TRIGGER audit_events_no_delete"))
    else:
        session.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))


@pytest.fixture
def initialised(store: Store) -> Store:
    setup.initialise(store, "admin", TEST_PASSWORD)
    with store.unit() as session:
        for n in range(3):
            append_event(
                session,
                actor="admin",
                action="test.event",
                subject=f"n:{n}",
                details={"n": n, "ý": "Đảng"},
            )
    return store


def test_an_untouched_chain_verifies(initialised: Store) -> None:
    report = audit.verify_audit_chain(initialised)
    assert report.ok and report.events >= 6
    assert len(report.head_hash) == 64


def test_an_edited_row_is_found(initialised: Store) -> None:
    with initialised.unit() as session:
        _as_an_attacker(session)
        session.execute(update(AuditEvent).where(AuditEvent.seq == 4).values(actor="someone-else"))
    report = audit.verify_audit_chain(initialised)
    assert not report.ok
    assert report.broken_at == 4
    assert "hash" in (report.problem or "")


def test_edited_details_are_found(initialised: Store) -> None:
    with initialised.unit() as session:
        _as_an_attacker(session)
        session.execute(
            update(AuditEvent).where(AuditEvent.seq == 2).values(details='{"names":[]}')
        )
    assert audit.verify_audit_chain(initialised).broken_at == 2


def test_a_deleted_row_is_found(initialised: Store) -> None:
    with initialised.unit() as session:
        _as_an_attacker(session)
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 3))
    report = audit.verify_audit_chain(initialised)
    assert report.broken_at == 3


def test_a_rehashed_row_breaks_the_next_link(initialised: Store) -> None:
    """Recomputing one row's hash is not enough: the next row still names the old one."""
    from danvan_desktop.store.audit import _event_body, event_hash

    with initialised.unit() as session:
        _as_an_attacker(session)
        row = session.scalar(select(AuditEvent).where(AuditEvent.seq == 2))
        assert row is not None
        row.actor = "forger"
        row.hash = event_hash(
            row.prev_hash,
            _event_body(row.seq, row.at, row.actor, row.action, row.subject, row.details),
        )
    assert audit.verify_audit_chain(initialised).broken_at == 3
