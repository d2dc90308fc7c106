"""Settings' "Check the connection": try the typed database address before switching to it.

The check (`services.diagnostics.check_database_url`) connects, reads the
schema version and the settings that matter, and touches nothing. It can take
seconds (an unreachable server, a quick_check of a large file), so it runs on
a thread of its own and the dialog stays responsive; the answer is read back
on the dialog's thread and shown in plain Vietnamese with what to do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from danvan_desktop.gui.messages import error_text

_OK = "color:#166534;"
_PROBLEM = "color:#9f1d1d;"


class ConnectionCheck(QWidget):
    """objectName `connectionCheck`: a button and the result below it."""

    finished = Signal(object)  # a DatabaseReport or an exception

    def __init__(self, address: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionCheck")
        self._address = address
        self.report = None
        self.button = QPushButton(objectName="checkConnection")
        self.result = QLabel(objectName="connectionResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.result.hide()
        self.button.clicked.connect(self.check)
        self.finished.connect(self._show)
        # The thread hands its answer over in a plain list, read here by a timer: no Qt
        # object is touched on that thread, so closing the dialog meanwhile is harmless.
        self._answers: list[object] = []
        self._collect = QTimer(self, interval=100)
        self._collect.timeout.connect(self._collect_answer)
        self.button.setText(self.tr("Check the connection"))

    @property
    def running(self) -> bool:
        return not self.button.isEnabled()

    def check(self) -> None:
        url = self._address().strip()
        self.button.setEnabled(False)
        self.report = None
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting…"))
        self.result.show()
        answers: list[object] = []
        self._answers = answers

        def work() -> None:
            try:
                from danvan_desktop.services.diagnostics import check_database_url

                answers.append(check_database_url(url or None))
            except Exception as error:  # every failure is an answer to show
                answers.append(error)

        threading.Thread(target=work, name="danvan-db-check", daemon=True).start()
        self._collect.start()

    def _collect_answer(self) -> None:
        if self._answers:
            self._collect.stop()
            self.finished.emit(self._answers.pop())

    def _show(self, outcome) -> None:
        self.button.setEnabled(True)
        if isinstance(outcome, BaseException):
            self.report = None
            self.result.setStyleSheet(_PROBLEM)
            if getattr(outcome, "code", "") == "database_file_missing":
                text = self.tr("There is no database file at %1.").replace(
                    "%1",
                    outcome.params.get("path", ""),  # type: ignore[attr-defined]
                )
            else:
                text = error_text(outcome)
            self.result.setText(text)
            return
        self.report = outcome
        backend = "PostgreSQL" if outcome.backend == "postgresql" else "SQLite"
        where = self.tr("Connected to %1 at %2.").replace("%1", backend)
        lines = [where.replace("%2", outcome.location)]
        problems = [c for c in outcome.checks if not c.ok]
        if not problems:
            lines.append(self.tr("Everything the desk relies on is in order."))
        for check in problems:
            if check.name == "schema":
                lines.append(
                    self.tr(
                        "The database is not set up for this version yet (%1): it is "
                        "upgraded when the desk starts with it, or with “danvan init”."
                    ).replace("%1", check.value)
                )
            else:
                advice = f" ({check.advice})" if check.advice else ""
                lines.append(
                    self.tr("Needs attention: %1 is %2")
                    .replace("%1", check.name)
                    .replace("%2", check.value)
                    + advice
                )
        self.result.setStyleSheet(_OK if not problems else _PROBLEM)
        self.result.setText("\n".join(lines))
