"""The category tree on the left: a read-only model over `CategoryNode`s and its panel.

The model holds plain nodes built by a service off the UI thread and is swapped
in whole (`set_nodes`); it never writes. A drag and drop by an admin becomes a
`move_requested` signal, which the panel turns into a service call; the store's
answer then rebuilds the tree, so what is shown is always what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from danvan_desktop.services.dto import CategoryNode

MIME_TYPE = "application/x-danvan-category"
ALL_ARTICLES = -1  # the pseudo-category at the top that lists every article
CategoryIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index: the root, as a default argument


@dataclass
class _Item:
    node: CategoryNode | None  # None: "All articles"
    parent: int  # index into the item list, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


class CategoryTreeModel(QAbstractItemModel):
    """Categories as a tree with article counts; column 0 the name, column 1 the count."""

    move_requested = Signal(int, object, int)  # category id, new parent id or None, position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[_Item] = []
        self._top: list[int] = []
        self._can_move = False
        self._all_label = "All articles"

    # building -------------------------------------------------------------
    def set_nodes(self, nodes: list[CategoryNode], *, total: int, all_label: str) -> None:
        self.beginResetModel()
        self._all_label = all_label
        self._total = total
        self._items = [_Item(None, -1, 0)]
        self._top = [0]
        position: dict[int, int] = {}
        for node in nodes:  # parents come before their children
            parent = position.get(node.parent_id, -1) if node.parent_id is not None else -1
            siblings = self._items[parent].children if parent >= 0 else self._top
            self._items.append(_Item(node, parent, len(siblings)))
            position[node.id] = len(self._items) - 1
            siblings.append(len(self._items) - 1)
        self.endResetModel()

    def set_can_move(self, allowed: bool) -> None:
        self._can_move = allowed

    def index_of(self, category_id: int) -> QModelIndex:
        for number, item in enumerate(self._items):
            key = item.node.id if item.node else ALL_ARTICLES
            if key == category_id:
                return self.createIndex(item.row, 0, number)
        return QModelIndex()

    def node(self, index: Index) -> CategoryNode | None:
        return self._items[index.internalId()].node if index.isValid() else None

    # QAbstractItemModel -----------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column not in (0, 1) or row < 0:
            return QModelIndex()
        children = self._items[parent.internalId()].children if parent.isValid() else self._top
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._items[child.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._items[parent].row, 0, parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._items[parent.internalId()].children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.internalId()]
        node = item.node
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return str(node.article_count if node else self._total)
            return node.name if node else self._all_label
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            empty = node is not None and node.article_count == 0
            return QColor("#c0c4cc" if empty else "#6b7280")
        if role == Qt.ItemDataRole.FontRole and node is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and node is not None:
            return " › ".join(node.path)
        if role == CategoryIdRole:
            return node.id if node else ALL_ARTICLES
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._can_move else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._can_move and self._items[index.internalId()].node is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # drag and drop: the model only asks; the service moves -------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = {str(self.node(i).id) for i in indexes if self.node(i) is not None}
        data.setData(MIME_TYPE, QByteArray(",".join(sorted(ids)).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME_TYPE) or action != Qt.DropAction.MoveAction:
            return False
        raw = bytes(data.data(MIME_TYPE).data()).decode()
        target = self.node(parent) if parent.isValid() else None
        if parent.isValid() and target is None:
            return False  # onto "All articles"
        for text in filter(None, raw.split(",")):
            category_id = int(text)
            position = self._position_among_siblings(category_id, row, parent)
            self.move_requested.emit(category_id, target.id if target else None, position)
        return False  # nothing moves in the view until the store says so

    def _position_among_siblings(self, category_id: int, row: int, parent: Index) -> int:
        """The drop row as `services.categories.move_category` counts it: among the
        siblings with the moved category left out, "All articles" not counted."""
        view_row = row if row >= 0 else self.rowCount(parent)
        current = self.index_of(category_id)
        if current.isValid() and current.parent() == parent and current.row() < view_row:
            view_row -= 1  # the moved category leaves its row above the drop
        first = 0 if parent.isValid() else 1  # "All articles" heads the top level
        return max(0, view_row - first)


class CategoryTreeView(QTreeView):
    """The tree widget: compact, counts right-aligned, drag and drop for admins."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
