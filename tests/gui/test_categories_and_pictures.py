"""An admin's category changes go through the services; pictures pasted into the body are stored."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QInputDialog

from danvan_desktop.services import categories, media
from tests.gui.conftest import commit_text


def _names(panel) -> list[str]:
    model = panel.model
    return [model.index(row, 0).data() for row in range(1, model.rowCount())]


def test_admin_adds_and_moves_categories(qtbot, open_desk, desk_store) -> None:
    window = open_desk(desk_store.admin)
    panel = window.categories
    assert _names(panel)[0] == "Tin hoạt động"

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        line = dialog.findChild(type(window.articles.search_box))
        commit_text(line, "Gương sáng")
        dialog.accept()

    QTimer.singleShot(0, type_name)
    panel._add(None)
    qtbot.waitUntil(lambda: "Gương sáng" in _names(panel), timeout=10_000)

    model = panel.model
    last = model.index(model.rowCount() - 1, 0)
    assert last.data() == "Gương sáng"
    data = model.mimeData([last])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: _names(panel)[0] == "Gương sáng", timeout=10_000)
    stored = categories.list_categories(desk_store.store)
    assert next(c.name for c in stored if c.parent_id is None) == "Gương sáng"


def test_editors_cannot_move_categories(qtbot, open_desk, desk_store) -> None:
    window = open_desk(desk_store.editor)
    index = window.categories.model.index(1, 0)
    assert not window.categories.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled


def test_a_pasted_picture_is_stored_and_inserted_with_a_caption(qtbot, open_desk, desk_store):
    window = open_desk(desk_store.editor)
    window._actions["new"].trigger()
    body = window.editor.body
    body.setFocus()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    mime = QMimeData()
    mime.setImageData(image)
    body.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: "media:" in body.toPlainText(), timeout=10_000)
    sha = body.toPlainText().split("media:")[1][:64]
    info, _data = media.get_media(desk_store.store, sha)
    assert (info.mime, info.width, info.height) == ("image/png", 40, 30)
    assert body.textCursor().selectedText() == "Caption of the picture"


def test_a_dropped_picture_file_is_stored_and_inserted(qtbot, open_desk, desk_store, tmp_path):
    from PySide6.QtCore import QUrl

    from tests.gui.conftest import PNG

    window = open_desk(desk_store.editor)
    window._actions["new"].trigger()
    picture = tmp_path / "ảnh-hội-nghị.png"
    picture.write_bytes(PNG)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    body = window.editor.body
    assert body.canInsertFromMimeData(mime)
    body.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: "media:" in body.toPlainText(), timeout=10_000)
    sha = body.toPlainText().split("media:")[1][:64]
    info, _data = media.get_media(desk_store.store, sha)
    assert info.original_name == "ảnh-hội-nghị.png"
