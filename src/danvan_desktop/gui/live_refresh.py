"""Other desks' changes appear without a restart, and only what they changed is refreshed.

A watcher thread only waits: on PostgreSQL it LISTENs and wakes the moment
another desk writes; on SQLite it wakes every few seconds. Each wake asks the
database thread for `changes_since(last seen, ignore_actor=me)` and, in the
same call, for the open article if it was touched and for who holds its
lock. The answer refreshes the category counts, the list (keeping the
selection) and the open article — unless it has unsaved edits, which are never
overwritten: a bar says who changed it, with "Reload" and "Compare".

A save that loses to another desk's (stale version) is shown the same way:
their saved text beside the text the store kept for us.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from danvan_desktop.gui.article_table import PAGE_SIZE
from danvan_desktop.gui.compare_dialog import CompareDialog, text_diff
from danvan_desktop.services.dto import Change

log = logging.getLogger(__name__)
POLL_SECONDS = 3.0  # SQLite, and PostgreSQL's fallback when a notification is missed
WAKE_SLICE = 0.5  # how soon the thread notices it should stop
LISTEN_MS = 200  # how often the window looks whether the thread woke


class ChangeWatcher:
    """A daemon thread that sets `woke` when something may have changed in the store.

    Plain Python on purpose: no Qt object is touched (or, worse, deleted) on its
    thread; the window reads the event on its own thread with a short timer.
    """

    def __init__(self, store, poll_seconds: float = POLL_SECONDS) -> None:
        self._store = store
        self.woke = threading.Event()
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="danvan-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        from danvan_desktop.services.changes import change_listener

        while not self._stop.is_set():
            try:
                with change_listener(self._store) as waiter:
                    last = time.monotonic()
                    while not self._stop.is_set():
                        notified = waiter.wait(WAKE_SLICE)
                        if notified or time.monotonic() - last >= self.poll_seconds:
                            last = time.monotonic()
                            self.woke.set()
            except Exception:  # the server went away: wait, then listen again
                log.warning("change listener failed; retrying", exc_info=True)
                self._stop.wait(self.poll_seconds)


class LiveRefresh(QObject):
    """Applies other desks' changes to one main window."""

    refreshed = Signal(object)  # the ChangeBatch just applied (for tests and the status bar)

    def __init__(self, window, edit_lock) -> None:
        super().__init__(window)
        self._window = window
        self._context = window.context
        self._lock = edit_lock
        self.watcher: ChangeWatcher | None = None
        self.poll_seconds = POLL_SECONDS
        self._seq: int | None = None
        self._asking = False
        self.dialog: CompareDialog | None = None
        self._list_outdated = False
        self._listen = QTimer(self, interval=LISTEN_MS)  # reads the watcher's event
        self._listen.timeout.connect(self._woken)
        window.installEventFilter(self)

    def start(self) -> None:
        """The session is open: remember where the change feed is, then watch it."""
        self.stop()
        store = self._context.store

        def work():
            from danvan_desktop.services.changes import latest_seq

            return latest_seq(store)  # type: ignore[arg-type]

        def started(seq: int) -> None:
            self._seq = seq
            self.watcher = ChangeWatcher(store, self.poll_seconds)
            self.watcher.start()
            self._listen.start()

        self._context.runner.database(work, started)

    def stop(self) -> None:
        self._listen.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def _woken(self) -> None:
        if self.watcher is not None and self.watcher.woke.is_set():
            self.watcher.woke.clear()
            self.check_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.stop()  # the window closed (a minimised window keeps watching)
        return False

    # one round ---------------------------------------------------------------------
    def check_now(self) -> None:
        if self._asking or self._seq is None or not self._context.ready:
            return
        store, actor, seq = self._context.store, self._context.actor, self._seq
        current = self._window.editing.current
        open_id = current.article_id if current is not None and current.stored else None
        ask_lock = open_id is not None and not self._lock.held
        self._asking = True

        def work():
            from danvan_desktop.errors import NotFound
            from danvan_desktop.services import articles, changes, locks

            batch = changes.changes_since(store, seq, ignore_actor=actor.username)  # type: ignore[arg-type, union-attr]
            detail = None
            if open_id is not None and open_id in batch.article_ids:
                try:
                    detail = articles.get_article(store, open_id)  # type: ignore[arg-type]
                except NotFound:
                    detail = None
            holder = locks.lock_holder(store, actor, open_id) if ask_lock else None  # type: ignore[arg-type]
            return batch, detail, holder

        def done(result) -> None:
            self._asking = False
            self._apply(open_id, ask_lock, *result)

        def failed(error: BaseException) -> None:
            self._asking = False
            log.warning("live refresh failed: %s", error)

        self._context.runner.database(work, done, failed)

    def _apply(self, open_id, asked_lock: bool, batch, detail, holder) -> None:
        self._seq = batch.last_seq
        window = self._window
        if asked_lock and open_id == self._lock.article_id:
            if holder is not None and not holder.mine:
                if self._lock.holder is None or self._lock.holder.username != holder.username:
                    self._lock.show_holder(holder)
            elif self._lock.holder is not None:
                self._lock.holder_gone()
        if batch:
            if Change.CATEGORIES in batch.changes:
                window.categories.reload()  # article counts
            if Change.ARTICLE_LIST in batch.changes:
                self._reload_list()
            current = window.editing.current
            same = current is not None and detail is not None and current.article_id == detail.id
            if same and detail.version != current.version:
                self._open_article_changed(detail)
        self.refreshed.emit(batch)

    def _reload_list(self) -> None:
        """Reload at once near the top; deep in a long list, when the user scrolls back up.

        A reload brings back the first page, so doing it while someone reads row 5,000
        would throw them back to the top every time another desk saves.
        """
        panel = self._window.articles
        bar = panel.table.verticalScrollBar()
        if panel.model.rowCount() <= PAGE_SIZE or bar.value() == 0:
            panel.reload()
            return
        if not self._list_outdated:
            self._list_outdated = True
            bar.valueChanged.connect(self._scrolled)

    def _scrolled(self, value: int) -> None:
        if value == 0 and self._list_outdated:
            self._list_outdated = False
            self._window.articles.table.verticalScrollBar().valueChanged.disconnect(self._scrolled)
            self._window.articles.reload()

    def _open_article_changed(self, detail) -> None:
        editing, bar = self._window.editing, self._window.message_bar
        who = detail.last_edited_by
        if not editing.dirty:
            editing.open_article(detail.id)
            text = self.tr("%1 saved a new revision of this article; it is shown now.")
            bar.show_message(text.replace("%1", who), "info")
            return
        text = self.tr(
            "This article was changed by %1 while you were editing it. Your text is "
            "still here and has not been saved over theirs."
        )
        bar.show_message(
            text.replace("%1", who),
            "warning",
            [
                (self.tr("Reload"), lambda: editing.open_article(detail.id)),
                (self.tr("Compare"), lambda: self.compare_with_saved(detail)),
            ],
        )

    # side by side ------------------------------------------------------------------
    def compare_with_saved(self, detail) -> CompareDialog:
        """The saved version (theirs) on the left, the editor's text on the right."""
        editor = self._window.editor
        mine = editor.fields()
        label = self.tr("the version %1 saved").replace("%1", detail.last_edited_by)
        return self._show(text_diff(detail.fields, mine), label, mine.body, detail.id)

    def compare_conflict(self, error) -> None:
        """After a stale save: the winner beside the text the store kept as a conflict revision."""
        current = self._window.editing.current
        if current is None:
            return
        store, article_id = self._context.store, current.article_id
        number = getattr(error, "params", {}).get("conflict_revision")
        on_screen = self._window.editor.fields()  # read here: widgets belong to this thread

        def work():
            from danvan_desktop.services import articles, history

            detail = articles.get_article(store, article_id)  # type: ignore[arg-type]
            kept = (
                history.revision_fields(store, article_id, number)  # type: ignore[arg-type]
                if number
                else on_screen
            )
            return detail, kept

        def done(result) -> None:
            detail, kept = result
            label = self.tr("the version %1 saved").replace("%1", detail.last_edited_by)
            self._show(text_diff(detail.fields, kept), label, kept.body, article_id)

        self._context.runner.database(work, done, self._window.show_error)

    def _show(self, diff, label: str, mine: str, article_id: str) -> CompareDialog:
        dialog = CompareDialog(
            diff, label, mine, lambda: self._window.editing.open_article(article_id), self._window
        )
        self.dialog = dialog
        dialog.open()
        return dialog
