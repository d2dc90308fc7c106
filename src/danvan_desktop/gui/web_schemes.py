"""The preview's private URL schemes, and the fence that keeps it offline.

`danvan-preview://page/<n>` serves the rendered page (setHtml stops at about
2 MB once percent-encoded, and Vietnamese text more than doubles when
encoded); `danvan-media:<sha256>` serves pictures from the store. Every other
request (web, files) is refused, so a preview never phones home and never reads
the disk. Schemes must be registered before the QApplication exists; the rest
of QtWebEngine is imported only when the preview is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

PAGE_SCHEME = "danvan-preview"
# `rendering.media` owns this spelling; importing `rendering` costs Jinja and
# Markdown before the first paint, so the name is repeated here and a test
# checks that the two agree.
PREVIEW_MEDIA_SCHEME = "danvan-media"
MediaLoader = Callable[[str], tuple[str, bytes] | None]
_ALLOWED = frozenset({PAGE_SCHEME, PREVIEW_MEDIA_SCHEME, "data", "about"})


def register_schemes() -> None:
    """Declare our schemes to Chromium; must run before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(PAGE_SCHEME.encode()).name():
        return
    flags = QWebEngineUrlScheme.Flag.SecureScheme
    page = QWebEngineUrlScheme(PAGE_SCHEME.encode())
    page.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    page.setFlags(flags)
    QWebEngineUrlScheme.registerScheme(page)
    media = QWebEngineUrlScheme(PREVIEW_MEDIA_SCHEME.encode())
    media.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    media.setFlags(flags)
    QWebEngineUrlScheme.registerScheme(media)


class PreviewSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers page and picture requests from memory, or from the store for pictures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages: dict[str, bytes] = {}
        self.media: dict[str, tuple[str, bytes]] = {}
        self.media_loader: MediaLoader | None = None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if url.scheme() == PAGE_SCHEME:
            body = self.pages.get(url.host() + url.path())
            self._reply(job, "text/html;charset=utf-8", body)
            return
        from danvan_desktop.rendering import preview_media_hash

        sha = preview_media_hash(url.toString())
        found = self.media.get(sha) if sha else None
        if found is None and sha and self.media_loader is not None:
            found = self.media_loader(sha)
            if found is not None:
                self.media[sha] = found
        self._reply(job, found[0] if found else "", found[1] if found else None)

    def _reply(self, job: QWebEngineUrlRequestJob, mime: str, body: bytes | None) -> None:
        if body is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode()), buffer)


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not for our own schemes, and remembers the last few."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in _ALLOWED:
            info.block(True)
            self.blocked = [*self.blocked[-19:], url.toString()]


@cache
def preview_profile() -> tuple[QWebEngineProfile, PreviewSchemeHandler]:
    """One private, off-the-record profile for every preview, owned by the application.

    Owned by the application rather than a window, so that it outlives every
    page that uses it (Qt warns, and may crash, when a profile dies first).
    """
    app = QCoreApplication.instance()
    profile = QWebEngineProfile(app)
    handler = PreviewSchemeHandler(app)
    profile.installUrlSchemeHandler(PAGE_SCHEME.encode(), handler)
    profile.installUrlSchemeHandler(PREVIEW_MEDIA_SCHEME.encode(), handler)
    interceptor = OfflineInterceptor(app)
    profile.setUrlRequestInterceptor(interceptor)
    profile._danvan_keep = (handler, interceptor)  # type: ignore[attr-defined]
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    return profile, handler
