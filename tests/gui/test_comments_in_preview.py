"""A reviewer's comment on a passage shows beside the text in the preview, marked in place."""

from __future__ import annotations

from danvan_desktop.services import articles, comments


def _page_html(qtbot, window) -> str:
    result: list[str] = []
    window.preview.view.page().toHtml(result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]


def test_a_commented_passage_is_marked_in_the_preview(qtbot, open_desk, desk_store) -> None:
    store = desk_store.store
    sample = articles.list_articles(store).rows[0]
    body = articles.get_article(store, sample.id).fields.body
    quote = "Ban Thường vụ Tỉnh ủy đã lãnh đạo quán triệt"
    start = body.index(quote)
    comments.add_comment(
        store,
        desk_store.reviewer,
        sample.id,
        "Nêu rõ văn bản nào.",
        anchor=comments.Anchor("body", start, start + len(quote)),
    )
    window = open_desk(desk_store.reviewer)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "comment-mark" in _page_html(qtbot, window), timeout=15_000)
    page = _page_html(qtbot, window)
    assert f">{quote}</mark>" in page
    assert "Nêu rõ văn bản nào." in page  # the note, on hover
