"""Pictures in an article: chosen, pasted or dropped, stored in the database, shown small.

Every picture goes to the store first (content-addressed, off the UI thread);
only then does the article refer to it, as `media:<sha256>`, so a body never
points at a file on one editor's disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from danvan_desktop.gui.context import DeskContext


class PictureController(QObject):
    """Wires the editor's picture requests to `services.media`."""

    def __init__(self, context: DeskContext, editor, on_error: Callable, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._editor = editor
        self._on_error = on_error
        editor.choose_feature_image.connect(self.choose_feature_image)
        editor.insert_image_requested.connect(self.choose_body_image)
        editor.body.image_handler = self.store_body_image

    def _pick(self) -> tuple[bytes, str] | None:
        path, _filter = QFileDialog.getOpenFileName(
            self._editor,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp)"),
        )
        return (Path(path).read_bytes(), Path(path).name) if path else None

    def choose_feature_image(self) -> None:
        picked = self._pick()
        if picked:
            self.store(*picked, then=self._feature_image_stored)

    def _feature_image_stored(self, info) -> None:
        self._editor.set_feature_image(info.sha256)
        self.load_thumbnail()

    def load_thumbnail(self) -> None:
        sha, store = self._editor.feature_image, self._context.store
        if not sha or store is None:
            return

        def work():
            from danvan_desktop.services import media

            return media.get_media(store, sha)[1]

        self._context.runner.database(
            work, lambda data: self._editor.show_feature_thumbnail(sha, data), lambda _e: None
        )

    def choose_body_image(self) -> None:
        picked = self._pick()
        if picked:
            self.store_body_image(*picked)

    def store_body_image(self, data: bytes, name: str) -> None:
        """Store a picture and insert it at the cursor with its caption selected for typing."""

        def insert(info) -> None:
            from danvan_desktop.rendering import media_ref

            caption = self.tr("Caption of the picture")
            self._editor.body.insert_image(media_ref(info.sha256), caption)

        self.store(data, name, then=insert)

    def store(self, data: bytes, name: str, then) -> None:
        store, actor = self._context.store, self._context.actor

        def work():
            from danvan_desktop.services import media

            return media.add_media(store, actor, data, name).value

        self._context.runner.database(work, then, self._on_error)
