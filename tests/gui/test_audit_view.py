"""The admins' audit view: filters and pages from the store, and the chain verified."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from danvan_desktop.services import articles
from danvan_desktop.services.dto import ArticleFields

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog_for(qtbot, desk_store) -> Iterator:
    from danvan_desktop.gui.audit_view import AuditDialog
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    runners = []

    def make(actor):
        context = DeskContext(TaskRunner(), AppSettings(), desk_store.store, actor)
        runners.append(context.runner)
        dialog = AuditDialog(context)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    for runner in runners:
        runner.shutdown()


def test_filters_pages_and_verify(qtbot, dialog_for, desk_store) -> None:

    fields = ArticleFields(title="Bài để kiểm tra nhật ký", category_slug="tin-hoat-dong")
    article_id = articles.create_article(desk_store.store, desk_store.editor, fields).value.id
    dialog = dialog_for(desk_store.admin)
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 3, timeout=10_000)
    assert dialog.model.index(0, 3).data() == "article.create"
    dialog.article.setText(article_id[:8])
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0, 2).data() == "bientap"
    assert "1–1 of 1" in dialog.page_label.text()
    dialog.article.clear()
    dialog.user.setText("admin")
    dialog.action.setCurrentText("user.")
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10_000)  # 1 admin, 2 users
    dialog.verify.click()
    qtbot.waitUntil(lambda: "intact" in dialog.verdict.text(), timeout=10_000)


def test_only_admins(qtbot, dialog_for, desk_store) -> None:
    dialog = dialog_for(desk_store.editor)
    dialog.load()
    qtbot.waitUntil(lambda: bool(dialog.verdict.text()), timeout=10_000)
    assert dialog.verdict.text() == "Your roles do not allow this action."


def test_model(qtmodeltester) -> None:
    from datetime import UTC, datetime

    from danvan_desktop.gui.audit_view import AuditTableModel
    from danvan_desktop.services.audit_log import AuditEntry

    model = AuditTableModel()
    at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    model.set_rows([AuditEntry(1, at, "admin", "user.create", "user:admin", {"a": "ấ"}, "f" * 64)])
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == '{"a": "ấ"}'


def test_a_tampered_chain_is_reported_where_the_cli_reports_it(
    qtbot, dialog_for, desk_store
) -> None:
    from sqlalchemy import text

    from danvan_desktop.services import audit

    with desk_store.store.engine.begin() as connection:  # someone edits the file by hand
        connection.execute(text("DROP TRIGGER audit_events_no_update"))
        connection.execute(text("UPDATE audit_events SET actor = 'forger' WHERE seq = 2"))
    broken_at = audit.verify_audit_chain(desk_store.store).broken_at  # `danvan audit verify`
    assert broken_at == 2
    dialog = dialog_for(desk_store.admin)
    dialog.load()
    dialog.verify.click()
    qtbot.waitUntil(lambda: "broken at event 2" in dialog.verdict.text(), timeout=10_000)
