"""The comment threads of the open article: read, add, reply, resolve, and find the passage.

Where each comment's passage is now was worked out by the core on read
(`services.comments`); the list shows it, greys out comments whose passage is
gone, and asks the desk to highlight the passage when a comment is clicked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.review.anchors import AnchorState

if TYPE_CHECKING:  # services pull in SQLAlchemy: not at import time
    from danvan_desktop.services.comments import CommentThread, CommentView

CommentRole = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 90


class CommentThreadsWidget(QWidget):
    """objectName `commentThreads`.

    Emits `add_requested(body, anchor_or_None, reply_to_or_None)`,
    `resolve_requested(comment_id, resolved)` and `passage_requested(field, start, end)`;
    the review panel runs the services and calls `show_threads` with the answer.
    """

    add_requested = Signal(str, object, object)
    resolve_requested = Signal(int, bool)
    passage_requested = Signal(str, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("commentThreads")
        self._selection = None  # services.comments.Anchor of the editor's selection
        self._threads: tuple[CommentThread, ...] = ()
        self.tree = QTreeWidget(objectName="commentTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setColumnCount(1)
        self.tree.setStyleSheet(
            "QTreeWidget::item { padding: 5px 2px; border-bottom: 1px solid #eceff3; }"
        )
        self.show_resolved = QCheckBox(objectName="showResolved")
        self.add_general = QPushButton(objectName="commentArticle")
        self.add_on_selection = QPushButton(objectName="commentSelection")
        self.reply = QPushButton(objectName="commentReply")
        self.resolve = QPushButton(objectName="commentResolve")
        buttons = QHBoxLayout()
        for button in (self.add_general, self.add_on_selection, self.reply, self.resolve):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.add_general.clicked.connect(lambda: self._ask(None, None))
        self.add_on_selection.clicked.connect(lambda: self._ask(self._selection, None))
        self.reply.clicked.connect(self._reply)
        self.resolve.clicked.connect(self._toggle_resolved)
        self.show_resolved.toggled.connect(lambda _on: self.show_threads(self._threads))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemClicked.connect(self._clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_general.setText(self.tr("Comment…"))
        self.add_on_selection.setText(self.tr("Comment on selection…"))
        self.reply.setText(self.tr("Reply…"))
        self.show_resolved.setText(self.tr("Show resolved"))
        self._update_buttons()
        self.show_threads(self._threads)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_selection(self, anchor) -> None:
        """The editor's current selection as a `services.comments.Anchor`, or None."""
        self._selection = anchor
        self._update_buttons()

    def show_threads(self, threads: tuple[CommentThread, ...]) -> None:
        current = self._current()
        self._threads = threads
        self.tree.clear()
        for thread in threads:
            if thread.resolved and not self.show_resolved.isChecked():
                continue
            root = self._item(thread.root)
            self.tree.addTopLevelItem(root)
            for reply in thread.replies:
                root.addChild(self._item(reply))
            root.setExpanded(True)
            if current is not None and thread.root.id == current.id:
                self.tree.setCurrentItem(root)
        self._update_buttons()

    def _item(self, view: CommentView) -> QTreeWidgetItem:
        lines = [f"{view.author_name} · {view.created_at.astimezone():%d/%m/%Y %H:%M}"]
        where = self._where(view)
        if where:
            lines[0] += f" · {where}"
        if view.quote and view.parent_id is None:
            quote = view.quote if len(view.quote) <= QUOTE_CHARS else view.quote[:QUOTE_CHARS] + "…"
            lines.append(f"“{quote}”")
        lines.append(view.body)
        item = QTreeWidgetItem([("\n").join(lines)])
        item.setData(0, CommentRole, view)
        item.setToolTip(0, view.body)
        if view.resolved or view.outdated:
            item.setForeground(0, QBrush(QColor("#6b7280")))
        return item

    def _where(self, view: CommentView) -> str:
        if view.parent_id is not None:
            return ""
        state = view.place.state
        texts = {
            AnchorState.ARTICLE: self.tr("whole article"),
            AnchorState.FIELD: self.tr("on %1"),
            AnchorState.KEPT: self.tr("on a passage of %1"),
            AnchorState.MOVED: self.tr("on a passage of %1 (moved)"),
            AnchorState.CHANGED: self.tr("on a passage of %1 (edited since)"),
            AnchorState.OUTDATED: self.tr("outdated: the passage of %1 is gone"),
        }
        text = texts[state].replace("%1", self._field_name(view.field or ""))
        return text + (" · " + self.tr("resolved") if view.resolved else "")

    def _field_name(self, field: str) -> str:
        return {
            "title": self.tr("the title"),
            "sapo": self.tr("the lead"),
            "body": self.tr("the body"),
            "feature_caption": self.tr("the photo caption"),
            "author_name": self.tr("the signature"),
            "author_position": self.tr("the author's position"),
            "source": self.tr("the source"),
        }.get(field, field)

    def _current(self) -> CommentView | None:
        item = self.tree.currentItem()
        return item.data(0, CommentRole) if item is not None else None

    def _root_of_current(self) -> CommentView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        return item.data(0, CommentRole)

    def _update_buttons(self) -> None:
        root = self._root_of_current()
        self.add_on_selection.setEnabled(self._selection is not None)
        self.reply.setEnabled(root is not None)
        self.resolve.setEnabled(root is not None)
        self.resolve.setText(
            self.tr("Reopen") if root is not None and root.resolved else self.tr("Resolve")
        )

    def _ask(self, anchor, reply_to: int | None) -> None:
        title = self.tr("Reply") if reply_to is not None else self.tr("New comment")
        body, accepted = QInputDialog.getMultiLineText(self, title, self.tr("Comment:"))
        if accepted and body.strip():
            self.add_requested.emit(body, anchor, reply_to)

    def _reply(self) -> None:
        root = self._root_of_current()
        if root is not None:
            self._ask(None, root.id)

    def _toggle_resolved(self) -> None:
        root = self._root_of_current()
        if root is not None:
            self.resolve_requested.emit(root.id, not root.resolved)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        view: CommentView = item.data(0, CommentRole)
        place = view.place
        if view.field and place.start is not None and place.end is not None:
            self.passage_requested.emit(view.field, place.start, place.end)
