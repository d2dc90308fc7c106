"""File → Import and files dropped on the article list: category, progress, report, list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from danvan_desktop.gui.messages import code_text
from danvan_desktop.services import articles
from tests.importers.word_files import new_document, save

TITLE = "Hội nghị biểu dương điển hình “Dân vận khéo” năm 2026"


def _word_file() -> bytes:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(
        "Sáng 26/11, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị biểu dương 120 điển hình."
    ).runs[0].bold = True
    document.add_paragraph("Phong trào thi đua “Dân vận khéo” lan tỏa khắp các huyện, thành, thị.")
    return save(document)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Bài gửi về tuần này"
    folder.mkdir()
    word = _word_file()
    (folder / "a-hội-nghị.docx").write_bytes(word)
    (folder / "b-bản-sao.docx").write_bytes(word)  # the same bytes: skipped as a duplicate
    (folder / "c-hỏng.docx").write_bytes(b"PK\x03\x04 not really a Word document" * 20)
    (folder / "ghi-chú.pdf").write_bytes(b"%PDF-1.4")  # not offered: not a kind we import
    return folder


def _drop(widget, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    button, modifier = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(widget.rect().center(), action, mime, button, modifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(widget.rect().center()), action, mime, button, modifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_dropped_folder_is_imported_with_a_report_per_file(
    qtbot, open_desk, desk_store, tmp_path
):
    window = open_desk(desk_store.editor)
    slug = window.categories.current_slug()
    assert _drop(window.articles.table.viewport(), [_folder(tmp_path)])
    dialog = window.import_menu.dialog
    assert dialog is not None and dialog.category.currentData() == slug
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)

    rows = [
        tuple(dialog.table.item(r, c).text() for c in range(3))
        for r in range(dialog.table.rowCount())
    ]
    assert [(name, result) for name, result, _why in rows] == [
        ("a-hội-nghị.docx", "Imported"),
        ("b-bản-sao.docx", "Duplicate, skipped"),
        ("c-hỏng.docx", "Failed"),
    ]
    assert TITLE in rows[0][2]
    assert rows[1][2] == code_text("already_imported")
    assert rows[2][2] == code_text("corrupt_document")
    assert dialog.summary.text().startswith("Imported 1, skipped 1")

    # The new draft is in the list without a restart; the tree's counts follow.
    qtbot.waitUntil(
        lambda: any(
            window.articles.model.article(r).title == TITLE
            for r in range(window.articles.model.rowCount())
        ),
        timeout=10_000,
    )
    imported = dialog.report.results[0].article_id
    detail = articles.get_article(desk_store.store, imported)
    assert detail.status.value == "draft" and detail.created_by == "bientap"
    assert detail.fields.category_slug == slug

    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.import_menu.dialog is None, timeout=5_000)


def test_cancel_stops_the_batch_and_the_report_says_so(qtbot, open_desk, desk_store, tmp_path):
    window = open_desk(desk_store.editor)
    folder = tmp_path / "lưu trữ"
    folder.mkdir()
    for number in range(60):  # far more than can be read before Cancel is clicked
        (folder / f"tin-{number:02}.txt").write_text(f"Tin số {number}\n\nNội dung tin {number}.")
    dialog = window.import_menu.import_paths([folder])
    dialog.start_button.click()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report.cancelled
    statuses = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert statuses <= {"Cancelled", "Imported"}
    assert "Cancelled" in dialog.summary.text()
    assert "Cancelled" in statuses
    dialog.close_button.click()


def test_a_dropped_non_file_is_not_taken(qtbot, open_desk, desk_store):
    window = open_desk(desk_store.editor)
    mime = QMimeData()
    mime.setText("chỉ là chữ")
    viewport = window.articles.table.viewport()
    enter = QDragEnterEvent(
        viewport.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(viewport, enter)
    assert window.import_menu.dialog is None


def test_only_editors_may_import(qtbot, open_desk, desk_store, tmp_path):
    window = open_desk(desk_store.reviewer)
    assert not window.import_menu.files_action.isEnabled()
    assert not _drop(window.articles.table.viewport(), [_folder(tmp_path)])
    assert window.import_menu.dialog is None
    assert open_desk(desk_store.editor).import_menu.files_action.isEnabled()


def test_a_dialog_closed_mid_batch_stops_the_batch(qtbot, open_desk, desk_store, tmp_path):
    from PySide6.QtCore import QEvent

    window = open_desk(desk_store.editor)
    folder = tmp_path / "lưu trữ"
    folder.mkdir()
    for number in range(60):
        (folder / f"tin-{number:02}.txt").write_text(f"Tin số {number}\n\nNội dung {number}.")
    dialog = window.import_menu.import_paths([folder])
    cancel = dialog._cancel
    dialog.start_button.click()
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert cancel.is_set()
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)  # no error raised
    assert window.import_menu.dialog is None
