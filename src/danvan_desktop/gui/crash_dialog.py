"""The last line of defence: Qt's messages and uncaught exceptions go to the log, and a dialog
lets the editor save the open text to a file of their choosing.

The desk installs these once at start (`install_crash_handlers`). An exception
no task or slot handled is written with its traceback to logs/danvan.log (for
whoever supports the office), then a dialog in the interface language says
what happened and offers "Save my text…", which writes the editor's fields as
Markdown wherever the editor chooses, whatever state the store is in. Qt's own
warnings (QtWebEngine, fonts, platform plugins) go to the same log instead of
a console nobody sees.
"""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
)

from danvan_desktop.gui.text_fields import plain_text

log = logging.getLogger("danvan_desktop.crash")
qt_log = logging.getLogger("danvan_desktop.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def editor_markdown(window: QMainWindow) -> str:
    """The open article as Markdown: title, sapo, body; the body alone if the editor is broken."""
    editor = window.editor
    try:
        fields = editor.fields()
    except Exception:  # the editor itself may be what failed
        return plain_text(editor.body)
    parts = [f"# {fields.title}" if fields.title else "", fields.sapo, fields.body]
    if fields.author_name:
        parts.append(f"*{fields.author_name}*")
    return "\n\n".join(p for p in parts if p.strip()) + "\n"


class CrashDialog(QDialog):
    """objectName `crashDialog`; `save_to(path)` is what "Save my text…" does after asking."""

    def __init__(self, window: QMainWindow, error: BaseException, log_file: str) -> None:
        super().__init__(window)
        self.setObjectName("crashDialog")
        self._window = window
        self.setWindowTitle(self.tr("Unexpected error"))
        text = self.tr(
            "Something went wrong that the desk did not expect. The details are written in "
            "the log file: %1\n\nYour text is still in the editor. To be safe, save a copy "
            "of it to a file now."
        ).replace("%1", log_file)
        label = QLabel(text, objectName="crashText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path
        detail = QLabel(f"{type(error).__name__}: {error}", objectName="crashDetail")
        detail.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save my text…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.choose_and_save)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(detail)
        layout.addWidget(buttons)

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return Path(folder) / f"bai-viet-{datetime.now():%Y%m%d-%H%M%S}.md"

    def choose_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save my text"), str(self.default_path()), self.tr("Markdown (*.md)")
        )
        if not path:
            return
        try:
            self.save_to(Path(path))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save my text"),
                self.tr("Could not write the file: %1").replace("%1", str(error)),
            )
            return
        self.save_button.setText(self.tr("Saved"))

    def save_to(self, path: Path) -> None:
        path.write_text(editor_markdown(self._window), encoding="utf-8")
        log.info("the editor's text was saved to %s after a crash", path)


class CrashHandlers:
    """sys.excepthook, threading.excepthook and Qt's message handler for one main window."""

    def __init__(self, window: QMainWindow, log_file: str) -> None:
        self.window = window
        self.log_file = log_file
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(qt_message_handler)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(None)

    def excepthook(self, kind, value, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, traceback)
            return
        log.critical("uncaught exception", exc_info=(kind, value, traceback))
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; a repeating timer must not stack them
        try:
            self.dialog = CrashDialog(self.window, value, self.log_file)
            self.window.crash_dialog = self.dialog
            self.dialog.open()
        except Exception:  # the dialog must never become the next crash
            log.exception("could not show the crash dialog")

    def thread_excepthook(self, args) -> None:
        log.critical(
            "uncaught exception in thread %s",
            getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def install_crash_handlers(window: QMainWindow, log_file: str | Path | None) -> CrashHandlers:
    handlers = CrashHandlers(window, str(log_file or ""))
    handlers.install()
    return handlers
