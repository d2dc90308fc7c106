"""The preview pane: our schemes only, JavaScript off, big pages through the scheme handler."""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEngineSettings

from danvan_desktop import rendering
from danvan_desktop.gui import web_schemes
from danvan_desktop.services import articles
from tests.gui.conftest import page_text


def test_the_media_scheme_is_spelled_as_rendering_spells_it() -> None:
    assert web_schemes.PREVIEW_MEDIA_SCHEME == rendering.PREVIEW_MEDIA_SCHEME


def test_a_page_over_two_megabytes_still_shows_whole(qtbot, open_desk, desk_store) -> None:
    window = open_desk(desk_store.admin)
    view = window.preview.ensure_view()
    settings = view.page().settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    sample = articles.get_article(
        desk_store.store, articles.list_articles(desk_store.store).rows[0].id
    )
    paragraphs = [f"Đoạn {n}: công tác dân vận ở cơ sở." for n in range(26_000)]
    body = "\n\n".join(paragraphs) + "\n\nĐoạn cuối cùng của bài rất dài."
    assert len(body.encode()) > 1_000_000  # well past setHtml's limit once percent-encoded
    fields = type(sample.fields)(**{**sample.fields.as_dict(), "tags": (), "body": body})
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=30_000)  # the sample's own render
    window.preview.show_fields(fields, sample.id, now=True)
    qtbot.waitUntil(
        lambda: (
            not window.preview.busy
            and "Đoạn cuối cùng của bài rất dài." in page_text(qtbot, window)
        ),
        timeout=60_000,
    )


def test_the_preview_keeps_its_scroll_position_across_refreshes(qtbot, open_desk, desk_store):
    from PySide6.QtWebEngineCore import QWebEngineScript

    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    view = window.preview.ensure_view()
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=20_000)
    qtbot.waitUntil(lambda: view.page().contentsSize().height() > 2000, timeout=20_000)
    world = QWebEngineScript.ScriptWorldId.ApplicationWorld
    view.page().runJavaScript("window.scrollTo(0, 900);", world)
    qtbot.waitUntil(lambda: view.page().scrollPosition().y() > 800, timeout=10_000)
    with qtbot.waitSignal(window.preview.rendered, timeout=20_000):
        window.preview.show_fields(
            window.editor.fields(), window.editing.current.article_id, now=True
        )
    qtbot.waitUntil(lambda: view.page().scrollPosition().y() > 800, timeout=10_000)


def test_remote_pictures_are_never_fetched(qtbot, open_desk, desk_store) -> None:
    # The page's policy already refuses other origins; the site's own origin is
    # allowed there (exported pages load from it), so the interceptor must stop it.
    from danvan_desktop.gui.web_schemes import preview_profile

    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    window.preview.ensure_view()
    interceptor = preview_profile()[0]._danvan_keep[1]
    fields = window.editor.fields()
    remote = type(fields)(
        **{
            **fields.as_dict(),
            "tags": (),
            "body": "![Ảnh](https://dvnghean.vn/anh.jpg)\n\nĐoạn văn.",
        }
    )
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=30_000)
    window.preview.show_fields(remote, window.editing.current.article_id, now=True)
    qtbot.waitUntil(lambda: "https://dvnghean.vn/anh.jpg" in interceptor.blocked, timeout=10_000)


def test_the_preview_follows_the_editors_scroll(qtbot, open_desk, desk_store) -> None:
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    view = window.preview.ensure_view()
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=30_000)
    qtbot.waitUntil(lambda: view.page().contentsSize().height() > 2000, timeout=20_000)
    bar = window.editor.body.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.page().scrollPosition().y() > 1000, timeout=10_000)
    bar.setValue(0)
    qtbot.waitUntil(lambda: view.page().scrollPosition().y() < 10, timeout=10_000)
