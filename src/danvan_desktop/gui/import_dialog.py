"""Bringing files in from the desk: File → Import, or files dropped on the article list.

One dialog walks through the three moments of a batch: choose the category,
watch the progress (with Cancel), read the report (imported, skipped as a
duplicate, failed and why). `services.importing.import_files` does the work
and knows nothing of Qt; here its progress callback becomes a signal and
Cancel becomes a threading.Event it polls between files.

The batch runs on the task runner's pool, not its one database thread: a
folder of Word files takes minutes, and autosave, list queries and saves must
not queue behind it. Each file is its own short transaction, so the store
serialises the writes (SQLite's BEGIN IMMEDIATE and busy timeout, PostgreSQL's
row locks) just as it does for two desks.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.messages import code_text, error_text, import_warning_text
from danvan_desktop.workflow import Role

# What the file dialog offers; the importer looks at the bytes, so this is only a filter.
IMPORT_SUFFIXES = ("*.docx", "*.html", "*.htm", "*.txt", "*.md", "*.doc")
ArticleIdRole = Qt.ItemDataRole.UserRole + 1


class ImportDialog(QDialog):
    """objectName `importDialog`; `start()` runs the batch, `report` holds the outcome."""

    progressed = Signal(int, int, str)  # done, total, file name
    imported = Signal(object)  # the ImportReport, once the batch is over
    article_requested = Signal(str)  # a report row was double-clicked

    def __init__(
        self,
        context: DeskContext,
        paths: Sequence[Path],
        categories: Sequence[object],
        current_slug: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setMinimumSize(720, 420)
        self._context = context
        self.paths = [Path(p) for p in paths]
        self.report = None
        self._cancel = threading.Event()
        self._running = False

        self.pages = QStackedWidget()
        self.files_label = QLabel(objectName="importFiles")
        self.files_label.setWordWrap(True)
        self.category = QComboBox(objectName="importCategory")
        for node in categories:
            self.category.addItem(" › ".join(node.path), node.slug)  # type: ignore[attr-defined]
        self.category.setCurrentIndex(max(0, self.category.findData(current_slug)))
        choose = QWidget()
        form = QFormLayout(choose)
        form.addRow(self.files_label)
        self.category_label = QLabel()
        form.addRow(self.category_label, self.category)
        self.pages.addWidget(choose)

        self.current_file = QLabel(objectName="importCurrent")
        self.progress = QProgressBar(objectName="importProgress")
        running = QWidget()
        column = QVBoxLayout(running)
        column.addStretch(1)
        column.addWidget(self.current_file)
        column.addWidget(self.progress)
        column.addStretch(1)
        self.pages.addWidget(running)

        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, objectName="importReport")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 130)
        self.table.cellDoubleClicked.connect(self._row_activated)
        done = QWidget()
        column = QVBoxLayout(done)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        self.pages.addWidget(done)

        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(objectName="importStart")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="importCancel")
        self.close_button = QPushButton(objectName="importClose")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.progressed.connect(self._show_progress)
        # The worker writes its progress into a plain list that a timer reads here: no Qt
        # object is touched on the worker's thread, so closing the dialog mid-batch is safe.
        self._latest: list[tuple[int, int, str]] = []
        self._progress_timer = QTimer(self, interval=100)
        self._progress_timer.timeout.connect(self._read_progress)
        # A desk that quits mid-batch stops after the file being read (the worker thread
        # would otherwise keep the process alive until the whole folder was imported).
        cancel = self._cancel
        self.destroyed.connect(lambda *_: cancel.set())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(cancel.set)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import articles"))
        names = ", ".join(p.name for p in self.paths[:4]) + (", …" if len(self.paths) > 4 else "")
        text = self.tr("%n file(s) or folder(s): %1", "", len(self.paths))
        self.files_label.setText(text.replace("%1", names))
        self.category_label.setText(self.tr("Into the category:"))
        self.start_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Why")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # the batch -----------------------------------------------------------------
    def start(self) -> None:
        slug = self.category.currentData()
        if self._running or not slug or not self._context.ready:
            return
        self._running = True
        self.pages.setCurrentIndex(1)
        self.start_button.hide()
        self.current_file.setText(self.tr("Reading the files…"))
        self.progress.setRange(0, 0)  # busy until the files are counted
        store, actor, paths, cancel = (
            self._context.store,
            self._context.actor,
            list(self.paths),
            self._cancel,
        )
        latest = self._latest

        def progress(done: int, total: int, name: str) -> None:
            latest[:] = [(done, total, name)]  # one assignment: atomic under the GIL

        def work():
            from danvan_desktop.services.importing import import_files

            return import_files(
                store,  # type: ignore[arg-type]
                actor,  # type: ignore[arg-type]
                paths,
                slug,
                progress=progress,
                cancelled=cancel.is_set,
            )

        def finished(report) -> None:
            if shiboken6.isValid(self):  # the dialog (or the desk) may have closed meanwhile
                self._finished(report)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._failed(error)

        self._context.runner.background(work, finished, failed)
        self._progress_timer.start()

    def _read_progress(self) -> None:
        if self._latest:
            self.progressed.emit(*self._latest.pop())

    def _show_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            text = self.tr("%1 of %2: %3")
            self.current_file.setText(
                text.replace("%1", str(done + 1)).replace("%2", str(total)).replace("%3", name)
            )

    def reject(self) -> None:
        """Cancel while running stops after the file being read; the report still comes."""
        if self._running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.current_file.setText(self.tr("Stopping after this file…"))
            return
        super().reject()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._progress_timer.stop()
        self.pages.setCurrentIndex(2)
        self.summary.setText(error_text(error))
        self._show_close()

    def _finished(self, report) -> None:
        from danvan_desktop.services.importing import FileStatus

        self._running = False
        self._progress_timer.stop()
        self.report = report
        outcome = {
            FileStatus.IMPORTED: self.tr("Imported"),
            FileStatus.DUPLICATE: self.tr("Duplicate, skipped"),
            FileStatus.FAILED: self.tr("Failed"),
            FileStatus.CANCELLED: self.tr("Cancelled"),
        }
        self.table.setRowCount(len(report.results))
        for row, result in enumerate(report.results):
            if result.status is FileStatus.IMPORTED:
                notes = [import_warning_text(w) for w in result.warnings]
                why = " ".join([f"“{result.title}”", *notes])
            elif result.status is FileStatus.CANCELLED:
                why = ""
            else:
                why = code_text(result.code, result.message)
            cells = (Path(result.path).name, outcome[result.status], why)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(result.path if column == 0 else text)
                item.setData(ArticleIdRole, result.article_id)
                self.table.setItem(row, column, item)
        summary = self.tr("Imported %1, skipped %2 already imported, failed %3.")
        summary = (
            summary.replace("%1", str(report.count(FileStatus.IMPORTED)))
            .replace("%2", str(report.count(FileStatus.DUPLICATE)))
            .replace("%3", str(report.count(FileStatus.FAILED)))
        )
        if report.cancelled:
            summary += " " + self.tr("Cancelled: the files after that were not read.")
        if not report.results:
            summary = self.tr("No Word, web page or text file was found there.")
        self.summary.setText(summary)
        self.pages.setCurrentIndex(2)
        self._show_close()
        self.imported.emit(report)

    def _show_close(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    def _row_activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        article_id = item.data(ArticleIdRole) if item is not None else None
        if article_id:
            self.article_requested.emit(article_id)


class ImportMenu(QObject):
    """File → Import, and files dropped on the article list; refreshes the desk afterwards."""

    def __init__(self, window, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._context: DeskContext = window.context
        self._categories: list = []
        self.dialog: ImportDialog | None = None
        self.files_action = QAction(window, objectName="importFilesAction")
        self.folder_action = QAction(window, objectName="importFolderAction")
        self.files_action.triggered.connect(self.choose_files)
        self.folder_action.triggered.connect(self.choose_folder)
        menu.insertAction(before, self.files_action)
        menu.insertAction(before, self.folder_action)
        menu.insertSeparator(before)
        window.categories.nodes_loaded.connect(self._keep_categories)
        viewport = window.articles.table.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.files_action.setText(self.tr("Import articles from files…"))
        self.files_action.setToolTip(
            self.tr("Word (.docx), web pages (.html), text (.txt) and Markdown (.md) as drafts")
        )
        self.folder_action.setText(self.tr("Import a folder…"))
        self.folder_action.setToolTip(self.tr("Every Word, web page and text file in a folder"))

    def _keep_categories(self, nodes: list) -> None:
        """The tree loads once the user is signed in: the moment to know who may import."""
        self._categories = list(nodes)
        for action in (self.files_action, self.folder_action):
            action.setEnabled(self.allowed())

    def allowed(self) -> bool:
        """Imports are drafts, which only editors create (workflow's "article.create")."""
        actor = self._context.actor
        return self._context.ready and actor is not None and actor.has(Role.EDITOR)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            return False
        if not self.allowed():
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _local_paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = _local_paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_paths(paths)
                return True
        return False

    # choosing ------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self.allowed():
            return
        kinds = self.tr("Word, web pages and text")
        names, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import articles from files"),
            "",
            f"{kinds} ({' '.join(IMPORT_SUFFIXES)})",
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        if not self.allowed():
            return
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> ImportDialog | None:
        """Open the dialog for `paths`, with the category selected in the tree as default."""
        if not self.allowed() or (self.dialog is not None and self.dialog.isVisible()):
            return None
        slug = self._window.categories.current_slug()
        dialog = ImportDialog(self._context, paths, self._categories, slug, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._refresh)
        dialog.article_requested.connect(self._show_article)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, *_args) -> None:
        self.dialog = None

    def _refresh(self, report) -> None:
        """Only when something was imported: the counts in the tree and the list."""
        if not report.changes:
            return
        self._window.categories.reload()
        self._window.articles.reload()

    def _show_article(self, article_id: str) -> None:
        self._window.articles.select_article(article_id)


def _local_paths(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
