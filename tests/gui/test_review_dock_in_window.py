"""The review dock is part of the desk: shown to reviewers, one click away for others."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("who", "shown"), [("reviewer", True), ("editor", False)])
def test_the_dock_shows_for_reviewers(open_desk, desk_store, who: str, shown: bool) -> None:
    window = open_desk(getattr(desk_store, who))
    assert window.review_dock.isVisibleTo(window) is shown
    assert window.review_dock.toggleViewAction() in window._menus["view"].actions()


def _sent_back(desk_store) -> str:
    from danvan_desktop.services import articles, review
    from danvan_desktop.services.dto import ArticleFields

    fields = ArticleFields(title="Bài cần sửa", category_slug="tin-hoat-dong")
    article_id = articles.create_article(desk_store.store, desk_store.editor, fields).value.id
    review.submit_for_review(desk_store.store, desk_store.editor, article_id)
    review.request_changes(desk_store.store, desk_store.reviewer, article_id, "Thêm sapo")
    return article_id


def test_an_editor_sees_what_was_returned_to_them_in_the_main_toolbar(
    qtbot, open_desk, desk_store
) -> None:
    _sent_back(desk_store)
    window = open_desk(desk_store.editor)
    badges = window.badges
    qtbot.waitUntil(lambda: badges.returned.text() == "Returned to me: 1", timeout=10_000)
    assert badges.returned.isVisibleTo(window) and not badges.waiting.isVisibleTo(window)
    badges.returned.click()  # opens the dock on that list
    assert window.review_dock.isVisibleTo(window)
    assert window.review_dock.queue.kind == "returned_to_me"
    qtbot.waitUntil(lambda: window.review_dock.queue.model.rowCount() == 1, timeout=10_000)


def test_a_reviewer_sees_what_waits_for_them(qtbot, open_desk, desk_store) -> None:
    from danvan_desktop.services import articles, review
    from danvan_desktop.services.dto import ArticleFields

    fields = ArticleFields(title="Bài chờ duyệt", category_slug="tin-hoat-dong")
    article_id = articles.create_article(desk_store.store, desk_store.editor, fields).value.id
    review.submit_for_review(desk_store.store, desk_store.editor, article_id)
    window = open_desk(desk_store.reviewer)
    badges = window.badges
    qtbot.waitUntil(lambda: badges.waiting.text() == "Waiting for my review: 1", timeout=10_000)
    assert badges.waiting.isVisibleTo(window) and not badges.returned.isVisibleTo(window)
    assert "b91c1c" in badges.waiting.styleSheet()  # coloured while something waits
