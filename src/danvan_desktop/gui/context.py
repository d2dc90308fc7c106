"""What every panel of the desk needs, handed to it explicitly (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from danvan_desktop.services.dto import Actor
from danvan_desktop.settings import AppSettings

if TYPE_CHECKING:  # the store module pulls in SQLAlchemy: only after the first paint
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.services.store import Store


@dataclass
class DeskContext:
    runner: TaskRunner
    settings: AppSettings
    store: Store | None = None
    actor: Actor | None = None

    @property
    def ready(self) -> bool:
        return self.store is not None and self.actor is not None
