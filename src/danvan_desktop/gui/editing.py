"""The open article: loading, autosave into a working copy, Save, and the workflow steps.

Work is never lost. Each edit restarts a short timer (the autosave delay from
Settings), and a second timer of the same delay runs from the first unsaved
edit, so steady typing saves too: a crash loses at most that delay of typing
(2 s by default). When either fires the fields go to the store as the user's
working copy, off the UI thread. Save (Ctrl+S) makes a revision with the
version the editor loaded, then drops the working copy; a conflict keeps the
text in the editor. The next start, or the next opening of the article,
offers any working copy left behind by a crash.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.debounce import Debouncer
from danvan_desktop.services.dto import ArticleDetail, ArticleFields
from danvan_desktop.workflow import Action, ArticleStatus, WorkflowRefusal, can_edit
from danvan_desktop.workflow import check_transition as _check_transition


class SaveState(Enum):
    EMPTY = "empty"
    SAVED = "saved"
    UNSAVED = "unsaved"
    AUTOSAVED = "autosaved"
    SAVING = "saving"


@dataclass(frozen=True)
class Loaded:
    """What the editor shows: a stored article, or a new one not yet in the store."""

    article_id: str  # the store's id, or a provisional one for a new article
    stored: bool
    version: int | None
    current_hash: str | None
    status: ArticleStatus
    fields: ArticleFields


class ArticleEditing(QObject):
    """Controller of the article editor; the main window wires actions to it."""

    loaded = Signal(object)  # Loaded
    state_changed = Signal(object)  # SaveState
    saved = Signal(object)  # ArticleDetail after a save or a workflow step
    changes_applied = Signal(object)  # the frozenset of dto.Change a write reported
    message = Signal(str, str)  # text, kind: "error", "info", "warning"
    error = Signal(object)  # an exception for gui.messages
    restore_offered = Signal(object)  # WorkingCopyInfo

    def __init__(self, context: DeskContext, editor, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._editor = editor
        self.current: Loaded | None = None
        self.state = SaveState.EMPTY
        self.autosaved_at: datetime | None = None
        self._autosave = Debouncer(2000, self.autosave_now, self)
        self._ceiling = QTimer(self, singleShot=True)
        self._ceiling.timeout.connect(self.autosave_now)
        self._autosave_generation = 0
        self._ceiling_armed = False
        editor.edited.connect(self._edited)
        editor.set_read_only(True)  # nothing typed before an article is open could be kept

    # state -------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.state in (SaveState.UNSAVED, SaveState.AUTOSAVED, SaveState.SAVING)

    def _set_state(self, state: SaveState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _edited(self) -> None:
        if self.current is None:
            return
        if self.state is not SaveState.UNSAVED:
            self._set_state(SaveState.UNSAVED)
        if not self._ceiling_armed:
            # From the first unsaved edit: steady typing is saved too.
            self._ceiling_armed = True
            delay = int(self._context.settings.autosave_seconds * 1000)
            self._autosave.delay_ms = delay
            self._ceiling.start(delay)
        self._autosave.poke()

    def can_edit(self) -> bool:
        actor = self._context.actor
        if self.current is None or actor is None:
            return False
        return can_edit(self.current.status, actor.roles)

    def may(self, action: Action) -> bool:
        actor = self._context.actor
        if self.current is None or actor is None or not self.current.stored:
            return False
        try:
            _check_transition(action, self.current.status, actor.roles)
        except WorkflowRefusal:
            return False
        return True

    # opening -----------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        store, actor = self._context.store, self._context.actor

        def work():
            from danvan_desktop.services import articles, working_copies

            detail = articles.get_article(store, article_id)  # type: ignore[arg-type]
            copy = working_copies.load_working_copy(store, actor, article_id)  # type: ignore[arg-type]
            return detail, copy

        def done(result) -> None:
            detail, copy = result
            self._show_detail(detail)
            if copy is not None and copy.fields != detail.fields:
                self.restore_offered.emit(copy)
            elif copy is not None:  # nothing unsaved in it after all
                self.discard_copy(copy)

        self._context.runner.database(work, done, self.error.emit)

    def _show_detail(self, detail: ArticleDetail, fields: ArticleFields | None = None) -> None:
        self._stop_timers()
        self.current = Loaded(
            detail.id, True, detail.version, detail.current_hash, detail.status, detail.fields
        )
        self._editor.load(fields or detail.fields)
        self._editor.set_read_only(not self.can_edit())
        self._set_state(SaveState.SAVED)
        self.loaded.emit(self.current)

    def new_article(self, category_slug: str) -> None:
        self._stop_timers()
        actor = self._context.actor
        fields = ArticleFields(
            title="", category_slug=category_slug, author_name=actor.display_name if actor else ""
        )
        self.current = Loaded(str(uuid.uuid4()), False, None, None, ArticleStatus.DRAFT, fields)
        self._editor.load(fields)
        self._editor.set_read_only(False)
        self._set_state(SaveState.SAVED)
        self.loaded.emit(self.current)
        self._editor.title_edit.setFocus()

    def restore(self, copy) -> None:
        """Put a working copy's text back in the editor, unsaved.

        The editor keeps the version the copy was based on: if someone saved
        the article since, Save is refused as a conflict instead of silently
        overwriting their revision with this older text.
        """
        if copy.is_new_article:
            self.current = Loaded(
                copy.article_id, False, None, None, ArticleStatus.DRAFT, copy.fields
            )
            self._editor.load(copy.fields)
            self._editor.set_read_only(False)
            self.loaded.emit(self.current)
            self._edited()
            return
        if self.current is not None and self.current.article_id == copy.article_id:
            self._editor.load(copy.fields)
            self.current = replace(self.current, version=copy.base_version)
            self._edited()
            return
        store = self._context.store

        def work():
            from danvan_desktop.services import articles

            return articles.get_article(store, copy.article_id)  # type: ignore[arg-type]

        def done(detail) -> None:
            self._show_detail(detail, copy.fields)
            self.current = replace(self.current, version=copy.base_version)
            self._edited()

        self._context.runner.database(work, done, self.error.emit)

    def discard_copy(self, copy) -> None:
        store, actor = self._context.store, self._context.actor

        def work():
            from danvan_desktop.services import working_copies

            return working_copies.discard_working_copy(store, actor, copy.article_id)  # type: ignore[arg-type]

        self._context.runner.database(work)

    def discard_changes(self) -> None:
        """The editor chose not to keep the unsaved text: drop its working copy too."""
        if self.current is not None:
            self._stop_timers()
            self.discard_copy(self.current)
            self._set_state(SaveState.SAVED)

    def close_article(self) -> None:
        self._stop_timers()
        self.current = None
        self._editor.set_read_only(True)
        self._set_state(SaveState.EMPTY)

    def _stop_timers(self) -> None:
        self._autosave.stop()
        self._ceiling.stop()
        self._ceiling_armed = False

    # autosave and save -----------------------------------------------------------
    def autosave_now(self) -> None:
        if self.current is None or self.state is not SaveState.UNSAVED:
            return
        self._stop_timers()
        store, actor, current = self._context.store, self._context.actor, self.current
        fields = self._editor.fields()
        self._autosave_generation += 1
        generation = self._autosave_generation
        base = current.version if current.stored else None

        def work():
            from danvan_desktop.services import working_copies

            return working_copies.save_working_copy(
                store,  # type: ignore[arg-type]
                actor,  # type: ignore[arg-type]
                current.article_id,
                base,
                fields,
            )

        def done(saved_at: datetime) -> None:
            same_article = (
                self.current is not None and self.current.article_id == current.article_id
            )
            if same_article and generation == self._autosave_generation:
                self.autosaved_at = saved_at
                if self.state is SaveState.UNSAVED and self._editor.fields() == fields:
                    self._set_state(SaveState.AUTOSAVED)

        self._context.runner.database(work, done, self.error.emit)

    def save(self, then=None) -> None:
        """Make a revision of the editor's fields; `then(detail)` runs after a success."""
        if self.current is None:
            return
        self._stop_timers()
        store, actor, current = self._context.store, self._context.actor, self.current
        fields = self._editor.fields()
        previous_state = self.state
        self._set_state(SaveState.SAVING)

        def work():
            from danvan_desktop.services import articles, working_copies

            if current.stored:
                outcome = articles.save_article(
                    store,  # type: ignore[arg-type]
                    actor,  # type: ignore[arg-type]
                    current.article_id,
                    fields,
                    current.version,  # type: ignore[arg-type]
                )
            else:
                outcome = articles.create_article(store, actor, fields)  # type: ignore[arg-type]
            working_copies.discard_working_copy(store, actor, current.article_id)  # type: ignore[arg-type]
            return outcome

        def done(outcome) -> None:
            detail: ArticleDetail = outcome.value
            unchanged = self._editor.fields() == fields
            self.current = Loaded(
                detail.id, True, detail.version, detail.current_hash, detail.status, fields
            )
            self._editor.set_read_only(not self.can_edit())
            self._set_state(SaveState.SAVED if unchanged else SaveState.UNSAVED)
            if not unchanged:
                self._edited()
            self.saved.emit(detail)
            self.changes_applied.emit(outcome.changes)
            self.loaded.emit(self.current)
            if then is not None:
                then(detail)

        def failed(error: BaseException) -> None:
            self._set_state(
                SaveState.UNSAVED if previous_state is not SaveState.SAVED else previous_state
            )
            if self.state is SaveState.UNSAVED:
                self.autosave_now()  # whatever the store said, the text is kept
            self.error.emit(error)

        self._context.runner.database(work, done, failed)

    def run_action(self, action: Action, comment: str = "") -> None:
        """A workflow step on the open article, saving first if it has unsaved text."""
        if self.current is None:
            return
        if self.dirty and self.can_edit():
            self.save(then=lambda _detail: self.run_action(action, comment))
            return
        store, actor, current = self._context.store, self._context.actor, self.current

        def work():
            from danvan_desktop.services import review

            if action is Action.SUBMIT:
                return review.submit_for_review(store, actor, current.article_id)  # type: ignore[arg-type]
            if action is Action.APPROVE:
                return review.approve(
                    store,  # type: ignore[arg-type]
                    actor,  # type: ignore[arg-type]
                    current.article_id,
                    expected_hash=current.current_hash,
                )
            if action is Action.REQUEST_CHANGES:
                return review.request_changes(store, actor, current.article_id, comment)  # type: ignore[arg-type]
            raise ValueError(f"no desk action for {action}")

        def done(outcome) -> None:
            self._show_detail(outcome.value)
            self.saved.emit(outcome.value)
            self.changes_applied.emit(outcome.changes)

        self._context.runner.database(work, done, self.error.emit)
