"""Whole-process checks: the highlighter over a big document, and the packaged smoke test.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every
QSyntaxHighlighter.setFormat() and the process dies after a few thousand calls
(`Fatal Python error: none_dealloc`). We pin 6.11.x there; this test runs our
highlighter over a large document in a child process and fails if it dies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

HIGHLIGHT_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from danvan_desktop.gui.editor.highlighter import MarkdownHighlighter
    from danvan_desktop.gui.editor.markdown_edit import MarkdownEdit

    calls = 0
    class Counting(MarkdownHighlighter):
        def setFormat(self, *args):
            global calls
            calls += 1
            super().setFormat(*args)

    editor = MarkdownEdit()
    highlighter = Counting(editor.document())
    line = "## Tiêu đề **đậm** và *nghiêng* [liên kết](https://a.vn) `mã` | ô |\\n- mục\\n> a\\n"
    for _round in range(3):
        editor.setPlainText(line * 2500)
        app.processEvents()
    print("setFormat calls", calls)
    sys.exit(0 if calls >= 20000 else 3)
    """
)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_highlighter_survives_tens_of_thousands_of_set_format_calls() -> None:
    result = subprocess.run(
        [sys.executable, "-c", HIGHLIGHT_SCRIPT],
        capture_output=True,
        text=True,
        env=_child_env(),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    calls = int(result.stdout.split("setFormat calls")[1])
    assert calls >= 20_000


def test_smoke_test_starts_shows_the_preview_and_exits_zero(tmp_path: Path) -> None:
    env = _child_env()
    env["DANVAN_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-m", "danvan_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "preview shown" in result.stdout
    assert (tmp_path / "home" / "danvan.sqlite3").exists()  # the database was created
