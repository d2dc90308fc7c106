"""The article list: a table model over one page of store rows, and its status badges.

Sorting and filtering happen in the store (`services.articles.list_articles`):
asking the view to sort emits `sort_requested` and the panel fetches the rows
again in the new order. Rows arrive a page at a time; scrolling near the end
asks for the next page (`fetchMore`). There is no proxy model over every row.

Rows are kept as plain tuples of strings, numbers and a datetime, with the
names that repeat (category, author, account) interned. Python's collector
stops tracking such tuples, so a list scrolled to its 100,000th row adds
nothing to each full collection; held as `ArticleSummary` objects they made
pauses of 100 ms while scrolling (bench/bench_list_100k.py --full-desk).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from danvan_desktop.gui.messages import STATUS_COLOURS, status_text
from danvan_desktop.services.dto import ArticlePage, ArticleSummary
from danvan_desktop.workflow import ArticleStatus

COLUMNS = ("title", "status", "author", "updated")
PAGE_SIZE = 200
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index: the root, as a default argument
_DISPLAY = Qt.ItemDataRole.DisplayRole
# A row: (id, title, status, author name, category id, category name, updated at, creator).
_ID, _TITLE, _STATUS, _AUTHOR, _CATEGORY_ID, _CATEGORY, _UPDATED, _CREATOR = range(8)


def _compact(summary: ArticleSummary) -> tuple:
    return (
        summary.id,
        summary.title,
        summary.status.value,  # one shared string per status
        sys.intern(summary.author_name),
        summary.category_id,
        sys.intern(summary.category_name),
        summary.updated_at,
        sys.intern(summary.created_by),
    )


class ArticleTableModel(QAbstractTableModel):
    """The store's `ArticleSummary` rows in its order (kept compact); more rows on demand."""

    sort_requested = _Signal(str, bool)  # column key, descending
    more_requested = _Signal(int)  # offset of the next page

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []  # see _compact
        self._total = 0
        self._fetching = False
        self._headers: Callable[[], tuple[str, ...]] = lambda: COLUMNS

    def set_header_texts(self, texts: Callable[[], tuple[str, ...]]) -> None:
        self._headers = texts
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_page(self, page: ArticlePage) -> None:
        """Replace the rows with the first page of a new query."""
        self.beginResetModel()
        self._rows = [_compact(summary) for summary in page.rows]
        self._total = page.total
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: ArticlePage, offset: int) -> None:
        self._fetching = False
        if offset != len(self._rows) or not page.rows:
            return  # an answer to a query that has since been replaced
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(_compact(summary) for summary in page.rows)
        self._total = page.total
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[_ID] == article_id), -1)

    def article(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < len(self._rows):
            return None
        values = self._rows[row]
        return ArticleSummary(
            id=values[_ID],
            title=values[_TITLE],
            status=ArticleStatus(values[_STATUS]),
            author_name=values[_AUTHOR],
            category_id=values[_CATEGORY_ID],
            category_name=values[_CATEGORY],
            updated_at=values[_UPDATED],
            created_by=values[_CREATOR],
        )

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
                return row[_TITLE]
            if column == 1:
                return status_text(ArticleStatus(row[_STATUS]))
            if column == 2:
                return row[_AUTHOR] or row[_CREATOR]
            return _local_date(row[_UPDATED])
        if role == ArticleIdRole:
            return row[_ID]
        if role == StatusRole:
            return ArticleStatus(row[_STATUS])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return _local_time(row[_UPDATED])
            return row[_TITLE] if column == 0 else None
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
