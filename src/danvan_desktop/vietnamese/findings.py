"""The shape of a lint finding, shared by the rules and the runner."""

from __future__ import annotations

from dataclasses import dataclass

WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One lint finding over text[start:end]; `fix` replaces that span when not None."""

    code: str
    start: int
    end: int
    message_vi: str
    message_en: str
    fix: str | None = None
    severity: str = WARNING

    @property
    def fixable(self) -> bool:
        return self.fix is not None
