"""Two desks on one database: edit locks, take-over, live refresh, never overwriting edits.

Two `Store` objects on one SQLite file stand for two PCs of the office; each
desk runs its own task runner, as two processes would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from danvan_desktop.services import articles, categories, locks
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import open_store
from danvan_desktop.settings import AppSettings
from tests.gui.conftest import commit_text

TITLE = "Nghệ An: dân vận khéo ở Quỳnh Lưu"


@pytest.fixture
def other_store(desk_store):
    """The second PC: its own Store (own engine and pool) on the same file."""
    url = desk_store.store.engine.url.render_as_string(hide_password=False)
    store = open_store(url)
    yield store
    store.close()


@pytest.fixture
def desk_on(qtbot):
    """A desk signed in as `actor` on `store`: the second PC (or a PC on PostgreSQL)."""
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.tasks import TaskRunner

    windows = []

    def make(store, actor):
        runner = TaskRunner()
        window = MainWindow(DeskContext(runner, AppSettings(autosave_seconds=0.3)))
        window.show()
        windows.append(window)
        window.start_session(store, actor)
        qtbot.waitUntil(lambda: window.categories.model.rowCount() > 1, timeout=10_000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.editing.close_article()
        window.close()
        window.context.runner.shutdown()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def other_desk(desk_on, other_store):
    return lambda actor: desk_on(other_store, actor)


def _article(store, actor, title=TITLE) -> str:
    slug = categories.list_categories(store)[0].slug
    fields = ArticleFields(title=title, body="Nội dung ban đầu.", category_slug=slug)
    return articles.create_article(store, actor, fields).value.id


def _open(qtbot, window, article_id: str) -> None:
    window.articles.reload(select=article_id)
    qtbot.waitUntil(lambda: window.articles.model.row_of(article_id) >= 0, timeout=10_000)
    window._open_article(article_id)
    qtbot.waitUntil(
        lambda: (
            window.editing.current is not None and window.editing.current.article_id == article_id
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)


def test_locked_article_is_read_only_and_its_editor_or_an_admin_takes_over(
    qtbot, open_desk, other_desk, desk_store
):
    article_id = _article(desk_store.store, desk_store.editor)
    mine = open_desk(desk_store.editor)
    _open(qtbot, mine, article_id)
    commit_text(mine.editor.body, " Thêm một câu.")
    qtbot.waitUntil(lambda: mine.edit_lock.held, timeout=10_000)
    holder = locks.lock_holder(desk_store.store, desk_store.admin, article_id)
    assert holder is not None and holder.username == "bientap"

    admin = other_desk(desk_store.admin)
    _open(qtbot, admin, article_id)
    qtbot.waitUntil(lambda: admin.message_bar.isVisible(), timeout=10_000)
    assert "being edited by Nguyễn Thị Biên" in admin.message_bar.label.text()
    assert admin.editor.body.isReadOnly()
    assert not admin._actions["save"].isEnabled()
    take_over = [b for b in admin.message_bar.buttons if b.text() == "Take over"]
    assert take_over, "an admin may take over"

    take_over[0].click()
    qtbot.waitUntil(lambda: admin.edit_lock.held, timeout=10_000)
    assert not admin.editor.body.isReadOnly()

    # The first desk learns it at its next heartbeat: read-only, its text kept.
    mine.edit_lock.beat()
    qtbot.waitUntil(lambda: mine.editor.body.isReadOnly(), timeout=10_000)
    assert "took over this article" in mine.message_bar.label.text()
    assert "Thêm một câu." in mine.editor.body.toPlainText()
    assert not mine.edit_lock.held

    # Closing the article gives the lock back at once.
    admin.editing.close_article()
    qtbot.waitUntil(
        lambda: locks.lock_holder(desk_store.store, desk_store.editor, article_id) is None,
        timeout=10_000,
    )


def test_a_reviewer_cannot_take_over_and_sees_the_lock_go_away(
    qtbot, open_desk, other_desk, desk_store
):
    article_id = _article(desk_store.store, desk_store.editor)
    mine = open_desk(desk_store.editor)
    _open(qtbot, mine, article_id)
    commit_text(mine.editor.body, " Sửa.")
    qtbot.waitUntil(lambda: mine.edit_lock.held, timeout=10_000)

    reviewer = other_desk(desk_store.reviewer)
    _open(qtbot, reviewer, article_id)
    qtbot.waitUntil(lambda: reviewer.edit_lock.holder is not None, timeout=10_000)
    assert not [b for b in reviewer.message_bar.buttons if b.text() == "Take over"]

    mine.editing.close_article()  # releases; the reviewer's live refresh notices
    qtbot.waitUntil(lambda: reviewer.edit_lock.holder is None, timeout=15_000)
    assert "Nobody else is editing" in reviewer.message_bar.label.text()


def test_the_desk_that_loses_the_lock_to_another_goes_read_only_naming_the_holder(
    qtbot, open_desk, other_store, desk_store
):
    article_id = _article(desk_store.store, desk_store.editor)
    mine = open_desk(desk_store.admin)
    _open(qtbot, mine, article_id)
    assert mine.edit_lock.holder is None  # nobody held it when the article opened
    locks.acquire_lock(other_store, desk_store.editor, article_id)  # the other PC got there first

    commit_text(mine.editor.body, " Sửa cùng lúc.")
    qtbot.waitUntil(lambda: mine.editor.body.isReadOnly(), timeout=10_000)
    assert not mine.edit_lock.held
    assert mine.edit_lock.holder is not None and mine.edit_lock.holder.username == "bientap"
    assert "being edited by Nguyễn Thị Biên" in mine.message_bar.label.text()
    assert not mine._actions["save"].isEnabled()
    qtbot.waitUntil(lambda: not mine.context.runner.busy, timeout=10_000)
    assert mine.editor.body.isReadOnly() and not mine.edit_lock.held
    holder = locks.lock_holder(desk_store.store, desk_store.admin, article_id)
    assert holder is not None and holder.username == "bientap"


def test_changes_by_the_other_desk_appear_and_never_overwrite_unsaved_edits(
    qtbot, open_desk, desk_store, other_store
):
    article_id = _article(desk_store.store, desk_store.editor)
    desk = open_desk(desk_store.editor)
    _open(qtbot, desk, article_id)

    # A new article by the other PC shows up in the list within a few seconds.
    new_id = _article(other_store, desk_store.admin, "Bài mới từ máy khác")
    qtbot.waitUntil(lambda: desk.articles.model.row_of(new_id) >= 0, timeout=15_000)
    assert desk.editing.current.article_id == article_id  # the open article stays open

    # Saved elsewhere while this desk has no edits: the new revision is shown.
    detail = articles.get_article(other_store, article_id)
    theirs = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": "Bản của quản trị."})
    articles.save_article(other_store, desk_store.admin, article_id, theirs, detail.version)
    qtbot.waitUntil(lambda: desk.editor.body.toPlainText() == "Bản của quản trị.", timeout=15_000)

    # Saved elsewhere while this desk has unsaved edits: nothing is overwritten.
    commit_text(desk.editor.body, " Câu của tôi.")
    typed = desk.editor.body.toPlainText()
    detail = articles.get_article(other_store, article_id)
    again = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": "Bản thứ ba."})
    articles.save_article(other_store, desk_store.admin, article_id, again, detail.version)
    qtbot.waitUntil(lambda: "changed by admin" in desk.message_bar.label.text(), timeout=15_000)
    assert desk.editor.body.toPlainText() == typed
    texts = [b.text() for b in desk.message_bar.buttons]
    assert texts == ["Reload", "Compare"]

    desk.message_bar.buttons[1].click()
    dialog = desk.live.dialog
    assert dialog is not None and dialog.view.side_by_side
    assert "Bản thứ ba." in dialog.view.old.toPlainText()
    assert "Câu của tôi." in dialog.view.new.toPlainText()
    dialog.reject()


def test_a_stale_save_shows_the_winner_beside_the_kept_text(
    qtbot, open_desk, desk_store, other_store
):
    article_id = _article(desk_store.store, desk_store.editor)
    desk = open_desk(desk_store.editor)
    desk.live.stop()  # no live refresh: the save itself must find the conflict
    _open(qtbot, desk, article_id)
    commit_text(desk.editor.body, " Đoạn tôi viết thêm.")
    detail = articles.get_article(other_store, article_id)
    theirs = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": "Bản đã lưu trước."})
    articles.save_article(other_store, desk_store.admin, article_id, theirs, detail.version)

    desk._actions["save"].trigger()
    qtbot.waitUntil(lambda: "Someone else saved" in desk.message_bar.label.text(), timeout=10_000)
    compare = [b for b in desk.message_bar.buttons if b.text() == "Compare"]
    compare[0].click()
    qtbot.waitUntil(lambda: desk.live.dialog is not None, timeout=10_000)
    dialog = desk.live.dialog
    assert "Bản đã lưu trước." in dialog.view.old.toPlainText()
    assert "Đoạn tôi viết thêm." in dialog.view.new.toPlainText()
    dialog.reject()


def test_on_postgresql_a_change_arrives_by_notification(qtbot, desk_on, postgres_url):
    """LISTEN/NOTIFY wakes the desk at once, well before the 3 s poll would."""
    from danvan_desktop.services import setup, users
    from tests.conftest import TEST_PASSWORD

    first, second = open_store(postgres_url), open_store(postgres_url)
    try:
        setup.initialise(first, "admin", TEST_PASSWORD, "Quản trị")
        admin = users.authenticate(first, "admin", TEST_PASSWORD)
        users.add_user(first, admin, "bientap", TEST_PASSWORD, ["editor"], "Nguyễn Thị Biên")
        editor = users.authenticate(first, "bientap", TEST_PASSWORD)
        desk = desk_on(first, editor)
        desk.live.poll_seconds = 60.0  # only a notification can wake it in time
        desk.live.start()
        qtbot.waitUntil(lambda: desk.live.watcher is not None, timeout=10_000)
        qtbot.wait(500)  # the listener connects
        new_id = _article(second, admin, "Tin từ máy chủ")
        qtbot.waitUntil(lambda: desk.articles.model.row_of(new_id) >= 0, timeout=2_500)
    finally:
        first.close()
        second.close()


def test_a_list_read_deep_down_is_not_thrown_back_to_the_top(
    qtbot, open_desk, desk_store, other_store
):
    slug = categories.list_categories(desk_store.store)[0].slug
    for number in range(230):
        fields = ArticleFields(title=f"Tin lưu trữ số {number}", category_slug=slug)
        articles.create_article(desk_store.store, desk_store.editor, fields)
    desk = open_desk(desk_store.editor)
    panel = desk.articles
    panel.model.fetchMore()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 200, timeout=10_000)
    bar = panel.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    rows = panel.model.rowCount()

    new_id = _article(other_store, desk_store.admin, "Bài mới trong lúc đang đọc")
    qtbot.waitUntil(lambda: desk.live._list_outdated, timeout=15_000)
    assert panel.model.rowCount() == rows and bar.value() == bar.maximum()

    bar.setValue(0)  # back at the top: now the list catches up
    qtbot.waitUntil(lambda: panel.model.row_of(new_id) >= 0, timeout=10_000)


def test_in_vietnamese_the_bar_says_who_edits(qtbot, open_desk, desk_store, tmp_path, monkeypatch):
    from danvan_desktop.gui import i18n

    monkeypatch.setenv("DANVAN_CACHE", str(tmp_path / "cache"))
    article_id = _article(desk_store.store, desk_store.editor)
    locks.acquire_lock(desk_store.store, desk_store.editor, article_id)  # another PC holds it
    translators = i18n.install_translators(QApplication.instance(), "vi")
    try:
        admin = open_desk(desk_store.admin)
        _open(qtbot, admin, article_id)
        qtbot.waitUntil(lambda: admin.edit_lock.holder is not None, timeout=10_000)
        assert "đang được sửa bởi Nguyễn Thị Biên" in admin.message_bar.label.text()
        assert [b.text() for b in admin.message_bar.buttons] == ["Tiếp quản"]
        assert admin.import_menu.files_action.text() == "Nhập bài từ tệp…"
    finally:
        i18n.remove_translators(QApplication.instance(), translators)
