"""GUI fixtures: one QApplication with the preview's schemes, and desks on a real SQLite store.

QtWebEngine must be imported, and our URL schemes registered, before the
QApplication exists; pytest-qt creates it lazily, so both happen here when
pytest configures itself.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from danvan_desktop.services import setup, users
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.store import Store, open_store
from danvan_desktop.settings import AppSettings
from tests.conftest import TEST_PASSWORD

# A real 3×2 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAxAADABH+AQFq"
    "V1ZWAAAAAElFTkSuQmCC"
)


def pytest_configure(config: pytest.Config) -> None:
    import PySide6.QtWebEngineWidgets  # noqa: F401 - must precede the QApplication

    from danvan_desktop.gui.web_schemes import register_schemes

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_schemes()


@dataclass
class DeskStore:
    store: Store
    admin: Actor
    editor: Actor
    reviewer: Actor


@pytest.fixture
def desk_store(tmp_path: Path) -> Iterator[DeskStore]:
    store = open_store(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    setup.initialise(store, "admin", TEST_PASSWORD, "Quản trị")
    admin = users.authenticate(store, "admin", TEST_PASSWORD)
    users.add_user(store, admin, "bientap", TEST_PASSWORD, ["editor"], "Nguyễn Thị Biên")
    users.add_user(store, admin, "duyet", TEST_PASSWORD, ["reviewer"], "Trần Văn Duyệt")
    editor = users.authenticate(store, "bientap", TEST_PASSWORD)
    reviewer = users.authenticate(store, "duyet", TEST_PASSWORD)
    yield DeskStore(store, admin, editor, reviewer)
    store.close()


@pytest.fixture
def open_desk(qtbot, desk_store: DeskStore, monkeypatch) -> Iterator[Callable[..., object]]:
    """Open a main window signed in as an actor; all are closed cleanly after the test.

    Working copies a test left kept are kept for "the next start" when its desks close.
    """
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.tasks import TaskRunner

    windows = []

    def make(actor: Actor | None = None, settings: AppSettings | None = None):
        runner = TaskRunner()
        context = DeskContext(runner, settings or AppSettings(autosave_seconds=0.3))
        window = MainWindow(context)
        window.show()
        windows.append(window)
        if actor is not None:
            window.start_session(desk_store.store, actor)
            qtbot.waitUntil(lambda: window.categories.model.rowCount() > 1, timeout=10_000)
            qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        return window

    yield make
    keep = lambda *args, **kwargs: QMessageBox.StandardButton.Close  # noqa: E731
    monkeypatch.setattr(QMessageBox, "question", keep)
    for window in windows:
        window.editing.close_article()
        window.close()
        window.context.runner.shutdown()
        window.deleteLater()
    # Pages go before the application's preview profile does (Qt warns otherwise).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def commit_text(widget: QWidget, text: str) -> None:
    """What Unikey or IBus send when a word is finished: a commit string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def preedit_text(widget: QWidget, text: str) -> None:
    """A word being composed (underlined, not yet in the document)."""
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))


def page_text(qtbot, window) -> str:
    """The preview page's DOM text (page JavaScript is off; toPlainText still works)."""
    result: list[str] = []
    window.preview.view.page().toPlainText(result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]
