"""The Publish dialog in Vietnamese, on a first export: docs/screenshots/publish.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_publish_screenshot.py [out-dir]

The publisher sees the sample article approved and ready, a short item
without a sapo (a warning), one whose picture has no caption (blocked), and an
article published earlier that could be withdrawn. This computer has no
signing key yet, so the passphrase is asked twice. Runs against a throwaway
database in a temporary DANVAN_HOME; `--summary` also saves the summary page.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DANVAN_HOME"] = tempfile.mkdtemp(prefix="danvan-shot-")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

PASSWORD = "Mật-khẩu-ảnh-chụp-2026"
KEY_PASSPHRASE = "Khóa ký của Ban-2026"
# A real 3×2 PNG, stored as the uncaptioned picture.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAxAADABH+AQFq"
    "V1ZWAAAAAElFTkSuQmCC"
)


def prepare(store):
    """The sample approved, two more approved articles and one already published."""
    from danvan_desktop.portal import signing
    from danvan_desktop.services import articles, publishing, review, setup, users
    from danvan_desktop.services.dto import ArticleFields
    from danvan_desktop.store.models import Media

    setup.initialise(store, "admin", PASSWORD, "Nguyễn Văn Quản")
    admin = users.authenticate(store, "admin", PASSWORD)
    users.add_user(store, admin, "bientap", PASSWORD, ["editor"], "Trần Thị Biên Tập")
    users.add_user(store, admin, "duyet", PASSWORD, ["reviewer"], "Lê Văn Duyệt")
    users.add_user(store, admin, "xuatban", PASSWORD, ["publisher"], "Phạm Thị Xuất Bản")
    editor = users.authenticate(store, "bientap", PASSWORD)
    reviewer = users.authenticate(store, "duyet", PASSWORD)
    publisher = users.authenticate(store, "xuatban", PASSWORD)
    sample = articles.list_articles(store).rows[0]
    category = articles.get_article(store, sample.id).fields.category_slug
    review.submit_for_review(store, admin, sample.id)
    review.approve(store, reviewer, sample.id)

    sha = hashlib.sha256(PNG).hexdigest()
    with store.unit() as session:
        session.add(Media(sha256=sha, mime="image/png", size=len(PNG), data=PNG))

    def approved(title: str, sapo: str, body: str) -> str:
        fields = ArticleFields(
            title=title,
            sapo=sapo,
            body=body,
            author_name="Hoài Thu",
            author_position="Ban Dân vận Tỉnh ủy",
            category_slug=category,
        )
        article_id = articles.create_article(store, editor, fields).value.id
        review.submit_for_review(store, editor, article_id)
        review.approve(store, reviewer, article_id)
        return article_id

    earlier = approved(
        "Thanh Chương tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân",
        "Sáng 20/11, Huyện ủy Thanh Chương tổ chức hội nghị đối thoại với nhân dân.",
        "Hội nghị đã tiếp nhận 27 ý kiến của nhân dân.\n",
    )
    key_dir = Path(tempfile.mkdtemp(prefix="danvan-shot-key-"))
    signing.generate_key(KEY_PASSPHRASE, key_dir)
    key = signing.load_signing_key(KEY_PASSPHRASE, key_dir)
    publishing.export_package(store, publisher, key_dir / "earlier.zip", key, article_ids=[earlier])
    approved(
        "Tọa đàm kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng",
        "",
        "Chiều 25/11, Ban Dân vận Tỉnh ủy tổ chức tọa đàm.\n",
    )
    approved(
        "Diễn Châu: Ra mắt mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
        "Xã Diễn Thọ ra mắt mô hình “Dân vận khéo” hiến đất làm đường giao thông.",
        f"Nhân dân hiến hơn 3.000 m² đất.\n\n![](media:{sha})\n",
    )
    return publisher


def main() -> int:
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "--summary" else
                   Path(__file__).parent)  # fmt: skip
    from PySide6.QtCore import QTimer

    from danvan_desktop.gui.app import create_application

    app = create_application([sys.argv[0]])
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.i18n import install_translators
    from danvan_desktop.gui.icons import icon
    from danvan_desktop.gui.publish_dialog import PublishDialog
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.services.store import open_store
    from danvan_desktop.settings import load_settings

    translators = install_translators(app, "vi")
    app.setWindowIcon(icon("app"))
    store = open_store()
    publisher = prepare(store)
    runner = TaskRunner()
    dialog = PublishDialog(DeskContext(runner, load_settings(), store, publisher))
    dialog.choose.destination.setText(
        str(Path.home() / "Documents" / dialog.choose.destination_path().name)
    )
    dialog.show()
    state = {"step": 0}

    def poll() -> None:
        if state["step"] == 0 and dialog.choices is not None:
            dialog.choose.passphrase.setText(KEY_PASSPHRASE)
            dialog.choose.passphrase_again.setText(KEY_PASSPHRASE)
            state["step"] = 1
            return
        if state["step"] == 1:
            dialog.grab().save(str(out_dir / "publish.png"))
            if "--summary" not in sys.argv:
                app.quit()
                return
            dialog.choose.destination.setText(str(Path(tempfile.mkdtemp()) / "goi.zip"))
            dialog.start_export()
            state["step"] = 2
            return
        if state["step"] == 2 and dialog.pages.currentWidget() is dialog.summary:
            dialog.grab().save(str(out_dir / "publish-summary.png"))
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(200)
    app.exec()
    runner.shutdown()
    store.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
