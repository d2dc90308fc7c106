"""The history tab: every revision and state change, a diff of any two, and Restore.

Select one revision to see what it changed from the one before; select two to
compare them. Restore brings an old text back as a new revision (nothing is
erased); the review panel runs the service and reloads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.diff_view import DiffView
from danvan_desktop.gui.messages import status_text

if TYPE_CHECKING:  # services pull in SQLAlchemy: not at import time
    from danvan_desktop.services.history import RevisionEntry

NumberRole = Qt.ItemDataRole.UserRole + 1


class RevisionHistoryWidget(QWidget):
    """objectName `revisionHistory`; emits `compare_requested(from, to)`, `restore_requested(n)`."""

    compare_requested = Signal(int, int)
    restore_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionHistory")
        self._entries: tuple[RevisionEntry, ...] = ()
        self._may_restore = False
        self.table = QTableWidget(0, 5, objectName="revisionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.restore = QPushButton(objectName="restoreRevision")
        self.diff = DiffView()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.diff)
        splitter.setSizes([170, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore.clicked.connect(self._restore)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Change"), self.tr("State"), self.tr("By"), self.tr("When")]
        )
        self.restore.setText(self.tr("Restore this revision…"))
        self.restore.setToolTip(
            self.tr("Its text becomes a new revision; the history keeps everything in between")
        )
        self.show_entries(self._entries, self._may_restore)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def kind_text(self, kind: str) -> str:
        return {
            "created": self.tr("created"),
            "saved": self.tr("saved"),
            "state": self.tr("state change"),
            "restored": self.tr("restored"),
            "conflict": self.tr("save kept aside (conflict)"),
        }.get(kind, kind)

    def show_entries(self, entries: tuple[RevisionEntry, ...], may_restore: bool) -> None:
        self._entries = entries
        self._may_restore = may_restore
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):  # newest on top
            approved = " ✓" if entry.approved else ""
            cells = (
                f"{entry.number}{approved}",
                self.kind_text(entry.kind),
                status_text(entry.status),
                entry.author_name,
                entry.created_at.astimezone().strftime("%d/%m/%Y %H:%M"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NumberRole, entry.number)
                if column == 0:
                    item.setToolTip(entry.content_hash)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected_numbers(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return sorted(self.table.item(row, 0).data(NumberRole) for row in rows)

    def _selection_changed(self) -> None:
        numbers = self.selected_numbers()
        self.restore.setEnabled(
            self._may_restore and len(numbers) == 1 and numbers[0] != self._latest_number()
        )
        if len(numbers) == 2:
            self.compare_requested.emit(numbers[0], numbers[1])
        elif len(numbers) == 1:
            previous = self._previous_content(numbers[0])
            if previous is not None:
                self.compare_requested.emit(previous, numbers[0])
            else:
                self.diff.clear()
        else:
            self.diff.clear()

    def _latest_number(self) -> int | None:
        return self._entries[-1].number if self._entries else None

    def _previous_content(self, number: int) -> int | None:
        """The revision before `number` whose text differs (skipping state changes)."""
        by_number = {e.number: e for e in self._entries}
        entry = by_number.get(number)
        if entry is None:
            return None
        earlier = [e for e in self._entries if e.number < number]
        for candidate in reversed(earlier):
            if candidate.content_hash != entry.content_hash:
                return candidate.number
        return earlier[-1].number if earlier else None

    def _restore(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1:
            self.restore_requested.emit(numbers[0])
