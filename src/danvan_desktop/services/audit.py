"""Reading and checking the audit log."""

from __future__ import annotations

from danvan_desktop.services.dto import AuditReport
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import verify_chain


def verify_audit_chain(store: Store) -> AuditReport:
    with store.unit() as session:
        report = verify_chain(session)
    return AuditReport(report.events, report.head_hash, report.broken_at, report.problem)
