"""Danvan Desktop: the offline editorial workstation of the Ban Dân vận Tỉnh ủy Nghệ An site."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("danvan-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
