"""The Publish dialog's first page: what goes out, where to, and the key's passphrase.

Layout and reading the fields only; `publish_dialog.py` runs the export, and
`publish_progress.py` holds the progress and summary pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.messages import code_text, error_text
from danvan_desktop.gui.publish_list import (
    BLOCK_COLOUR,
    CandidateList,
    PublishChoices,
    WithdrawalList,
)

PACKAGE_SUFFIX = ".zip"


@dataclass(frozen=True)
class ExportRequest:
    article_ids: list[str]
    withdraw_ids: list[str]
    withdraw_reason: str
    destination: Path
    passphrase: str
    create_key: bool


def push_button(name: str, default: bool = False) -> QPushButton:
    button = QPushButton(objectName=name)
    button.setDefault(default)
    button.setAutoDefault(default)
    return button


def button_row(*widgets: QWidget, stretch_before: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_before:
        row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row


class ChoosePage(QWidget):
    """Articles and their check, withdrawals, destination, key; Export and Close."""

    def __init__(self, destination: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: PublishChoices | None = None
        self._confirmed_overwrite: Path | None = None
        self.intro = QLabel(objectName="publishIntro")
        self.intro.setWordWrap(True)
        self.articles = CandidateList()
        self.count_label = QLabel(objectName="publishCount")
        self.all_button = push_button("publishTickAll")
        self.none_button = push_button("publishTickNone")
        self.all_button.clicked.connect(lambda: self.articles.tick_all(True))
        self.none_button.clicked.connect(lambda: self.articles.tick_all(False))

        self.withdraw_box = QCheckBox(objectName="publishWithdrawBox")
        self.withdraw_panel = QWidget(objectName="publishWithdrawPanel")
        self.withdrawals = WithdrawalList()
        self.withdrawals.setMaximumHeight(150)
        self.reason = QLineEdit(objectName="publishWithdrawReason")
        self.reason_label = QLabel()
        box = QVBoxLayout(self.withdraw_panel)
        box.setContentsMargins(20, 0, 0, 0)
        box.addWidget(self.withdrawals)
        box.addLayout(button_row(self.reason_label, self.reason))
        self.withdraw_box.toggled.connect(self._withdraw_toggled)
        self._withdraw_toggled(False)

        self.destination = QLineEdit(str(destination), objectName="publishDestination")
        self.browse_button = push_button("publishBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.key_label = QLabel(objectName="publishKeyState")
        self.key_label.setWordWrap(True)
        self.passphrase = QLineEdit(objectName="publishPassphrase")
        self.passphrase_again = QLineEdit(objectName="publishPassphraseAgain")
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.returnPressed.connect(lambda: self.export_button.click())
        self.form = QFormLayout()
        self.destination_label, self.passphrase_label = QLabel(), QLabel()
        self.again_label = QLabel()
        self.form.addRow(self.destination_label, button_row(self.destination, self.browse_button))
        self.form.addRow(self.key_label)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.again_label, self.passphrase_again)

        self.message = QLabel(objectName="publishMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {BLOCK_COLOUR};")
        self.message.hide()
        self.export_button = push_button("publishExport", default=True)
        self.close_button = push_button("publishClose")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.articles, 3)
        layout.addLayout(button_row(self.count_label, self.all_button, self.none_button))
        layout.addWidget(self.withdraw_box)
        layout.addWidget(self.withdraw_panel)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.export_button, self.close_button, stretch_before=True))
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.articles.selection_changed.connect(self._update)
        self.withdrawals.selection_changed.connect(self._update)
        self.destination.textEdited.connect(
            lambda _text: setattr(self, "_confirmed_overwrite", None)
        )

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Tick the approved articles to put in the package. Reasons in red stop an "
                "article from going out; those in amber only deserve a look."
            )
        )
        self.articles.retranslate_ui()
        self.withdrawals.retranslate_ui()
        self.all_button.setText(self.tr("Tick all"))
        self.none_button.setText(self.tr("Tick none"))
        self.withdraw_box.setText(self.tr("Also withdraw published articles from the portal"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("Why the portal must take them down"))
        self.destination_label.setText(self.tr("Save the package as:"))
        self.browse_button.setText(self.tr("Choose…"))
        self.passphrase_label.setText(self.tr("Key passphrase:"))
        self.again_label.setText(self.tr("Passphrase again:"))
        self.export_button.setText(self.tr("Export and publish"))
        self.close_button.setText(self.tr("Close"))
        if self.choices is not None:
            self._show_key(self.choices.key_id)
        self._update()

    # filling ----------------------------------------------------------------------
    def show_loading(self) -> None:
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Reading the approved articles…"))

    def show_choices(self, choices: PublishChoices, keep: tuple[set[str], set[str]] | None) -> None:
        self.choices = choices
        self.articles.show_candidates(choices.candidates, keep[0] if keep else None)
        self.withdrawals.show_published(choices.published, keep[1] if keep else set())
        if not choices.published:
            self.withdraw_box.setChecked(False)
        self.withdraw_box.setVisible(bool(choices.published))  # nothing to withdraw yet
        self._show_key(choices.key_id)
        self._update()

    def kept_selection(self) -> tuple[set[str], set[str]]:
        return set(self.articles.ticked_ids()), set(self.withdrawals.ticked_ids())

    def _show_key(self, key_id: str | None) -> None:
        creating = key_id is None
        if creating:
            self.key_label.setText(
                self.tr(
                    "This computer has no signing key yet. One is created now with the "
                    "passphrase you choose (at least 8 characters). Keep it safe: every "
                    "package is signed with it, and the portal must be given its public key."
                )
            )
        else:
            text = self.tr("The package is signed with this computer's key %1.")
            self.key_label.setText(text.replace("%1", key_id))
        self.again_label.setVisible(creating)
        self.passphrase_again.setVisible(creating)

    def _withdraw_toggled(self, on: bool) -> None:
        self.withdraw_panel.setVisible(on)
        self._update()

    def _update(self) -> None:
        if self.choices is None:
            return
        chosen = len(self.articles.ticked_ids())
        total = len(self.choices.candidates)
        withdrawn = len(self.withdrawals.ticked_ids()) if self.withdraw_box.isChecked() else 0
        if total == 0:
            text = self.tr("No approved article is waiting to be published.")
        else:
            text = self.tr("%1 of %2 approved article(s) chosen.")
            text = text.replace("%1", str(chosen)).replace("%2", str(total))
        if withdrawn:
            text += " " + self.tr("%1 to withdraw.").replace("%1", str(withdrawn))
        self.count_label.setText(text)
        self.export_button.setEnabled(bool(chosen or withdrawn))

    # reading ----------------------------------------------------------------------
    def browse(self) -> None:
        current = self.destination_path()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package as"), str(current), self.tr("Portal package (*.zip)")
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != PACKAGE_SUFFIX:
                path = path.with_name(path.name + PACKAGE_SUFFIX)
            self.destination.setText(str(path))
            self._confirmed_overwrite = path  # the file dialog asked before replacing it

    def destination_path(self) -> Path:
        path = Path(self.destination.text().strip()).expanduser()
        if path.name and path.suffix.lower() != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        return path

    def creating_key(self) -> bool:
        return self.choices is not None and self.choices.key_id is None

    def problem(self, min_passphrase: int) -> str | None:
        """What to fix before exporting, said before any work starts."""
        withdrawing = self.withdraw_box.isChecked() and self.withdrawals.ticked_ids()
        if not self.articles.ticked_ids() and not withdrawing:
            return self.tr("Tick at least one article to publish or to withdraw.")
        if withdrawing and not self.reason.text().strip():
            return self.tr("Say why the portal must withdraw the articles.")
        if not self.destination.text().strip():
            return self.tr("Choose where to save the package.")
        path = self.destination_path()
        if path.is_dir():
            return code_text("out_is_folder")
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if path.exists() and path != self._confirmed_overwrite:
            return self.tr(
                "%1 already exists. Give the package another name, or pick the file with "
                "“Choose…” to replace it."
            ).replace("%1", path.name)
        passphrase = self.passphrase.text()
        if not passphrase:
            return self.tr("Type the passphrase of the signing key.")
        if self.creating_key():
            if len(passphrase) < min_passphrase:
                return code_text("passphrase_too_short")
            if passphrase != self.passphrase_again.text():
                return self.tr("The two passphrases differ: type the same one twice.")
        return None

    def request(self) -> ExportRequest:
        withdrawing = self.withdraw_box.isChecked()
        return ExportRequest(
            article_ids=self.articles.ticked_ids(),
            withdraw_ids=self.withdrawals.ticked_ids() if withdrawing else [],
            withdraw_reason=self.reason.text().strip() if withdrawing else "",
            destination=self.destination_path(),
            passphrase=self.passphrase.text(),
            create_key=self.creating_key(),
        )

    def clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.passphrase_again.clear()

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_error(self, error: BaseException) -> None:
        self.show_message(error_text(error))
