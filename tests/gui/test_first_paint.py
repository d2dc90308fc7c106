"""What the first paint waits for: the main window's module loads only what an empty desk shows.

The panels for a signed-in user (proofing, review dock, edit lock, live
refresh, import, backup) and the Vietnamese lint and charset tables are
imported by `start_session`, after the window is on screen (issue 3's cold
start goal; figures in bench/bench_desk.py).
"""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtWidgets import QDockWidget, QMenu

_PROBE = """
import sys
import danvan_desktop.gui.main_window
later = (
    "gui.proofing", "gui.review_dock", "gui.edit_lock", "gui.live_refresh",
    "gui.import_dialog", "gui.backup_dialogs", "gui.about_dialog",
    "vietnamese.lint", "vietnamese.legacy", "vietnamese.spelling",
)
print([name for name in later if f"danvan_desktop.{name}" in sys.modules])
"""


def test_the_main_window_module_leaves_the_session_panels_for_later():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_signing_in_builds_the_session_panels(qtbot, open_desk, desk_store):
    window = open_desk()
    assert window.findChild(QDockWidget, "reviewDock") is None
    assert window.menuBar().findChild(QMenu, "textMenu") is None
    window.start_session(desk_store.store, desk_store.editor)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    assert window.findChild(QDockWidget, "reviewDock") is window.review_dock
    assert window.menuBar().findChild(QMenu, "textMenu") is window.proofing.menu
    assert window.proofing.lint_panel.isVisible()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # long-lived: frozen
    window.close()
    assert gc.get_freeze_count() == 0  # the session's objects may die now


_PREVIEW_PROBE = """
import sys
import danvan_desktop.services.pages  # what the preview renders with
print([name for name in ("cryptography", "jsonschema", "alembic") if name in sys.modules])
"""


def test_the_preview_does_not_load_signing_schemas_or_migrations():
    result = subprocess.run(
        [sys.executable, "-c", _PREVIEW_PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]"
