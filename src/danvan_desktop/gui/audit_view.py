"""The audit log for admins: filter by user, article and action, page through, verify the chain.

Filtering and paging happen in the store (`services.audit_log`); "Verify the
chain" is the same call as `danvan audit verify`, so both always agree.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.messages import error_text

if TYPE_CHECKING:  # services pull in SQLAlchemy: not at import time
    from danvan_desktop.services.audit_log import AuditEntry, AuditPage

PAGE_SIZE = 200
COMMON_ACTIONS = (
    "",
    "article.",
    "article.create",
    "article.save",
    "article.restore",
    "article.submit",
    "article.approve",
    "article.request_changes",
    "comment.",
    "user.",
    "category.",
)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


class AuditTableModel(QAbstractTableModel):
    """One page of audit events, as the store ordered them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == _DISPLAY:
            return (
                str(entry.seq),
                entry.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
                entry.actor,
                entry.action,
                entry.subject,
                json.dumps(entry.details, ensure_ascii=False),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.hash if index.column() == 0 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        texts = (
            self.tr("No."),
            self.tr("When"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Subject"),
            self.tr("Details"),
        )
        return texts[section] if 0 <= section < len(texts) else None


class AuditDialog(QDialog):
    """objectName `auditDialog`; opens on the newest events."""

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.resize(1100, 640)
        self._context = context
        self._offset = 0
        self._total = 0
        self._generation = 0
        self.user = QLineEdit(objectName="auditUser")
        self.article = QLineEdit(objectName="auditArticle")
        self.action = QComboBox(objectName="auditAction", editable=True)
        self.action.addItems(COMMON_ACTIONS)
        self.search = QPushButton(objectName="auditSearch")
        self.verify = QPushButton(objectName="auditVerify")
        self.verdict = QLabel(objectName="auditVerdict")
        self.verdict.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.previous = QPushButton(objectName="auditPrevious")
        self.next = QPushButton(objectName="auditNext")
        self.page_label = QLabel(objectName="auditPage")
        self._labels = (QLabel(), QLabel(), QLabel())
        form = QFormLayout()
        for label, field in zip(self._labels, (self.user, self.article, self.action), strict=True):
            form.addRow(label, field)
        filters = QHBoxLayout()
        filters.addLayout(form, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.search)
        buttons.addWidget(self.verify)
        buttons.addStretch(1)
        filters.addLayout(buttons)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.previous)
        paging.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        self.search.clicked.connect(lambda: self.load(0))
        for line in (self.user, self.article):
            line.returnPressed.connect(lambda: self.load(0))
        self.action.activated.connect(lambda _i: self.load(0))
        self.previous.clicked.connect(lambda: self.load(max(0, self._offset - PAGE_SIZE)))
        self.next.clicked.connect(lambda: self.load(self._offset + PAGE_SIZE))
        self.verify.clicked.connect(self.verify_chain)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        for label, text in zip(
            self._labels, (self.tr("User"), self.tr("Article"), self.tr("Action")), strict=True
        ):
            label.setText(text)
        self.user.setPlaceholderText(self.tr("user name"))
        self.article.setPlaceholderText(self.tr("article id or its first characters"))
        self.search.setText(self.tr("Show"))
        self.verify.setText(self.tr("Verify the chain"))
        self.previous.setText(self.tr("Newer"))
        self.next.setText(self.tr("Older"))
        self._show_page_label()

    def load(self, offset: int = 0) -> None:
        store, actor = self._context.store, self._context.actor
        self._generation += 1
        generation = self._generation
        filters = {
            "user": self.user.text().strip() or None,
            "article_id": self.article.text().strip() or None,
            "action": self.action.currentText().strip() or None,
        }

        def work():
            from danvan_desktop.services import audit_log

            return audit_log.query_audit_log(
                store, actor, offset=offset, limit=PAGE_SIZE, **filters
            )

        def done(page: AuditPage) -> None:
            if generation != self._generation:
                return
            self._offset, self._total = offset, page.total
            self.model.set_rows(page.rows)
            self._show_page_label()

        self._context.runner.database(work, done, self._failed)

    def verify_chain(self) -> None:
        store = self._context.store

        def work():
            from danvan_desktop.services import audit

            return audit.verify_audit_chain(store)

        def done(report) -> None:
            if report.ok:
                text = self.tr("The chain is intact: %1 events, head %2.")
                text = text.replace("%1", str(report.events)).replace("%2", report.head_hash[:16])
                self.verdict.setStyleSheet("color: #166534;")
            else:
                text = self.tr("The chain is broken at event %1: %2")
                text = text.replace("%1", str(report.broken_at)).replace("%2", report.problem or "")
                self.verdict.setStyleSheet("color: #9f1d1d; font-weight: 600;")
            self.verdict.setText(text)

        self._context.runner.database(work, done, self._failed)

    def _show_page_label(self) -> None:
        shown = self.model.rowCount()
        first = self._offset + 1 if shown else 0
        text = self.tr("%1–%2 of %3 events")
        self.page_label.setText(
            text.replace("%1", str(first))
            .replace("%2", str(self._offset + shown))
            .replace("%3", str(self._total))
        )
        self.previous.setEnabled(self._offset > 0)
        self.next.setEnabled(self._offset + shown < self._total)

    def _failed(self, error: BaseException) -> None:
        self.verdict.setStyleSheet("color: #9f1d1d;")
        self.verdict.setText(error_text(error))
