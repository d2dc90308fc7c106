"""The review view, the diff and the approval slip, in Vietnamese: docs/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_review_screenshots.py [out-dir]

A reviewer opens the sample article after its editor revised it: comments that
followed the text, one whose passage is gone, a reply, the pinned revision; then
the history tab comparing the two texts side by side. Runs against a throwaway
database in a temporary DANVAN_HOME.
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


def prepare(store):
    """The sample, revised by its editor after a reviewer's comments, and in review."""
    from danvan_desktop.services import articles, comments, review, setup, users
    from danvan_desktop.services.comments import Anchor

    setup.initialise(store, "admin", PASSWORD, "Nguyễn Văn Quản")
    admin = users.authenticate(store, "admin", PASSWORD)
    users.add_user(store, admin, "bientap", PASSWORD, ["editor"], "Trần Thị Biên Tập")
    users.add_user(store, admin, "duyet", PASSWORD, ["reviewer"], "Lê Văn Duyệt")
    editor = users.authenticate(store, "bientap", PASSWORD)
    reviewer = users.authenticate(store, "duyet", PASSWORD)
    sample = articles.list_articles(store).rows[0]
    body = articles.get_article(store, sample.id).fields.body

    def on(passage: str, text: str, who=reviewer) -> int:
        start = body.index(passage)
        anchor = Anchor("body", start, start + len(passage))
        return comments.add_comment(store, who, sample.id, text, anchor=anchor).value.id

    on("cấp ủy đảng đối công tác dân vận", "Thiếu chữ “với”: “đối với công tác dân vận”.")
    on("1034 đồng chí bí thư đảng ủy", "Kiểm tra lại con số 1034 với Văn phòng Tỉnh ủy.")
    on("tăng trưởng 7,09%", "Số liệu 6 tháng đã có bản chính thức, đề nghị cập nhật.")
    gone = on(
        "Do đó cần tập trung cho các địa bàn này trong thời gian tới.",
        "Câu này trùng ý với câu trước, nên bỏ.",
    )
    comments.add_comment(store, editor, sample.id, "Đã bỏ câu trùng ý.", reply_to=gone)
    comments.add_comment(
        store, reviewer, sample.id, "Sapo nên ngắn lại, dưới 60 chữ.", anchor=Anchor("sapo")
    )

    detail = articles.get_article(store, sample.id)
    fields = detail.fields
    revised = type(fields)(
        **{
            **fields.as_dict(),
            "tags": ("dân vận khéo", "Nghệ An"),
            "title": fields.title.replace("ở tỉnh Nghệ An", "ở Nghệ An"),
            "body": body.replace("tăng trưởng 7,09%", "tăng trưởng 7,21%")
            .replace(" Do đó cần tập trung cho các địa bàn này trong thời gian tới.", "")
            .replace("Hai là,", "Hai là, cần"),
            "feature_caption": fields.feature_caption.replace(
                "tại Con Cuông", "tại huyện Con Cuông (ảnh: Ban Dân vận)"
            ),
            "author_position": "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy",
        }
    )
    articles.save_article(store, admin, sample.id, revised, detail.version)
    review.submit_for_review(store, admin, sample.id)
    return sample.id, reviewer


def main() -> int:
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QDockWidget

    from danvan_desktop.gui.app import create_application

    app = create_application([sys.argv[0]])
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.i18n import install_translators
    from danvan_desktop.gui.icons import icon
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.review_dock import ReviewDock
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.services.store import open_store
    from danvan_desktop.settings import load_settings

    install_translators(app, "vi")
    app.setWindowIcon(icon("app"))
    store = open_store()
    article_id, reviewer = prepare(store)

    window = MainWindow(DeskContext(TaskRunner(), load_settings()))
    dock = ReviewDock(window.context, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.attach(window)
    window.resize(1900, 1060)
    window.show()
    window.start_session(store, reviewer)
    dock.start()
    for other in window.findChildren(QDockWidget):
        if other is not dock:
            other.hide()  # the shot is about review; other panels keep their own shots
    window.resizeDocks([dock], [760], Qt.Orientation.Horizontal)
    state = {"step": 0}

    def poll() -> None:
        step = state["step"]
        if step == 0 and window.articles.model.rowCount():
            window.articles.select_article(article_id)
            state["step"] = 1
        elif step == 1 and dock.review.state is not None:
            state["step"] = 2
            QTimer.singleShot(2500, shoot_review)
            return
        QTimer.singleShot(100, poll)

    def shoot_review() -> None:
        window.grab().save(str(out_dir / "review.png"))
        print("saved", out_dir / "review.png")
        history = dock.review.history
        dock.review.tabs.setCurrentWidget(history)
        history.diff.mode.setCurrentIndex(1)
        entries = dock.review.state.history
        saved = max(e.number for e in entries if e.kind == "saved")
        history.table.selectRow(len(entries) - saved)
        QTimer.singleShot(1500, shoot_diff)

    def shoot_diff() -> None:
        dock.review.history.diff.new.verticalScrollBar().setValue(0)
        window.grab().save(str(out_dir / "diff.png"))
        print("saved", out_dir / "diff.png")
        shoot_slip()
        app.quit()

    def shoot_slip() -> None:
        """The reviewer approves; the slip the core makes, as Qt shows it."""
        from danvan_desktop.gui.slip_print import load_pdf
        from danvan_desktop.services import review, slip

        pinned = dock.review.pinned_hash
        review.approve(store, reviewer, article_id, expected_hash=pinned)
        document = load_pdf(slip.approval_slip_pdf(store, reviewer, article_id))
        size = document.pagePointSize(0).toSize() * 1.6
        document.render(0, size).save(str(out_dir / "slip.png"))
        print("saved", out_dir / "slip.png")

    QTimer.singleShot(100, poll)
    QTimer.singleShot(90_000, app.quit)
    app.exec()
    window.context.runner.shutdown()
    return 0 if (out_dir / "diff.png").exists() else 1


if __name__ == "__main__":
    sys.exit(main())
