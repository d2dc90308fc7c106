"""What the desk says at start about the database file itself: damaged, or on a network share.

A damaged SQLite file (`database_damaged`, raised by open_store after its quick
check) gets a plain Vietnamese dialog naming the newest backup that passes its
check and offering to restore that very one, never a traceback; the damaged
bytes are kept beside the backups.
A database on a network share gets a warning: SQLite's WAL needs shared memory
and reliable locks, which SMB and NFS do not give, so the file can be damaged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from danvan_desktop.gui.messages import error_text

translate = QCoreApplication.translate


def damaged_database_dialog(window: QMainWindow, error: BaseException) -> QMessageBox:
    """The dialog for a damaged file; its "restore" button is `dialog.restore_button` (or None)."""
    restorable = getattr(error, "params", {}).get("restorable")
    path = getattr(error, "params", {}).get("path", "")
    dialog = QMessageBox(window)
    dialog.setObjectName("damagedDatabaseDialog")
    dialog.setIcon(QMessageBox.Icon.Critical)
    dialog.setWindowTitle(translate("StartupChecks", "The database is damaged"))
    text = translate(
        "StartupChecks",
        "The database file is damaged, so the desk cannot open it safely.",
    )
    if restorable:
        text += "\n\n" + translate(
            "StartupChecks",
            "The newest backup that checks out is %1. Restore it? Work saved after that "
            "backup is not in it; the damaged file is kept in the backups folder for the "
            "administrator.",
        ).replace("%1", restorable)
    else:
        text += "\n\n" + translate(
            "StartupChecks", "There is no backup to restore. Ask the administrator for help."
        )
    dialog.setText(text)
    dialog.setDetailedText(f"{path}\n{error}")
    dialog.restore_button = None
    if restorable:
        dialog.restore_button = dialog.addButton(
            translate("StartupChecks", "Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    dialog.addButton(translate("StartupChecks", "Quit"), QMessageBox.ButtonRole.RejectRole)
    return dialog


def offer_restore_if_damaged(
    window: QMainWindow,
    error: BaseException,
    database_url: str | None,
    retry: Callable[[], None],
    give_up: Callable[[], None],
) -> bool:
    """For a damaged database: ask, restore the backup the dialog named and `retry`;
    True if handled."""
    if getattr(error, "code", None) != "database_damaged":
        return False
    dialog = damaged_database_dialog(window, error)
    window.damaged_dialog = dialog  # kept alive while open; tests find it here

    def answered() -> None:
        if dialog.restore_button is None or dialog.clickedButton() is not dialog.restore_button:
            give_up()
            return

        def work():
            from danvan_desktop.services import backups

            return backups.restore(getattr(error, "params", {}).get("restorable"), database_url)

        def failed(failure: BaseException) -> None:
            QMessageBox.critical(
                window, translate("StartupChecks", "The database is damaged"), error_text(failure)
            )
            give_up()

        window.context.runner.database(work, lambda _restored: retry(), failed)

    dialog.finished.connect(answered)
    dialog.open()
    return True


def warn_if_network_share(window: QMainWindow, store) -> None:
    """A warning box when the SQLite file is on a network share (store.info() off the UI thread)."""

    def shown(info) -> None:
        reason = info.extra.get("network_share")
        if not reason:
            return
        box = QMessageBox(window)
        box.setObjectName("networkShareWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("StartupChecks", "Database on a network share"))
        box.setText(
            translate(
                "StartupChecks",
                "The database file is on a network share. SQLite cannot lock it reliably "
                "there and the file can be damaged. Keep the database on this computer, or "
                "use team mode (PostgreSQL) to share it.",
            )
        )
        box.setDetailedText(reason)
        window.network_share_warning = box
        box.open()

    window.context.runner.database(store.info, shown, lambda _error: None)
