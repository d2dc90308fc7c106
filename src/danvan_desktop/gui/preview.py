"""The preview pane: the article as the portal will show it, following the editor.

Typing never waits for it. Each edit marks the preview outdated; a short
single-shot timer then renders the latest fields on a worker thread (through
`services.pages.page_article` and `rendering.render_page`, exactly what the
export uses). One render is in flight at a time; an edit made meanwhile is
rendered next, and an answer for text that has since changed is dropped. The
page is served through our URL scheme, and the scroll position survives each
refresh. QtWebEngine is loaded when the pane is first built, after the main
window is on screen.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.debounce import Debouncer
from danvan_desktop.services.dto import ArticleFields

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

RENDER_PAUSE_MS = 250
_pane_numbers = itertools.count(1)


def render_preview(store, fields: ArticleFields, article_id, settings, cached: set[str]):
    """Worker-thread half: the page HTML and any pictures it needs not yet cached."""
    from danvan_desktop import rendering
    from danvan_desktop.rendering.annotate import mark_passages
    from danvan_desktop.services import media, pages

    page = pages.page_article(store, fields, article_id=article_id)
    html = rendering.render_page(
        page,
        pages.site_info(settings),
        media_url=rendering.preview_media_url,
        inline_css=True,
    )
    if article_id is not None:  # reviewers' comments, marked where their passages are
        html = mark_passages(html, comment_passages(store, article_id))
    wanted = {rendering.media_hash(i.src) for i in rendering.extract_images(fields.body)}
    if fields.feature_image:
        wanted.add(fields.feature_image)
    pictures = {}
    for sha in wanted - cached - {None}:
        try:
            info, data = media.get_media(store, sha)  # type: ignore[arg-type]
        except Exception:  # a missing picture shows as missing, the page still renders
            continue
        pictures[sha] = (info.mime, data)
    return html.encode("utf-8"), pictures


def comment_passages(store, article_id: str) -> list:
    """The open comments whose passage is still in the text, numbered as in the panel."""
    from danvan_desktop.rendering.annotate import Passage
    from danvan_desktop.review.anchors import AnchorState
    from danvan_desktop.services import comments

    placed = (AnchorState.KEPT, AnchorState.MOVED)
    return [
        Passage(thread.root.quote, f"{thread.root.author_name}: {thread.root.body}", number)
        for number, thread in enumerate(
            comments.list_comments(store, article_id, include_resolved=False), start=1
        )
        if thread.root.quote and thread.root.place.state in placed
    ]


class PreviewPane(QWidget):
    """Holds the QWebEngineView `preview` once built; a placeholder before that."""

    rendered = Signal(int)  # generation shown
    render_failed = Signal(object)
    sample_shown = Signal(bool)  # the smoke test's page loaded (or not)

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self._context = context
        self._number = next(_pane_numbers)
        self.view: QWebEngineView | None = None
        self._handler = None
        self._pending: tuple[ArticleFields, str | None] | None = None
        self._in_flight = False
        self._generation = 0
        self._shown_generation = 0
        self._scroll = QPointF()
        self._showing_sample = False
        self._source = None  # called for the fields when the render starts
        self._placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setStyleSheet("color: #9ca3af;")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._placeholder)
        self._timer = Debouncer(RENDER_PAUSE_MS, self._start_render, self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._placeholder.setText(self.tr("The preview appears here."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def ensure_view(self) -> QWebEngineView:
        """Build the web view now (imports QtWebEngine: do it after the first paint)."""
        if self.view is not None:
            return self.view
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from danvan_desktop.gui.web_schemes import preview_profile

        profile, self._handler = preview_profile()
        view = QWebEngineView(self)
        view.setObjectName("preview")
        page = QWebEnginePage(profile, view)
        view.setPage(page)
        settings = page.settings()
        attribute = QWebEngineSettings.WebAttribute
        settings.setAttribute(attribute.JavascriptEnabled, False)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(attribute.PluginsEnabled, False)
        settings.setAttribute(attribute.AutoLoadIconsForPage, False)
        settings.setAttribute(attribute.NavigateOnDropEnabled, False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        view.loadFinished.connect(self._loaded)
        self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)
        self.view = view
        self._handler.media_loader = self._load_media
        return view

    def _load_media(self, sha: str):
        """Fallback for a picture the render did not prefetch (UI thread, one indexed read)."""
        from danvan_desktop.services import media

        if self._context.store is None:
            return None
        try:
            info, data = media.get_media(self._context.store, sha)
        except Exception:
            return None
        return info.mime, data

    # scheduling --------------------------------------------------------------
    def show_fields(self, fields: ArticleFields, article_id: str | None, *, now=False) -> None:
        """Mark the preview outdated; it renders these fields after a short pause."""
        self._pending = (fields, article_id)
        self._source = None
        if now:
            self._timer.stop()
            self._start_render()
        elif not self._in_flight:
            self._timer.poke()

    def mark_outdated(self, source) -> None:
        """Cheap enough for every keystroke: `source()` gives (fields, article_id) later."""
        self._source = source
        if not self._in_flight:
            self._timer.poke()

    def clear(self) -> None:
        self._pending = self._source = None
        self._stack.setCurrentWidget(self._placeholder)

    def _start_render(self) -> None:
        if self._source is not None and not self._in_flight:
            self._pending, self._source = self._source(), None
        if self._in_flight or self._pending is None or not self._context.ready:
            return
        self.ensure_view()
        fields, article_id = self._pending
        self._pending = None
        if not fields.title.strip():
            fields = replace(fields, title=self.tr("(untitled)"))
        self._in_flight = True
        self._generation += 1
        generation = self._generation
        store, settings = self._context.store, self._context.settings
        cached = set(self._handler.media) if self._handler else set()
        self._context.runner.background(
            lambda: render_preview(store, fields, article_id, settings, cached),
            lambda result: self._show(generation, result),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        self.render_failed.emit(error)
        if self._pending is not None or self._source is not None:
            self._timer.poke()

    def _show(self, generation: int, result) -> None:
        self._in_flight = False
        if self._pending is not None or self._source is not None:  # changed meanwhile
            self._timer.poke()
        if generation < self._shown_generation:
            return  # older than what is on screen
        html, pictures = result
        assert self._handler is not None and self.view is not None
        self._handler.media.update(pictures)
        key = f"page/{self._number}-{generation}"
        self._handler.pages = {
            k: v
            for k, v in self._handler.pages.items()
            if not k.startswith(f"page/{self._number}-")
        }
        self._handler.pages[key] = html
        self._scroll = self.view.page().scrollPosition()
        self._shown_generation = generation
        self._stack.setCurrentWidget(self.view)
        self.view.load(QUrl(f"{_scheme()}://{key}"))

    def show_sample(self) -> None:
        """Render the bundled sample article with a drawn placeholder photo (no store needed)."""
        import hashlib

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QColor, QImage

        self.ensure_view()
        image = QImage(640, 360, QImage.Format.Format_RGB32)
        image.fill(QColor("#c8d3df"))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        photo = bytes(data.data())
        sha = hashlib.sha256(photo).hexdigest()
        self._handler.media[sha] = ("image/png", photo)  # type: ignore[union-attr]
        settings = self._context.settings

        def work():
            from danvan_desktop import rendering
            from danvan_desktop.rendering.sample import sample_article
            from danvan_desktop.services.pages import site_info

            page = sample_article(rendering.media_ref(sha))
            return rendering.render_page(
                page, site_info(settings), media_url=rendering.preview_media_url, inline_css=True
            ).encode("utf-8")

        def show(html: bytes) -> None:
            self._showing_sample = True
            self._generation += 1
            self._show(self._generation, (html, {}))

        self._context.runner.background(work, show, lambda _e: self.sample_shown.emit(False))

    def _loaded(self, ok: bool) -> None:
        if self._showing_sample:
            self._showing_sample = False
            self.sample_shown.emit(ok)
        if ok and self.view is not None and (self._scroll.x() or self._scroll.y()):
            from PySide6.QtWebEngineCore import QWebEngineScript

            script = f"window.scrollTo({self._scroll.x():.0f}, {self._scroll.y():.0f});"
            self.view.page().runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld)
        self.rendered.emit(self._shown_generation)

    def follow_editor(self, fraction: float) -> None:
        """Scroll the page to the same relative place as the editor."""
        if self.view is None:
            return
        from PySide6.QtWebEngineCore import QWebEngineScript

        script = (
            "window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight)"
            f" * {max(0.0, min(1.0, fraction)):.4f});"
        )
        self.view.page().runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    @property
    def busy(self) -> bool:
        waiting = self._pending is not None or self._source is not None
        return self._in_flight or waiting or self._timer.is_active()


def _scheme() -> str:
    from danvan_desktop.gui.web_schemes import PAGE_SCHEME

    return PAGE_SCHEME
