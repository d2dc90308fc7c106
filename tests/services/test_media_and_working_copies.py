"""Pictures by content hash, and the editor's autosaved working copies (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import unicodedata

import pytest

from danvan_desktop.errors import InvalidInput, PermissionDenied
from danvan_desktop.services import articles, media, working_copies
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from tests.services.conftest import Team

# A 3×2 PNG and a 1×1 GIF, small enough to keep inline.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAxAADABH+AQFq"
    "V1ZWAAAAAElFTkSuQmCC"
)
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def test_pictures_are_stored_once_by_hash_with_their_size(store: Store, team: Team) -> None:
    first = media.add_media(store, team.editor, PNG, "ảnh.png")
    again = media.add_media(store, team.editor2, PNG, "copy.png")
    assert first.value.sha256 == again.value.sha256
    assert (first.value.mime, first.value.width, first.value.height) == ("image/png", 3, 2)
    assert not again.changes
    info, data = media.get_media(store, first.value.sha256)
    assert data == PNG and info.original_name == "ảnh.png"
    assert media.add_media(store, team.editor, GIF).value.mime == "image/gif"


def test_a_picture_can_be_the_feature_image(store: Store, team: Team) -> None:
    sha = media.add_media(store, team.editor, PNG).value.sha256
    fields = ArticleFields(title="Có ảnh", category_slug=team.category, feature_image=sha)
    assert articles.create_article(store, team.editor, fields).value.fields.feature_image == sha


def test_not_a_picture_or_not_a_writer_is_refused(store: Store, team: Team) -> None:
    with pytest.raises(InvalidInput):
        media.add_media(store, team.editor, b"<svg onload=alert(1)>")
    with pytest.raises(PermissionDenied):
        media.add_media(store, team.publisher, PNG)


def test_working_copies_are_per_user_and_replace_each_other(store: Store, team: Team) -> None:
    body = unicodedata.normalize("NFD", "Bản nháp chưa lưu")
    fields = ArticleFields(title="Bài", body=body, category_slug=team.category, tags=("a",))
    working_copies.save_working_copy(store, team.editor, "art-1", 3, fields)
    working_copies.save_working_copy(store, team.editor, "art-1", 3, fields)
    working_copies.save_working_copy(store, team.editor, "new-1", None, fields)
    assert working_copies.load_working_copy(store, team.editor2, "art-1") is None
    copy = working_copies.load_working_copy(store, team.editor, "art-1")
    assert copy is not None and copy.base_version == 3 and copy.fields.tags == ("a",)
    assert copy.fields.body == "Bản nháp chưa lưu"  # NFC
    listed = working_copies.list_working_copies(store, team.editor)
    assert [c.article_id for c in listed] == ["new-1", "art-1"]
    assert listed[0].is_new_article
    assert working_copies.discard_working_copy(store, team.editor, "art-1")
    assert not working_copies.discard_working_copy(store, team.editor, "art-1")
    assert [c.article_id for c in working_copies.list_working_copies(store, team.editor)] == [
        "new-1"
    ]
