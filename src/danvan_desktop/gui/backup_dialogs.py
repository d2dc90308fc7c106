"""Backup and restore from the desk's File menu.

"Back up now" makes a checked copy of the SQLite file (services/backups.py) on
the database thread. "Restore…" lists the backups with their date, size and
why each was made; restoring runs on the same database thread, so no query of
the desk can slip in between closing the store, restoring into the file (after a
safety copy of the current one) and opening it again; other desks may keep it open
(store/backups.py restores under SQLite's lock). The open article must be
saved or discarded first: its text would otherwise sit on a database it no
longer belongs to. Team mode (PostgreSQL) is backed up on the server; the
actions say so through the `backup_needs_sqlite` message.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def when_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S %d/%m/%Y")


class RestoreDialog(QDialog):
    """objectName `restoreDialog`; the list is `backupList`, newest (selected) first."""

    def __init__(self, backups: list, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 380)
        self._backups = list(backups)
        intro = QLabel(
            self.tr(
                "The database will be replaced by the backup you choose. A copy of the "
                "database as it is now is kept first, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(objectName="backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made at"), self.tr("Size"), self.tr("Why")])
        for backup in self._backups:
            item = QTreeWidgetItem(
                [when_text(backup.created_at), size_text(backup.size), self.reason_text(backup)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, backup.name)
            item.setToolTip(0, backup.name)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(
            lambda current, _old: self.restore_button.setEnabled(current is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        if not self._backups:
            layout.addWidget(QLabel(self.tr("There are no backups yet.")))
        layout.addWidget(self.buttons)
        self.restore_button.setEnabled(False)
        if self._backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def reason_text(self, backup) -> str:
        reason = backup.reason
        if reason == "automatic":
            return self.tr("automatic, at start")
        if reason == "manual":
            return self.tr("made by hand")
        if reason == "before-restore":
            return self.tr("before a restore")
        if reason.startswith("before-migration"):
            return self.tr("before a database upgrade")
        return reason

    def chosen_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None


class BackupMenu(QObject):
    """Adds "Back up now" and "Restore…" to the File menu of a main window."""

    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._context = window.context
        self.dialog: RestoreDialog | None = None
        self.backup_action = QAction(window, objectName="backupNowAction")
        self.restore_action = QAction(window, objectName="restoreBackupAction")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.choose_backup)
        menu.insertAction(before, self.backup_action)
        menu.insertAction(before, self.restore_action)
        menu.insertSeparator(before)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.backup_action.setText(self.tr("Back up now"))
        self.backup_action.setToolTip(self.tr("Make a checked copy of the database"))
        self.restore_action.setText(self.tr("Restore…"))
        self.restore_action.setToolTip(self.tr("Replace the database with one of its backups"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def back_up(self) -> None:
        store = self._context.store
        if store is None:
            return

        def work():
            from danvan_desktop.services import backups

            return backups.backup_store(store)

        def done(backup) -> None:
            text = self.tr("Backup made and checked: %1 (%2).")
            self._window.message_bar.show_message(
                text.replace("%1", when_text(backup.created_at)).replace(
                    "%2", size_text(backup.size)
                ),
                "info",
            )

        self._context.runner.database(work, done, self._window.show_error)

    def choose_backup(self) -> None:
        if self._context.store is None:
            return
        if self._window.editing.dirty:
            QMessageBox.information(
                self._window,
                self.tr("Restore"),
                self.tr("Save or discard the changes of the open article before restoring."),
            )
            return

        def work():
            from danvan_desktop.services import backups

            return backups.backups(backups.store_url(self._context.store))  # SQLite only

        self._context.runner.database(work, self._show_choice, self._window.show_error)

    def _show_choice(self, found: list) -> None:
        self.dialog = RestoreDialog(found, self._window)
        self.dialog.accepted.connect(lambda: self.restore(self.dialog.chosen_name()))
        self.dialog.open()

    def restore(self, name: str | None) -> None:
        """Restore backup `name` (None: the newest that passes its check) and refill the desk."""
        store, actor = self._context.store, self._context.actor

        def work():
            from danvan_desktop.services import backups

            return backups.restore_store(store, name)  # type: ignore[arg-type]

        def done(result) -> None:
            reopened, restored, _safety = result
            current = self._window.editing.current
            self._window.editing.close_article()
            self._window.start_session(reopened, actor)
            text = self.tr("The database was restored from the backup of %1.")
            self._window.message_bar.show_message(
                text.replace("%1", when_text(restored.created_at)), "info"
            )
            if current is not None and current.stored:  # show it as the backup has it
                self._window.editing.open_article(current.article_id)

        self._context.runner.database(work, done, self._window.show_error)
