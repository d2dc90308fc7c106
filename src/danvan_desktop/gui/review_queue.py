"""The review queue ("Chờ duyệt"): articles in review across categories, and the two badges.

The rows and the counts come from `services.queue` on the database thread; the
model only shows them. Answers to a request that has since been replaced are
dropped, as in the article list.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.context import DeskContext

if TYPE_CHECKING:  # services pull in SQLAlchemy: not at import time
    from danvan_desktop.services.queue import QueueCounts, QueueRow

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
KINDS = ("in_review", "waiting_for_me", "returned_to_me")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


def waited_text(waiting: timedelta) -> str:
    """ "2 ngày 3 giờ" style, short enough for a column; the words come from Qt's tr."""
    hours = int(waiting.total_seconds() // 3600)
    minutes = int(waiting.total_seconds() % 3600) // 60
    tr = ReviewQueueModel.tr
    if hours >= 24:
        return tr("%1 d %2 h").replace("%1", str(hours // 24)).replace("%2", str(hours % 24))
    if hours:
        return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
    return tr("%1 min").replace("%1", str(minutes))


class ReviewQueueModel(QAbstractTableModel):
    """Rows of `QueueRow`, longest waiting first (the store's order)."""

    COLUMNS = ("title", "category", "submitted_by", "waiting")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []

    def set_rows(self, rows: tuple[QueueRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def queue_row(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == 0:
                return row.title
            if column == 1:
                return row.category_name
            if column == 2:
                return row.submitted_by or row.last_edited_by
            return waited_text(row.waiting)
        if role == ArticleIdRole:
            return row.article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason or row.title
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.can_approve:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        texts = (self.tr("Title"), self.tr("Category"), self.tr("Submitted by"), self.tr("Waiting"))
        return texts[section] if 0 <= section < len(texts) else None


class ReviewQueuePanel(QWidget):
    """objectName `reviewQueue`; emits `article_chosen(id)` and `counts_changed(counts)`."""

    article_chosen = Signal(str)
    counts_changed = Signal(object)  # QueueCounts: the main window's badges

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self._context = context
        self._generation = 0
        self.counts: QueueCounts | None = None
        self.buttons = QButtonGroup(self)
        choices = QHBoxLayout()
        for position, kind in enumerate(KINDS):
            button = QPushButton(objectName=f"queue_{kind}", checkable=True)
            self.buttons.addButton(button, position)
            choices.addWidget(button)
        choices.addStretch(1)
        self.buttons.button(0).setChecked(True)
        self.model = ReviewQueueModel(self)
        self.table = QTableView(objectName="reviewQueueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(objectName="reviewQueueEmpty")
        self.empty_label.setStyleSheet("color: #6b7280;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.buttons.idClicked.connect(lambda _id: self.reload())
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.retranslate_ui()

    @property
    def kind(self) -> str:
        return KINDS[max(0, self.buttons.checkedId())]

    def retranslate_ui(self) -> None:
        waiting = self.counts.waiting_for_me if self.counts else 0
        returned = self.counts.returned_to_me if self.counts else 0
        texts = (
            self.tr("In review"),
            self.tr("Waiting for me (%1)").replace("%1", str(waiting)),
            self.tr("Returned to me (%1)").replace("%1", str(returned)),
        )
        for position, text in enumerate(texts):
            self.buttons.button(position).setText(text)
        self.empty_label.setText(self.tr("Nothing here."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose(self, kind: str) -> None:
        """Show one of the lists (`KINDS`)."""
        self.buttons.button(KINDS.index(kind)).setChecked(True)
        self.reload()

    def reload(self) -> None:
        """Fetch the rows of the chosen list and both counts (after any workflow step)."""
        store, actor = self._context.store, self._context.actor
        if store is None or actor is None:
            return
        self._generation += 1
        generation, kind = self._generation, self.kind

        def work():
            from danvan_desktop.services import queue

            return queue.review_queue(store, actor, kind), queue.queue_counts(store, actor)

        def done(result) -> None:
            if generation != self._generation:
                return
            rows, counts = result
            self.model.set_rows(rows)
            self.empty_label.setVisible(not rows)
            if counts != self.counts:
                self.counts = counts
                self.retranslate_ui()
                self.counts_changed.emit(counts)

        self._context.runner.database(work, done)

    def _chosen(self, index: QModelIndex) -> None:
        article_id = index.data(ArticleIdRole)
        if article_id:
            self.article_chosen.emit(article_id)
