"""Autosave into a working copy, the offer after a crash, and a conflict that keeps the text."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QMessageBox

from danvan_desktop.gui.editing import SaveState
from danvan_desktop.services import articles, working_copies
from danvan_desktop.services.dto import ArticleFields
from tests.gui.conftest import commit_text


def _open_sample(qtbot, window, desk_store) -> str:
    article_id = articles.list_articles(desk_store.store).rows[0].id
    return _open(qtbot, window, article_id)


def _open(qtbot, window, article_id: str) -> str:
    qtbot.waitUntil(lambda: window.articles.model.row_of(article_id) >= 0, timeout=10_000)
    window.articles.select_article(article_id)
    qtbot.waitUntil(
        lambda: (
            window.editing.current is not None and window.editing.current.article_id == article_id
        ),
        timeout=10_000,
    )
    return article_id


def test_typing_autosaves_a_working_copy_and_save_discards_it(qtbot, open_desk, desk_store):
    window = open_desk(desk_store.admin)
    article_id = _open_sample(qtbot, window, desk_store)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    commit_text(body, "\n\nĐoạn viết thêm chưa lưu.")
    assert window.editing.state is SaveState.UNSAVED
    assert window.save_label.text() == "Unsaved changes"
    qtbot.waitUntil(lambda: window.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    copy = working_copies.load_working_copy(desk_store.store, desk_store.admin, article_id)
    assert copy is not None and copy.fields.body.endswith("Đoạn viết thêm chưa lưu.")
    stored = articles.get_article(desk_store.store, article_id)
    assert "Đoạn viết thêm" not in stored.fields.body  # the article itself is untouched

    window._actions["save"].trigger()
    qtbot.waitUntil(lambda: window.editing.state is SaveState.SAVED, timeout=10_000)
    assert articles.get_article(desk_store.store, article_id).fields.body.endswith(
        "Đoạn viết thêm chưa lưu."
    )
    assert working_copies.load_working_copy(desk_store.store, desk_store.admin, article_id) is None


def test_after_a_crash_the_next_start_offers_the_text_back(qtbot, open_desk, desk_store):
    crashed = open_desk(desk_store.admin)
    article_id = _open_sample(qtbot, crashed, desk_store)
    crashed.editor.title_edit.setFocus()
    crashed.editor.title_edit.selectAll()
    commit_text(crashed.editor.title_edit, "Tiêu đề mới chưa kịp lưu")
    qtbot.waitUntil(lambda: crashed.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    # The process "dies" here: no save, no close prompt. A new desk starts.
    desk = open_desk(desk_store.admin)
    bar = desk.message_bar
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert "Tiêu đề mới chưa kịp lưu" in bar.label.text()
    restore = bar.buttons[0]
    assert restore.text() == "Restore"
    restore.click()
    qtbot.waitUntil(
        lambda: desk.editor.title_edit.text() == "Tiêu đề mới chưa kịp lưu", timeout=10_000
    )
    assert desk.editing.current.article_id == article_id
    assert desk.editing.dirty


def test_a_stale_save_is_a_conflict_and_the_text_stays(qtbot, open_desk, desk_store):
    window = open_desk(desk_store.admin)
    article_id = _open_sample(qtbot, window, desk_store)
    detail = articles.get_article(desk_store.store, article_id)
    # Someone else saves the article meanwhile.
    other = detail.fields.__class__(**{**detail.fields.as_dict(), "tags": (), "sapo": "Khác."})
    articles.save_article(desk_store.store, desk_store.admin, article_id, other, detail.version)

    window.editor.sapo_edit.setFocus()
    commit_text(window.editor.sapo_edit, " Câu của tôi.")
    window._actions["save"].trigger()
    qtbot.waitUntil(window.message_bar.isVisible, timeout=10_000)
    assert "Someone else saved this article" in window.message_bar.label.text()
    assert "Câu của tôi." in window.editor.sapo_edit.toPlainText()
    assert window.editing.dirty
    qtbot.waitUntil(
        lambda: (
            working_copies.load_working_copy(desk_store.store, desk_store.admin, article_id)
            is not None
        ),
        timeout=10_000,
    )
    assert articles.get_article(desk_store.store, article_id).fields.sapo == "Khác."
    reopen = window.message_bar.buttons[1]
    reopen.click()  # the saved version comes back, and the kept text is offered beside it
    qtbot.waitUntil(lambda: window.editor.sapo_edit.toPlainText() == "Khác.", timeout=10_000)
    qtbot.waitUntil(lambda: "Restore it?" in window.message_bar.label.text(), timeout=10_000)


def test_a_new_article_never_saved_is_offered_back_and_saved_once(qtbot, open_desk, desk_store):
    crashed = open_desk(desk_store.editor)
    crashed._actions["new"].trigger()
    commit_text(crashed.editor.title_edit, "Bài mới viết dở")
    commit_text(crashed.editor.body, "Nội dung chưa bao giờ được lưu.")
    qtbot.waitUntil(lambda: crashed.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    provisional = crashed.editing.current.article_id
    assert not crashed.editing.current.stored

    desk = open_desk(desk_store.editor)
    qtbot.waitUntil(lambda: "Bài mới viết dở" in desk.message_bar.label.text(), timeout=10_000)
    desk.message_bar.buttons[0].click()
    qtbot.waitUntil(lambda: desk.editor.title_edit.text() == "Bài mới viết dở", timeout=10_000)
    assert desk.editor.body.toPlainText() == "Nội dung chưa bao giờ được lưu."
    desk._actions["save"].trigger()
    qtbot.waitUntil(lambda: desk.editing.state is SaveState.SAVED, timeout=10_000)
    assert desk.editing.current.stored and desk.editing.current.article_id != provisional
    assert working_copies.list_working_copies(desk_store.store, desk_store.editor) == []
    titles = [row.title for row in articles.list_articles(desk_store.store).rows]
    assert titles.count("Bài mới viết dở") == 1


def test_restoring_text_older_than_a_later_save_does_not_overwrite_it(qtbot, open_desk, desk_store):
    crashed = open_desk(desk_store.admin)
    article_id = _open_sample(qtbot, crashed, desk_store)
    commit_text(crashed.editor.sapo_edit, "Văn bản cũ chưa lưu. ")
    qtbot.waitUntil(lambda: crashed.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    detail = articles.get_article(desk_store.store, article_id)
    newer = type(detail.fields)(**{**detail.fields.as_dict(), "tags": (), "sapo": "Bản mới hơn."})
    articles.save_article(desk_store.store, desk_store.admin, article_id, newer, detail.version)

    desk = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: "Restore it?" in desk.message_bar.label.text(), timeout=10_000)
    desk.message_bar.buttons[0].click()
    qtbot.waitUntil(
        lambda: "Văn bản cũ chưa lưu." in desk.editor.sapo_edit.toPlainText(), timeout=10_000
    )
    desk._actions["save"].trigger()
    qtbot.waitUntil(lambda: "Someone else saved" in desk.message_bar.label.text(), timeout=10_000)
    assert articles.get_article(desk_store.store, article_id).fields.sapo == "Bản mới hơn."


def _answer(monkeypatch, button) -> list[tuple[str, str]]:
    """Answer the desk's questions with `button`; returns what was asked (title, text)."""
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *_args, **_kwargs):
        asked.append((title, text))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _second_article(desk_store) -> str:
    sample = articles.get_article(
        desk_store.store, articles.list_articles(desk_store.store).rows[0].id
    )
    fields = ArticleFields(title="Bài thứ hai", category_slug=sample.fields.category_slug)
    return articles.create_article(desk_store.store, desk_store.admin, fields).value.id


def _opened(window, article_id: str) -> bool:
    current = window.editing.current
    return (
        current is not None and current.article_id == article_id and not window.context.runner.busy
    )


def test_two_never_saved_articles_are_both_offered_at_the_next_start(
    qtbot, open_desk, desk_store, monkeypatch
):
    for title in ("Bài mới thứ nhất", "Bài mới thứ hai"):  # what a crash left behind
        fields = ArticleFields(title=title, body=f"Nội dung của {title.lower()}.")
        working_copies.save_working_copy(
            desk_store.store, desk_store.editor, str(uuid.uuid4()), None, fields
        )
    desk = open_desk(desk_store.editor)
    bar = desk.message_bar
    qtbot.waitUntil(lambda: "Bài mới thứ hai" in bar.label.text(), timeout=10_000)
    assert "1 more unsaved texts" in bar.label.text()
    bar.buttons[0].click()  # Restore the newest
    qtbot.waitUntil(lambda: desk.editor.title_edit.text() == "Bài mới thứ hai", timeout=10_000)
    qtbot.waitUntil(lambda: "Bài mới thứ nhất" in bar.label.text(), timeout=10_000)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    bar.buttons[0].click()  # Restore the other: the first is saved as a revision before
    qtbot.waitUntil(lambda: desk.editor.title_edit.text() == "Bài mới thứ nhất", timeout=10_000)
    assert len(asked) == 1 and "Bài mới thứ hai" in asked[0][1]
    assert desk.editor.body.toPlainText() == "Nội dung của bài mới thứ nhất."
    titles = [row.title for row in articles.list_articles(desk_store.store).rows]
    assert "Bài mới thứ hai" in titles
    assert desk.unsaved.kept == []


def test_switching_away_from_unsaved_changes_asks_and_save_makes_a_revision(
    qtbot, open_desk, desk_store, monkeypatch
):
    article_id = articles.list_articles(desk_store.store).rows[0].id
    other_id = _second_article(desk_store)
    window = open_desk(desk_store.admin)
    _open(qtbot, window, article_id)
    commit_text(window.editor.sapo_edit, "Câu thêm vào. ")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.articles.select_article(other_id)
    assert len(asked) == 1 and asked[0][0] == "Unsaved changes"
    assert window.editing.current.article_id == article_id and window.editing.dirty
    assert window.articles.current_article_id() == article_id  # the list follows the editor

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.articles.select_article(other_id)
    qtbot.waitUntil(lambda: _opened(window, other_id), timeout=10_000)
    assert asked and window.editor.title_edit.text() == "Bài thứ hai"
    assert articles.get_article(desk_store.store, article_id).fields.sapo.startswith(
        "Câu thêm vào."
    )
    assert working_copies.list_working_copies(desk_store.store, desk_store.admin) == []
    assert window.articles.current_article_id() == other_id


def test_switching_and_discarding_drops_the_text_and_its_working_copy(
    qtbot, open_desk, desk_store, monkeypatch
):
    window = open_desk(desk_store.editor)
    window._actions["new"].trigger()
    commit_text(window.editor.title_edit, "Bản nháp bỏ đi")
    qtbot.waitUntil(lambda: window.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window._actions["new"].trigger()
    assert asked and "Bản nháp bỏ đi" in asked[0][1]
    assert window.editor.title_edit.text() == "" and not window.editing.dirty
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    assert working_copies.list_working_copies(desk_store.store, desk_store.editor) == []


def test_closing_with_a_kept_working_copy_asks(qtbot, open_desk, desk_store, monkeypatch):
    sample = articles.get_article(
        desk_store.store, articles.list_articles(desk_store.store).rows[0].id
    )
    kept = ArticleFields(**{**sample.fields.as_dict(), "tags": (), "sapo": "Đoạn chưa lưu."})
    working_copies.save_working_copy(
        desk_store.store, desk_store.admin, sample.id, sample.version, kept
    )
    window = open_desk(desk_store.admin)
    qtbot.waitUntil(lambda: "Restore it?" in window.message_bar.label.text(), timeout=10_000)
    window.message_bar.hide()  # the editor looks away
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and len(asked) == 1
    assert sample.fields.title in asked[0][1]
    assert window.message_bar.isVisible()  # offered again
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible() and asked
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=10_000)
    assert working_copies.list_working_copies(desk_store.store, desk_store.admin) == []


def test_a_refused_save_while_switching_stays_with_the_text(
    qtbot, open_desk, desk_store, monkeypatch
):
    sample_id = articles.list_articles(desk_store.store).rows[0].id
    window = open_desk(desk_store.editor)
    window._actions["new"].trigger()
    commit_text(window.editor.body, "Chưa có tiêu đề nên chưa lưu được.")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.articles.select_article(sample_id)
    assert asked
    qtbot.waitUntil(lambda: "needs a title" in window.message_bar.label.text(), timeout=10_000)
    assert not window.editing.current.stored
    assert window.editor.body.toPlainText() == "Chưa có tiêu đề nên chưa lưu được."
    assert window.articles.current_article_id() is None  # the list shows no other article
    qtbot.waitUntil(lambda: window.editing.state is SaveState.AUTOSAVED, timeout=10_000)


def test_typing_on_without_answering_the_offer_keeps_the_older_text_in_the_history(
    qtbot, open_desk, desk_store
):
    """The autosave would have overwritten the offered text: it goes to the history first."""
    crashed = open_desk(desk_store.admin)
    article_id = _open_sample(qtbot, crashed, desk_store)
    crashed.editor.title_edit.setFocus()
    crashed.editor.title_edit.selectAll()
    commit_text(crashed.editor.title_edit, "Tiêu đề của lần trước")
    qtbot.waitUntil(lambda: crashed.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    desk = open_desk(desk_store.admin)  # the next start offers it back …
    qtbot.waitUntil(desk.message_bar.isVisible, timeout=10_000)
    _open(qtbot, desk, article_id)
    body = desk.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    commit_text(body, " Thêm.")  # … and the editor types on without answering
    qtbot.waitUntil(lambda: "history" in desk.message_bar.label.text(), timeout=10_000)
    from danvan_desktop.services import history

    kept = [
        entry
        for entry in history.revision_history(desk_store.store, article_id)
        if entry.kind == "conflict"
    ]
    assert len(kept) == 1
    qtbot.waitUntil(lambda: desk.editing.state is SaveState.AUTOSAVED, timeout=10_000)
    copy = working_copies.load_working_copy(desk_store.store, desk_store.admin, article_id)
    assert copy.fields.body.endswith(" Thêm.")  # the new text is autosaved as usual
    old = history.revision_fields(desk_store.store, article_id, kept[0].number)
    assert old.title == "Tiêu đề của lần trước"  # and the older one is not lost
