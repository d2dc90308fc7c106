"""The left panel: the category tree with counts, and an admin's changes to it.

Adding, renaming and moving (drag and drop) are service calls on the database
thread; the tree is rebuilt from the store's answer and keeps its selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QVBoxLayout, QWidget

from danvan_desktop.gui.category_tree import (
    ALL_ARTICLES,
    CategoryIdRole,
    CategoryTreeModel,
    CategoryTreeView,
)
from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.icons import icon
from danvan_desktop.workflow import Role


class CategoryPanel(QWidget):
    category_chosen = Signal(int)  # a category id, or ALL_ARTICLES
    nodes_loaded = Signal(list)
    changed = Signal()  # categories changed in the store
    error = Signal(object)

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._nodes: list = []
        self._restoring = False
        self.heading = QLabel(objectName="categoryHeading")
        self.heading.setStyleSheet("font-weight: 600; color: #374151; padding: 2px 4px;")
        self.model = CategoryTreeModel(self)
        self.view = CategoryTreeView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.move_requested.connect(self._move)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Categories"))
        if self._nodes:
            self._fill(self._nodes, self.current_id())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self, *, select_first: bool = False) -> None:
        store = self._context.store

        def work():
            from danvan_desktop.services.categories import list_categories

            return list_categories(store)  # type: ignore[arg-type]

        keep = None if select_first else self.current_id()
        self._context.runner.database(work, lambda nodes: self._fill(nodes, keep), self.error.emit)

    def _fill(self, nodes: list, keep: int | None) -> None:
        self._nodes = nodes
        actor = self._context.actor
        self.model.set_can_move(actor is not None and actor.has(Role.ADMIN))
        total = sum(n.article_count for n in nodes)
        self.model.set_nodes(nodes, total=total, all_label=self.tr("All articles"))
        self.view.expandAll()
        self.nodes_loaded.emit(nodes)
        index = self.model.index_of(keep) if keep is not None else QModelIndex()
        same = index.isValid()  # the same category again: its list needs no new query
        if not same:
            index = self.model.index_of(ALL_ARTICLES)
        self._restoring = same
        self.view.setCurrentIndex(index)
        self._restoring = False

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(CategoryIdRole) if index.isValid() else None

    def current_slug(self) -> str | None:
        node = self.model.node(self.view.currentIndex())
        if node is not None:
            return node.slug
        return self._nodes[0].slug if self._nodes else None

    def select(self, category_id: int) -> None:
        self.view.setCurrentIndex(self.model.index_of(category_id))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._restoring:
            self.category_chosen.emit(current.siblingAtColumn(0).data(CategoryIdRole))

    # an admin's changes ----------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        actor = self._context.actor
        if actor is None or not actor.has(Role.ADMIN):
            return
        node = self.model.node(self.view.indexAt(point))
        menu = QMenu(self)
        menu.addAction(icon("category.add"), self.tr("New category…"), lambda: self._add(None))
        if node is not None:
            menu.addAction(
                icon("category.add"), self.tr("New subcategory…"), lambda: self._add(node.id)
            )
            menu.addAction(icon("category.rename"), self.tr("Rename…"), lambda: self._rename(node))
        menu.exec(self.view.viewport().mapToGlobal(point))

    def _add(self, parent_id: int | None) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name:"))
        if ok and name.strip():
            self._run(lambda s, a: _categories().add_category(s, a, name, parent_id))

    def _rename(self, node) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Rename category"), self.tr("New name:"), text=node.name
        )
        if ok and name.strip() and name.strip() != node.name:
            self._run(lambda s, a: _categories().rename_category(s, a, node.id, name))

    def _move(self, category_id: int, parent_id: int | None, position: int) -> None:
        self._run(lambda s, a: _categories().move_category(s, a, category_id, parent_id, position))

    def _run(self, call) -> None:
        store, actor = self._context.store, self._context.actor

        def done(_outcome) -> None:
            self.reload()
            self.changed.emit()

        self._context.runner.database(lambda: call(store, actor), done, self.error.emit)


def _categories():
    from danvan_desktop.services import categories

    return categories
