"""Proofing in the desk: spelling underlines and menu, the lint panel, legacy paste, normalise.

Vietnamese goes in as input-method commits, setPlainText or QMimeData, never
keyClicks (which aborts on non-ASCII).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCharFormat

from danvan_desktop.services.house_dictionary import user_words
from danvan_desktop.settings import AppSettings
from tests.gui.conftest import commit_text

SPELL_UNDERLINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def desk(qtbot, open_desk, desk_store):
    """The editor's desk with the sample article open and the spell checker warm."""
    window = open_desk(desk_store.editor)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    window.proofing.warm_up()
    qtbot.waitUntil(lambda: window.proofing.spelling.ready, timeout=10_000)
    window.proofing.finish_underlining()
    qtbot.waitUntil(lambda: bool(window.proofing.lint_panel.findings), timeout=10_000)
    return window


def _fresh_body(qtbot, window, text: str):
    body = window.editor.body
    body.set_markdown("")
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    commit_text(body, text)  # what Unikey or IBus send
    window.proofing.spelling.finish()  # as if the typist paused
    return body


def _underlined(body, word: str) -> bool | None:
    """Whether every character of `word` (first occurrence) carries the spell-check underline."""
    text = body.toPlainText()
    start = text.index(word)
    block = body.document().findBlock(start)
    offset = start - block.position()
    covered = set()
    for fmt in block.layout().formats():
        if fmt.format.underlineStyle() == SPELL_UNDERLINE:
            covered.update(range(fmt.start, fmt.start + fmt.length))
    return all(i in covered for i in range(offset, offset + len(word)))


def test_a_misspelt_word_is_underlined_when_typing_pauses_and_a_valid_word_is_not(qtbot, desk):
    body = desk.editor.body
    body.set_markdown("")
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    commit_text(body, "Người dân đã hòan thành **ngừơi** tốt việc tốt. ")
    assert not _underlined(body, "hòan")  # still typing: the paragraph waits for a pause
    qtbot.waitUntil(lambda: _underlined(body, "hòan"), timeout=3000)
    assert _underlined(body, "ngừơi")  # inside bold: the Markdown format is kept too
    assert not _underlined(body, "Người")
    assert not _underlined(body, "thành")
    commit_text(body, "Xã Diễn Kỷ ")
    desk.proofing.spelling.finish()
    assert not _underlined(body, "Diễn")


def test_typing_keeps_the_underlines_it_did_not_touch_until_the_pause(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Đã hòan thành, nay sửa ngừơi dân.")
    assert _underlined(body, "hòan") and _underlined(body, "ngừơi")
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index("ngừơi") + len("ngừơi"))
    body.setTextCursor(cursor)
    commit_text(body, "x")  # onto "ngừơi": that word is being edited
    assert _underlined(body, "hòan")  # before the edit: kept
    assert not _underlined(body, "ngừơi")  # touched by the edit: checked at the pause
    cursor.setPosition(body.toPlainText().index("Đã") + len("Đã"))
    body.setTextCursor(cursor)
    commit_text(body, " làm")
    assert _underlined(body, "hòan")  # after the edit: moved with the text
    qtbot.waitUntil(lambda: _underlined(body, "ngừơix"), timeout=3000)
    assert body.toPlainText() == "Đã làm hòan thành, nay sửa ngừơix dân."


def test_what_the_edit_did_not_touch_moves_with_the_text():
    from danvan_desktop.gui.editor.spelling import kept_after_edit
    from danvan_desktop.vietnamese import SpellIssue
    from danvan_desktop.vietnamese.spelling import MISSPELLING

    old = "aa hòan bb ngừơi cc"
    issues = [
        SpellIssue(3, 7, "hòan", MISSPELLING, ()),
        SpellIssue(11, 16, "ngừơi", MISSPELLING, ()),
    ]
    assert kept_after_edit(old, issues, "aa hòan bb ngừơi cc dd") == issues
    moved = kept_after_edit(old, issues, "xx aa hòan bb ngừơi cc")
    assert [(i.start, i.end) for i in moved] == [(6, 10), (14, 19)]
    edited = kept_after_edit(old, issues, "aa hòa bb ngừơi cc")  # the word itself edited
    assert [i.word for i in edited] == ["ngừơi"] and edited[0].start == 10
    assert kept_after_edit(old, issues, "aa hòanx bb ngừơi cc")[0].word == "ngừơi"  # typed onto it
    assert len(kept_after_edit(old, issues, "aa x hòan bb ngừơi cc")) == 2  # a word typed before
    assert kept_after_edit(old, issues, "") == []


def test_underlining_an_opened_article_does_not_mark_it_edited(qtbot, desk):
    desk.proofing.underline_again()
    desk.proofing.finish_underlining()
    qtbot.wait(50)
    assert not desk.editing.dirty
    assert not desk.editor.body.document().isModified()


def test_code_and_link_targets_are_not_spell_checked(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Xem `kiemtra` và [trang](https://vi.wikipedia.org/abcxyz)\n")
    assert not _underlined(body, "kiemtra")
    assert not _underlined(body, "abcxyz")


def test_a_suggestion_replaces_the_word_in_one_undo_step(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Công việc đã hòan thành.")
    menu = desk.proofing._menus[0].menu_at(body.toPlainText().index("hòan") + 2)
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "hoàn"
    assert "Add to dictionary" in texts and "Ignore" in texts
    assert len(texts) > texts.index("Ignore") + 2  # Qt's own entries follow
    menu.actions()[0].trigger()
    assert body.toPlainText() == "Công việc đã hoàn thành."
    assert not _underlined(body, "hoàn")
    body.undo()
    assert body.toPlainText() == "Công việc đã hòan thành."


def test_hovering_an_underline_says_what_it_means(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Sự cố xẩy ra khi hòan thành 😀 ngừơi")
    menu = desk.proofing._menus[0]
    text = body.toPlainText()
    assert menu.tip_at(text.index("xẩy")) == "Often confused: did you mean “xảy ra”?"
    assert menu.tip_at(text.index("hòan") + 1).startswith("The tone mark is on the wrong letter")
    assert menu.tip_at(text.index("Sự")) == ""
    after_emoji = body.document().characterCount() - 3  # Qt positions: the emoji counts twice
    assert menu.tip_at(after_emoji).startswith("The tone mark")


def test_no_menu_of_ours_on_a_correct_word(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Công việc đã hoàn thành.")
    assert desk.proofing._menus[0].menu_at(body.toPlainText().index("hoàn") + 1) is None


def test_add_to_dictionary_removes_the_underline_and_keeps_the_word(qtbot, desk):
    body = _fresh_body(
        qtbot, desk, "Ứng dụng Viettel và Viettel trên điện thoại.\n\nNhóm Viettel của xã."
    )
    assert _underlined(body, "Viettel")
    menu = desk.proofing._menus[0].menu_at(body.toPlainText().index("Viettel"))
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    desk.proofing.finish_underlining()
    assert not _underlined(body, "Viettel")
    assert not _underlined(body, "Viettel của")
    qtbot.waitUntil(lambda: user_words() == ["Viettel"], timeout=5_000)


def test_ignore_and_switching_spelling_off(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Gửi qua Viettel, hòan tất.")
    menu = desk.proofing._menus[0].menu_at(body.toPlainText().index("Viettel"))
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    desk.proofing.finish_underlining()
    assert not _underlined(body, "Viettel") and _underlined(body, "hòan")
    desk.proofing.spelling_action.setChecked(False)
    desk.proofing.finish_underlining()
    assert not _underlined(body, "hòan")


def test_the_lint_panel_lists_the_samples_findings_and_jumps_to_them(qtbot, desk):
    panel = desk.findChild(type(desk.proofing.lint_panel), "lintPanel")
    assert panel is desk.proofing.lint_panel and panel.isVisible()
    codes = {found.finding.code for found in panel.findings}
    assert {
        "document-reference-spacing",
        "straight-quotes",
        "tone-style-mixed",
        "range-hyphen",
        "missing-space-after",
        "date-format-mixed",
        "acronym-undefined",
    } <= codes
    assert panel.list.topLevelItemCount() == len(panel.findings)
    row = next(i for i, f in enumerate(panel.findings) if f.finding.code == "tone-style-mixed")
    item = panel.list.topLevelItem(row)
    assert "Kiểu đặt dấu thanh" in item.text(0)  # Vietnamese by default
    assert item.text(1) == "uỷ" and item.text(2) == "tone-style-mixed"
    assert item.text(3).startswith("Body, paragraph ")
    panel.list.itemClicked.emit(item, 0)
    assert desk.editor.body.textCursor().selectedText() == "uỷ"
    assert desk.editor.body.hasFocus()


def test_fix_one_finding_then_the_list_updates(qtbot, desk):
    panel = desk.proofing.lint_panel
    body = desk.editor.body
    row = next(i for i, f in enumerate(panel.findings) if f.finding.code == "range-hyphen")
    panel.list.setCurrentItem(panel.list.topLevelItem(row))
    assert panel.fix_button.isEnabled()
    before = body.toPlainText()
    panel.fix_current()
    assert "2015–2018" in body.toPlainText() and "2015 - 2018" not in body.toPlainText()
    qtbot.waitUntil(lambda: panel.current, timeout=5_000)
    assert "range-hyphen" not in {f.finding.code for f in panel.findings}
    body.undo()
    assert body.toPlainText() == before


def test_fix_all_safe_changes_the_text_and_one_undo_restores_it(qtbot, desk):
    panel = desk.proofing.lint_panel
    body = desk.editor.body
    before = body.toPlainText()
    safe = [f for f in panel.findings if f.safe and f.field == "body"]
    assert len(safe) >= 8
    panel.fix_all_button.click()
    after = body.toPlainText()
    assert after != before
    assert "201-KH/TU" in after and "7,09%; thu" in after and "“bí thư" in after
    assert "MTTQ" in after and "Mặt trận Tổ quốc (MTTQ)" not in after  # not a safe fix
    qtbot.waitUntil(lambda: panel.current, timeout=5_000)
    assert not any(f.safe and f.field == "body" for f in panel.findings)
    body.undo()
    assert body.toPlainText() == before


def test_the_panel_relints_after_a_pause_in_typing(qtbot, desk):
    panel = desk.proofing.lint_panel
    _fresh_body(qtbot, desk, "Theo Quyết định số 11 - QĐ/TW")
    qtbot.waitUntil(lambda: panel.current, timeout=5_000)
    assert [f.finding.code for f in panel.findings if f.field == "body"] == [
        "document-reference-spacing"
    ]


def _paste(body, text: str = "", html: str = "") -> None:
    mime = QMimeData()
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    body.insertFromMimeData(mime)


@pytest.mark.parametrize(
    ("text", "html", "charset"),
    [
        ("§æi míi", "", "TCVN3"),
        ("", '<p><span style="font-family:&quot;.VnTime&quot;">§æi míi</span></p>', "TCVN3"),
        ("", "<p><span style='font-family:\"VNI-Times\"'>Ñoåi môùi</span></p>", "VNI"),
    ],
)
def test_legacy_paste_offers_a_conversion_and_undo_restores(qtbot, desk, text, html, charset):
    body = _fresh_body(qtbot, desk, "Bài: ")
    _paste(body, text, html)
    original = body.toPlainText()
    bar = desk.findChild(type(desk.proofing.legacy_bar), "legacyBar")
    assert bar.isVisible()
    assert charset in bar.label.text() and "“Đổi mới”" in bar.label.text()
    convert, keep = bar.buttons
    assert convert.text() == "Convert to Unicode" and keep.text() == "Keep as it is"
    convert.click()
    assert body.toPlainText().replace("\n", "") == "Bài: Đổi mới"  # HTML comes as a paragraph
    assert not bar.isVisible()
    body.undo()
    assert body.toPlainText() == original


def test_legacy_text_pasted_into_the_sapo_is_offered_too(qtbot, desk):
    sapo = desk.editor.sapo_edit
    sapo.setPlainText("")
    sapo.setFocus()
    qtbot.waitUntil(sapo.hasFocus)
    _paste(sapo, "§æi míi ph\xad¬ng thøc l·nh ®¹o")
    assert desk.proofing.legacy_bar.isVisible()
    desk.proofing.legacy_bar.buttons[0].click()
    assert sapo.toPlainText() == "Đổi mới phương thức lãnh đạo"
    sapo.undo()
    assert sapo.toPlainText() == "§æi míi ph\xad¬ng thøc l·nh ®¹o"


def test_ordinary_paste_shows_no_legacy_bar(qtbot, desk):
    body = _fresh_body(qtbot, desk, "")
    _paste(body, "Đổi mới phương thức lãnh đạo. Plain English too.")
    assert not desk.proofing.legacy_bar.isVisible()


def test_an_article_with_a_legacy_body_gets_the_offer_when_opened(qtbot, desk):
    desk.editor.body.set_markdown("§æi míi ph\xad¬ng thøc l·nh ®¹o cña §¶ng")
    desk.proofing.legacy.opened()
    assert desk.proofing.legacy_bar.isVisible()
    desk.proofing.legacy.accept()
    assert desk.editor.body.toPlainText() == "Đổi mới phương thức lãnh đạo của Đảng"


def test_normalise_is_one_undo_step_in_the_body_and_fixes_every_field(qtbot, desk):
    editor = desk.editor
    body = _fresh_body(qtbot, desk, 'Ban Thường vụ Tỉnh uỷ  ban hành "Kế hoạch" 201 - KH/TU.\n\n')
    commit_text(body, "Giai đoạn 2015 - 2018,thu ngân sách tăng.")
    editor.sapo_edit.setPlainText("Ủy ban  nhân dân xã")
    editor.caption_edit.setText('Ảnh: "Dân vận khéo"')
    before = body.toPlainText()
    desk.proofing.normalize_action.trigger()
    assert body.toPlainText() == (
        "Ban Thường vụ Tỉnh ủy ban hành “Kế hoạch” 201-KH/TU.\n\n"
        "Giai đoạn 2015–2018, thu ngân sách tăng."
    )
    assert editor.sapo_edit.toPlainText() == "Ủy ban nhân dân xã"
    assert editor.caption_edit.text() == "Ảnh: “Dân vận khéo”"
    body.undo()
    assert body.toPlainText() == before
    editor.caption_edit.undo()
    assert editor.caption_edit.text() == 'Ảnh: "Dân vận khéo"'


def test_normalise_follows_the_house_tone_style(qtbot, desk):
    desk.context.settings = replace(AppSettings(), tone_style="reformed")
    body = _fresh_body(qtbot, desk, "Tỉnh ủy, hòa thuận, thủy sản")
    desk.proofing.normalize()
    assert body.toPlainText() == "Tỉnh uỷ, hoà thuận, thuỷ sản"


def test_a_read_only_article_is_neither_normalised_nor_fixed(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Tỉnh  uỷ")
    assert desk.proofing.normalize_action.isEnabled()
    desk.editor.set_read_only(True)
    desk.proofing._state_changed()
    assert not desk.proofing.normalize_action.isEnabled()
    assert desk.proofing.normalize() == []
    assert body.toPlainText() == "Tỉnh  uỷ"
    panel = desk.proofing.lint_panel
    panel.lint_now()
    qtbot.waitUntil(lambda: panel.current, timeout=5_000)
    assert any(found.safe for found in panel.findings)
    assert not panel.fix_all_button.isEnabled()
    panel.fix_all_safe()
    assert body.toPlainText() == "Tỉnh  uỷ"


def test_an_emoji_before_a_misspelt_word_does_not_shift_the_underline(qtbot, desk):
    body = _fresh_body(qtbot, desk, "Vui 😀 hòan thành")
    block = body.document().firstBlock()
    spans = [
        (f.start, f.length)
        for f in block.layout().formats()
        if f.format.underlineStyle() == SPELL_UNDERLINE
    ]
    assert spans == [(7, 4)]  # UTF-16: the emoji counts twice


def test_a_big_article_is_underlined_in_later_turns_of_the_event_loop(qtbot, desk, monkeypatch):
    layer = desk.proofing.spelling
    monkeypatch.setattr(type(layer), "TURN_BUDGET_MS", 0.5)
    paragraphs = [f"Đoạn {n}: ngừơi dân hòan thành kế hoạch số {n}." for n in range(400)]
    desk.editor.body.set_markdown("\n\n".join(paragraphs))
    body = desk.editor.body
    last = body.document().lastBlock()
    assert not any(f.format.underlineStyle() == SPELL_UNDERLINE for f in last.layout().formats())
    qtbot.waitUntil(
        lambda: any(
            f.format.underlineStyle() == SPELL_UNDERLINE
            for f in body.document().lastBlock().layout().formats()
        ),
        timeout=10_000,
    )


def test_changed_lines_touch_only_what_differs():
    from danvan_desktop.gui.text_fields import changed_lines, non_overlapping

    old = 'một  hai\nba\n"bốn"'
    new = "một hai\nba\n“bốn”"
    assert changed_lines(old, new) == [(4, 5, ""), (12, 17, "“bốn”")]
    assert changed_lines("a\nb", "a b") is None
    assert non_overlapping([(5, 9, "x"), (0, 6, "y"), (9, 9, "z")]) == [(0, 6, "y"), (9, 9, "z")]


def test_a_lint_stops_when_asked_between_two_rules():
    from danvan_desktop.gui.lint_panel import lint_fields

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert lint_fields({"body": "Số 11 - QĐ/TW  ngày"}, "traditional", cancelled) is None
    assert len(asked) == 3
    found = lint_fields({"body": "Số 11 - QĐ/TW  ngày"}, "traditional")
    assert [f.finding.code for f in found] == ["document-reference-spacing", "double-space"]


def test_a_caption_finding_opens_the_details_and_selects_it(qtbot, desk):
    editor = desk.editor
    editor.details_toggle.setChecked(False)
    editor.caption_edit.setText('Ảnh: "Dân vận khéo"  ở xã')
    panel = desk.proofing.lint_panel
    panel.lint_now()
    qtbot.waitUntil(lambda: panel.current, timeout=5_000)
    row = next(i for i, f in enumerate(panel.findings) if f.field == "caption")
    assert panel.list.topLevelItem(row).text(3) == "Picture caption"
    panel.jump_to(row)
    assert editor.details.isVisible()
    assert editor.caption_edit.hasSelectedText()


def test_the_title_and_sapo_are_spell_checked_too(qtbot, desk):
    desk.editor.title_edit.setText("Ngừơi dân hòan thành")
    desk.editor.sapo_edit.setPlainText("Sự cố xẩy ra")
    for edit, word in ((desk.editor.title_edit, "Ngừơi"), (desk.editor.sapo_edit, "xẩy")):
        assert _underlined(edit, word)
