"""The status bar: who is signed in with which roles, which database, counts, save state.

The save state is always visible, so an editor never has to wonder whether the
text is safe; the counts (words are syllables in Vietnamese) are computed on the
pool after a pause in typing, never per keystroke.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.debounce import Debouncer
from danvan_desktop.gui.editing import SaveState
from danvan_desktop.gui.messages import roles_text

COUNT_PAUSE_MS = 400


class DeskStatusBar(QStatusBar):
    def __init__(self, context: DeskContext, body_text, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._body_text = body_text  # () -> str, read when the pause is over
        self._state = SaveState.EMPTY
        self.user_label = QLabel(objectName="userStatus")
        self.database_label = QLabel(objectName="databaseStatus")
        self.count_label = QLabel(objectName="textCounts")
        self.save_label = QLabel(objectName="saveState")
        self.addWidget(self.user_label)
        self.addWidget(self.database_label, 1)
        self.addPermanentWidget(self.count_label)
        self.addPermanentWidget(self.save_label)
        self._count_timer = Debouncer(COUNT_PAUSE_MS, self._count, self)

    def retranslate_ui(self) -> None:
        self.show_session()
        self.show_save_state(self._state)

    def show_session(self) -> None:
        actor = self._context.actor
        if actor is None:
            self.user_label.setText(self.tr("Opening the database…"))
            self.database_label.setText("")
            return
        self.user_label.setText(f"{actor.display_name} ({roles_text(actor.roles)})")
        info = self._context.store.info() if self._context.store else None
        if info is not None:
            kind = self.tr("SQLite file") if info.backend == "sqlite" else self.tr("Server")
            self.database_label.setText(f"{kind}: {info.location}")

    def recount_later(self) -> None:
        self._count_timer.poke()

    def _count(self) -> None:
        body = self._body_text()

        def count():
            from danvan_desktop.vietnamese.counting import count_syllables, reading_minutes

            return count_syllables(body), reading_minutes(body)

        def show(result) -> None:
            syllables, minutes = result
            words = self.tr("%n word(s)", "", syllables)
            self.count_label.setText(words + " · " + self.tr("%n min read", "", minutes))

        self._context.runner.background(count, show, lambda _e: None)

    def show_save_state(self, state: SaveState) -> None:
        self._state = state
        texts = {
            SaveState.EMPTY: "",
            SaveState.SAVED: self.tr("Saved"),
            SaveState.UNSAVED: self.tr("Unsaved changes"),
            SaveState.AUTOSAVED: self.tr("Draft kept automatically"),
            SaveState.SAVING: self.tr("Saving…"),
        }
        self.save_label.setText(texts[state])
        colour = "#b45309" if state is SaveState.UNSAVED else "#4b5563"
        self.save_label.setStyleSheet(f"color: {colour}; padding: 0 6px;")
