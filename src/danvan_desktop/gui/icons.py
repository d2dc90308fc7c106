"""Every icon of the desk, by meaning, in one table.

Widgets ask for `icon("article.save")`, never for a font-awesome name, so a
change of icon set is one edit here. qtawesome is imported on first use: it
costs half a second of start-up and needs the QApplication to exist.
"""

from __future__ import annotations

from functools import cache

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
    "preview": "mdi6.eye-outline",
    "close": "mdi6.close",
    "user": "mdi6.account-circle-outline",
    "database": "mdi6.database-outline",
}

ACCENT = "#b3261e"  # the portal's banner red, for the app icon
TONE = "#3d4451"


@cache
def icon(name: str) -> QIcon:
    """The icon for a meaning from `ICONS` (a KeyError names a missing entry)."""
    import qtawesome

    color = ACCENT if name == "app" else TONE
    return qtawesome.icon(ICONS[name], color=color, color_disabled="#a0a6b0")
