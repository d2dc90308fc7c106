"""Every icon of the desk, by meaning, in one table.

Widgets ask for `icon("article.save")`, never for a font-awesome name, so a
change of icon set is one edit here. qtawesome costs a third of a second to
import (it loads Qt through qtpy), so the first start renders each icon once
into PNGs in the cache directory and later starts load those files;
qtawesome is imported only when an icon is missing from the cache.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICONS: dict[str, str] = {
    "app": "mdi6.newspaper-variant-outline",
    "article.new": "mdi6.file-document-plus-outline",
    "article.save": "mdi6.content-save-outline",
    "article.submit": "mdi6.send-check-outline",
    "article.approve": "mdi6.check-decagram-outline",
    "article.request_changes": "mdi6.message-reply-text-outline",
    "article.publish": "mdi6.earth-arrow-right",
    "settings": "mdi6.cog-outline",
    "search": "mdi6.magnify",
    "category": "mdi6.folder-outline",
    "category.add": "mdi6.folder-plus-outline",
    "category.rename": "mdi6.folder-edit-outline",
    "edit.undo": "mdi6.undo",
    "edit.redo": "mdi6.redo",
    "format.bold": "mdi6.format-bold",
    "format.italic": "mdi6.format-italic",
    "format.heading": "mdi6.format-header-pound",
    "format.bullets": "mdi6.format-list-bulleted",
    "format.numbers": "mdi6.format-list-numbered",
    "format.quote": "mdi6.format-quote-open",
    "format.link": "mdi6.link-variant",
    "format.image": "mdi6.image-plus-outline",
    "format.table": "mdi6.table-large-plus",
    "format.rule": "mdi6.minus",
    "find": "mdi6.text-search",
    "text.normalize": "mdi6.auto-fix",
    "text.fix": "mdi6.check-all",
    "text.spelling": "mdi6.spellcheck",
    "text.lint": "mdi6.format-list-checks",
    "preview": "mdi6.eye-outline",
    "close": "mdi6.close",
    "user": "mdi6.account-circle-outline",
    "database": "mdi6.database-outline",
}

ACCENT = "#b3261e"  # the portal's banner red, for the app icon
TONE = "#3d4451"
DISABLED = "#a0a6b0"
SIZES = (16, 20, 24, 32, 48, 64, 256)  # 256: the window icon on a high-DPI taskbar
_MODES = {"normal": QIcon.Mode.Normal, "disabled": QIcon.Mode.Disabled}


def _cache_dir() -> Path:
    from danvan_desktop.gui.i18n import cache_dir

    path = cache_dir().parent / "icons"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _files(name: str) -> dict[tuple[str, int], Path]:
    color = ACCENT if name == "app" else TONE
    key = hashlib.sha256(f"{ICONS[name]}|{color}|{DISABLED}".encode()).hexdigest()[:12]
    folder = _cache_dir()
    return {
        (mode, size): folder / f"{name}-{key}-{mode}-{size}.png"
        for mode in _MODES
        for size in SIZES
    }


@cache
def icon(name: str) -> QIcon:
    """The icon for a meaning from `ICONS` (a KeyError names a missing entry)."""
    files = _files(name)
    if all(path.exists() for path in files.values()):
        cached = QIcon()
        for (mode, size), path in files.items():
            cached.addFile(str(path), QSize(size, size), _MODES[mode])
        return cached
    import qtawesome

    color = ACCENT if name == "app" else TONE
    drawn = qtawesome.icon(ICONS[name], color=color, color_disabled=DISABLED)
    for (mode, size), path in files.items():
        partial = path.with_suffix(f".{os.getpid()}.part")
        if drawn.pixmap(QSize(size, size), _MODES[mode]).save(str(partial), "PNG"):
            os.replace(partial, path)
    return drawn
