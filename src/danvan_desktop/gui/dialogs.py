"""Small dialogs: the reviewer's comment when asking for changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from danvan_desktop.vietnamese import nfc


class CommentDialog(QDialog):
    """Asks what must change; OK only once something is written."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(self.tr("Request changes"))
        self.setMinimumWidth(460)
        prompt = QLabel(self.tr("What should the editor change in “%1”?").replace("%1", title))
        prompt.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="commentText")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.comment())))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def comment(self) -> str:
        return nfc(self.text.toPlainText()).strip()
