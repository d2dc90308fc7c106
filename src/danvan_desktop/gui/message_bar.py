"""A non-modal bar above the editor for refusals, conflicts and recovery offers.

Messages that need no immediate answer never block typing behind a modal box;
the text stays in the editor and the bar says what happened and what to do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from danvan_desktop.gui.icons import icon

_STYLES = {
    "error": "background:#fdecea; border:1px solid #f5c2bd; color:#7f1d1d;",
    "warning": "background:#fff7e0; border:1px solid #f6d98b; color:#78350f;",
    "info": "background:#e8f1fd; border:1px solid #b9d3f7; color:#1e3a8a;",
}


class MessageBar(QFrame):
    """objectName `messageBar`; `show_message(text, kind, buttons)`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(objectName="messageText")
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        close = QToolButton()
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        self._layout.addWidget(close)
        self.hide()

    def show_message(
        self, text: str, kind: str = "info", buttons: list[tuple[str, Callable[[], None]]] = ()
    ) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for caption, run in buttons:
            button = QPushButton(caption)
            button.clicked.connect(self.hide)
            button.clicked.connect(run)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        style = _STYLES.get(kind, _STYLES["info"])
        self.setStyleSheet(f"QFrame#{self.objectName()} {{{style}}}")
        self.label.setText(text)
        self.show()

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)
