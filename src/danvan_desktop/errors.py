"""Coded errors shared by every layer.

The core never writes user-facing prose in Vietnamese: it raises a `DanvanError`
with a stable `code` and an English `message` (for logs and the CLI). The GUI maps
codes to Vietnamese in one place (`gui/messages.py`).
"""

from __future__ import annotations

from typing import Any


class DanvanError(Exception):
    """A refusal or failure the user can understand and act on."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class PermissionDenied(DanvanError):
    """The actor lacks the role or standing the action needs."""


class InvalidTransition(DanvanError):
    """The article's state does not allow the action."""


class NotFound(DanvanError):
    """A user, category, article or file named by the caller does not exist."""


class InvalidInput(DanvanError):
    """The caller's data is malformed or incomplete."""


class Conflict(DanvanError):
    """Someone else changed the data since the caller read it."""


class AuthenticationFailed(DanvanError):
    """Wrong user name or password, or a locked account."""
