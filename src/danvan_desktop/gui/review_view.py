"""The review view: the pinned revision, Approve / Request changes, comments, history, slip.

Approve names the exact revision shown here (its hash is on screen): the
service refuses it if the article changed since this view loaded it, or if the
reviewer wrote or edited it. Every call runs on the database thread and the
whole view reloads from the store afterwards, so what is shown is what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.comment_threads import CommentThreadsWidget
from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.dialogs import CommentDialog
from danvan_desktop.gui.icons import icon
from danvan_desktop.gui.messages import error_text, status_text
from danvan_desktop.gui.revision_history import RevisionHistoryWidget
from danvan_desktop.services.dto import ArticleDetail
from danvan_desktop.workflow import ArticleStatus, Role, can_edit

if TYPE_CHECKING:  # services pull in SQLAlchemy: not at import time
    from danvan_desktop.services.comments import CommentThread
    from danvan_desktop.services.history import RevisionEntry
    from danvan_desktop.services.queue import ChangeRequest

HASH_SHOWN = 12  # hex digits on screen; the tooltip and the slip carry all 64


@dataclass(frozen=True, slots=True)
class ReviewState:
    """What the view shows, read in one go on the database thread."""

    detail: ArticleDetail
    history: tuple[RevisionEntry, ...]
    threads: tuple[CommentThread, ...]
    request: ChangeRequest | None = None  # why it was sent back, while it is

    def display_name(self, username: str) -> str:
        """The name people know, as the history shows it (the user name if it has none)."""
        names = {entry.author: entry.author_name for entry in self.history}
        return names.get(username) or username

    @property
    def writers(self) -> frozenset[str]:
        """Everyone who wrote the text: they may not approve it (four-eyes)."""
        wrote = {e.author for e in self.history if e.kind not in ("state", "conflict")}
        return frozenset(wrote | {self.detail.created_by, self.detail.last_edited_by})


class ReviewPanel(QWidget):
    """objectName `reviewPanel`.

    `show_article(id)` loads an article; `article_changed(detail)` tells the desk
    that a workflow step or a restore changed it; `passage_requested(field, start,
    end)` asks the editor to highlight a comment's passage.
    """

    article_changed = Signal(object)
    state_loaded = Signal(object)  # ReviewState, after every (re)load
    comments_changed = Signal(str)  # article id
    passage_requested = Signal(str, int, int)

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self._context = context
        self.state: ReviewState | None = None
        self.pinned_hash: str | None = None  # the revision the reviewer is reading
        self._generation = 0
        self.title = QLabel(objectName="reviewTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.pinned = QLabel(objectName="reviewPinned")
        self.pinned.setWordWrap(True)
        self.request = QLabel(objectName="reviewRequest")
        self.request.setWordWrap(True)
        self.request.setStyleSheet(
            "background:#fde2e1; color:#7f1d1d; border-radius:4px; padding:6px 8px;"
        )
        self.request.hide()
        self.notice = QLabel(objectName="reviewNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #9f1d1d;")
        self.repin = QPushButton(objectName="reviewRepin")
        self.repin.hide()
        self.approve = QPushButton(icon("article.approve"), "", objectName="reviewApprove")
        self.request_changes = QPushButton(
            icon("article.request_changes"), "", objectName="reviewRequestChanges"
        )
        self.save_slip = QPushButton(objectName="reviewSaveSlip")
        self.print_slip = QPushButton(objectName="reviewPrintSlip")
        self.comments = CommentThreadsWidget()
        self.history = RevisionHistoryWidget()
        self.tabs = QTabWidget(objectName="reviewTabs")
        self.tabs.addTab(self.comments, "")
        self.tabs.addTab(self.history, "")
        actions = QHBoxLayout()
        for button in (self.approve, self.request_changes):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.save_slip, self.print_slip):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pinned)
        layout.addWidget(self.request)
        layout.addLayout(actions)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.repin)
        layout.addLayout(notice_row)
        layout.addWidget(self.tabs, 1)
        self.approve.clicked.connect(self._approve)
        self.request_changes.clicked.connect(self._request_changes)
        self.save_slip.clicked.connect(self._save_slip)
        self.print_slip.clicked.connect(self._print_slip)
        self.repin.clicked.connect(self._repin)
        self.comments.add_requested.connect(self._add_comment)
        self.comments.resolve_requested.connect(self._resolve)
        self.comments.passage_requested.connect(self.passage_requested)
        self.history.compare_requested.connect(self._compare)
        self.history.restore_requested.connect(self._restore)
        self.retranslate_ui()

    # translation ---------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.approve.setText(self.tr("Approve this revision"))
        self.request_changes.setText(self.tr("Request changes…"))
        self.save_slip.setText(self.tr("Save approval slip…"))
        self.print_slip.setText(self.tr("Print approval slip…"))
        self.repin.setText(self.tr("Read the new revision"))
        self.tabs.setTabText(0, self.tr("Comments"))
        self.tabs.setTabText(1, self.tr("History"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # loading -------------------------------------------------------------------
    def show_article(self, article_id: str | None, pinned_hash: str | None = None) -> None:
        """Load an article; None clears the view.

        `pinned_hash` is the revision the reviewer has on screen (the editor's
        loaded hash); without it the view pins the revision it loads now. Approve
        sends the pinned hash, so text nobody read is never approved.
        """
        self._generation += 1
        if article_id is None:
            self.state = None
            self.pinned_hash = None
            self._show_state()
            return
        same_article = self.state is not None and self.state.detail.id == article_id
        if pinned_hash is not None or not same_article:
            self.pinned_hash = pinned_hash
        store = self._context.store
        generation = self._generation

        def work() -> ReviewState:
            from danvan_desktop.services import articles, comments, history, queue

            return ReviewState(
                articles.get_article(store, article_id),
                history.revision_history(store, article_id),
                comments.list_comments(store, article_id),
                queue.change_request(store, article_id),
            )

        def done(state: ReviewState) -> None:
            if generation == self._generation:
                self.state = state
                if self.pinned_hash is None:
                    self.pinned_hash = state.detail.current_hash
                self.notice.clear()
                self._show_state()
                self.state_loaded.emit(state)

        self._context.runner.database(work, done, self._failed)

    def reload(self) -> None:
        """Read the article again, keeping the pinned revision."""
        if self.state is not None:
            self.show_article(self.state.detail.id)

    def _repin(self) -> None:
        if self.state is not None:
            self.pinned_hash = None
            self.show_article(self.state.detail.id)

    def set_selection(self, anchor) -> None:
        """Hook for the editor: its selection as a `services.comments.Anchor`, or None."""
        self.comments.set_selection(anchor)

    def _show_state(self) -> None:
        state = self.state
        enabled = state is not None
        for widget in (self.approve, self.request_changes, self.save_slip, self.print_slip):
            widget.setEnabled(False)
        self.tabs.setEnabled(enabled)
        self.request.setVisible(state is not None and state.request is not None)
        if state is not None and state.request is not None:
            text = self.tr("Sent back by %1 on %2: %3")
            self.request.setText(
                text.replace("%1", state.request.reviewer)
                .replace("%2", state.request.at.astimezone().strftime("%d/%m/%Y %H:%M"))
                .replace("%3", state.request.comment)
            )
        if state is None:
            self.title.setText(self.tr("No article open"))
            self.pinned.clear()
            self.comments.show_threads(())
            self.history.show_entries((), False)
            return
        detail = state.detail
        self.title.setText(detail.title)
        number = max((e.number for e in state.history if e.content_changed), default=0)
        pinned = self.tr("%1 · revision %2 · hash %3 · last edited by %4")
        self.pinned.setText(
            pinned.replace("%1", status_text(detail.status))
            .replace("%2", str(number))
            .replace("%3", detail.current_hash[:HASH_SHOWN])
            .replace("%4", state.display_name(detail.last_edited_by))
        )
        self.pinned.setToolTip(detail.current_hash)
        actor = self._context.actor
        roles = actor.roles if actor is not None else frozenset()
        in_review = detail.status == ArticleStatus.IN_REVIEW
        is_reviewer = Role.REVIEWER in roles
        own = actor is not None and actor.username in state.writers
        changed = detail.current_hash != self.pinned_hash
        self.repin.setVisible(changed)
        if changed:
            self.notice.setText(
                self.tr("The article changed after you opened it. Read the new revision first.")
            )
        self.approve.setEnabled(in_review and is_reviewer and not own and not changed)
        self.approve.setToolTip(
            self.tr("You wrote or edited this article: another reviewer must approve it")
            if own and is_reviewer
            else self.tr("Approves exactly the revision whose hash is shown")
        )
        self.request_changes.setEnabled(in_review and is_reviewer)
        self.save_slip.setEnabled(detail.approval_valid)
        self.print_slip.setEnabled(detail.approval_valid)
        self.comments.show_threads(state.threads)
        self.history.show_entries(state.history, can_edit(detail.status, roles))

    def _failed(self, error: BaseException) -> None:
        self.notice.setText(error_text(error))

    def _after(self, outcome) -> None:
        self._repin()  # our own step: the new revision is the one on screen
        if outcome.changes:
            self.article_changed.emit(outcome.value)

    def _run(self, work, done=None) -> None:
        self.notice.clear()
        self._context.runner.database(work, done or self._after, self._failed)

    # workflow ------------------------------------------------------------------
    def _approve(self) -> None:
        if self.state is None:
            return
        store, actor, detail = self._context.store, self._context.actor, self.state.detail
        pinned = self.pinned_hash or detail.current_hash

        def work():
            from danvan_desktop.services import review

            return review.approve(store, actor, detail.id, expected_hash=pinned)

        self._run(work)

    def _request_changes(self) -> None:
        if self.state is None:
            return
        dialog = CommentDialog(self.state.detail.title, self)
        if not dialog.exec():
            return
        store, actor, article_id, text = (
            self._context.store,
            self._context.actor,
            self.state.detail.id,
            dialog.comment(),
        )

        def work():
            from danvan_desktop.services import review

            return review.request_changes(store, actor, article_id, text)

        self._run(work)

    def _restore(self, number: int) -> None:
        if self.state is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a revision"),
            self.tr(
                "Make the text of revision %1 the current text? It is saved as a new "
                "revision; an approved article goes back to review."
            ).replace("%1", str(number)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, actor, detail = self._context.store, self._context.actor, self.state.detail

        def work():
            from danvan_desktop.services import history

            return history.restore_revision(store, actor, detail.id, number, detail.version)

        self._run(work)

    def _compare(self, old: int, new: int) -> None:
        if self.state is None:
            return
        store, article_id = self._context.store, self.state.detail.id

        def work():
            from danvan_desktop.services import history

            return history.diff_revisions(store, article_id, old, new)

        self._context.runner.database(work, self.history.diff.show_diff, self._failed)

    # comments ------------------------------------------------------------------
    def _add_comment(self, body: str, anchor, reply_to) -> None:
        if self.state is None:
            return
        store, actor, article_id = self._context.store, self._context.actor, self.state.detail.id

        def work():
            from danvan_desktop.services import comments

            return comments.add_comment(
                store, actor, article_id, body, anchor=anchor, reply_to=reply_to
            )

        self._run(work, lambda _outcome: self._comments_done(article_id))

    def _resolve(self, comment_id: int, resolved: bool) -> None:
        if self.state is None:
            return
        store, actor, article_id = self._context.store, self._context.actor, self.state.detail.id

        def work():
            from danvan_desktop.services import comments

            return comments.set_resolved(store, actor, comment_id, resolved)

        self._run(work, lambda _outcome: self._comments_done(article_id))

    def _comments_done(self, article_id: str) -> None:
        self.reload()
        self.comments_changed.emit(article_id)

    # the slip --------------------------------------------------------------------
    def _slip_bytes(self, then) -> None:
        if self.state is None:
            return
        store, actor, article_id = self._context.store, self._context.actor, self.state.detail.id

        def work() -> bytes:
            from danvan_desktop.services import slip

            return slip.approval_slip_pdf(store, actor, article_id)

        self._context.runner.database(work, then, self._failed)

    def _save_slip(self) -> None:
        if self.state is None:
            return
        suggested = f"phieu-duyet-{self.state.detail.slug[:60]}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the approval slip"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        store, actor, article_id = self._context.store, self._context.actor, self.state.detail.id

        def work():
            from pathlib import Path

            from danvan_desktop.services import slip

            return slip.write_approval_slip(store, actor, article_id, Path(path))

        self._context.runner.database(work, None, self._failed)

    def _print_slip(self) -> None:
        title = self.state.detail.title if self.state else ""

        def print_it(data: bytes) -> None:
            from danvan_desktop.gui.slip_print import print_pdf

            print_pdf(data, self, title)

        self._slip_bytes(print_it)
