"""The Publish dialog: choose approved articles, see the check, export a signed package."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.messages import code_text
from danvan_desktop.gui.publish_dialog import PublishDialog
from danvan_desktop.gui.tasks import TaskRunner
from danvan_desktop.portal import read_package, signing
from danvan_desktop.services import articles, review, users
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.settings import AppSettings
from danvan_desktop.workflow import ArticleStatus
from tests.conftest import TEST_PASSWORD
from tests.portal.conftest import store_picture
from tests.portal.images import jpeg

PASSPHRASE = "Khóa ký của Ban-2026"
READY = "Hội nghị biểu dương điển hình “Dân vận khéo” năm 2026"
BLOCKED = "Ảnh chưa có chú thích"
NO_SAPO = "Tin ngắn: tọa đàm về công tác dân vận"


def _approve(store, team, title: str, **fields) -> str:
    values = {
        "sapo": "Sáng 26/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị.",
        "body": "Nội dung chính của bài.\n",
        "author_name": "Nguyễn Văn A",
        "author_position": "Phóng viên",
        "category_slug": team.category,
    }
    values.update(fields)
    detail = articles.create_article(store, team.editor, ArticleFields(title, **values)).value
    review.submit_for_review(store, team.editor, detail.id)
    review.approve(store, team.reviewer, detail.id)
    return detail.id


def _status(store, article_id: str) -> ArticleStatus:
    return articles.get_article(store, article_id).status


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def open_dialog(qtbot, store, team, runner):
    def make() -> PublishDialog:
        context = DeskContext(runner, AppSettings(), store, team.publisher)
        dialog = PublishDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
        return dialog

    return make


def _export(qtbot, dialog: PublishDialog, dest: Path, passphrase: str, again: str | None = None):
    dialog.choose.destination.setText(str(dest))
    dialog.choose.passphrase.setText(passphrase)
    if again is not None:
        dialog.choose.passphrase_again.setText(again)
    dialog.choose.export_button.click()


def _done(qtbot, dialog: PublishDialog) -> None:
    qtbot.waitUntil(lambda: not dialog._running, timeout=30_000)


def test_approved_articles_are_ticked_and_a_blocked_one_cannot_be(store, team, open_dialog):
    ready = _approve(store, team, READY)
    short = _approve(store, team, NO_SAPO, sapo="")
    sha = store_picture(store, jpeg(3))
    blocked = _approve(store, team, BLOCKED, body=f"Văn bản.\n\n![](media:{sha})\n")
    dialog = open_dialog()
    listing = dialog.choose.articles

    assert set(listing.ticked_ids()) == {ready, short}
    item = listing.item_for(ready)
    assert item.text(0) == READY and item.text(2) == team.reviewer.display_name
    assert item.text(3)  # approved at, local time
    assert listing.notes_of(ready) == []
    assert listing.notes_of(short) == [(code_text("missing_sapo"), False)]  # a warning

    stuck = listing.item_for(blocked)
    assert not stuck.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert listing.notes_of(blocked) == [(code_text("image_without_caption"), True)]
    listing.tick_all(True)
    assert blocked not in listing.ticked_ids()
    assert dialog.choose.count_label.text().startswith("2 of 3")


def test_create_a_key_export_and_the_articles_are_published(
    qtbot, store, team, open_dialog, tmp_path, monkeypatch
):
    ready = _approve(store, team, READY)
    dialog = open_dialog()
    assert dialog.choose.passphrase_again.isVisible()  # no key yet: asked twice
    dest = tmp_path / "Gói tin" / "danvan-20261126-0930.zip"
    dest.parent.mkdir()
    with qtbot.waitSignal(dialog.published, timeout=30_000) as published:
        _export(qtbot, dialog, dest, PASSPHRASE, PASSPHRASE)

    assert dest.is_file()
    package = read_package(dest, signing.load_public_key())  # what `danvan verify` runs
    assert [a["id"] for a in package.manifest["articles"]] == [ready]
    assert _status(store, ready) is ArticleStatus.PUBLISHED
    result = published.args[0].value
    assert dialog.pages.currentWidget() is dialog.summary
    assert dialog.summary.headline.text() == "Published 1 article(s)."
    assert dialog.summary.titles.item(0).text() == READY
    assert dialog.summary.package_id.text() == result.report.package_id
    assert dialog.summary.path.text() == str(dest)
    assert dialog.choose.passphrase.text() == ""  # never kept

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.summary.open_folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [dest.parent]


def test_cancel_leaves_no_file_and_publishes_nothing(qtbot, store, team, open_dialog, tmp_path):
    ids = [_approve(store, team, f"{READY} (kỳ {n})") for n in range(1, 4)]
    dialog = open_dialog()
    dest = tmp_path / "huy.zip"
    _export(qtbot, dialog, dest, PASSPHRASE, PASSPHRASE)
    dialog.running_page.cancel_button.click()
    _done(qtbot, dialog)

    assert dialog.choose.message.text() == code_text("export_cancelled")
    assert list(tmp_path.glob("*.zip*")) == [] and list(tmp_path.glob(".*part*")) == []
    assert {_status(store, i) for i in ids} == {ArticleStatus.APPROVED}
    assert dialog.pages.currentWidget() is dialog.choose
    qtbot.waitUntil(lambda: dialog.choose.export_button.isEnabled(), timeout=10_000)


def test_closing_while_exporting_cancels_then_closes(qtbot, store, team, open_dialog, tmp_path):
    ready = _approve(store, team, READY)
    dialog = open_dialog()
    _export(qtbot, dialog, tmp_path / "dong.zip", PASSPHRASE, PASSPHRASE)
    dialog.close()
    assert dialog.isVisible()  # still stopping
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert not (tmp_path / "dong.zip").exists() and _status(store, ready) is ArticleStatus.APPROVED


def test_a_wrong_passphrase_says_so_writes_nothing_and_the_dialog_stays_usable(
    qtbot, store, team, open_dialog, tmp_path
):
    signing.generate_key(PASSPHRASE)
    ready = _approve(store, team, READY)
    dialog = open_dialog()
    assert not dialog.choose.passphrase_again.isVisible()  # the key exists: asked once
    assert signing.load_public_key().key_id_hex in dialog.choose.key_label.text()
    dest = tmp_path / "sai.zip"
    _export(qtbot, dialog, dest, "không phải khóa này")
    _done(qtbot, dialog)

    assert dialog.choose.message.text() == code_text("key_passphrase_wrong")
    assert not dest.exists() and _status(store, ready) is ArticleStatus.APPROVED
    with qtbot.waitSignal(dialog.published, timeout=30_000):
        _export(qtbot, dialog, dest, PASSPHRASE)
    assert dest.is_file() and _status(store, ready) is ArticleStatus.PUBLISHED


def test_bad_input_is_refused_before_any_work(qtbot, store, team, open_dialog, tmp_path):
    _approve(store, team, READY)
    dialog = open_dialog()
    not_a_folder = tmp_path / "ghi-chú.txt"
    not_a_folder.write_text("tệp", encoding="utf-8")
    _export(qtbot, dialog, not_a_folder / "goi.zip", PASSPHRASE, PASSPHRASE)
    assert "does not exist" in dialog.choose.message.text()
    _export(qtbot, dialog, tmp_path / "goi.zip", PASSPHRASE, "khác hẳn-2026")
    assert "differ" in dialog.choose.message.text()
    _export(qtbot, dialog, tmp_path / "goi.zip", "ngắn", "ngắn")
    assert dialog.choose.message.text() == code_text("passphrase_too_short")
    existing = tmp_path / "cu.zip"
    existing.write_bytes(b"old package")
    _export(qtbot, dialog, existing, PASSPHRASE, PASSPHRASE)
    assert "already exists" in dialog.choose.message.text()
    assert existing.read_bytes() == b"old package"
    assert not signing.has_key() and not dialog._running
    assert list(tmp_path.glob("*.zip")) == [existing]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc or POSIX modes")
def test_an_unwritable_folder_says_so_and_publishes_nothing(
    qtbot, store, team, open_dialog, tmp_path
):
    ready = _approve(store, team, READY)
    if os.geteuid() == 0:
        folder = Path("/proc")  # root writes through file modes; /proc takes no new files
    else:
        folder = tmp_path / "chỉ-đọc"
        folder.mkdir()
        folder.chmod(0o500)
    dialog = open_dialog()
    _export(qtbot, dialog, folder / "goi.zip", PASSPHRASE, PASSPHRASE)
    _done(qtbot, dialog)
    assert dialog.choose.message.text().startswith("Cannot write the package there")
    assert not (folder / "goi.zip").exists() and _status(store, ready) is ArticleStatus.APPROVED
    assert dialog.pages.currentWidget() is dialog.choose


def test_a_published_article_can_be_withdrawn_with_a_reason(
    qtbot, store, team, open_dialog, tmp_path
):
    ready = _approve(store, team, READY)
    first = open_dialog()
    with qtbot.waitSignal(first.published, timeout=30_000):
        _export(qtbot, first, tmp_path / "dang.zip", PASSPHRASE, PASSPHRASE)
    dialog = open_dialog()
    assert dialog.choose.articles.topLevelItemCount() == 0
    assert not dialog.choose.export_button.isEnabled()
    dialog.choose.withdraw_box.setChecked(True)
    dialog.choose.withdrawals.item_for(ready).setCheckState(0, Qt.CheckState.Checked)
    _export(qtbot, dialog, tmp_path / "go.zip", PASSPHRASE)
    assert "why" in dialog.choose.message.text().lower()
    dialog.choose.reason.setText("Đính chính số liệu theo văn bản mới")
    with qtbot.waitSignal(dialog.published, timeout=30_000):
        _export(qtbot, dialog, tmp_path / "go.zip", PASSPHRASE)
    assert _status(store, ready) is ArticleStatus.WITHDRAWN
    manifest = read_package(tmp_path / "go.zip", signing.load_public_key()).manifest
    assert manifest["withdrawals"][0]["reason"] == "Đính chính số liệu theo văn bản mới"
    assert dialog.summary.headline.text() == "Withdrew 1 article(s)."
    assert dialog.summary.titles.item(0).text() == f"Withdrawn: {READY}"


def test_the_desk_publishes_and_its_list_follows(qtbot, open_desk, desk_store, tmp_path):
    store = desk_store.store
    sample = articles.list_articles(store).rows[0]  # the sample article a new office starts with
    review.submit_for_review(store, desk_store.admin, sample.id)
    review.approve(store, desk_store.reviewer, sample.id)
    users.add_user(store, desk_store.admin, "xuatban", TEST_PASSWORD, ["publisher"])
    publisher = users.authenticate(store, "xuatban", TEST_PASSWORD)
    editor_desk = open_desk(desk_store.editor)
    assert not editor_desk._actions["publish"].isEnabled()

    window = open_desk(publisher)
    action = window._actions["publish"]
    assert action.isEnabled() and "not available" not in action.toolTip()
    action.trigger()
    dialog = window.publish_dialog
    assert dialog is not None and dialog.objectName() == "publishDialog"
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
    assert dialog.choose.articles.ticked_ids() == [sample.id]
    with qtbot.waitSignal(dialog.published, timeout=30_000):
        _export(qtbot, dialog, tmp_path / "mau.zip", PASSPHRASE, PASSPHRASE)

    def listed_published() -> bool:
        row = window.articles.model.article(0)
        return row is not None and row.status is ArticleStatus.PUBLISHED

    qtbot.waitUntil(listed_published, timeout=10_000)
    dialog.summary.close_button.click()
    qtbot.waitUntil(lambda: window.publish_dialog is None, timeout=10_000)
