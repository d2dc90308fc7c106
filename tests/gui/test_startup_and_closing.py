"""Starting the desk (first run, --as), closing with unsaved text, and asking for changes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from danvan_desktop.gui.dialogs import CommentDialog
from danvan_desktop.gui.editing import SaveState
from danvan_desktop.gui.startup import DeskStartup
from danvan_desktop.services import articles, review, working_copies
from danvan_desktop.settings import load_settings
from danvan_desktop.workflow import ArticleStatus
from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import commit_text


def test_first_run_creates_the_admin_and_opens_the_sample(qtbot, open_desk, tmp_path: Path):
    window = open_desk()
    startup = DeskStartup(window, database_url=f"sqlite:///{tmp_path / 'new.sqlite3'}")
    startup.start()
    qtbot.waitUntil(
        lambda: startup.dialog is not None and startup.dialog.isVisible(), timeout=20_000
    )
    dialog = startup.dialog
    assert dialog.objectName() == "firstRunDialog"
    commit_text(dialog.display_name_edit, "Nguyễn Văn Quản Trị")
    commit_text(dialog.password_edit, TEST_PASSWORD)
    commit_text(dialog.confirm_edit, TEST_PASSWORD)
    with qtbot.waitSignal(startup.ready, timeout=20_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
    assert window.editor.title_edit.text().startswith("Đổi mới phương thức lãnh đạo")
    assert "Nguyễn Văn Quản Trị" in window.user_label.text()
    assert "SQLite" in window.database_label.text()
    assert load_settings().last_user == "admin"
    window.context.store.close()


def test_as_user_signs_in_without_a_dialog(qtbot, open_desk, desk_store, monkeypatch):
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
    window = open_desk()
    url = str(desk_store.store.engine.url)
    startup = DeskStartup(window, database_url=url, as_user="bientap")
    with qtbot.waitSignal(startup.ready, timeout=20_000) as signal:
        startup.start()
    assert signal.args[0].username == "bientap"
    assert startup.dialog is None
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=20_000)
    window.context.store.close()


def test_closing_with_unsaved_text_asks(qtbot, open_desk, desk_store, monkeypatch):
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    article_id = window.editing.current.article_id
    commit_text(window.editor.body, "Chưa lưu. ")
    asked = []

    def answer(button):
        def question(*args, **kwargs):
            asked.append(args[1:3])
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert asked and window.isVisible()
    qtbot.waitUntil(lambda: window.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(
        lambda: (
            working_copies.load_working_copy(desk_store.store, desk_store.admin, article_id) is None
        ),
        timeout=10_000,
    )


def test_a_reviewer_requests_changes_with_a_comment(qtbot, open_desk, desk_store):
    store = desk_store.store
    sample_id = articles.list_articles(store).rows[0].id
    review.submit_for_review(store, desk_store.admin, sample_id)
    window = open_desk(desk_store.reviewer)
    qtbot.waitUntil(
        lambda: (
            window.editing.current is not None and window.editing.current.article_id == sample_id
        ),
        timeout=10_000,
    )
    action = window._actions["request_changes"]
    assert action.isEnabled()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CommentDialog)
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled()  # a request without a reason is refused up front
        commit_text(dialog.text, "Cần bổ sung số liệu năm 2025.")
        dialog.accept()

    QTimer.singleShot(0, fill)
    action.trigger()
    qtbot.waitUntil(
        lambda: window.editing.current.status is ArticleStatus.CHANGES_REQUESTED, timeout=10_000
    )


def test_settings_dialog_labels_tone_styles_by_example_and_saves(qtbot) -> None:
    from danvan_desktop.gui.settings_dialog import SettingsDialog
    from danvan_desktop.settings import AppSettings, save_settings

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    labels = [dialog.tone_style.itemText(i) for i in range(dialog.tone_style.count())]
    assert labels[0].startswith("hòa, thủy") and labels[1].startswith("hoà, thuỷ")
    assert not any("old" in label.lower() or "new" in label.lower() for label in labels)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.tone_style.setCurrentIndex(1)
    dialog.autosave.setValue(5)
    dialog.banner.setText("BAN DÂN VẬN HUYỆN ỦY")
    chosen = dialog.result_settings()
    assert (chosen.language, chosen.tone_style, chosen.autosave_seconds) == ("en", "reformed", 5)
    save_settings(chosen)
    assert load_settings().banner_text == "BAN DÂN VẬN HUYỆN ỦY"


def test_only_an_administrator_changes_the_database_and_the_site(qtbot) -> None:
    from danvan_desktop.gui.settings_dialog import SettingsDialog
    from danvan_desktop.settings import AppSettings

    dialog = SettingsDialog(AppSettings(), may_manage=False)
    qtbot.addWidget(dialog)
    assert not dialog.database.isEnabled() and not dialog.banner.isEnabled()
    assert dialog.language.isEnabled() and dialog.autosave.isEnabled()


def test_the_preview_engine_runs_without_the_gpu_thread_and_keeps_user_flags(monkeypatch):
    from danvan_desktop.gui.app import _preview_engine_flags

    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--lang=vi")
    _preview_engine_flags()
    _preview_engine_flags()
    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--lang=vi --disable-gpu"


_SOURCES_PROBE = """
import linecache, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from danvan_desktop.gui.app import create_application
app = create_application([sys.argv[0]])
from json import dumps  # no PySide6 in json
from danvan_desktop.gui.debounce import Debouncer  # PySide6 in debounce
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
cached = [name for name in linecache.cache if name.endswith(("json/__init__.py", "debounce.py"))]
print(feature["json"], feature["danvan_desktop.gui.debounce"], cached)
"""


def test_pyside_learns_which_modules_use_it_without_caching_their_sources():
    result = subprocess.run(
        [sys.executable, "-c", _SOURCES_PROBE], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["-1", "0", "[]"], result.stderr


def test_as_user_with_a_wrong_password_exits_non_zero_and_says_why(desk_store, tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DANVAN_HOME=str(tmp_path / "home"))
    env["DANVAN_PASSWORD"] = "not the password"
    url = str(desk_store.store.engine.url)
    result = subprocess.run(
        [sys.executable, "-m", "danvan_desktop", "--database", url, "--as", "bientap"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    assert "cannot sign in as bientap: bad_credentials: wrong user name or password" in (
        result.stderr
    )


def test_the_status_bar_counts_syllables_and_reading_time_after_a_pause(
    qtbot, open_desk, desk_store
):
    from danvan_desktop.vietnamese.counting import count_syllables, reading_minutes

    window = open_desk(desk_store.editor)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    body = window.editor.body
    expected = f"{count_syllables(body.toPlainText())} word"
    qtbot.waitUntil(lambda: window.count_label.text().startswith(expected), timeout=10_000)
    assert f"{reading_minutes(body.toPlainText())} min read" in window.count_label.text()
    assert "Nguyễn Thị Biên" in window.user_label.text()
    assert "editor" in window.user_label.text().lower()  # the roles beside the name
    body.set_markdown("Dân vận khéo ở cơ sở")
    window.status.recount_later()
    qtbot.waitUntil(lambda: window.count_label.text().startswith("6 word"), timeout=10_000)
