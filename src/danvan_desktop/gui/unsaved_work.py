"""Unsaved text is never parked out of sight: switching, closing and starting account for it.

Switching to another article (or New) with unsaved changes asks Save /
Discard / Cancel, Save the default, as a word processor does. Saving a
revision on its own was the other choice, and we did not take it: a revision
is an act the editor answers for. It shows in the history, it is what a
reviewer reads next, and the store may refuse it (no title yet, someone
else's newer save, an article no longer editable). Parking the text as a
working copy without a word, as the desk did, hides work the editor thinks is
somewhere. Asking loses nothing and surprises no one: Save makes the revision
and only then opens the other article, and a refused save keeps the editor
where it was with its text (autosaved); Cancel stays; Discard is said out loud.

Working copies the desk finds (every one at start, say after a crash, and one
when an article with a copy opens) are *kept* until the editor restores or
discards each: the message bar offers them one after another, and closing
the window with any still kept asks whether to keep them for the next start,
discard them, or go back to them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from danvan_desktop.gui.editing import SaveState

Button = QMessageBox.StandardButton


class UnsavedWork(QObject):
    """The main window's guard over unsaved text: `leave_current`, `may_close`, `find_kept`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._editing = window.editing
        self._kept: dict[str, object] = {}  # article id → WorkingCopyInfo, newest first
        self._editing.restore_offered.connect(self.offer)
        self._editing.state_changed.connect(self._state_changed)
        self._editing.saved.connect(lambda detail: self._kept.pop(detail.id, None))

    @property
    def kept(self) -> list:
        """The working copies offered and not yet restored or discarded."""
        return list(self._kept.values())

    # offering ----------------------------------------------------------------
    def find_kept(self) -> None:
        """At start: every working copy the user left behind is offered, one after another."""
        context = self._window.context
        store, actor = context.store, context.actor

        def work():
            from danvan_desktop.services import working_copies

            return working_copies.list_working_copies(store, actor)

        def found(copies) -> None:
            for copy in copies:
                self._kept.setdefault(copy.article_id, copy)
            self.offer_next()

        context.runner.database(work, found, self._window.show_error)

    def offer(self, copy) -> None:
        self._kept[copy.article_id] = copy
        self._show_offer(copy)

    def offer_next(self) -> None:
        if self._kept:
            self._show_offer(next(iter(self._kept.values())))

    def _show_offer(self, copy) -> None:
        self._window._open_first_article = False  # the unsaved text matters more
        when = copy.saved_at.astimezone().strftime("%H:%M %d/%m/%Y")
        text = self.tr("Unsaved text of “%1” from %2 was kept. Restore it?")
        text = text.replace("%1", self._title(copy.fields.title)).replace("%2", when)
        if len(self._kept) > 1:
            more = self.tr("(%1 more unsaved texts are waiting after this one.)")
            text = f"{text} {more.replace('%1', str(len(self._kept) - 1))}"
        self._window.message_bar.show_message(
            text,
            "warning",
            [
                (self.tr("Restore"), lambda: self._restore(copy)),
                (self.tr("Discard"), lambda: self._discard(copy)),
            ],
        )

    def _restore(self, copy) -> None:
        def restore() -> None:
            self._kept.pop(copy.article_id, None)
            self._editing.restore(copy)
            self.offer_next()

        current = self._editing.current
        if current is not None and current.article_id == copy.article_id:
            restore()
        else:
            self.leave_current(restore, stay=self.offer_next)

    def _discard(self, copy) -> None:
        self._kept.pop(copy.article_id, None)
        self._editing.discard_copy(copy)
        self.offer_next()

    def _state_changed(self, state: SaveState) -> None:
        current = self._editing.current
        if state is SaveState.UNSAVED and current is not None:
            # The editor typed on without answering the offer: the next autosave would
            # overwrite the older text, so it goes into the article's history first.
            copy = self._kept.pop(current.article_id, None)
            if copy is not None:
                self._keep_aside(copy)

    def _keep_aside(self, copy) -> None:
        context = self._window.context
        store, actor = context.store, context.actor

        def work():
            from danvan_desktop.services import working_copies

            return working_copies.keep_aside(store, actor, copy)

        def kept(number) -> None:
            if number is None:
                return
            text = self.tr(
                "The older unsaved text of “%1” was kept in the article's history "
                "(revision %2): compare or restore it there."
            )
            text = text.replace("%1", self._title(copy.fields.title)).replace("%2", str(number))
            self._window.message_bar.show_message(text, "info", [])

        context.runner.database(work, kept, self._window.show_error)

    # leaving and closing -----------------------------------------------------
    def leave_current(self, then: Callable[[], None], stay=None) -> None:
        """Run `then` once the open article's unsaved text is saved or discarded (see above).

        `stay()` runs when the open article stays, for now (until its save
        succeeds) or for good (Cancel, or a refused save).
        """
        if not self._editing.dirty:
            then()
            return
        text = self.tr("“%1” has unsaved changes. Save them as a revision before going on?")
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            text.replace("%1", self._title(self._window.editor.title_edit.text())),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Discard:
            self._editing.discard_changes()
            then()
            return
        if stay is not None:
            stay()
        if answer == Button.Save:
            self._editing.save(then=lambda _detail: then())

    def may_close(self) -> bool:
        """Whether the window may close now; False if the editor cancelled or a save runs first."""
        if self._editing.dirty:
            answer = QMessageBox.question(
                self._window,
                self.tr("Unsaved changes"),
                self.tr("The article has unsaved changes. Save them before closing?"),
                Button.Save | Button.Discard | Button.Cancel,
                Button.Save,
            )
            if answer == Button.Cancel:
                return False
            if answer == Button.Save:
                self._editing.save(then=lambda _detail: self._window.close())
                return False
            self._editing.discard_changes()
        if not self._kept:
            return True
        titles = ", ".join(f"“{self._title(copy.fields.title)}”" for copy in self._kept.values())
        text = self.tr(
            "Unsaved text was kept and never saved as a revision: %1. Close and have it"
            " offered again at the next start, discard it, or cancel to go back to it?"
        )
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved text kept"),
            text.replace("%1", titles),
            Button.Close | Button.Discard | Button.Cancel,
            Button.Cancel,
        )
        if answer == Button.Cancel:
            self.offer_next()
            return False
        if answer == Button.Discard:
            for copy in self._kept.values():
                self._editing.discard_copy(copy)
            self._kept.clear()
        return True

    def _title(self, title: str) -> str:
        return title or self.tr("(untitled)")
