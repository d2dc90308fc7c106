"""An uncaught exception is logged with its traceback and the editor can save the open text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QLabel

from danvan_desktop.gui.crash_dialog import install_crash_handlers
from danvan_desktop.logs import setup_logging
from tests.gui.conftest import commit_text


@pytest.fixture
def crash_handlers(open_desk, desk_store, qtbot):
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    log_file = setup_logging()
    handlers = install_crash_handlers(window, log_file)
    yield window, handlers, log_file
    handlers.uninstall()
    if handlers.dialog is not None:
        handlers.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_text_saved_where_the_editor_says(
    qtbot, crash_handlers, tmp_path: Path
):
    window, handlers, log_file = crash_handlers
    window.editor.body.setFocus()
    commit_text(window.editor.body, "\n\nĐoạn cuối chưa kịp lưu.")

    def broken_slot() -> None:
        raise RuntimeError("lỗi thử trong một slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(
        lambda: handlers.dialog is not None and handlers.dialog.isVisible(), timeout=10_000
    )
    dialog = handlers.dialog
    assert dialog.objectName() == "crashDialog"
    assert str(log_file) in dialog.findChild(QLabel, "crashText").text()
    text = Path(log_file).read_text(encoding="utf-8")
    assert "uncaught exception" in text and "RuntimeError: lỗi thử trong một slot" in text
    assert "Traceback" in text and "broken_slot" in text

    saved = tmp_path / "bai-cuu.md"
    dialog.save_to(saved)
    kept = saved.read_text(encoding="utf-8")
    assert kept.startswith("# Đổi mới phương thức")
    assert "Đoạn cuối chưa kịp lưu." in kept
    assert "Đoạn cuối chưa kịp lưu." in window.editor.body.toPlainText()  # still there

    QTimer.singleShot(0, broken_slot)  # a second failure logs, and does not stack dialogs
    qtbot.waitUntil(
        lambda: Path(log_file).read_text(encoding="utf-8").count("uncaught exception") == 2,
        timeout=10_000,
    )
    assert handlers.dialog is dialog


def test_qt_warnings_go_to_the_log(crash_handlers) -> None:
    _window, _handlers, log_file = crash_handlers
    qWarning("cảnh báo thử của Qt")
    text = Path(log_file).read_text(encoding="utf-8")
    assert "WARNING danvan_desktop.qt: cảnh báo thử của Qt" in text
