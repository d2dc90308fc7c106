"""The review view on a real store: pinned approval, comments, history and diff, the queue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from danvan_desktop.services import articles, comments, review
from danvan_desktop.services.comments import Anchor
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.queue import QueueRow
from danvan_desktop.workflow import ArticleStatus

pytestmark = pytest.mark.gui
BODY = "Đoạn một nói về công tác dân vận khéo.\n\nĐoạn hai về tổ tự quản ở xã Nam Anh."


@pytest.fixture
def panel(qtbot, desk_store) -> Iterator:
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.review_view import ReviewPanel
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    context = DeskContext(TaskRunner(), AppSettings(), desk_store.store, desk_store.reviewer)
    widget = ReviewPanel(context)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    context.runner.shutdown()


def _submitted(desk_store) -> str:
    fields = ArticleFields(
        title="Tạo sự đoàn kết từ mô hình tổ tự quản",
        sapo="Tóm tắt.",
        body=BODY,
        author_name="Nguyễn Văn A",
        author_position="Phóng viên",
        category_slug="tin-hoat-dong",
    )
    article_id = articles.create_article(desk_store.store, desk_store.editor, fields).value.id
    review.submit_for_review(desk_store.store, desk_store.editor, article_id)
    return article_id


def _edit_body(desk_store, article_id: str, body: str) -> None:
    detail = articles.get_article(desk_store.store, article_id)
    fields = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": body})
    articles.save_article(desk_store.store, desk_store.editor, article_id, fields, detail.version)


def _load(qtbot, panel, article_id: str, pinned: str | None = None) -> None:
    panel.show_article(article_id, pinned)
    qtbot.waitUntil(
        lambda: panel.state is not None and not panel._context.runner.busy, timeout=10_000
    )


def test_approve_names_the_revision_on_screen(qtbot, panel, desk_store) -> None:
    article_id = _submitted(desk_store)
    _load(qtbot, panel, article_id)
    opened = panel.state.detail.current_hash
    assert opened[:12] in panel.pinned.text() and panel.pinned.toolTip() == opened
    assert panel.approve.isEnabled() and not panel.save_slip.isEnabled()

    _edit_body(desk_store, article_id, BODY + "\n\nĐoạn ba thêm sau khi đã mở.")
    panel.reload()
    qtbot.waitUntil(lambda: panel.repin.isVisibleTo(panel), timeout=10_000)
    assert not panel.approve.isEnabled()
    panel._approve()  # even if called, the service refuses the revision nobody read
    qtbot.waitUntil(lambda: "before approving" in panel.notice.text(), timeout=10_000)
    assert articles.get_article(desk_store.store, article_id).status == ArticleStatus.IN_REVIEW

    panel.repin.click()
    qtbot.waitUntil(lambda: panel.approve.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(panel.article_changed, timeout=10_000) as changed:
        panel.approve.click()
    detail = changed.args[0]
    assert detail.status == ArticleStatus.APPROVED
    assert detail.approved_hash != opened
    qtbot.waitUntil(lambda: panel.save_slip.isEnabled(), timeout=10_000)
    assert not panel.approve.isEnabled()


def test_the_writer_cannot_approve(qtbot, desk_store) -> None:
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.review_view import ReviewPanel
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    article_id = _submitted(desk_store)
    detail = articles.get_article(desk_store.store, article_id)
    fields = ArticleFields(
        **{**detail.fields.as_dict(), "tags": (), "sapo": "Sửa bởi người duyệt."}
    )
    articles.save_article(desk_store.store, desk_store.reviewer, article_id, fields, detail.version)
    context = DeskContext(TaskRunner(), AppSettings(), desk_store.store, desk_store.reviewer)
    widget = ReviewPanel(context)
    qtbot.addWidget(widget)
    _load(qtbot, widget, article_id)
    assert not widget.approve.isEnabled()
    assert "another reviewer" in widget.approve.toolTip()
    assert widget.request_changes.isEnabled()
    context.runner.shutdown()


def test_comments_follow_the_text(qtbot, panel, desk_store) -> None:
    article_id = _submitted(desk_store)
    _load(qtbot, panel, article_id)
    start = BODY.index("tổ tự quản")
    panel.set_selection(Anchor("body", start, start + len("tổ tự quản")))
    assert panel.comments.add_on_selection.isEnabled()
    panel._add_comment("Ghi rõ tên tổ.", Anchor("body", start, start + len("tổ tự quản")), None)
    qtbot.waitUntil(lambda: panel.comments.tree.topLevelItemCount() == 1, timeout=10_000)
    _edit_body(desk_store, article_id, "Mở đầu mới.\n\n" + BODY)
    panel.reload()
    qtbot.waitUntil(
        lambda: "(moved)" in panel.comments.tree.topLevelItem(0).text(0), timeout=10_000
    )
    with qtbot.waitSignal(panel.passage_requested) as passage:
        item = panel.comments.tree.topLevelItem(0)
        panel.comments.tree.itemClicked.emit(item, 0)
    field, begin, end = passage.args
    body = articles.get_article(desk_store.store, article_id).fields.body
    assert field == "body" and body[begin:end] == "tổ tự quản"
    root_id = comments.list_comments(desk_store.store, article_id)[0].root.id
    panel._resolve(root_id, True)
    qtbot.waitUntil(lambda: panel.comments.tree.topLevelItemCount() == 0, timeout=10_000)
    panel.comments.show_resolved.setChecked(True)
    assert panel.comments.tree.topLevelItemCount() == 1


def test_history_compares_and_shows_the_diff(qtbot, panel, desk_store) -> None:
    article_id = _submitted(desk_store)
    _edit_body(desk_store, article_id, BODY.replace("dân vận khéo", "dân vận rất khéo"))
    _load(qtbot, panel, article_id)
    history = panel.history
    assert history.table.rowCount() == 3  # created, submitted, saved (newest on top)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: "rất" in history.diff.inline.toPlainText(), timeout=10_000)
    assert history.restore.isEnabled() is False  # the newest is the current text
    history.diff.mode.setCurrentIndex(1)
    assert "rất" in history.diff.new.toPlainText()
    assert "rất" not in history.diff.old.toPlainText()
    history.table.selectRow(2)
    assert history.restore.isEnabled()


def test_queue_model(qtmodeltester) -> None:
    from danvan_desktop.gui.review_queue import ArticleIdRole, ReviewQueueModel, waited_text

    row = QueueRow(
        article_id="id-1",
        title="Bài chờ duyệt",
        status=ArticleStatus.IN_REVIEW,
        category_id=1,
        category_name="Tin hoạt động",
        author_name="Nguyễn Văn A",
        created_by="bientap",
        last_edited_by="bientap",
        submitted_by="bientap",
        submitted_at=datetime(2026, 11, 26, 8, 0, tzinfo=UTC),
        waiting=timedelta(days=2, hours=3),
        current_hash="0" * 64,
        version=2,
        can_approve=True,
        reason="",
    )
    model = ReviewQueueModel()
    model.set_rows((row,))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ArticleIdRole) == "id-1"
    assert model.index(0, 3).data() == waited_text(timedelta(days=2, hours=3)) == "2 d 3 h"


def test_queue_panel_counts(qtbot, desk_store) -> None:
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.review_queue import ReviewQueuePanel
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    article_id = _submitted(desk_store)
    context = DeskContext(TaskRunner(), AppSettings(), desk_store.store, desk_store.reviewer)
    queue_panel = ReviewQueuePanel(context)
    qtbot.addWidget(queue_panel)
    with qtbot.waitSignal(queue_panel.counts_changed, timeout=10_000) as counts:
        queue_panel.reload()
    assert counts.args[0].waiting_for_me == 1
    assert "(1)" in queue_panel.buttons.button(1).text()
    with qtbot.waitSignal(queue_panel.article_chosen) as chosen:
        queue_panel.table.clicked.emit(queue_panel.model.index(0, 0))
    assert chosen.args == [article_id]
    context.runner.shutdown()


def test_the_editor_sees_why_it_came_back(qtbot, desk_store) -> None:
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.review_view import ReviewPanel
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    article_id = _submitted(desk_store)
    review.request_changes(desk_store.store, desk_store.reviewer, article_id, "Thêm nguồn tin.")
    context = DeskContext(TaskRunner(), AppSettings(), desk_store.store, desk_store.editor)
    widget = ReviewPanel(context)
    qtbot.addWidget(widget)
    widget.show()
    _load(qtbot, widget, article_id)
    assert widget.request.isVisible()
    assert "duyet" in widget.request.text() and "Thêm nguồn tin." in widget.request.text()
    assert not widget.approve.isEnabled() and not widget.request_changes.isEnabled()
    context.runner.shutdown()


def test_restoring_a_revision_from_the_history_makes_it_the_text(
    qtbot, desk_store, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.review_view import ReviewPanel
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    fields = ArticleFields(title="Bài có lịch sử", body=BODY, category_slug="tin-hoat-dong")
    article_id = articles.create_article(desk_store.store, desk_store.editor, fields).value.id
    _edit_body(desk_store, article_id, BODY + "\n\nĐoạn ba viết sau.")
    context = DeskContext(TaskRunner(), AppSettings(), desk_store.store, desk_store.editor)
    panel = ReviewPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    try:
        _load(qtbot, panel, article_id)
        assert "Nguyễn Thị Biên" in panel.pinned.text()  # the last editor, by name
        asked = []
        monkeypatch.setattr(
            QMessageBox,
            "question",
            lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
        )
        history = panel.history
        history.table.selectRow(history.table.rowCount() - 1)  # the first revision
        assert history.restore.isEnabled()
        with qtbot.waitSignal(panel.article_changed, timeout=10_000):
            history.restore.click()
        assert asked and "revision 1" in asked[0]
        assert articles.get_article(desk_store.store, article_id).fields.body == BODY
    finally:
        context.runner.shutdown()
