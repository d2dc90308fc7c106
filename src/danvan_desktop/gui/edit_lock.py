"""The soft edit lock of the open article: "being edited by …", heartbeats, take-over.

A lock is advice between people (`services.locks`); the version check of a
save is the guarantee. So the desk asks for the lock only when the user starts
typing, not when an article is merely read; keeps it alive with a heartbeat on
the database thread; and lets it go when another article opens, the article
closes or the desk quits. Whoever opens an article someone else holds sees it
read-only with their name, and "Take over" when they may (its own editor, an
admin). A desk whose lock was taken over goes read-only and keeps its text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from danvan_desktop.gui.editing import SaveState
from danvan_desktop.gui.messages import error_text
from danvan_desktop.workflow import Role

log = logging.getLogger(__name__)
HEARTBEAT_MS = 30_000  # services.locks.HEARTBEAT_EVERY; the lock lives 90 s without one


class EditLock(QObject):
    """Holds, watches and gives back the open article's lock for one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._context = window.context
        self._editing = window.editing
        self.article_id: str | None = None  # the stored article on screen
        self.held = False
        self.holder = None  # LockInfo of someone else's live lock, when shown
        self._creator: str | None = None  # username of the open article's creator
        self._asking = False
        self.heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)
        self._editing.loaded.connect(self._loaded)
        self._editing.state_changed.connect(self._state_changed)
        window.editor.edited.connect(self._edited)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    # what is on screen -----------------------------------------------------------
    def _loaded(self, loaded) -> None:
        article_id = loaded.article_id if loaded.stored else None
        if article_id == self.article_id:
            if self.holder is not None:
                self._editor_read_only(True)  # a reload must not unlock someone else's article
            return
        self.release()
        self.article_id = article_id
        self.holder = None
        if article_id is not None:
            self._ask_holder(article_id)

    def _state_changed(self, state: SaveState) -> None:
        if state is SaveState.EMPTY:
            self.release()
            self.article_id = None
            self.holder = None
        elif self.holder is not None:
            self._window._actions["save"].setEnabled(False)  # the window re-enables it

    def _ask_holder(self, article_id: str) -> None:
        store, actor = self._context.store, self._context.actor

        def work():
            from danvan_desktop.services import articles, locks

            creator = articles.get_article(store, article_id).created_by  # type: ignore[arg-type]
            return creator, locks.lock_holder(store, actor, article_id)  # type: ignore[arg-type]

        def done(result) -> None:
            creator, info = result
            if article_id != self.article_id:
                return
            self._creator = creator
            if info is not None and not info.mine:
                self.show_holder(info)

        self._context.runner.database(work, done, lambda error: log.warning("lock: %s", error))

    def show_holder(self, info) -> None:
        """Someone else edits this article: read-only, their name, and take-over if allowed."""
        if info is None or info.mine:
            self.holder_gone()
            return
        self.holder = info
        self._editor_read_only(True)
        since = info.acquired_at.astimezone().strftime("%H:%M")
        text = self.tr("This article is being edited by %1 (since %2). It is read-only for you.")
        buttons = []
        if self.may_take_over():
            buttons.append((self.tr("Take over"), self.take_over))
        bar = self._window.message_bar
        bar.show_message(
            text.replace("%1", info.display_name or info.username).replace("%2", since),
            "warning",
            buttons,
        )

    def holder_gone(self) -> None:
        """The other desk let go (or its lock expired): the article may be edited again."""
        if self.holder is None:
            return
        self.holder = None
        self._editor_read_only(False)
        self._window.message_bar.show_message(
            self.tr("Nobody else is editing this article now: you can edit it."), "info"
        )

    def may_take_over(self) -> bool:
        actor = self._context.actor
        if actor is None:
            return False
        return actor.has(Role.ADMIN) or self._creator == actor.username

    # holding ---------------------------------------------------------------------
    def _edited(self) -> None:
        """The first keystroke in a stored article asks for its lock."""
        if self.held or self._asking or self.article_id is None or self.holder is not None:
            return
        self.acquire()

    def acquire(self, *, take_over: bool = False) -> None:
        store, actor, article_id = self._context.store, self._context.actor, self.article_id
        if article_id is None:
            return
        self._asking = True

        def work():
            from danvan_desktop.services import locks

            return locks.acquire_lock(store, actor, article_id, take_over=take_over)  # type: ignore[arg-type]

        def done(info) -> None:
            self._asking = False
            if article_id != self.article_id:  # moved on meanwhile: give it straight back
                self._release(article_id)
                return
            was_shown = self.holder is not None
            self.held = True
            self.holder = None
            self.heartbeat.start()
            if take_over:
                self._took_over()
            elif was_shown:  # refused a moment ago, but that lock expired in between
                self._editor_read_only(False)

        def failed(error: BaseException) -> None:
            self._asking = False
            if article_id != self.article_id:
                return
            if getattr(error, "code", "") == "locked_by_other":
                self._refused(error)
            else:
                self._window.message_bar.show_message(error_text(error), "error")

        self._context.runner.database(work, done, failed)

    def _refused(self, error) -> None:
        """Someone took the lock between our opening and our first keystroke, or another
        desk reached for the same free lock at the same moment and won."""
        params = getattr(error, "params", {})
        store, actor, article_id = self._context.store, self._context.actor, self.article_id

        def work():
            from danvan_desktop.services import locks

            return locks.lock_holder(store, actor, article_id)  # type: ignore[arg-type]

        def done(info) -> None:
            if info is not None and article_id == self.article_id:
                self.show_holder(info)
            elif article_id == self.article_id:
                self.acquire()  # it expired in between

        name = params.get("holder_name") or params.get("holder") or "?"
        self.holder = _Holder(params.get("holder", ""), name)  # until the store says more
        self._editor_read_only(True)
        self._window.message_bar.show_message(
            self.tr("This article is being edited by %1. It is read-only for you.").replace(
                "%1", name
            ),
            "warning",
        )
        self._context.runner.database(work, done, lambda e: log.warning("lock: %s", e))

    def take_over(self) -> None:
        self.acquire(take_over=True)

    def _took_over(self) -> None:
        self._editor_read_only(False)
        self._window.message_bar.show_message(
            self.tr(
                "You took over the article. Whatever the other desk had not saved stays there."
            ),
            "info",
        )
        if not self._editing.dirty and self.article_id is not None:
            self._editing.open_article(self.article_id)  # their last save, if any

    def beat(self) -> None:
        """Tell the store we are still here; a Conflict means the lock was taken over."""
        if not self.held or self.article_id is None:
            self.heartbeat.stop()
            return
        store, actor, article_id = self._context.store, self._context.actor, self.article_id

        def work():
            from danvan_desktop.services import locks

            return locks.heartbeat(store, actor, article_id)  # type: ignore[arg-type]

        def failed(error: BaseException) -> None:
            if article_id != self.article_id:
                return
            if getattr(error, "code", "") == "locked_by_other":
                self._lost(error)
            else:  # the network or the server: the next beat tries again
                log.warning("lock heartbeat failed: %s", error)

        self._context.runner.database(work, None, failed)

    def _lost(self, error) -> None:
        self.held = False
        self.heartbeat.stop()
        params = getattr(error, "params", {})
        name = params.get("holder_name") or params.get("holder") or "?"
        self._editor_read_only(True)
        self.holder = _Holder(params.get("holder", ""), name)
        text = self.tr(
            "%1 took over this article. Your text stays here, read-only: copy what you need."
        )
        self._window.message_bar.show_message(
            text.replace("%1", name),
            "warning",
            [(self.tr("Copy my text"), self._copy_body)],
        )

    def _copy_body(self) -> None:
        QApplication.clipboard().setText(self._window.editor.body.toPlainText())

    # letting go ------------------------------------------------------------------
    def release(self) -> None:
        if self.held and self.article_id is not None:
            self._release(self.article_id)
        self.held = False
        self.heartbeat.stop()

    def _release(self, article_id: str) -> None:
        store, actor = self._context.store, self._context.actor
        if store is None or actor is None:
            return

        def work():
            from danvan_desktop.services import locks

            locks.release_lock(store, actor, article_id)

        self._context.runner.database(work, None, lambda e: log.warning("lock release: %s", e))

    def _editor_read_only(self, read_only: bool) -> None:
        self._window.editor.set_read_only(read_only or not self._editing.can_edit())
        self._window._update_actions()
        if read_only:
            self._window._actions["save"].setEnabled(False)


class _Holder:
    """Who took the lock from us, as far as the refusal said."""

    def __init__(self, username: str, display_name: str) -> None:
        self.username = username
        self.display_name = display_name
        self.mine = False
