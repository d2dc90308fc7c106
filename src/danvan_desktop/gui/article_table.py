"""The article list: a table model over one page of store rows, and its status badges.

Sorting and filtering happen in the store (`services.articles.list_articles`):
asking the view to sort emits `sort_requested` and the panel fetches the rows
again in the new order. Rows arrive a page at a time; scrolling near the end
asks for the next page (`fetchMore`). There is no proxy model over every row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from danvan_desktop.gui.messages import STATUS_COLOURS, status_text
from danvan_desktop.services.dto import ArticlePage, ArticleSummary

COLUMNS = ("title", "status", "author", "updated")
PAGE_SIZE = 200
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index: the root, as a default argument
_DISPLAY = Qt.ItemDataRole.DisplayRole


class ArticleTableModel(QAbstractTableModel):
    """Rows of `ArticleSummary` as the store sorted them; more rows on demand."""

    sort_requested = _Signal(str, bool)  # column key, descending
    more_requested = _Signal(int)  # offset of the next page

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._fetching = False
        self._headers: Callable[[], tuple[str, ...]] = lambda: COLUMNS

    def set_header_texts(self, texts: Callable[[], tuple[str, ...]]) -> None:
        self._headers = texts
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_page(self, page: ArticlePage) -> None:
        """Replace the rows with the first page of a new query."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: ArticlePage, offset: int) -> None:
        self._fetching = False
        if offset != len(self._rows) or not page.rows:
            return  # an answer to a query that has since been replaced
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), -1)

    def article(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # QAbstractTableModel ----------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY, _display=_DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _display:
            if column == 0:
                return row.title
            if column == 1:
                return status_text(row.status)
            if column == 2:
                return row.author_name or row.created_by
            return _local_date(row.updated_at)
        if role == ArticleIdRole:
            return row.id
        if role == StatusRole:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return _local_time(row.updated_at)
            return row.title if column == 0 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers()[section] if 0 <= section < len(COLUMNS) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_requested.emit(len(self._rows))


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _local_date(moment: datetime) -> str:
    """Today's edits by the hour, older ones by the day: the list stays narrow."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m/%Y")


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws the status column as a coloured, rounded badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        status = index.data(StatusRole)
        if status is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection background, without the text
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        background, foreground = STATUS_COLOURS[status]
        text = status_text(status)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.left() + 6,
            option.rect.center().y() - height / 2 + 0.5,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
