"""A pause detector cheap enough to poke on every keystroke.

Restarting a QTimer per keystroke costs tens of microseconds through the
bindings, several times over (autosave, preview, counts). A `Debouncer` only
notes the time of the latest poke; when its timer fires early it re-arms for
the rest of the pause, so `action` still runs once typing has paused for
`delay_ms`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Debouncer(QObject):
    def __init__(self, delay_ms: int, action: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._action = action
        self._last = 0.0
        self._armed = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._fire)

    def poke(self) -> None:
        """Input happened now: run the action after a pause of `delay_ms`."""
        self._last = time.monotonic()
        if not self._armed:
            self._armed = True
            self._timer.start(self.delay_ms)

    def fire_now(self) -> None:
        self.stop()
        self._action()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def is_active(self) -> bool:
        return self._armed

    def _fire(self) -> None:
        waited_ms = (time.monotonic() - self._last) * 1000
        if waited_ms + 1 < self.delay_ms:
            self._timer.start(int(self.delay_ms - waited_ms) + 1)
            return
        self._armed = False
        self._action()
