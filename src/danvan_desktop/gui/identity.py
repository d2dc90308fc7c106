"""How the desktop knows the app: one id for the menu entry, the taskbar and the icon.

The id is the name of the Linux .desktop file and hicolor icons
(packaging/linux/) and the Windows AppUserModelID the installer's shortcut
carries; when the running window says the same, the taskbar groups it under
the pinned shortcut and shows our icon rather than Python's.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon

from danvan_desktop.config import APP_ID
from danvan_desktop.resource_files import resource_path


def app_icon() -> QIcon:
    """The red tile with the gold star, drawn from its SVG at any size."""
    return QIcon(str(resource_path("icons", f"{APP_ID}.svg")))


def declare_app_id(app) -> None:
    """Tell the desktop which installed app this process is (before any window shows)."""
    app.setDesktopFileName(APP_ID)
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
