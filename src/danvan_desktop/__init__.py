"""Danvan Desktop: the offline editorial workstation of the Ban Dân vận Tỉnh ủy Nghệ An site."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up on first use: importlib.metadata costs ~60 ms (email, socket,
    # calendar…), paid by every start of the desk before its window could paint.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("danvan-desktop")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
