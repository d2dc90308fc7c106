"""Publish ("Xuất bản"): approved articles → one signed portal package, from the desk.

Three pages in one dialog: choose (articles with their pre-export check,
withdrawals, destination, signing key), progress with Cancel, and a summary
with "open folder". The destination and the passphrase are fields of the
dialog rather than modal pop-ups, so a publisher sees all of it at once and a
test can fill them in. The passphrase is read once per export, handed to the
worker and cleared from its field; it is never stored.

The export runs on the task runner's pool, not on its one database thread:
rendering and zipping a large package takes minutes, and autosaves, list
queries and live refresh must not queue behind it. `export_package` touches
the store only in two short transactions of its own (read, then "published"
just before the zip takes its name), which the store serialises as it does
for two desks. A cancel or a failure leaves no file and publishes nothing.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.messages import export_error_text
from danvan_desktop.gui.publish_list import PublishChoices, load_publish_choices
from danvan_desktop.gui.publish_pages import ChoosePage
from danvan_desktop.gui.publish_progress import ProgressPage, SummaryPage

MIN_PASSPHRASE_CHARS = 8  # portal/signing.py refuses shorter ones; said here before the work


def default_destination(now: datetime | None = None) -> Path:
    """`danvan-YYYYMMDD-HHMM.zip` in the user's Documents (home if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return base / f"danvan-{(now or datetime.now()):%Y%m%d-%H%M}.zip"


def _weakly(method: Callable[[object], None]) -> Callable[[object], None]:
    """A runner callback that does not keep its widget alive.

    A worker thread drops its references to the callbacks when it is done; were
    that the last reference to a parentless dialog, Qt would delete the dialog
    on the worker thread, off the UI thread, and corrupt its state.
    """
    ref = weakref.WeakMethod(method)

    def call(value: object) -> None:
        bound = ref()
        if bound is not None and shiboken6.isValid(bound.__self__):
            bound(value)

    return call


class _Progress:
    """Written by the export's thread, read by a timer: no Qt object crosses threads."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class PublishDialog(QDialog):
    """objectName `publishDialog`; `result_outcome` holds the last successful export."""

    published = Signal(object)  # the export's Outcome: the desk refreshes what it names

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.resize(940, 700)
        self._context = context
        self._cancel = threading.Event()
        self._running = False
        self._close_when_stopped = False
        self._keep = None
        self.choices: PublishChoices | None = None
        self.result_outcome = None
        self.choose = ChoosePage(default_destination())
        self.running_page = ProgressPage()
        self.summary = SummaryPage()
        self.pages = QStackedWidget()
        for page in (self.choose, self.running_page, self.summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.choose.export_button.clicked.connect(self.start_export)
        self.choose.close_button.clicked.connect(self.reject)
        self.running_page.cancel_button.clicked.connect(self.cancel_export)
        self.summary.open_folder_button.clicked.connect(self.open_folder)
        self.summary.close_button.clicked.connect(self.accept)
        self._progress = _Progress()
        self._progress_timer = QTimer(self, interval=100)
        self._progress_timer.timeout.connect(self._show_progress)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Publish — export a package for the portal"))
        for page in (self.choose, self.running_page, self.summary):
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # the list -------------------------------------------------------------------
    def reload(self) -> None:
        """Read the approved and published articles and the key state again."""
        if not self._context.ready:
            return
        store = self._context.store
        keep = self.choose.kept_selection() if self.choices is not None else None
        self.choose.show_loading()
        self._keep = keep
        self._context.runner.database(
            lambda: load_publish_choices(store),
            _weakly(self._show_choices),
            _weakly(self._load_failed),
        )

    def _show_choices(self, choices: PublishChoices) -> None:
        self.choices = choices
        self.choose.show_choices(choices, self._keep)

    def _load_failed(self, error: BaseException) -> None:
        self.choose.show_error(error)

    # exporting ------------------------------------------------------------------
    def start_export(self) -> None:
        self._close_when_stopped = False
        if self._running or not self._context.ready or self.choices is None:
            return
        problem = self.choose.problem(MIN_PASSPHRASE_CHARS)
        if problem:
            self.choose.show_message(problem)
            return
        store, actor = self._context.store, self._context.actor
        request = self.choose.request()
        self.choose.clear_passphrases()
        self._cancel.clear()
        self._running = True
        self.running_page.start(len(request.article_ids))
        self.pages.setCurrentWidget(self.running_page)
        progress, cancel = _Progress(), self._cancel
        self._progress = progress
        self._progress_timer.start()

        def work():
            from danvan_desktop.portal import signing
            from danvan_desktop.services import publishing

            if request.create_key:
                signing.generate_key(request.passphrase)
            key = signing.load_signing_key(request.passphrase)
            return publishing.export_package(
                store,  # type: ignore[arg-type]
                actor,  # type: ignore[arg-type]
                request.destination,
                key,
                article_ids=request.article_ids,
                withdraw_ids=request.withdraw_ids,
                withdraw_reason=request.withdraw_reason,
                progress=progress,
                cancelled=cancel.is_set,
            )

        self._context.runner.background(work, _weakly(self._finished), _weakly(self._failed))

    def _show_progress(self) -> None:
        if self._progress.total:
            self.running_page.show_progress(self._progress.done, self._progress.total)

    def cancel_export(self) -> None:
        """Stops after the article being rendered; the package is never renamed into place."""
        if self._running:
            self._cancel.set()
            self.running_page.show_stopping()

    def _finished(self, outcome) -> None:
        self._running = False
        self._progress_timer.stop()
        self.result_outcome = outcome
        titles = {c.id: c.title for c in self.choices.candidates} if self.choices else {}
        if self.choices is not None:
            titles.update({p.id: p.title for p in self.choices.published})
        self.summary.show_result(outcome.value, titles)
        self.pages.setCurrentWidget(self.summary)
        self.published.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._progress_timer.stop()
        if self._close_when_stopped:  # closed while running: it stopped, nothing was written
            super().reject()
            return
        self.pages.setCurrentWidget(self.choose)
        code = getattr(error, "code", "")
        self.choose.show_message(export_error_text(error))
        if code == "key_passphrase_wrong":
            self.choose.focus_passphrase()
        else:
            self.reload()  # articles or the key may have changed meanwhile

    def open_folder(self) -> None:
        if self.result_outcome is not None:
            folder = self.result_outcome.value.report.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        """Closing while exporting cancels first; the dialog closes once it has stopped.

        If the package was already past the point of no return, the summary is
        shown instead: the publisher must learn that it went out.
        """
        if self._running:
            self._close_when_stopped = True
            self.cancel_export()
            return
        super().reject()


def open_publish_dialog(window) -> PublishDialog | None:
    """The desk's Publish action: one dialog at a time; the lists refresh after an export."""
    existing = getattr(window, "publish_dialog", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = PublishDialog(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def refresh(outcome) -> None:
        """The list, the counts, and the open article's state (the live refresh skips our own)."""
        window.categories.reload()
        window.articles.reload()
        result, current = outcome.value, window.editing.current
        changed = {*result.published_ids, *result.withdrawn_ids}
        if current is not None and current.article_id in changed and not window.editing.dirty:
            window.editing.open_article(current.article_id)

    def forget(*_args) -> None:
        window.publish_dialog = None

    dialog.published.connect(refresh)
    dialog.destroyed.connect(forget)
    window.publish_dialog = dialog
    dialog.open()
    return dialog
