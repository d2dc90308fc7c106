"""The package's refusals, each with a stable code the GUI translates."""

from __future__ import annotations

from danvan_desktop.errors import DanvanError


class PackageError(DanvanError):
    """A package that cannot be trusted: unsafe names, bad hashes, a bad signature…"""


class ExportCancelled(DanvanError):
    """The user cancelled an export; nothing was written at the destination."""

    def __init__(self) -> None:
        super().__init__("export_cancelled", "the export was cancelled; nothing was written")


class SigningKeyError(DanvanError):
    """The signing key is missing, unreadable, or its passphrase is wrong."""
