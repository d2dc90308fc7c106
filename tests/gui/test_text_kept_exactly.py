"""What the editor shows is what it saves: no-break spaces survive a load and a read-back."""

from __future__ import annotations

from danvan_desktop.gui.editor.article_editor import ArticleEditor
from danvan_desktop.services.dto import ArticleFields

NBSP = "\u00a0"


def test_no_break_spaces_survive_the_editor(qtbot) -> None:
    editor = ArticleEditor()
    qtbot.addWidget(editor)
    fields = ArticleFields(
        title=f"Tỉnh ủy{NBSP}Nghệ An",
        sapo=f"Đề xuất{NBSP}giúp cấp ủy.",
        body=f"Đoạn một có{NBSP}khoảng trắng cứng.\n\nĐoạn hai.",
        category_slug="",
    )
    editor.load(fields)
    read_back = editor.fields()
    assert read_back.title == fields.title
    assert read_back.sapo == fields.sapo
    assert read_back.body == fields.body


def test_applying_the_tone_style_keeps_no_break_spaces(qtbot) -> None:
    editor = ArticleEditor()
    qtbot.addWidget(editor)
    editor.load(ArticleFields(title="Bài", body=f"Hoà{NBSP}bình và thuỷ lợi.", category_slug=""))
    assert editor.apply_tone_style("traditional")
    assert editor.fields().body == f"Hòa{NBSP}bình và thủy lợi."
