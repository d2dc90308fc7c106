"""The main window's badges: "chờ tôi duyệt" and "trả lại cho tôi".

Fed by the review dock's `counts_changed` (the dock refreshes the counts on a
timer and after every workflow step, whether or not it is shown). Each badge is
shown to the roles it concerns — what waits for a reviewer, what was returned to
an editor — on the right of the main toolbar, coloured while its count is not
zero. A click opens that list in the review dock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from danvan_desktop.workflow import Role

_ACTIVE = (
    "QToolButton { color: white; background: #b91c1c; border-radius: 9px;"
    " padding: 2px 9px; font-weight: bold; }"
)
_QUIET = "QToolButton { color: #6b7280; padding: 2px 9px; }"


class QueueBadges(QObject):
    """Two toolbar buttons, objectNames `waitingForMeBadge` and `returnedToMeBadge`."""

    def __init__(self, window: QMainWindow, toolbar: QToolBar, before, dock) -> None:
        super().__init__(window)
        self._window = window
        self._dock = dock
        self._counts = None
        self.waiting = self._badge("waitingForMeBadge", "waiting_for_me")
        self.returned = self._badge("returnedToMeBadge", "returned_to_me")
        self._actions = {
            self.waiting: toolbar.insertWidget(before, self.waiting),
            self.returned: toolbar.insertWidget(before, self.returned),
        }
        dock.counts_changed.connect(self.show_counts)
        window.installEventFilter(self)
        self.show_counts(None)

    def _badge(self, name: str, kind: str) -> QToolButton:
        badge = QToolButton(objectName=name)
        badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        badge.setCursor(Qt.CursorShape.PointingHandCursor)
        badge.clicked.connect(lambda: self._dock.show_queue(kind))
        return badge

    def show_counts(self, counts) -> None:
        self._counts = counts
        actor = self._window.context.actor
        roles = actor.roles if actor is not None else frozenset()
        shown = {
            self.waiting: (Role.REVIEWER in roles, counts.waiting_for_me if counts else 0),
            self.returned: (Role.EDITOR in roles, counts.returned_to_me if counts else 0),
        }
        texts = {
            self.waiting: self.tr("Waiting for my review: %1"),
            self.returned: self.tr("Returned to me: %1"),
        }
        for badge, (visible, count) in shown.items():
            self._actions[badge].setVisible(visible)
            badge.setText(texts[badge].replace("%1", str(count)))
            badge.setStyleSheet(_ACTIVE if count else _QUIET)
        self.waiting.setToolTip(self.tr("Articles in review that you can approve"))
        self.returned.setToolTip(self.tr("Your articles sent back with a request for changes"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.show_counts(self._counts)
        return False
