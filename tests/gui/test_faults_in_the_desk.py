"""A full disk, a read-only or locked file, a PostgreSQL restart: a clear message, the text
stays in the editor, and Save again works."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan_desktop.gui.editing import SaveState
from danvan_desktop.services import articles, setup, users
from danvan_desktop.services.store import open_store
from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import commit_text
from tests.reliability.faults import (
    fill,
    locked,
    own_postgres_server,
    read_only,
    small_filesystem,
)


def _type_and_save(qtbot, window, words: str) -> None:
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    commit_text(body, words)
    window._actions["save"].trigger()


def _open(qtbot, open_desk, desk_store):
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    return window


def _saved_again(qtbot, window, desk_store, words: str) -> None:
    window._actions["save"].trigger()
    qtbot.waitUntil(lambda: window.editing.state is SaveState.SAVED, timeout=20_000)
    stored = articles.get_article(desk_store.store, window.editing.current.article_id)
    assert stored.fields.body.endswith(words)


def test_a_read_only_database(qtbot, open_desk, desk_store):
    window = _open(qtbot, open_desk, desk_store)
    database = desk_store.store.engine.url.database
    words = " Câu viết khi tệp chỉ đọc."
    with read_only(Path(database)):
        desk_store.store.close()  # connections opened from now on find the file read-only
        _type_and_save(qtbot, window, words)
        qtbot.waitUntil(lambda: "read-only" in window.message_bar.label.text(), timeout=20_000)
        assert window.editor.body.toPlainText().endswith(words)
        assert window.editing.dirty
        qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    _saved_again(qtbot, window, desk_store, words)


def test_a_database_locked_by_another_program(qtbot, open_desk, desk_store):
    window = _open(qtbot, open_desk, desk_store)
    words = " Câu viết khi chương trình khác giữ khóa."
    with locked(desk_store.store.engine.url.database):
        _type_and_save(qtbot, window, words)
        qtbot.waitUntil(
            lambda: "Another program is holding" in window.message_bar.label.text(),
            timeout=30_000,
        )
        assert window.editor.body.toPlainText().endswith(words)
        assert window.editing.dirty
        qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)
    _saved_again(qtbot, window, desk_store, words)


def test_a_full_disk(qtbot, open_desk):
    with small_filesystem(4096) as mounted:
        store = open_store(f"sqlite:///{mounted / 'danvan.sqlite3'}")
        try:
            setup.initialise(store, "admin", TEST_PASSWORD, "Quản trị")
            admin = users.authenticate(store, "admin", TEST_PASSWORD)
            window = open_desk()
            window.start_session(store, admin)
            qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
            qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
            filler = fill(mounted)
            words = " Câu viết khi ổ đĩa đã đầy." * 2000  # more than the last free pages
            _type_and_save(qtbot, window, words)
            qtbot.waitUntil(lambda: "disk" in window.message_bar.label.text(), timeout=20_000)
            assert window.message_bar.label.text().startswith(
                "The disk holding the database is full"
            )
            assert window.editor.body.toPlainText().endswith(words) and window.editing.dirty
            qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
            filler.unlink()
            window._actions["save"].trigger()
            qtbot.waitUntil(lambda: window.editing.state is SaveState.SAVED, timeout=20_000)
            stored = articles.get_article(store, window.editing.current.article_id)
            assert stored.fields.body.endswith(words)
            window.editing.close_article()
            qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
        finally:
            store.close()


@pytest.mark.postgres
def test_a_postgresql_server_restarted_and_stopped_while_the_desk_is_open(qtbot, open_desk):
    with own_postgres_server() as server:
        store = open_store(server.url)
        try:
            setup.initialise(store, "admin", TEST_PASSWORD, "Quản trị")
            admin = users.authenticate(store, "admin", TEST_PASSWORD)
            window = open_desk()
            window.start_session(store, admin)
            qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
            qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)

            server.restart()  # the desk's pooled connections die; the next save reconnects
            first = " Câu lưu sau khi máy chủ khởi động lại."
            _type_and_save(qtbot, window, first)
            qtbot.waitUntil(lambda: window.editing.state is SaveState.SAVED, timeout=20_000)

            server.stop()
            words = " Câu viết khi máy chủ tắt."
            _type_and_save(qtbot, window, words)
            qtbot.waitUntil(
                lambda: "Cannot reach the database" in window.message_bar.label.text(),
                timeout=30_000,
            )
            assert window.editor.body.toPlainText().endswith(first + words)
            assert window.editing.dirty
            qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)

            server.start()
            window._actions["save"].trigger()
            qtbot.waitUntil(lambda: window.editing.state is SaveState.SAVED, timeout=20_000)
            stored = articles.get_article(store, window.editing.current.article_id)
            assert stored.fields.body.endswith(first + words)
            window.editing.close_article()
            qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
        finally:
            store.close()
