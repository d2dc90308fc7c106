"""Comments on passages and fields: replies, resolve, and anchors that follow later edits."""

from __future__ import annotations

import pytest

from danvan_desktop.errors import InvalidInput, NotFound
from danvan_desktop.review.anchors import AnchorState, locate
from danvan_desktop.services import articles, comments, review
from danvan_desktop.services.comments import Anchor
from danvan_desktop.services.store import Store
from tests.review.conftest import Team, draft, edit, in_review

PASSAGE = "công tác dân vận khéo"


def _body(store: Store, article_id: str) -> str:
    return articles.get_article(store, article_id).fields.body


def _passage_comment(store: Store, team: Team, article_id: str) -> int:
    anchor = comments.anchor_for_quote(store, article_id, "body", PASSAGE)
    view = comments.add_comment(
        store, team.reviewer, article_id, "Nêu ví dụ cụ thể.", anchor=anchor
    ).value
    assert view.place.state == AnchorState.KEPT
    assert view.quote == PASSAGE
    return view.id


def _only_thread(store: Store, article_id: str):
    (thread,) = comments.list_comments(store, article_id)
    return thread


def test_anchor_kept_when_the_passage_is_untouched(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    _passage_comment(store, team, article_id)
    edit(store, team.editor, article_id, title="Tiêu đề đã sửa")
    root = _only_thread(store, article_id).root
    assert root.place.state == AnchorState.KEPT
    assert _body(store, article_id)[root.place.start : root.place.end] == PASSAGE


def test_anchor_follows_a_moved_passage(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    _passage_comment(store, team, article_id)
    edit(
        store,
        team.editor,
        article_id,
        body="Đoạn mở đầu mới được thêm vào.\n\n" + _body(store, article_id),
    )
    root = _only_thread(store, article_id).root
    assert root.place.state == AnchorState.MOVED
    assert _body(store, article_id)[root.place.start : root.place.end] == PASSAGE


def test_anchor_follows_a_lightly_edited_passage(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    _passage_comment(store, team, article_id)
    body = _body(store, article_id).replace(PASSAGE, "công tác dân vận rất khéo")
    edit(store, team.editor, article_id, body="Mở đầu.\n\n" + body)
    root = _only_thread(store, article_id).root
    assert root.place.state == AnchorState.CHANGED
    assert _body(store, article_id)[root.place.start : root.place.end] == (
        "công tác dân vận rất khéo"
    )


def test_anchor_outdated_when_the_passage_is_gone(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    _passage_comment(store, team, article_id)
    edit(store, team.editor, article_id, body="Bài viết lại hoàn toàn, không còn câu cũ.")
    root = _only_thread(store, article_id).root
    assert root.outdated and root.place.start is None
    assert root.quote == PASSAGE


def test_locate_prefers_the_occurrence_nearest_the_old_place() -> None:
    text = "dân vận khéo ... và ở cuối lại dân vận khéo"
    place = locate("Thêm. " + text, text.rindex("dân"), len(text), "dân vận khéo")
    assert place.state == AnchorState.MOVED
    assert place.start == len("Thêm. ") + text.rindex("dân")


def test_field_comments_replies_and_resolve(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    root = comments.add_comment(
        store, team.reviewer, article_id, "Sapo dài quá.", anchor=Anchor("sapo")
    ).value
    assert root.place.state == AnchorState.FIELD and root.field == "sapo"
    reply = comments.add_comment(
        store, team.editor, article_id, "Đã rút gọn.", reply_to=root.id
    ).value
    nested = comments.add_comment(store, team.reviewer, article_id, "Tốt.", reply_to=reply.id)
    assert nested.value.parent_id == root.id
    edit(store, team.editor, article_id, sapo="Ngắn gọn.")
    thread = _only_thread(store, article_id)
    assert [r.body for r in thread.replies] == ["Đã rút gọn.", "Tốt."]
    assert thread.root.place.state == AnchorState.FIELD
    outcome = comments.set_resolved(store, team.editor, reply.id)
    assert outcome.value.id == root.id and outcome.value.resolved and outcome.changes
    assert comments.list_comments(store, article_id, include_resolved=False) == ()
    assert not comments.set_resolved(store, team.editor, root.id).changes
    comments.set_resolved(store, team.reviewer, root.id, resolved=False)
    assert not _only_thread(store, article_id).resolved


def test_request_changes_comment_reaches_the_editor(store: Store, team: Team) -> None:
    article_id = in_review(store, team)
    review.request_changes(store, team.reviewer, article_id, "Bổ sung nguồn tin.")
    root = _only_thread(store, article_id).root
    assert root.body == "Bổ sung nguồn tin." and root.author == "duyet"
    assert root.place.state == AnchorState.ARTICLE


def test_bad_comments_are_refused(store: Store, team: Team) -> None:
    article_id = draft(store, team)
    add = comments.add_comment
    with pytest.raises(InvalidInput):
        add(store, team.reviewer, article_id, "   ")
    with pytest.raises(InvalidInput):
        add(store, team.reviewer, article_id, "x", anchor=Anchor("password", 0, 1))
    with pytest.raises(InvalidInput):
        add(store, team.reviewer, article_id, "x", anchor=Anchor("title", 5, 5000))
    with pytest.raises(InvalidInput):
        comments.anchor_for_quote(store, article_id, "body", "không có trong bài")
    with pytest.raises(NotFound):
        add(store, team.reviewer, article_id, "x", reply_to=999_999)
    other = draft(store, team, "Bài khác")
    elsewhere = add(store, team.reviewer, other, "Ở bài khác.").value
    with pytest.raises(InvalidInput):
        add(store, team.reviewer, article_id, "x", reply_to=elsewhere.id)
