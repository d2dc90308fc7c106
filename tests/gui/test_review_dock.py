"""The review dock inside the desk: queue → editor → pinned review → approve → editor shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from danvan_desktop.services import articles, comments, review
from danvan_desktop.services.comments import Anchor
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.workflow import ArticleStatus

pytestmark = pytest.mark.gui


def test_reviewer_approves_from_the_dock(qtbot, open_desk, desk_store) -> None:
    from danvan_desktop.gui.review_dock import (
        COMMENT_MARK,
        ReviewDock,
        select_passage,
        selection_anchor,
    )

    fields = ArticleFields(
        title="Tạo sự đoàn kết từ mô hình tổ tự quản",
        sapo="Tóm tắt.",
        body="Đoạn một về công tác dân vận khéo.\n\nĐoạn hai về tổ tự quản.",
        category_slug="tin-hoat-dong",
    )
    article_id = articles.create_article(desk_store.store, desk_store.editor, fields).value.id
    review.submit_for_review(desk_store.store, desk_store.editor, article_id)
    passage = fields.body.index("công tác dân vận khéo")
    comments.add_comment(
        desk_store.store,
        desk_store.reviewer,
        article_id,
        "Cho một ví dụ.",
        anchor=Anchor("body", passage, passage + len("công tác dân vận khéo")),
    )

    window = open_desk(desk_store.reviewer)
    dock = ReviewDock(window.context, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.attach(window)
    with qtbot.waitSignal(dock.counts_changed, timeout=10_000) as counts:
        dock.start()
    assert counts.args[0].waiting_for_me == 1
    assert not dock.audit_action.isEnabled()  # a reviewer is not an admin
    assert "(1 · 0)" in dock.tabs.tabText(1)

    dock.queue.table.clicked.emit(dock.queue.model.index(0, 0))
    qtbot.waitUntil(lambda: dock.review.state is not None, timeout=10_000)
    loaded = window.editing.current
    assert loaded.article_id == article_id
    assert dock.review.pinned_hash == loaded.current_hash
    qtbot.waitUntil(lambda: bool(window.editor.body.extraSelections()), timeout=10_000)
    (mark,) = window.editor.body.extraSelections()
    assert mark.format.property(COMMENT_MARK)
    assert mark.cursor.selectedText() == "công tác dân vận khéo"

    body = window.editor.body
    start = fields.body.index("tổ tự quản")
    assert select_passage(window.editor, "body", start, start + len("tổ tự quản"))
    anchor = selection_anchor(window.editor)
    assert (anchor.field, anchor.start, anchor.end) == ("body", start, start + 10)
    assert body.textCursor().selectedText() == "tổ tự quản"
    assert dock.review.comments.add_on_selection.isEnabled()

    qtbot.waitUntil(lambda: dock.review.approve.isEnabled(), timeout=10_000)
    dock.review.approve.click()
    qtbot.waitUntil(lambda: window.editing.current.status == ArticleStatus.APPROVED, timeout=10_000)
    qtbot.waitUntil(lambda: dock.review.save_slip.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: dock.queue.counts.waiting_for_me == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)


def test_positions_past_an_emoji_are_converted(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

    from danvan_desktop.gui.review_dock import select_passage, selection_anchor, to_index, to_qt

    text = "Hội nghị 🎉 tổng kết công tác dân vận"
    start = text.index("tổng kết")
    assert to_qt(text, start) == start + 1 and to_index(text, start + 1) == start
    assert to_qt("Dân vận", 3) == 3 and to_index("Dân vận", 3) == 3

    class Fields(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.body = QPlainTextEdit(text, self)
            self.author_edit = QLineEdit(text, self)

    fields = Fields()
    qtbot.addWidget(fields)
    assert select_passage(fields, "body", start, start + len("tổng kết"))
    assert fields.body.textCursor().selectedText() == "tổng kết"
    anchor = selection_anchor(fields)
    assert (anchor.field, anchor.start, anchor.end) == ("body", start, start + len("tổng kết"))
    fields.show()
    qtbot.waitExposed(fields)
    assert select_passage(fields, "author_name", start, start + len("tổng kết"))
    assert fields.author_edit.selectedText() == "tổng kết"


def test_admins_open_the_audit_log_from_the_dock(qtbot, open_desk, desk_store) -> None:
    from PySide6.QtWidgets import QApplication

    from danvan_desktop.gui.audit_view import AuditDialog
    from danvan_desktop.gui.review_dock import ReviewDock

    window = open_desk(desk_store.admin)
    dock = ReviewDock(window.context, window)
    dock.attach(window)
    dock.start()
    assert dock.audit_action.isEnabled()
    dock.audit_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AuditDialog)]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].model.rowCount() > 0, timeout=10_000)
    dialogs[0].close()
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)


def test_a_save_in_the_desk_pins_the_new_revision(qtbot, open_desk, desk_store) -> None:
    from danvan_desktop.gui.review_dock import ReviewDock

    window = open_desk(desk_store.editor)
    dock = ReviewDock(window.context, window)
    dock.attach(window)
    dock.start()
    qtbot.waitUntil(lambda: dock.review.state is not None, timeout=10_000)
    before = dock.review.pinned_hash
    window.editor.sapo_edit.setPlainText("Tóm tắt mới, viết lại cho gọn.")
    qtbot.waitUntil(lambda: window.editing.dirty, timeout=10_000)
    window.editing.save()
    qtbot.waitUntil(lambda: dock.review.pinned_hash != before, timeout=10_000)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    assert dock.review.pinned_hash == window.editing.current.current_hash
    assert not dock.review.repin.isVisibleTo(dock.review)
