"""Syllable diffs: pure text first, then two revisions of the sample article."""

from __future__ import annotations

from danvan_desktop.review.diff import (
    DiffOp,
    comparable_fields,
    diff_text,
    image_captions,
    render_html,
    render_text,
    side_by_side,
    tokenize,
)
from danvan_desktop.services import articles, history
from danvan_desktop.services.store import Store
from tests.review.conftest import Team, edit, sample_id


def test_tokens_keep_every_character() -> None:
    text = "Đ/c Trương Thị Mai - UV Bộ Chính trị,  Trưởng Ban\u00a0dân vận…\n"
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert "Trương" in tokens and "," in tokens and "…" in tokens


def test_one_tone_mark_changes_one_syllable() -> None:
    ops = diff_text("Công tác dân vận khéo.", "Công tác dân vân khéo.")
    assert [op for op in ops if op.tag != "equal"] == [DiffOp("replace", "vận", "vân")]
    assert render_text(ops) == "Công tác dân [-vận-]{+vân+} khéo."


def test_a_changed_name_reads_as_one_replacement() -> None:
    ops = diff_text("ông Nguyễn Văn A phát biểu", "bà Trần Thị B phát biểu")
    assert ops[0] == DiffOp("replace", "ông Nguyễn Văn A", "bà Trần Thị B")
    assert ops[1] == DiffOp("equal", " phát biểu", " phát biểu")


def test_paragraphs_added_and_removed() -> None:
    old = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."
    new = "Đoạn một.\n\nĐoạn ba.\n\nĐoạn bốn mới."
    ops = diff_text(old, new)
    assert "".join(op.old for op in ops) == old
    assert "".join(op.new for op in ops) == new
    assert any(op.tag == "delete" and "Đoạn hai" in op.old for op in ops)
    assert any("bốn mới" in op.new and op.tag in ("insert", "replace") for op in ops)


def test_unchanged_and_empty_texts() -> None:
    assert diff_text("", "") == ()
    assert diff_text("Giữ nguyên", "Giữ nguyên") == (DiffOp("equal", "Giữ nguyên", "Giữ nguyên"),)
    assert diff_text("", "Mới") == (DiffOp("insert", "", "Mới"),)
    assert diff_text("Cũ", "") == (DiffOp("delete", "Cũ", ""),)


def test_renderings_escape_and_split_sides() -> None:
    ops = diff_text("a <b> cũ", "a <b> mới")
    assert render_html(ops) == "a &lt;b&gt; <del>cũ</del><ins>mới</ins>"
    left, right = side_by_side(ops)
    assert left == [("equal", "a <b> "), ("replace", "cũ")]
    assert right == [("equal", "a <b> "), ("replace", "mới")]


def test_image_captions_come_from_titles_else_alt() -> None:
    body = (
        'Mở đầu.\n\n![Ảnh lễ](media:abc "Đ/c Trương Thị Mai tại Con Cuông")\n\n'
        "![Hội nghị đối thoại](hoi-nghi.jpg)\n\n![](trong.png)"
    )
    assert image_captions(body) == ["Đ/c Trương Thị Mai tại Con Cuông", "Hội nghị đối thoại"]
    fields = comparable_fields({"body": body, "feature_caption": "Ảnh đại diện", "tags": ["a"]})
    assert fields["captions"].splitlines() == [
        "Ảnh đại diện",
        "Đ/c Trương Thị Mai tại Con Cuông",
        "Hội nghị đối thoại",
    ]


def test_diff_of_two_revisions_of_the_sample(store: Store, team: Team) -> None:
    article_id = sample_id(store)
    before = articles.get_article(store, article_id).fields
    body = before.body.replace("tăng trưởng 7,09%", "tăng trưởng 7,1%", 1)
    body = body.replace("Hai là,", "Hai là, như đã nêu,", 1)
    body += '\n\n![Ảnh](media:0 "Hội nghị đối thoại tại Nghệ An")'
    edit(
        store,
        team.admin,
        article_id,
        title=before.title.replace("tỉnh Nghệ An", "Nghệ An"),
        body=body,
        feature_caption=before.feature_caption.replace("Con Cuông", "huyện Con Cuông"),
        author_position="Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy",
    )
    result = history.diff_revisions(store, article_id, 1, 2)
    assert (result.from_number, result.to_number) == (1, 2)
    by_field = {f.field: f for f in result.fields}
    changed = {f.field for f in result.changed_fields}
    assert changed == {"title", "body", "captions", "author_position"}
    assert by_field["sapo"].ops and not by_field["sapo"].changed
    title_changes = [op for op in by_field["title"].ops if op.tag != "equal"]
    assert title_changes == [DiffOp("delete", "tỉnh ", "")]
    body_text = render_text(by_field["body"].ops)
    assert "[-09-]{+1+}" in body_text
    inserted = [op.new for op in by_field["body"].ops if op.tag == "insert"]
    assert any(text.strip(" ,") == "như đã nêu" for text in inserted)
    assert "{+huyện +}" in render_text(by_field["captions"].ops)
    assert "Hội nghị đối thoại tại Nghệ An" in by_field["captions"].new_text
    assert by_field["body"].old_text == before.body
    assert by_field["author_name"].new_text == "Nguyễn Mạnh Khôi"
    backwards = history.diff_revisions(store, article_id, 2, 1)
    assert {f.field for f in backwards.changed_fields} == changed


def test_folded_rendering_keeps_context_around_changes() -> None:
    sentence = "Công tác dân vận được triển khai sâu rộng ở cơ sở. "
    old = sentence * 30 + "Số liệu năm 2019 đạt 7,09%." + " " + sentence * 30
    new = old.replace("7,09%", "7,21%")
    ops = diff_text(old, new)
    folded = render_text(ops, context=60)
    assert "7,[-09-]{+21+}%" in folded
    assert folded.count("[…]") == 2
    assert len(folded) < 300
    assert render_text(ops) == render_text(ops, context=None)
    assert len(render_text(ops)) > len(old)


def test_long_bodies_stay_fast_and_exact() -> None:
    """A 100 KB body with one changed figure and one reordered paragraph: well under a second."""
    import time

    from danvan_desktop.services.setup import sample_fields

    body = "\n\n".join([sample_fields().body] * 10)
    paragraphs = body.split("\n\n")
    new = "\n\n".join([paragraphs[1], paragraphs[0], *paragraphs[2:]]).replace("7,09%", "7,21%", 1)
    started = time.perf_counter()
    ops = diff_text(body, new)
    elapsed = time.perf_counter() - started
    assert "".join(op.old for op in ops) == body
    assert "".join(op.new for op in ops) == new
    assert any(op.old == "09" and op.new == "21" for op in ops)
    assert elapsed < 2.0, elapsed
