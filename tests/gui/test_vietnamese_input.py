"""Vietnamese input in the editor: input-method sequences, NFC everywhere, rich paste → Markdown."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from danvan_desktop.gui.editor.find_bar import find_spans
from danvan_desktop.gui.editor.markdown_edit import MarkdownEdit
from tests.gui.conftest import commit_text, preedit_text

_hosts: list = []


def _editor(qtbot) -> tuple[MarkdownEdit, QLineEdit]:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    layout = QVBoxLayout(host)
    editor, other = MarkdownEdit(), QLineEdit()
    layout.addWidget(editor)
    layout.addWidget(other)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)  # input methods talk only to the focused widget
    editor.setProperty("host", host)  # keep the window alive while the test holds the editor
    _hosts.append(host)
    return editor, other


def test_telex_style_preedit_then_commit(qtbot) -> None:
    editor, _other = _editor(qtbot)
    for partial in ("V", "Vi", "Vie", "Viê", "Việ"):
        preedit_text(editor, partial)
        assert editor.toPlainText() == ""  # the preedit is not document text
    commit_text(editor, "Việt ")
    preedit_text(editor, "N")
    commit_text(editor, "Nam")
    assert editor.toPlainText() == "Việt Nam"


def test_focus_change_mid_word_when_the_input_method_commits(qtbot) -> None:
    editor, other = _editor(qtbot)
    commit_text(editor, "Dân ")
    preedit_text(editor, "vậ")
    commit_text(editor, "vậ")  # what IBus/Unikey do when Qt asks them to commit
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    commit_text(other, "n")
    assert editor.toPlainText() == "Dân vậ"
    assert other.text() == "n"


def test_focus_change_mid_word_when_the_input_method_does_not_commit(qtbot) -> None:
    editor, other = _editor(qtbot)
    commit_text(editor, "Dân ")
    preedit_text(editor, "vận")
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert editor.toPlainText() == "Dân vận"  # kept once, not lost
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    assert editor.toPlainText() == "Dân vận"  # and not doubled on the way back


def test_decomposed_commits_and_combining_keystrokes_become_nfc(qtbot) -> None:
    editor, _other = _editor(qtbot)
    commit_text(editor, unicodedata.normalize("NFD", "Nghệ An "))
    QApplication.sendEvent(
        editor, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.NoModifier, "e")
    )
    QApplication.sendEvent(
        editor, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.NoModifier, "\u0301")
    )
    text = editor.toPlainText()
    assert text == "Nghệ An é"
    assert unicodedata.is_normalized("NFC", text)


def test_pasting_word_html_gives_clean_markdown(qtbot) -> None:
    editor, _other = _editor(qtbot)
    mime = QMimeData()
    mime.setHtml(
        "<html><head><style>p{mso-style:x}</style></head><body>"
        "<h2 style='mso-x:1'>Kết quả</h2><p class=MsoNormal><b>Nghệ An</b> dẫn đầu"
        "<o:p></o:p></p><ul><li>Một</li><li><a href='https://dvnghean.vn'>Hai</a></li></ul>"
        "</body></html>"
    )
    mime.setText("Kết quả Nghệ An dẫn đầu Một Hai")
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == (
        "## Kết quả\n\n**Nghệ An** dẫn đầu\n\n- Một\n- [Hai](https://dvnghean.vn)"
    )


def test_pasting_plain_decomposed_text_is_nfc(qtbot) -> None:
    editor, _other = _editor(qtbot)
    mime = QMimeData()
    mime.setText(unicodedata.normalize("NFD", "Tỉnh ủy\r\nNghệ An"))
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "Tỉnh ủy\nNghệ An"


def test_formatting_commands_edit_the_markdown(qtbot) -> None:
    editor, _other = _editor(qtbot)
    commit_text(editor, "Dân vận khéo")
    editor.selectAll()
    editor.toggle_wrap("**", "x")
    assert editor.toPlainText() == "**Dân vận khéo**"
    editor.selectAll()
    editor.toggle_wrap("**", "x")
    editor.set_heading(2)
    assert editor.toPlainText() == "## Dân vận khéo"
    editor.set_line_prefix(lambda n: f"{n}. ", r"^\s*\d+[.)]\s")
    assert editor.toPlainText() == "1. Dân vận khéo"
    editor.undo()
    assert editor.toPlainText() == "## Dân vận khéo"


def test_find_ignoring_diacritics_maps_back_to_exact_positions() -> None:
    text = "Công tác Dân vận của Đảng; dân vận khéo."
    spans = find_spans(text, "dan van", ignore_marks=True, match_case=False)
    assert [text[s:e] for s, e in spans] == ["Dân vận", "dân vận"]
    assert [text[s:e] for s, e in find_spans(text, "dang", ignore_marks=True, match_case=False)]
    assert find_spans(text, "dan van", ignore_marks=False, match_case=False) == []
    exact = find_spans(text, "Dân", ignore_marks=False, match_case=True)
    assert [text[s:e] for s, e in exact] == ["Dân"]


def test_find_bar_replaces_all_ignoring_diacritics(qtbot) -> None:
    from danvan_desktop.gui.editor.find_bar import FindBar

    editor, _other = _editor(qtbot)
    editor.set_markdown("Dan van, dân vận và DÂN VẬN.")
    bar = FindBar(editor)
    qtbot.addWidget(bar)
    bar.find_edit.setText("dan van")
    bar.replace_edit.setText("dân vận")
    assert bar.replace_all() == 3
    assert editor.toPlainText() == "dân vận, dân vận và dân vận."


def test_house_tone_mark_style_rewrites_the_article(qtbot) -> None:
    from danvan_desktop.gui.editor.article_editor import ArticleEditor
    from danvan_desktop.services.dto import ArticleFields

    editor = ArticleEditor()
    qtbot.addWidget(editor)
    editor.load(ArticleFields(title="Hoà thuận", sapo="Khoẻ mạnh", body="Thuỷ lợi và hoà bình."))
    assert editor.apply_tone_style("traditional")
    fields = editor.fields()
    assert (fields.title, fields.sapo, fields.body) == (
        "Hòa thuận",
        "Khỏe mạnh",
        "Thủy lợi và hòa bình.",
    )
    editor.body.undo()
    assert editor.body.toPlainText() == "Thuỷ lợi và hoà bình."


def test_leaving_the_window_mid_word_leaves_the_word_to_the_input_method(qtbot) -> None:
    from PySide6.QtGui import QFocusEvent

    editor, _other = _editor(qtbot)
    commit_text(editor, "Dân ")
    preedit_text(editor, "vậ")
    out = QFocusEvent(QFocusEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.sendEvent(editor, out)
    assert editor.toPlainText() == "Dân "  # not committed by us…
    commit_text(editor, "vận")  # …the input method finishes it when the window is back
    assert editor.toPlainText() == "Dân vận"


def _text(field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _clear(field) -> None:
    if isinstance(field, QLineEdit):
        field.setText("")
    else:
        field.setPlainText("")


def test_every_field_of_the_editor_keeps_a_word_composed_when_focus_moves(
    qtbot, open_desk, desk_store
) -> None:
    """Title, sapo and the signature lines behave as the body does."""
    window = open_desk(desk_store.editor)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    editor = window.editor
    fields = [editor.title_edit, editor.sapo_edit, editor.author_edit, editor.caption_edit]
    editor.details_toggle.setChecked(True)
    for field in fields:
        _clear(field)
    for field, following in zip(fields, [*fields[1:], editor.body], strict=True):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        commit_text(field, "Dân ")
        preedit_text(field, "vận")
        following.setFocus()  # the input method never committed "vận"
        qtbot.waitUntil(following.hasFocus)
        assert _text(field) == "Dân vận", field.objectName()


def test_a_mark_committed_alone_is_composed_with_its_letter_in_every_field(
    qtbot, open_desk, desk_store
) -> None:
    window = open_desk(desk_store.editor)
    qtbot.waitUntil(lambda: window.editing.current is not None, timeout=10_000)
    editor = window.editor
    editor.details_toggle.setChecked(True)
    for field in (editor.body, editor.title_edit, editor.sapo_edit, editor.author_edit):
        _clear(field)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        commit_text(field, "Nghe")
        commit_text(field, "\u0302\u0323")  # old VNI-style input: the marks after the letter
        assert _text(field) == "Nghệ", field.objectName()


def _format_editor(qtbot):
    from danvan_desktop.gui.editor.article_editor import ArticleEditor

    editor = ArticleEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 600)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    return editor


def _line(editor, text: str) -> None:
    editor.body.set_markdown("")
    commit_text(editor.body, text)
    editor.body.selectAll()


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("Ctrl+I", "*Dân vận khéo*"),
        ("Ctrl+B", "**Dân vận khéo**"),
        ("Ctrl+2", "## Dân vận khéo"),
        ("Ctrl+3", "### Dân vận khéo"),
        ("Ctrl+Shift+8", "- Dân vận khéo"),
        ("Ctrl+Shift+7", "1. Dân vận khéo"),
        ("Ctrl+Shift+9", "> Dân vận khéo"),
        ("Ctrl+Alt+R", "Dân vận khéo\n\n---\n"),  # a rule on a line of its own
    ],
)
def test_every_formatting_shortcut_edits_the_markdown(qtbot, keys: str, expected: str) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    editor = _format_editor(qtbot)
    _line(editor, "Dân vận khéo")
    sequence = QKeySequence(keys)[0]
    QTest.keyClick(editor.body, sequence.key(), sequence.keyboardModifiers())
    assert editor.body.toPlainText() == expected
    editor.body.undo()  # each command is one undo step
    assert editor.body.toPlainText() == "Dân vận khéo"
    editor.body.redo()
    assert editor.body.toPlainText() == expected


def test_link_and_table_commands(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    editor = _format_editor(qtbot)
    _line(editor, "Cổng thông tin")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("https://dvnghean.vn", True))
    editor._actions["link"].trigger()
    assert editor.body.toPlainText() == "[Cổng thông tin](https://dvnghean.vn)"
    editor.body.set_markdown("")
    editor._actions["table"].trigger()
    assert editor.body.toPlainText().startswith("| Column 1 | Column 2 |\n| --- | --- |")
    assert editor.body.textCursor().selectedText() == "Column 1"  # ready to type over
