"""Grab the desk proofing the sample article, in Vietnamese: docs/screenshots/lint.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_lint_screenshot.py [out.png]

The sample as an editor left it, plus two typing slips in its first paragraph
("ngừơi", "tíêp") so that both kinds of underline show: red for misspellings,
blue for real-word confusions ("đối công tác"). The house-style panel lists
the findings, one of them selected and shown in the text. Runs against a
throwaway database in a temporary DANVAN_HOME.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DANVAN_HOME"] = tempfile.mkdtemp(prefix="danvan-shot-")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

PASSWORD = "Mật-khẩu-ảnh-chụp-2026"
SLIPS = (("người đứng đầu", "ngừơi đứng đầu"), ("trực tiếp", "trực tíêp"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("lint.png"))
    from PySide6.QtCore import QTimer

    from danvan_desktop.gui.app import create_application

    app = create_application([sys.argv[0]])
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.i18n import install_translators
    from danvan_desktop.gui.icons import icon
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.gui.text_fields import replace_spans
    from danvan_desktop.services import articles, setup, users
    from danvan_desktop.services.store import open_store
    from danvan_desktop.settings import load_settings

    install_translators(app, "vi")
    app.setWindowIcon(icon("app"))
    store = open_store()
    setup.initialise(store, "admin", PASSWORD, "Nguyễn Văn Quản")
    admin = users.authenticate(store, "admin", PASSWORD)
    users.add_user(store, admin, "bientap", PASSWORD, ["editor"], "Trần Thị Biên Tập")
    editor = users.authenticate(store, "bientap", PASSWORD)
    sample = articles.list_articles(store).rows[0]

    window = MainWindow(DeskContext(TaskRunner(), load_settings()))
    window.resize(1680, 1020)
    window.show()
    window.start_session(store, editor)
    proofing = window.proofing
    state = {"step": 0}

    def poll() -> None:
        if state["step"] == 0 and window.articles.model.rowCount():
            window.articles.select_article(sample.id)
            state["step"] = 1
        elif state["step"] == 1 and window.editing.current is not None:
            body = window.editor.body
            for right, slip in SLIPS:
                start = body.toPlainText().index(right)
                replace_spans(body, [(start, start + len(right), slip)])
            proofing.warm_up()
            state["step"] = 2
        elif state["step"] == 2 and proofing.spelling.ready and proofing.lint_panel.current:
            proofing.finish_underlining()
            panel = proofing.lint_panel
            codes = [found.finding.code for found in panel.findings]
            row = codes.index("document-reference-spacing")
            panel.list.setCurrentItem(panel.list.topLevelItem(row))
            panel.jump_to(row)
            state["step"] = 3
            QTimer.singleShot(2500, shoot)
        QTimer.singleShot(100, poll) if state["step"] < 3 else None

    def shoot() -> None:
        window.grab().save(str(out))
        print("saved", out)
        app.quit()

    QTimer.singleShot(100, poll)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    window.context.runner.shutdown()
    return 0 if out.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
