"""From the first paint to a signed-in desk: open the store, first run or login, then fill.

The main window is already on screen when this starts; opening (and
migrating) the database, loading SQLAlchemy and checking the password all
happen on the database thread.
"""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.i18n import install_translators, remove_translators
from danvan_desktop.gui.login import FirstRunDialog, LoginDialog
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.messages import error_text
from danvan_desktop.gui.settings_dialog import SettingsDialog
from danvan_desktop.gui.startup_checks import offer_restore_if_damaged, warn_if_network_share
from danvan_desktop.settings import save_settings
from danvan_desktop.workflow import Role

PASSWORD_VARIABLE = "DANVAN_PASSWORD"


class DeskStartup(QObject):
    """Drives the start of a desk session; `ready` once the user is in, `failed` if not.

    `failed` carries "cancelled" when the user closed the sign-in dialog. With
    `--as` (scripts) no dialog is ever shown: any failure is `failed` with an
    English reason, which `app` prints before it exits non-zero.
    """

    ready = Signal(object)  # the actor
    failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        *,
        database_url: str | None,
        as_user: str | None = None,
        translators=None,
        parent=None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.context: DeskContext = window.context
        self._database_url = database_url
        self._as_user = as_user
        self.translators = translators or []
        self.dialog = None
        window.settings_requested.connect(self.edit_settings)

    def start(self) -> None:
        url = self._database_url or self.context.settings.database_url or None

        def work():
            from danvan_desktop.services.store import open_store
            from danvan_desktop.services.users import has_users, list_users

            store = open_store(url)
            users = list_users(store) if has_users(store) else []
            return store, users

        self.context.runner.database(work, self._opened, self._fail)

    def _fail(self, error: BaseException) -> None:
        if self._as_user:  # a script: nobody is there to answer a dialog
            self.failed.emit(f"{getattr(error, 'code', type(error).__name__)}: {error}")
            return
        url = self._database_url or self.context.settings.database_url or None
        give_up = lambda: self.failed.emit("cancelled")  # noqa: E731
        if offer_restore_if_damaged(self.window, error, url, self.start, give_up):
            return
        text = error_text(error)
        self.failed.emit(text)
        self.window.show_error(error)

    def _opened(self, result) -> None:
        store, users = result
        self.context.store = store
        warn_if_network_share(self.window, store)
        if not users and self._as_user:
            self.failed.emit("no user accounts yet: start the desk once without --as")
            return
        if not users:
            self.dialog = FirstRunDialog(self.context, self.window)
        elif self._as_user:
            self._sign_in_directly(self._as_user, os.environ.get(PASSWORD_VARIABLE, ""))
            return
        else:
            last = self.context.settings.last_user
            self.dialog = LoginDialog(self.context, users, last, self.window)
        self.dialog.signed_in.connect(self._signed_in)
        self.dialog.rejected.connect(lambda: self.failed.emit("cancelled"))
        self.dialog.open()

    def _sign_in_directly(self, username: str, password: str) -> None:
        store = self.context.store

        def work():
            from danvan_desktop.services.users import authenticate

            return authenticate(store, username, password)  # type: ignore[arg-type]

        self.context.runner.database(work, self._signed_in, self._fail)

    def _signed_in(self, actor) -> None:
        settings = self.context.settings
        if settings.last_user != actor.username:
            self.context.settings = replace(settings, last_user=actor.username)
            save_settings(self.context.settings)
        self.window.start_session(self.context.store, actor)
        self.ready.emit(actor)

    def edit_settings(self) -> None:
        actor = self.context.actor
        may_manage = actor is None or actor.has(Role.ADMIN)  # before sign-in: a fresh setup
        dialog = SettingsDialog(self.context.settings, self.window, may_manage=may_manage)
        if not dialog.exec():
            return
        new = dialog.result_settings()
        old = self.context.settings
        self.context.settings = new
        save_settings(new)
        if new.language != old.language:
            app = QApplication.instance()
            remove_translators(app, self.translators)
            self.translators = install_translators(app, new.language)
        if new.database_url != old.database_url:
            QMessageBox.information(
                self.window,
                self.tr("Database"),
                self.tr("The new database address applies at the next start."),
            )
        if self.window.editing.current is not None:
            self.window._editor_changed()
