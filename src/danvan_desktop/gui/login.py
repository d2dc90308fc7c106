"""Signing in, and the first run that creates the administrator of a new database.

Password checks (Argon2, a fifth of a second by design) run on the database
thread, so the dialog stays responsive; the dialog only shows the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.messages import error_text


class _FormDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error_label = QLabel(objectName="loginError")
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)

    def show_error(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.error_label.setText(error_text(error))
        self.error_label.show()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class LoginDialog(_FormDialog):
    """Users from the store, the last one preselected; emits `signed_in(actor)`."""

    signed_in = Signal(object)

    def __init__(self, context: DeskContext, users, last_user: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._context = context
        self.user_combo = QComboBox(objectName="loginUser")
        self.user_combo.setEditable(True)
        for user in users:
            if user.active:
                self.user_combo.addItem(f"{user.display_name} ({user.username})", user.username)
        index = self.user_combo.findData(last_user)
        self.user_combo.setCurrentIndex(max(0, index))
        self.password_edit = QLineEdit(objectName="loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User:"), self.user_combo)
        self.form.addRow(self.tr("Password:"), self.password_edit)
        self.setWindowTitle(self.tr("Sign in — Danvan Desktop"))
        self.intro.setText(self.tr("Sign in to the editor's desk."))
        self.password_edit.setFocus()

    def username(self) -> str:
        index = self.user_combo.currentIndex()
        data = self.user_combo.itemData(index) if index >= 0 else None
        text = self.user_combo.currentText().strip()
        if data and text == self.user_combo.itemText(index):
            return data
        return text

    def submit(self) -> None:
        store, username, password = self._context.store, self.username(), self.password_edit.text()
        self.setEnabled(False)
        self.error_label.hide()

        def work():
            from danvan_desktop.services.users import authenticate

            return authenticate(store, username, password)  # type: ignore[arg-type]

        def done(actor) -> None:
            self.setEnabled(True)
            self.signed_in.emit(actor)
            self.accept()

        def failed(error: BaseException) -> None:
            self.show_error(error)
            self.password_edit.selectAll()
            self.password_edit.setFocus()

        self._context.runner.database(work, done, failed)


class FirstRunDialog(_FormDialog):
    """A new database: create the administrator, the default categories and the sample."""

    signed_in = Signal(object)

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._context = context
        self.username_edit = QLineEdit(objectName="adminUsername")
        self.username_edit.setText("admin")
        self.display_name_edit = QLineEdit(objectName="adminDisplayName")
        self.password_edit = QLineEdit(objectName="adminPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(objectName="adminPasswordConfirm")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User name:"), self.username_edit)
        self.form.addRow(self.tr("Full name:"), self.display_name_edit)
        self.form.addRow(self.tr("Password:"), self.password_edit)
        self.form.addRow(self.tr("Password again:"), self.confirm_edit)
        self.setWindowTitle(self.tr("First start — Danvan Desktop"))
        self.intro.setText(
            self.tr(
                "This database has no users yet. Create the administrator account; "
                "the default categories and a sample article are added with it."
            )
        )

    def submit(self) -> None:
        if self.password_edit.text() != self.confirm_edit.text():
            self.error_label.setText(self.tr("The two passwords differ."))
            self.error_label.show()
            return
        store = self._context.store
        username = self.username_edit.text().strip().lower()
        password = self.password_edit.text()
        display_name = self.display_name_edit.text().strip()
        self.setEnabled(False)

        def work():
            from danvan_desktop.services import setup, users

            setup.initialise(store, username, password, display_name)  # type: ignore[arg-type]
            return users.authenticate(store, username, password)  # type: ignore[arg-type]

        def done(actor) -> None:
            self.setEnabled(True)
            self.signed_in.emit(actor)
            self.accept()

        self._context.runner.database(work, done, self.show_error)
