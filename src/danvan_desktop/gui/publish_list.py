"""What the Publish dialog offers: approved articles with their pre-export check, and withdrawals.

The list is read in one go on the database thread (`load_publish_choices`):
the approved articles, who approved each and when, the check for all of
them at once (it reads no picture bytes), the published articles that could
be withdrawn, and whether this computer has a signing key. The check is per
article, so it does not change as boxes are ticked and is not re-run.

A blocked article shows its reasons in red under it and has no check box:
the export would refuse the whole package, so the dialog never lets it in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
)

from danvan_desktop.gui.messages import code_text

BLOCK_COLOUR = "#b91c1c"
WARN_COLOUR = "#b45309"
READY_COLOUR = "#166534"
IdRole = Qt.ItemDataRole.UserRole + 1
BlocksRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Note:
    code: str
    blocks: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """An approved article as the publisher chooses it."""

    id: str
    title: str
    category: str
    approver: str
    approved_at: datetime | None
    notes: tuple[Note, ...]

    @property
    def blocked(self) -> bool:
        return any(note.blocks for note in self.notes)


@dataclass(frozen=True, slots=True)
class PublishedArticle:
    id: str
    title: str
    category: str
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class PublishChoices:
    candidates: tuple[Candidate, ...]
    published: tuple[PublishedArticle, ...]
    key_id: str | None  # the signing key's id, or None: this computer has no key yet


def load_publish_choices(store) -> PublishChoices:
    """Everything the dialog lists, read on the database thread."""
    from danvan_desktop.portal import signing
    from danvan_desktop.portal.errors import PackageError, SigningKeyError
    from danvan_desktop.services import articles, publishing, users
    from danvan_desktop.workflow import ArticleStatus

    rows = articles.list_articles(store, status=ArticleStatus.APPROVED, sort="title").rows
    ids = [row.id for row in rows]
    report = publishing.pre_export_check(store, ids) if ids else None
    notes: dict[str, list[Note]] = {}
    for finding in report.findings if report else ():
        note = Note(finding.code, finding.severity == "block")
        if note not in notes.setdefault(finding.article_id, []):
            notes[finding.article_id].append(note)
    names = {user.username: user.display_name for user in users.list_users(store)}
    candidates = []
    for row in rows:
        detail = articles.get_article(store, row.id)
        approver = detail.approved_by or ""
        candidates.append(
            Candidate(
                row.id,
                row.title,
                row.category_name,
                names.get(approver) or approver,
                detail.approved_at,
                tuple(sorted(notes.get(row.id, ()), key=lambda n: not n.blocks)),
            )
        )
    published_rows = articles.list_articles(store, status=ArticleStatus.PUBLISHED).rows
    published = tuple(
        PublishedArticle(
            row.id,
            row.title,
            row.category_name,
            articles.get_article(store, row.id).publish_at,
        )
        for row in published_rows
    )
    key_id = None
    if signing.has_key():
        try:
            key_id = signing.load_public_key().key_id_hex
        except (PackageError, SigningKeyError):
            key_id = "?"  # the secret key is there; its public half is unreadable
    return PublishChoices(tuple(candidates), published, key_id)


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M %d/%m/%Y") if moment else ""


class CheckedList(QTreeWidget):
    """A tree of rows with check boxes; `ticked_ids()` says which are ticked."""

    selection_changed = Signal()

    def __init__(self, object_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.itemChanged.connect(lambda *_: self.selection_changed.emit())

    def _add_row(self, cells: Sequence[str], article_id: str, checkable: bool, ticked: bool):
        item = QTreeWidgetItem(self, list(cells))
        item.setData(0, IdRole, article_id)
        item.setToolTip(0, cells[0])
        flags = Qt.ItemFlag.ItemIsEnabled
        if checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setFlags(flags)
        return item

    def _stretch_first(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def items(self) -> Iterable[QTreeWidgetItem]:
        for index in range(self.topLevelItemCount()):
            yield self.topLevelItem(index)

    def item_for(self, article_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, IdRole) == article_id), None)

    def ticked_ids(self) -> list[str]:
        return [
            item.data(0, IdRole)
            for item in self.items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState(0) == Qt.CheckState.Checked
        ]

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.blockSignals(True)
        for item in self.items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, state)
        self.blockSignals(False)
        self.selection_changed.emit()


class CandidateList(CheckedList):
    """objectName `publishArticles`: approved articles, each with its check under it."""

    def __init__(self, parent=None) -> None:
        super().__init__("publishArticles", parent)
        self.setColumnCount(4)
        self.setIndentation(14)
        self._stretch_first()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Article"),
                self.tr("Category"),
                self.tr("Approved by"),
                self.tr("Approved at"),
            ]
        )

    def show_candidates(self, candidates: Sequence[Candidate], keep: set[str] | None) -> None:
        """Fill the list; tick what is ready (or, on a reload, what was ticked and still is)."""
        self.blockSignals(True)
        self.clear()
        for candidate in candidates:
            cells = (
                candidate.title,
                candidate.category,
                candidate.approver,
                local_time(candidate.approved_at),
            )
            ticked = not candidate.blocked and (keep is None or candidate.id in keep)
            item = self._add_row(cells, candidate.id, not candidate.blocked, ticked)
            if candidate.blocked:
                item.setIcon(0, self._icon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                item.setForeground(0, QBrush(QColor(BLOCK_COLOUR)))
                item.setToolTip(0, self.tr("Cannot be published until this is fixed"))
            for note in candidate.notes:
                self._add_note(item, note)
            item.setExpanded(True)
        self.blockSignals(False)
        self.selection_changed.emit()

    def _icon(self, which: QStyle.StandardPixmap):
        return self.style().standardIcon(which)

    def _add_note(self, parent: QTreeWidgetItem, note: Note) -> None:
        child = QTreeWidgetItem(parent, [code_text(note.code)])
        child.setFlags(Qt.ItemFlag.ItemIsEnabled)
        child.setFirstColumnSpanned(True)
        child.setData(0, IdRole, note.code)
        child.setData(0, BlocksRole, note.blocks)
        pixmap = QStyle.StandardPixmap
        child.setIcon(
            0,
            self._icon(
                pixmap.SP_MessageBoxCritical if note.blocks else pixmap.SP_MessageBoxWarning
            ),
        )
        child.setForeground(0, QBrush(QColor(BLOCK_COLOUR if note.blocks else WARN_COLOUR)))
        child.setToolTip(0, code_text(note.code))

    def notes_of(self, article_id: str) -> list[tuple[str, bool]]:
        """The reasons under an article as the publisher reads them, and whether each blocks."""
        item = self.item_for(article_id)
        if item is None:
            return []
        children = (item.child(i) for i in range(item.childCount()))
        return [(child.text(0), bool(child.data(0, BlocksRole))) for child in children]


class WithdrawalList(CheckedList):
    """objectName `publishWithdrawals`: published articles the portal may be told to take down."""

    def __init__(self, parent=None) -> None:
        super().__init__("publishWithdrawals", parent)
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self._stretch_first()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("Article"), self.tr("Category"), self.tr("Published at")])

    def show_published(self, published: Sequence[PublishedArticle], keep: set[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for article in published:
            cells = (article.title, article.category, local_time(article.published_at))
            self._add_row(cells, article.id, True, article.id in keep)
        self.blockSignals(False)
        self.selection_changed.emit()
