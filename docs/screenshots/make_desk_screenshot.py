"""Grab the desk with the sample article open, in Vietnamese: docs/screenshots/desk.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_desk_screenshot.py [out.png]

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
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("desk.png"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    from danvan_desktop.gui.app import create_application

    app = create_application([sys.argv[0]])
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.i18n import install_translators
    from danvan_desktop.gui.icons import icon
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.services import articles, media, setup, users
    from danvan_desktop.services.store import open_store
    from danvan_desktop.settings import load_settings

    install_translators(app, "vi")
    app.setWindowIcon(icon("app"))
    store = open_store()
    setup.initialise(store, "admin", PASSWORD, "Nguyễn Văn Quản")
    admin = users.authenticate(store, "admin", PASSWORD)
    users.add_user(store, admin, "bientap", PASSWORD, ["editor"], "Trần Thị Biên Tập")
    editor = users.authenticate(store, "bientap", PASSWORD)

    # The text copy of the sample lost its photo; draw a stand-in so the figure shows.
    image = QImage(960, 540, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 960, 540)
    gradient.setColorAt(0, QColor("#7a9cc6"))
    gradient.setColorAt(1, QColor("#d9c9a3"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG")
    photo = media.add_media(store, editor, bytes(data.data()), "hoi-nghi.jpg").value
    sample = articles.list_articles(store).rows[0]
    detail = articles.get_article(store, sample.id)
    fields = detail.fields
    with_photo = type(fields)(**{**fields.as_dict(), "tags": ("dân vận khéo", "Nghệ An")})
    with_photo = type(fields)(**{**with_photo.as_dict(), "feature_image": photo.sha256})
    with_photo = type(fields)(**{**with_photo.as_dict(), "tags": tuple(with_photo.tags)})
    articles.save_article(store, admin, sample.id, with_photo, detail.version)

    window = MainWindow(DeskContext(TaskRunner(), load_settings()))
    window.resize(1680, 1020)
    window.show()
    window.start_session(store, editor)
    state = {"step": 0}

    def poll() -> None:
        if state["step"] == 0 and window.articles.model.rowCount():
            window.articles.select_article(sample.id)
            state["step"] = 1
        elif state["step"] == 1 and window.editing.current is not None:
            window.preview.rendered.connect(lambda _g: QTimer.singleShot(1500, shoot))
            state["step"] = 2
        QTimer.singleShot(100, poll) if state["step"] < 2 else None

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
