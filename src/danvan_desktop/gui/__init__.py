"""The editor's desk: Qt widgets, item models, dialogs, background tasks, icons, translations.

The only package that imports PySide6 and qtawesome. It reaches the database
through `services` only, and imports nothing heavy at import time: the main
window is shown before SQLAlchemy and QtWebEngine are loaded.
"""
