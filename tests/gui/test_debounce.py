"""The pause detector behind autosave, preview and counts."""

from __future__ import annotations

import time

from danvan_desktop.gui.debounce import Debouncer


def test_runs_once_after_the_pause_even_when_poked_repeatedly(qtbot) -> None:
    calls: list[float] = []
    debouncer = Debouncer(120, lambda: calls.append(time.monotonic()))
    started = time.monotonic()
    for _ in range(6):
        last_poke = time.monotonic()
        debouncer.poke()
        qtbot.wait(40)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3_000)
    assert calls[0] - last_poke >= 0.115  # a real pause after the last poke
    assert calls[0] - started >= 0.3
    qtbot.wait(200)
    assert len(calls) == 1 and not debouncer.is_active()


def test_stop_and_fire_now(qtbot) -> None:
    calls: list[int] = []
    debouncer = Debouncer(50, lambda: calls.append(1))
    debouncer.poke()
    debouncer.stop()
    qtbot.wait(120)
    assert calls == []
    debouncer.poke()
    debouncer.fire_now()
    assert calls == [1] and not debouncer.is_active()
