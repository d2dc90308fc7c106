"""The middle panel: search box, status filter and the article list of one category.

Every change of category, filter, search text or sort order is one store
query on the database thread; answers to queries that have since been
replaced are dropped (each query carries a generation number).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.article_table import (
    COLUMNS,
    PAGE_SIZE,
    ArticleIdRole,
    ArticleTableModel,
    StatusBadgeDelegate,
)
from danvan_desktop.gui.category_tree import ALL_ARTICLES
from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.icons import icon
from danvan_desktop.gui.messages import status_text
from danvan_desktop.workflow import ArticleStatus

SEARCH_PAUSE_MS = 180


class ArticleListPanel(QWidget):
    """Lists the articles of the chosen category; emits `article_chosen(id)`."""

    article_chosen = Signal(str)
    loaded = Signal(int)  # total rows of the latest query

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._category_id: int | None = None
        self._sort = ("updated", True)
        self._generation = 0
        self._select_after_load: str | None = None

        self.search_box = QLineEdit(objectName="searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.count_label = QLabel(objectName="articleCount")
        self.count_label.setStyleSheet("color: #6b7280;")
        self.model = ArticleTableModel(self)
        self.table = QTableView(objectName="articleList")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, StatusBadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((1, 104), (2, 104), (3, 78)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.model.sort_requested.connect(self._sort_by)
        self.model.more_requested.connect(self._fetch_more)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search titles, sapo, authors, tags…"))
        self.search_box.setToolTip(
            self.tr("Diacritics are optional: “dan van” finds “dân vận”, “dang” finds “Đảng”.")
        )
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All states"), None)
        for status in ArticleStatus:
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.model.set_header_texts(
            lambda: (self.tr("Title"), self.tr("State"), self.tr("Author"), self.tr("Updated"))
        )
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # queries ---------------------------------------------------------------
    def show_category(self, category_id: int) -> None:
        self._category_id = None if category_id == ALL_ARTICLES else category_id
        self.reload()

    def reload(self, *, select: str | None = None) -> None:
        """Query the store again with the current category, filter, search and order."""
        if not self._context.ready:
            return
        if select is not None:
            self._select_after_load = select
        elif self.current_article_id():
            self._select_after_load = self.current_article_id()
        self._generation += 1
        generation = self._generation
        query = self._query(0)
        self._context.runner.database(
            query, lambda page: self._loaded(generation, page), self._context.runner.failed.emit
        )

    def _query(self, offset: int, after_id: str | None = None):
        store = self._context.store
        category_id = self._category_id
        chosen = self.status_filter.currentData()  # Qt hands the enum back as its str value
        status = ArticleStatus(chosen) if chosen else None
        text = self.search_box.text()
        sort, descending = self._sort

        def run():
            from danvan_desktop.services.articles import list_articles

            return list_articles(
                store,  # type: ignore[arg-type]
                category_id=category_id,
                status=status,
                query=text,
                sort=sort,  # type: ignore[arg-type]
                descending=descending,
                offset=offset,
                limit=PAGE_SIZE,
                after_id=after_id,
            )

        return run

    def _loaded(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        self.model.set_page(page)
        self._show_count()
        wanted, self._select_after_load = self._select_after_load, None
        if wanted:
            self.select_article(wanted, emit=False)
        self.loaded.emit(page.total)

    def _fetch_more(self, offset: int) -> None:
        generation = self._generation

        def arrived(page) -> None:
            if generation == self._generation:
                self.model.append_page(page, offset)

        last = self.model.article(offset - 1)  # the next page starts after it (keyset)
        self._context.runner.database(self._query(offset, last.id if last else None), arrived)

    def _sort_by(self, column: str, descending: bool) -> None:
        self._sort = (column, descending)
        self.reload()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n article(s)", "", total))

    # selection -------------------------------------------------------------
    def current_article_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ArticleIdRole) if index.isValid() else None

    def select_article(self, article_id: str, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        self.table.blockSignals(not emit)
        self.table.selectionModel().blockSignals(not emit)
        # One change of the current row: a switch the editor cancels is not retried.
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        return True

    def clear_selection(self) -> None:
        """No row chosen (the editor shows an article the list does not hold, or none)."""
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().clear()
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ArticleIdRole) if current.isValid() else None
        if article_id:
            self.article_chosen.emit(article_id)

    def sort_column_keys(self) -> tuple[str, ...]:
        return COLUMNS
