"""Backup and Restore in the File menu; a damaged or network-share database at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from danvan_desktop import config
from danvan_desktop.gui.startup import DeskStartup
from danvan_desktop.services import articles, backups, setup
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import open_store
from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import commit_text


def test_back_up_now_then_restore_brings_the_old_database_back(qtbot, open_desk, desk_store):
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.backup_menu.backup_action in file_menu.actions()
    assert window.backup_menu.restore_action in file_menu.actions()

    window.backup_menu.backup_action.trigger()
    qtbot.waitUntil(
        lambda: "Backup made and checked" in window.message_bar.label.text(), timeout=20_000
    )
    slug = articles.get_article(desk_store.store, window.editing.current.article_id).fields
    later = ArticleFields(
        title="Bài viết sau lần sao lưu", body="Nội dung.", category_slug=slug.category_slug
    )
    articles.create_article(desk_store.store, desk_store.admin, later)

    window.backup_menu.restore_action.trigger()
    qtbot.waitUntil(lambda: window.backup_menu.dialog is not None, timeout=10_000)
    dialog = window.backup_menu.dialog
    assert dialog.objectName() == "restoreDialog" and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert row.text(1).endswith(("KB", "MB")) and row.text(2) == "made by hand"
    dialog.accept()
    qtbot.waitUntil(lambda: "was restored" in window.message_bar.label.text(), timeout=20_000)

    store = window.context.store
    assert store is not desk_store.store  # closed, swapped, opened again
    titles = [r.title for r in articles.list_articles(store).rows]
    assert "Bài viết sau lần sao lưu" not in titles
    reasons = sorted(b.reason for b in backups.backups())
    assert reasons == ["before-restore", "manual"]  # the replaced database was kept first
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    store.close()


def test_restore_waits_for_the_open_article_to_be_saved(qtbot, open_desk, desk_store, monkeypatch):
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    window.editor.body.insertPlainText("Chưa lưu. ")
    asked = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: asked.append(args[2]))
    window.backup_menu.restore_action.trigger()
    assert asked and "Save or discard" in asked[0]
    assert window.backup_menu.dialog is None
    window.editing.discard_changes()


def _damaged_office(tmp_path: Path) -> tuple[str, str]:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    store = open_store(url)
    setup.initialise(store, "admin", TEST_PASSWORD, "Quản trị")
    store.close()
    good = backups.backup_now(url)
    database = tmp_path / "office.sqlite3"
    data = bytearray(database.read_bytes())
    data[:16] = b"not a database!!"
    database.write_bytes(bytes(data))
    return url, good.name


def _sign_in_after_restore(qtbot, startup) -> None:
    """The restored office asks who is there, as any start does."""
    qtbot.waitUntil(
        lambda: startup.dialog is not None and startup.dialog.isVisible(), timeout=30_000
    )
    dialog = startup.dialog
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("admin"))
    commit_text(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        dialog.buttons.accepted.emit()


def test_a_damaged_database_is_explained_and_the_newest_backup_restored(qtbot, open_desk, tmp_path):
    url, newest = _damaged_office(tmp_path)
    window = open_desk()
    startup = DeskStartup(window, database_url=url)
    startup.start()
    qtbot.waitUntil(lambda: getattr(window, "damaged_dialog", None) is not None, timeout=20_000)
    dialog = window.damaged_dialog
    assert dialog.objectName() == "damagedDatabaseDialog" and dialog.isVisible()
    assert newest in dialog.text() and "Traceback" not in dialog.text()
    assert "damaged" in dialog.text()
    dialog.restore_button.click()
    _sign_in_after_restore(qtbot, startup)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
    assert window.editor.title_edit.text().startswith("Đổi mới phương thức")
    kept = [p.name for p in config.backups_dir().iterdir() if p.name.startswith("damaged-")]
    assert kept, "the damaged bytes are kept for the administrator"
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    window.context.store.close()


def test_the_damaged_database_dialog_names_the_backup_it_will_restore(qtbot, open_desk, tmp_path):
    url, good = _damaged_office(tmp_path)
    damaged = config.backups_dir() / "danvan-20990101T000000000000Z-manual.sqlite3"
    damaged.write_bytes(b"not a database at all")  # the newest backup, and unusable
    window = open_desk()
    startup = DeskStartup(window, database_url=url)
    startup.start()
    qtbot.waitUntil(lambda: getattr(window, "damaged_dialog", None) is not None, timeout=20_000)
    dialog = window.damaged_dialog
    assert good in dialog.text() and damaged.name not in dialog.text()
    dialog.restore_button.click()
    _sign_in_after_restore(qtbot, startup)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
    assert window.editor.title_edit.text().startswith("Đổi mới phương thức")
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    window.context.store.close()


def test_a_damaged_database_without_backup_says_so_and_quits(qtbot, open_desk, tmp_path):
    url, _newest = _damaged_office(tmp_path)
    for backup in backups.backups():
        backup.path.unlink()
    window = open_desk()
    startup = DeskStartup(window, database_url=url)
    startup.start()
    qtbot.waitUntil(lambda: getattr(window, "damaged_dialog", None) is not None, timeout=20_000)
    dialog = window.damaged_dialog
    assert dialog.restore_button is None and "no backup" in dialog.text()
    with qtbot.waitSignal(startup.failed, timeout=10_000) as failed:
        dialog.buttons()[0].click()
    assert failed.args == ["cancelled"]


def test_a_script_signing_in_with_as_gets_the_damage_as_an_error_not_a_dialog(
    qtbot, open_desk, tmp_path, monkeypatch
):
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
    url, _newest = _damaged_office(tmp_path)
    window = open_desk()
    startup = DeskStartup(window, database_url=url, as_user="admin")
    with qtbot.waitSignal(startup.failed, timeout=20_000) as failed:
        startup.start()
    assert "damaged" in failed.args[0]
    assert getattr(window, "damaged_dialog", None) is None


def test_a_database_on_a_network_path_gets_a_warning(qtbot, open_desk, tmp_path, monkeypatch):
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
    # POSIX keeps a leading "//" as written: to the desk this is a UNC path, to Linux a local file.
    network_style = "/" + str(tmp_path / "share.sqlite3")
    store = open_store(f"sqlite:///{network_style}")
    setup.initialise(store, "admin", TEST_PASSWORD, "Quản trị")
    store.close()
    window = open_desk()
    startup = DeskStartup(window, database_url=f"sqlite:///{network_style}", as_user="admin")
    startup.start()
    qtbot.waitUntil(
        lambda: getattr(window, "network_share_warning", None) is not None, timeout=20_000
    )
    warning = window.network_share_warning
    assert warning.isVisible() and "network share" in warning.text()
    qtbot.waitUntil(lambda: window.context.ready and not window.context.runner.busy, timeout=20_000)
    window.context.store.close()
