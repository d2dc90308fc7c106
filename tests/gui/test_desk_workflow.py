"""The desk end to end on a real store: sign in, write, preview, save, submit, approve."""

from __future__ import annotations

import unicodedata

from danvan_desktop.gui.editing import SaveState
from danvan_desktop.gui.login import LoginDialog
from danvan_desktop.services import articles, users
from danvan_desktop.workflow import ArticleStatus
from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import PNG, commit_text, page_text

TITLE = "Đổi mới công tác dân vận ở Quỳnh Lưu"
CAPTION = "Ảnh: Hội nghị tổng kết phong trào “Dân vận khéo”"


def _sign_in(qtbot, desk_store, username: str):
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    context = DeskContext(TaskRunner(), AppSettings(), store=desk_store.store)
    dialog = LoginDialog(context, users.list_users(desk_store.store), last_user=username)
    qtbot.addWidget(dialog)
    assert dialog.username() == username
    commit_text(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signal:
        dialog.buttons.accepted.emit()
    context.runner.shutdown()
    return signal.args[0]


def test_wrong_password_is_refused_in_vietnamese_terms(qtbot, desk_store) -> None:
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import AppSettings

    context = DeskContext(TaskRunner(), AppSettings(), store=desk_store.store)
    dialog = LoginDialog(context, users.list_users(desk_store.store), last_user="bientap")
    qtbot.addWidget(dialog)
    commit_text(dialog.password_edit, "sai-mật-khẩu")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    assert dialog.error_label.text() == "Wrong user name or password."
    context.runner.shutdown()


def test_write_preview_save_submit_then_another_user_approves(qtbot, open_desk, desk_store):
    editor_actor = _sign_in(qtbot, desk_store, "bientap")
    window = open_desk(editor_actor)
    tree = window.findChild(type(window.categories.view), "categoryTree")
    assert tree is window.categories.view
    nodes = window.categories._nodes
    category = next(n for n in nodes if n.name == "Tin hoạt động")
    window.categories.select(category.id)
    qtbot.waitUntil(lambda: window.categories.current_id() == category.id)

    window._actions["new"].trigger()
    editor = window.editor
    commit_text(editor.title_edit, unicodedata.normalize("NFD", TITLE))
    commit_text(editor.sapo_edit, "Phong trào thi đua lan tỏa khắp các xã.")
    body = window.findChild(type(editor.body), "markdownEditor")
    body.setFocus()
    commit_text(body, "Cán bộ, đảng viên ")
    commit_text(body, "gần dân, hiểu dân.")
    window.pictures.store_body_image(PNG, "hoi-nghi.png")
    qtbot.waitUntil(lambda: "media:" in body.toPlainText(), timeout=10_000)
    commit_text(body, CAPTION)  # types over the selected caption placeholder
    assert window.editing.state in (SaveState.UNSAVED, SaveState.AUTOSAVED)
    assert editor.fields().title == TITLE  # NFC

    def preview_shows_it() -> bool:
        if window.preview.busy or window.preview.view is None:
            return False
        text = page_text(qtbot, window)
        return TITLE in text and CAPTION in text and "gần dân, hiểu dân." in text

    qtbot.waitUntil(preview_shows_it, timeout=20_000)

    window._actions["save"].trigger()
    qtbot.waitUntil(lambda: window.editing.state is SaveState.SAVED, timeout=10_000)
    article_id = window.editing.current.article_id
    stored = articles.get_article(desk_store.store, article_id)
    assert stored.fields.title == TITLE and CAPTION in stored.fields.body
    qtbot.waitUntil(lambda: window.articles.model.row_of(article_id) >= 0, timeout=10_000)

    assert window._actions["submit"].isEnabled()
    assert not window._actions["approve"].isEnabled()
    window._actions["submit"].trigger()
    qtbot.waitUntil(
        lambda: window.editing.current.status is ArticleStatus.IN_REVIEW, timeout=10_000
    )

    reviewer = open_desk(_sign_in(qtbot, desk_store, "duyet"))
    qtbot.waitUntil(lambda: reviewer.articles.model.row_of(article_id) >= 0, timeout=10_000)
    reviewer.articles.select_article(article_id)
    qtbot.waitUntil(
        lambda: (
            reviewer.editing.current is not None
            and reviewer.editing.current.article_id == article_id
        ),
        timeout=10_000,
    )
    assert reviewer._actions["approve"].isEnabled()
    assert not reviewer._actions["new"].isEnabled()
    reviewer._actions["approve"].trigger()
    qtbot.waitUntil(
        lambda: reviewer.editing.current.status is ArticleStatus.APPROVED, timeout=10_000
    )
    detail = articles.get_article(desk_store.store, article_id)
    assert detail.status is ArticleStatus.APPROVED and detail.approved_by == "duyet"
    assert "duyet" in reviewer.user_label.text() or "Duyệt" in reviewer.user_label.text()
