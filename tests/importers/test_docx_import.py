"""Word documents as the district offices send them → article fields, Markdown and pictures."""

from __future__ import annotations

import hashlib
from io import BytesIO

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, RGBColor

from danvan_desktop.importers.files import import_document
from danvan_desktop.rendering.markdown_html import render_body
from danvan_desktop.vietnamese.charsets import encode_tcvn3, encode_vni
from tests.importers.word_files import (
    add_footnotes,
    add_hyperlink,
    add_raw_runs,
    bmp,
    footnote_reference,
    new_document,
    png,
    save,
    set_list_level,
)

TITLE = "Đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận"
SAPO = "Xác định đúng vị trí, vai trò và tầm quan trọng của công tác dân vận."
PHOTO = png()
PHOTO_REF = f"media:{hashlib.sha256(PHOTO).hexdigest()}"


def _signature(document, name="Nguyễn Mạnh Khôi", position="Phó Trưởng ban TT Ban Dân vận"):
    for text in (name, position):
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = text == name
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _district_article() -> bytes:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph().add_run(SAPO).bold = True
    document.add_heading("Kết quả nổi bật", level=1)
    paragraph = document.add_paragraph("Văn bản có ")
    paragraph.add_run("in nghiêng").italic = True
    paragraph.add_run(" và ")
    paragraph.add_run("chữ đậm").bold = True
    paragraph.add_run(".")
    document.add_paragraph("Mục một", style="List Bullet")
    document.add_paragraph("Mục hai", style="List Bullet")
    document.add_paragraph("Bước một", style="List Number")
    document.add_paragraph("Bước hai", style="List Number")
    document.add_heading("Số liệu", level=2)
    table = document.add_table(rows=2, cols=2)
    cells = {(0, 0): "Năm", (0, 1): "Xã về đích", (1, 0): "2019", (1, 1): "226"}
    for (row, col), text in cells.items():
        table.cell(row, col).text = text
    document.add_picture(BytesIO(PHOTO))
    document.add_paragraph("Đ/c Trương Thị Mai tại lễ khánh thành ở Con Cuông", style="Caption")
    document.add_paragraph("Đoạn cuối của thân bài.")
    _signature(document)
    return save(document)


def test_a_district_article_becomes_fields_and_markdown() -> None:
    article = import_document(_district_article(), "bai-huyen.docx")
    assert article.title == TITLE
    assert article.sapo == SAPO
    assert article.author_name == "Nguyễn Mạnh Khôi"
    assert article.author_position == "Phó Trưởng ban TT Ban Dân vận"
    assert article.body_markdown == (
        "# Kết quả nổi bật\n\n"
        "Văn bản có *in nghiêng* và **chữ đậm**.\n\n"
        "- Mục một\n- Mục hai\n\n"
        "1. Bước một\n2. Bước hai\n\n"
        "## Số liệu\n\n"
        "| Năm | Xã về đích |\n| --- | --- |\n| 2019 | 226 |\n\n"
        f"![Đ/c Trương Thị Mai tại lễ khánh thành ở Con Cuông]({PHOTO_REF} "
        '"Đ/c Trương Thị Mai tại lễ khánh thành ở Con Cuông")\n\n'
        "Đoạn cuối của thân bài."
    )
    assert [(i.mime, i.data) for i in article.images] == [("image/png", PHOTO)]
    assert article.images[0].caption.startswith("Đ/c Trương Thị Mai")
    assert article.warnings == ()


def test_the_body_renders_as_the_portal_shows_it() -> None:
    html = render_body(import_document(_district_article(), "a.docx").body_markdown)
    assert "<h2>Kết quả nổi bật</h2>" in html
    assert '<figure class="image">' in html
    assert "<figcaption>Đ/c Trương Thị Mai tại lễ khánh thành ở Con Cuông</figcaption>" in html
    assert "<table>" in html and "<ol>" in html and "<ul>" in html


def test_a_caption_is_the_short_centred_or_italic_paragraph_under_a_picture() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    document.add_picture(BytesIO(PHOTO))
    caption = document.add_paragraph()
    caption.add_run("Ảnh: Hội nghị đối thoại tại Nam Đàn").italic = True
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("Thân bài.")
    article = import_document(save(document), "a.docx")
    assert article.images[0].caption == "Ảnh: Hội nghị đối thoại tại Nam Đàn"
    assert article.body_markdown.splitlines()[0].endswith('"Ảnh: Hội nghị đối thoại tại Nam Đàn")')
    assert "*Ảnh:" not in article.body_markdown


def test_a_picture_in_a_one_column_table_takes_the_text_under_it_as_caption() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].add_run().add_picture(BytesIO(PHOTO))
    table.cell(1, 0).text = "Người dân xã Nam Anh họp tổ tự quản"
    document.add_paragraph("Thân bài.")
    article = import_document(save(document), "a.docx")
    assert article.body_markdown == (
        f'![Người dân xã Nam Anh họp tổ tự quản]({PHOTO_REF} "Người dân xã Nam Anh họp tổ tự quản")'
        "\n\nThân bài."
    )


def test_legacy_font_runs_are_converted_and_h_fonts_are_capitals() -> None:
    document = new_document()
    title = document.add_paragraph()
    run = title.add_run(encode_tcvn3("đổi mới phương thức lãnh đạo"))
    run.font.name = ".VnTimeH"
    run.bold = True
    paragraph = document.add_paragraph()
    paragraph.add_run(encode_tcvn3("Người dân ")).font.name = ".VnTime"
    paragraph.add_run(encode_vni("tin tưởng vào Đảng")).font.name = "VNI-Times"
    paragraph.add_run(", như hôm nay.").font.name = "Times New Roman"
    styled = document.styles.add_style("ThanBaiCu", 1)
    styled.font.name = ".VnTime"
    legacy = encode_tcvn3("Đoạn văn dùng kiểu chữ .VnTime của kiểu đoạn.")
    document.add_paragraph(legacy, style=styled)
    article = import_document(save(document), "cu.docx")
    assert article.title == "ĐỔI MỚI PHƯƠNG THỨC LÃNH ĐẠO"
    assert article.sapo == "Người dân tin tưởng vào Đảng, như hôm nay."
    assert article.body_markdown == "Đoạn văn dùng kiểu chữ .VnTime của kiểu đoạn."
    assert any(".VnTime" in w and "VNI-Times" in w for w in article.warnings)


def test_links_are_kept_and_unsafe_ones_become_text() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    paragraph = document.add_paragraph("Xem ")
    add_hyperlink(paragraph, "https://nghean.dcs.vn/bai-viet?id=1", "Cổng thông tin")
    paragraph.add_run(" và ")
    add_hyperlink(paragraph, "javascript:alert(1)", "đây")
    paragraph.add_run(".")
    article = import_document(save(document), "a.docx")
    link = "[Cổng thông tin](https://nghean.dcs.vn/bai-viet?id=1)"
    assert article.body_markdown == f"Xem {link} và đây."


def test_footnotes_become_numbered_notes_after_the_body() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    paragraph = document.add_paragraph("Theo Nghị quyết số 25")
    add_raw_runs(paragraph, footnote_reference(7))
    paragraph.add_run(" và Quy chế dân chủ")
    add_raw_runs(paragraph, footnote_reference(3))
    paragraph.add_run(".")
    add_footnotes(document, {3: "Quy chế dân chủ ở cơ sở.", 7: "Nghị quyết 25-NQ/TW năm 2013."})
    article = import_document(save(document), "a.docx")
    assert article.body_markdown == (
        "Theo Nghị quyết số 25\\[1\\] và Quy chế dân chủ\\[2\\].\n\n"
        "\\[1\\] Nghị quyết 25-NQ/TW năm 2013.\n\n"
        "\\[2\\] Quy chế dân chủ ở cơ sở."
    )


def test_word_styling_junk_never_reaches_the_markdown() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Chữ   màu\u200b   đỏ\tcỡ\u00ad lớn\ufeff")
    run.font.color.rgb = RGBColor(255, 0, 0)
    run.font.size = Pt(20)
    run.font.highlight_color = 7
    hidden = paragraph.add_run(" ẩn đi")
    hidden.font.hidden = True
    add_raw_runs(
        paragraph,
        '<w:del w:id="1" w:author="A" w:date="2020-01-01T00:00:00Z"><w:r>'
        "<w:delText> đã xoá</w:delText></w:r></w:del>"
        '<w:ins w:id="2" w:author="A" w:date="2020-01-01T00:00:00Z"><w:r>'
        '<w:t xml:space="preserve"> đã thêm</w:t></w:r></w:ins>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t xml:space="preserve"> trang 3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>\uf0b7</w:t></w:r>'
        '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>'
        '<w:commentRangeStart w:id="0"/>',
    )
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("")
    document.add_paragraph("   ")
    article = import_document(save(document), "a.docx")
    assert article.body_markdown == "Chữ màu đỏ cỡ lớn đã thêm trang 3"


def test_title_from_the_first_heading_or_bold_line_else_the_file_name() -> None:
    document = new_document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(SAPO)
    document.add_paragraph("Thân bài.")
    assert import_document(save(document), "a.docx").title == TITLE

    document = new_document()
    document.add_paragraph().add_run(TITLE).bold = True
    document.add_paragraph(SAPO)
    assert import_document(save(document), "a.docx").title == TITLE

    document = new_document()
    document.add_paragraph(" ".join([SAPO] * 6))
    article = import_document(save(document), "bao_cao_thang_6.docx")
    assert article.title == "bao cao thang 6"
    assert article.warnings[0].startswith("title_from_file_name")


def test_signature_in_one_paragraph_with_a_line_break_and_a_source_line() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    document.add_paragraph("Thân bài.")
    signature = document.add_paragraph()
    signature.add_run("Bài và ảnh: Hồ Lài")
    signature.add_run().add_break()
    signature.add_run("Ban Dân vận Huyện ủy Nam Đàn")
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("(Nguồn: Báo Nghệ An)")
    article = import_document(save(document), "a.docx")
    assert article.author_name == "Hồ Lài"
    assert article.author_position == "Ban Dân vận Huyện ủy Nam Đàn"
    assert article.source == "Báo Nghệ An"
    assert article.body_markdown == "Thân bài."


def test_a_bold_name_at_the_end_is_the_signature() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    document.add_paragraph("Thân bài.")
    document.add_paragraph().add_run("Nguyễn Thị Hà").bold = True
    article = import_document(save(document), "a.docx")
    assert article.author_name == "Nguyễn Thị Hà"
    assert article.body_markdown == "Thân bài."


def test_nested_lists_keep_their_levels() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Một", style="List Number")
    set_list_level(document.add_paragraph("Ý nhỏ", style="List Number"), 1)
    document.add_paragraph("Hai", style="List Number")
    article = import_document(save(document), "a.docx")
    body = article.body_markdown
    assert body.splitlines()[0] == "1. Một"
    assert body.splitlines()[-1] == "2. Hai"
    html = render_body(body)
    assert html.count("<li>") == 3


def test_pictures_the_portal_cannot_show_are_left_out_with_a_warning() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_picture(BytesIO(bmp()))
    document.add_paragraph("Thân bài.")
    article = import_document(save(document), "a.docx")
    assert article.images == ()
    assert any(w.startswith("picture_format") for w in article.warnings)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("*chữ*", "*chữ*"),
        ("_chữ_", "_chữ_"),
        ("[chữ](x)", "[chữ](x)"),
        ("# chữ", "# chữ"),
        ("<b>chữ</b>", "&lt;b&gt;chữ&lt;/b&gt;"),
        ("1. chữ", "1. chữ"),
        ("`chữ`", "`chữ`"),
        ("&amp; chữ", "&amp;amp; chữ"),
    ],
)
def test_markdown_characters_typed_in_word_stay_text(typed: str, shown: str) -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    document.add_paragraph(typed)
    article = import_document(save(document), "a.docx")
    assert render_body(article.body_markdown) == f"<p>{shown}</p>"


_TEXT_BOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{box}'
    "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent>"
    "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_a_caption_in_a_text_box_under_the_picture_is_read_once() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    document.add_picture(BytesIO(PHOTO))
    box = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
        "<w:t>Lễ ra quân hưởng ứng phong trào Dân vận khéo</w:t></w:r></w:p>"
    )
    add_raw_runs(document.add_paragraph(), _TEXT_BOX.format(box=box))
    document.add_paragraph("Thân bài.")
    article = import_document(save(document), "a.docx")
    assert article.images[0].caption == "Lễ ra quân hưởng ứng phong trào Dân vận khéo"
    assert article.body_markdown.count("Lễ ra quân") == 2  # alt text and caption, once each
    assert article.body_markdown.endswith("\n\nThân bài.")


def test_legacy_text_without_a_legacy_font_name_is_recognised_by_its_content() -> None:
    document = new_document()
    document.add_paragraph(encode_tcvn3(TITLE), style="Title")
    document.add_paragraph(encode_tcvn3(SAPO))
    document.add_paragraph(encode_tcvn3("Người dân tin tưởng vào sự lãnh đạo của Đảng."))
    article = import_document(save(document), "cu.docx")
    assert article.title == TITLE
    assert article.sapo == SAPO
    assert article.body_markdown == "Người dân tin tưởng vào sự lãnh đạo của Đảng."
    assert any("TCVN3" in warning for warning in article.warnings)


def test_unicode_vietnamese_is_never_converted() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(SAPO)
    document.add_paragraph("Thân bài: “Dân vận khéo” – đồng thuận; § 3, ® và ¬ vẫn giữ nguyên.")
    article = import_document(save(document), "a.docx")
    assert (
        article.body_markdown
        == "Thân bài: “Dân vận khéo” – đồng thuận; § 3, ® và ¬ vẫn giữ nguyên."
    )
    assert article.warnings == ()


def test_a_lone_paragraph_stays_body_unless_it_is_a_bold_lead() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Một đoạn duy nhất của bản tin ngắn.")
    _signature(document)
    article = import_document(save(document), "a.docx")
    assert (article.sapo, article.body_markdown) == ("", "Một đoạn duy nhất của bản tin ngắn.")
    assert article.author_name == "Nguyễn Mạnh Khôi"

    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph().add_run(SAPO).bold = True
    _signature(document)
    article = import_document(save(document), "a.docx")
    assert (article.sapo, article.body_markdown) == (SAPO, "")


def test_a_picture_only_linked_to_a_file_outside_is_reported() -> None:
    document = new_document()
    document.add_paragraph(TITLE, style="Title")
    paragraph = document.add_paragraph("Thân bài.")
    rel_id = paragraph.part.relate_to("file:///C:/Anh/le-ra-quan.jpg", RT.IMAGE, is_external=True)
    add_raw_runs(
        paragraph,
        '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><wp:docPr id="1" name="Ảnh 1"/><a:graphic xmlns:a="http://'
        'schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><a:blip xmlns:r="http://'
        f'schemas.openxmlformats.org/officeDocument/2006/relationships" r:link="{rel_id}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
    )
    article = import_document(save(document), "a.docx")
    assert article.images == ()
    assert any(w.startswith("picture_linked") for w in article.warnings)
