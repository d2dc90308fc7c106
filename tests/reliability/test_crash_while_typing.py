"""A desk killed with SIGKILL while the editor types loses at most the autosave delay.

Each round starts the real desk (`danvan_desktop.gui.app.main`, signed in with
`--as`, offscreen) in a child process. The child script only adds the typist: it
waits for the window, takes the recovery offer when one is shown (every round
after the first), and then commits words into the body the way Unikey or IBus
does, printing each word and the moment it went in. The parent kills the whole
process group at a random moment, opens the store and checks that the working
copy holds every word typed more than the autosave delay (plus slack for a busy
machine) before the kill, in order, and nothing that was never typed. The next
round must be offered that text back by the service the desk asks at start.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from danvan_desktop.settings import AppSettings
from tests.reliability.conftest import child_env, kill_group

ROUNDS = 8
AUTOSAVE_SECONDS = AppSettings().autosave_seconds  # the delay the desk uses by default
SLACK_SECONDS = 1.0  # one autosave's trip through the database thread and its fsync
STARTUP_TIMEOUT = 120

TYPIST = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtWidgets import QApplication
    from danvan_desktop.gui import app as desk
    from danvan_desktop.gui.text_fields import plain_text

    round_number, expect_offer = int(sys.argv[1]), sys.argv[2] == "offer"
    argv = [sys.argv[0], "--as", "admin"]
    application = desk.create_application(argv)
    from danvan_desktop.gui.editing import SaveState
    from danvan_desktop.gui.main_window import MainWindow

    state = {"stage": "start", "word": 0}

    def say(*parts):
        print(*parts, flush=True)

    def desk_window():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        return None

    def commit(widget, text):
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    def step():
        window = desk_window()
        if window is None or not window.context.ready:
            return
        editing, bar = window.editing, window.message_bar
        if state["stage"] == "start":
            if expect_offer and bar.isVisible() and bar.buttons:
                say("offer", bar.label.text().replace("\\n", " "))
                bar.buttons[0].click()  # Restore
                state["stage"] = "restoring"
            elif not expect_offer and editing.state is SaveState.SAVED:
                state["stage"] = "ready"
        elif state["stage"] == "restoring":
            if editing.current is not None and editing.dirty:
                state["stage"] = "ready"
        elif state["stage"] == "ready":
            body = window.editor.body
            body.setFocus()
            body.moveCursor(QTextCursor.MoveOperation.End)
            say("start", json.dumps(plain_text(body)))  # as saved: no-break spaces kept
            state["stage"] = "typing"
            ticker.setInterval(40)
        elif state["stage"] == "typing":
            word = f" chữ{round_number}-{state['word']}"
            commit(window.editor.body, word)
            say("typed", repr(time.time()), word)
            state["word"] += 1

    ticker = QTimer()
    ticker.setInterval(50)
    ticker.timeout.connect(step)
    ticker.start()
    sys.exit(desk.main(argv[1:]))
    """
)


class Typist:
    """The child desk and what it reported, read on a thread so the pipe never fills."""

    def __init__(self, round_number: int, expect_offer: bool, log: Path) -> None:
        self.log = log
        self._stderr = open(log, "wb")  # noqa: SIM115 - closed in kill()
        self.process = subprocess.Popen(
            [sys.executable, "-c", TYPIST, str(round_number), "offer" if expect_offer else "-"],
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
            start_new_session=True,
        )
        self.offer: str | None = None
        self.started = threading.Event()
        self.base = ""  # the body when typing began: the restored text, or the article's
        self.typed: list[tuple[float, str]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "offer":
                self.offer = rest
            elif kind == "start":
                self.base = json.loads(rest)
                self.started.set()
            elif kind == "typed":
                moment, _, word = rest.partition(" ")
                self.typed.append((float(moment), word))

    def kill(self) -> float:
        moment = time.time()
        kill_group(self.process)
        self._reader.join(timeout=10)
        self._stderr.close()
        return moment

    def errors(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]


@pytest.mark.gui
def test_sigkill_while_typing_loses_at_most_the_autosave_delay(office, tmp_path: Path) -> None:
    from danvan_desktop.services import working_copies
    from danvan_desktop.services.store import open_store

    randomness = random.Random(20261126)
    copies: list = []
    rounds_with_due_text = 0
    for round_number in range(ROUNDS):
        typist = Typist(round_number, bool(copies), tmp_path / f"round-{round_number}.err")
        try:
            assert typist.started.wait(STARTUP_TIMEOUT), (
                f"round {round_number}: the desk never got ready"
                + (" (no recovery offer shown)" if copies else "")
                + f"; its stderr:\n{typist.errors()}"
            )
            time.sleep(randomness.uniform(0.5, 6.0))
        finally:
            killed_at = typist.kill()
        if copies:  # the offer was taken: the editor held exactly the kept text again
            assert copies[0].fields.title in (typist.offer or "")
            assert typist.base == copies[0].fields.body
        typed = [(t, w) for t, w in typist.typed if t < killed_at]
        assert typed, f"round {round_number}: nothing was typed"
        due = "".join(w for t, w in typed if t <= killed_at - AUTOSAVE_SECONDS - SLACK_SECONDS)
        rounds_with_due_text += bool(due)
        store = open_store(office.url)
        try:
            copies = working_copies.list_working_copies(store, office.admin)
        finally:
            store.close()
        if not copies:
            assert not due, f"round {round_number}: {len(due)} characters lost"
            continue
        (copy,) = copies  # what the desk's start-up offer shows next time
        assert copy.article_id == office.sample_id
        body = copy.fields.body
        assert body.startswith(typist.base + due), (
            f"round {round_number}: the working copy lacks text typed "
            f"{AUTOSAVE_SECONDS + SLACK_SECONDS:.1f} s before the kill"
        )
        assert (typist.base + "".join(w for _, w in typed)).startswith(body), "text never typed"
    assert rounds_with_due_text >= ROUNDS // 2, "too few kills came late enough to test"
    log = (office.home / "logs" / "danvan.log").read_text(encoding="utf-8")
    assert log.count("danvan-desktop starting") == ROUNDS  # the desk logs from its first moment
