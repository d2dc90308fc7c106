"""Grab the user guide's pictures, in Vietnamese, into docs/screenshots/guide/.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_guide_screenshots.py [out-dir]

The first-start and sign-in dialogs and the About box come from here; the desk
and the review pictures from make_desk_screenshot.py and
make_review_screenshots.py, run with the same out-dir:

    python docs/screenshots/make_desk_screenshot.py docs/screenshots/guide/ban-lam-viec.png
    python docs/screenshots/make_review_screenshots.py docs/screenshots/guide/

Runs against a throwaway database in a temporary DANVAN_HOME.
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


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("guide"))
    out.mkdir(parents=True, exist_ok=True)
    from danvan_desktop.gui.app import create_application

    app = create_application([sys.argv[0]])
    from danvan_desktop.gui.about_dialog import AboutDialog
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.i18n import install_translators
    from danvan_desktop.gui.identity import app_icon
    from danvan_desktop.gui.login import FirstRunDialog, LoginDialog
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.services import setup, users
    from danvan_desktop.services.store import open_store
    from danvan_desktop.settings import load_settings

    install_translators(app, "vi")
    app.setWindowIcon(app_icon())
    context = DeskContext(TaskRunner(), load_settings())
    context.store = open_store()

    first = FirstRunDialog(context)
    first.username_edit.setText("admin")
    first.display_name_edit.setText("Nguyễn Văn Quản")
    first.password_edit.setText(PASSWORD)
    first.confirm_edit.setText(PASSWORD)
    _shoot(app, first, out / "lan-dau.png")

    setup.initialise(context.store, "admin", PASSWORD, "Nguyễn Văn Quản")
    admin = users.authenticate(context.store, "admin", PASSWORD)
    users.add_user(context.store, admin, "bientap", PASSWORD, ["editor"], "Trần Thị Biên Tập")
    login = LoginDialog(context, users.list_users(context.store), "bientap")
    _shoot(app, login, out / "dang-nhap.png")

    about = AboutDialog()
    _shoot(app, about, out / "gioi-thieu.png")
    context.runner.shutdown()
    return 0


def _shoot(app, widget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    widget.close()
    print("saved", path)


if __name__ == "__main__":
    sys.exit(main())
