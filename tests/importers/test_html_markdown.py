"""Pasted rich text → clean Markdown: structure kept, Word's and browsers' styling dropped."""

from __future__ import annotations

import unicodedata

from danvan_desktop.importers.html_markdown import html_to_markdown
from danvan_desktop.rendering import render_body

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="utf-8"><style>p.MsoNormal {mso-style-parent:"";}</style>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=VI style='tab-interval:36.0pt'>
<h1 style='mso-margin-top-alt:auto'><span style='font-family:"Times New Roman"'>Dân vận khéo
ở Quỳnh Lưu<o:p></o:p></span></h1>
<p class=MsoNormal style='text-align:justify'><b><span style='font-size:14.0pt'>Nghệ An</span></b>
<span style='font-size:14.0pt'> – phong trào <i>“Dân vận khéo”</i> lan tỏa.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt'>&nbsp;&nbsp;
</span></span><![endif]>Tổ tự quản<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;</span></span><![endif]>
Mô hình “4 cùng”<o:p></o:p></p>
<p class=MsoNormal><a href="https://dvnghean.vn/tin">Xem thêm</a><o:p>&nbsp;</o:p></p>
</body></html>"""


def test_word_html_keeps_structure_and_drops_styling() -> None:
    markdown = html_to_markdown(WORD_HTML)
    assert markdown.splitlines()[0] == "# Dân vận khéo ở Quỳnh Lưu"
    assert "**Nghệ An** – phong trào *“Dân vận khéo”* lan tỏa." in markdown
    assert "- Tổ tự quản\n- Mô hình “4 cùng”" in markdown
    assert "[Xem thêm](https://dvnghean.vn/tin)" in markdown
    for junk in ("mso", "font", "o:p", "Symbol", "·", "<", "WordDocument", "&nbsp;"):
        assert junk not in markdown


def test_word_numbered_list_items_are_numbered() -> None:
    html = """<p style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span>
    </span></span><![endif]>Một</p><p style='mso-list:l1 level1 lfo2'>
    <![if !supportLists]><span>2.</span><![endif]>Hai</p>"""
    assert html_to_markdown(html) == "1. Một\n2. Hai"


def test_browser_html_lists_links_and_styles() -> None:
    html = """<meta charset='utf-8'><div style="color:#333"><h2>Tiêu đề phụ</h2>
    <p><span style="font-weight:700">Đậm</span> và
    <span style="font-style:italic">nghiêng</span></p>
    <ul><li>Một<ul><li>Một rưỡi</li></ul></li><li>Hai</li></ul>
    <ol><li>Bước <a href="javascript:alert(1)">xấu</a></li><li>Bước hai</li></ol>
    <blockquote><p>Lời Bác dạy</p></blockquote><script>alert(1)</script></div>"""
    markdown = html_to_markdown(html)
    assert "## Tiêu đề phụ" in markdown
    assert "**Đậm** và *nghiêng*" in markdown
    assert "- Một\n    - Một rưỡi\n- Hai" in markdown
    assert "1. Bước xấu\n2. Bước hai" in markdown
    assert "> Lời Bác dạy" in markdown
    assert "javascript" not in markdown and "alert" not in markdown


def test_output_is_nfc_and_markdown_specials_in_text_are_escaped() -> None:
    decomposed = unicodedata.normalize("NFD", "<p>Tiếng Việt *không* phải [link]</p>")
    markdown = html_to_markdown(decomposed)
    assert unicodedata.is_normalized("NFC", markdown)
    assert markdown == r"Tiếng Việt \*không\* phải \[link\]"
    assert "<em>" not in render_body(markdown)


def test_tables_become_pipe_tables_that_render() -> None:
    html = (
        "<table><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Quỳnh Lưu</td><td>120</td></tr></table>"
    )
    markdown = html_to_markdown(html)
    assert markdown.splitlines()[0] == "| Xã | Số hộ |"
    assert "<td>Quỳnh Lưu</td>" in render_body(markdown)


def test_line_breaks_and_paragraph_starting_like_a_list() -> None:
    markdown = html_to_markdown("<p>Dòng một<br>Dòng hai</p><p>1. không phải danh sách</p>")
    assert markdown == "Dòng một  \nDòng hai\n\n1\\. không phải danh sách"
