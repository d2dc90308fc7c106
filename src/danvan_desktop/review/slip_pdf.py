"""The approval slip (phiếu duyệt tin bài) as an A4 PDF, from plain data.

The core writes the document and the desk only shows or prints it, so the slip a
reviewer signs is the same whether it came from the GUI or from `danvan article
slip`. The text is Vietnamese because the paper is; the fonts are embedded (a
DejaVu Sans subset ships in resources/fonts) so it prints the same on any PC.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fpdf import FPDF, FontFace
from fpdf.enums import Align, TableBordersLayout, XPos, YPos

from danvan_desktop.errors import DanvanError
from danvan_desktop.resource_files import resource_path

FONT_FAMILY = "SlipSans"
# System fonts with full Vietnamese glyphs, for an install whose resources lack ours.
_SYSTEM_FONTS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "arial.ttf"), "arialbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "Arial Bold.ttf"),
)
STATUS_WORDS = {
    "approved": "Đã duyệt",
    "published": "Đã xuất bản",
    "withdrawn": "Đã gỡ xuống",
}
SIGNERS = ("NGƯỜI BIÊN TẬP", "NGƯỜI DUYỆT", "NGƯỜI XUẤT BẢN")
LABEL_WIDTH = 45  # mm; leaves the 64-digit hash one line at 8 pt


@dataclass(frozen=True, slots=True)
class ApprovalSlip:
    """Everything the slip prints; names are display names, times are aware (any zone)."""

    site_name: str
    article_id: str
    category: str
    title: str
    author_name: str
    author_position: str
    editor: str
    submitted_by: str
    submitted_at: datetime | None
    reviewer: str
    approved_at: datetime
    revision_number: int
    revision_hash: str
    status: str
    publisher: str
    published_at: datetime | None
    issued_by: str
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class SlipFonts:
    regular: Path
    bold: Path


def vietnam_time(moment: datetime) -> datetime:
    return moment.astimezone(_vietnam_zone())


def format_vietnam_time(moment: datetime | None) -> str:
    """dd/mm/yyyy HH:MM in Vietnam time, as Vietnamese official papers write it."""
    return "" if moment is None else vietnam_time(moment).strftime("%d/%m/%Y %H:%M")


@cache
def _vietnam_zone() -> tzinfo:
    try:
        return ZoneInfo("Asia/Ho_Chi_Minh")
    except ZoneInfoNotFoundError:
        # Windows without the tzdata package; Vietnam has kept UTC+7 without DST since 1975.
        return timezone(timedelta(hours=7), "ICT")


def find_fonts() -> SlipFonts:
    """The bundled fonts, else a system font with Vietnamese glyphs, else a clear error."""
    bundled = SlipFonts(
        resource_path("fonts", "DejaVuSans.ttf"), resource_path("fonts", "DejaVuSans-Bold.ttf")
    )
    if bundled.regular.is_file() and bundled.bold.is_file():
        return bundled
    for regular_name, bold_name in _SYSTEM_FONTS:
        regular = Path(regular_name)
        if regular.is_file():
            bold = regular.with_name(bold_name)
            return SlipFonts(regular, bold if bold.is_file() else regular)
    raise DanvanError(
        "slip_font_missing",
        "no font with Vietnamese letters for the approval slip: reinstall Danvan Desktop "
        "(resources/fonts) or install DejaVu Sans",
    )


def render_slip(slip: ApprovalSlip, fonts: SlipFonts | None = None) -> bytes:
    """The slip as PDF bytes (one A4 page)."""
    fonts = fonts or find_fonts()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font(FONT_FAMILY, "", str(fonts.regular))
    pdf.add_font(FONT_FAMILY, "B", str(fonts.bold))
    pdf.set_title(f"Phiếu duyệt tin bài: {slip.title}")
    pdf.set_author(slip.site_name)
    pdf.set_creator("Danvan Desktop")
    pdf.set_lang("vi")
    pdf.set_creation_date(slip.issued_at)
    pdf.add_page()
    _header(pdf, slip)
    _facts(pdf, slip)
    _signatures(pdf, slip)
    _footer_note(pdf, slip)
    return bytes(pdf.output())


def _header(pdf: FPDF, slip: ApprovalSlip) -> None:
    half = pdf.epw / 2
    top = pdf.get_y()
    pdf.set_font(FONT_FAMILY, "B", 11)
    pdf.multi_cell(half - 5, 5.5, slip.site_name.upper(), align=Align.C)
    left_bottom = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half, top)
    pdf.cell(half, 5.5, "ĐẢNG CỘNG SẢN VIỆT NAM", align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FONT_FAMILY, "", 10)
    day = vietnam_time(slip.issued_at)
    pdf.cell(
        half,
        6,
        f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        align=Align.C,
    )
    pdf.set_y(max(left_bottom, pdf.get_y() + 6) + 8)
    pdf.set_font(FONT_FAMILY, "B", 16)
    pdf.cell(0, 9, "PHIẾU DUYỆT TIN BÀI", align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT_FAMILY, "", 9.5)
    pdf.cell(0, 5, f"Mã bài: {slip.article_id}", align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)


def _facts(pdf: FPDF, slip: ApprovalSlip) -> None:
    author = slip.author_name
    if slip.author_position:
        author = f"{author} — {slip.author_position}" if author else slip.author_position
    rows = [
        ("Chuyên mục", slip.category),
        ("Tiêu đề", slip.title),
        ("Tác giả", author or "(không ký tên)"),
        ("Người biên tập", slip.editor),
        ("Người gửi duyệt", slip.submitted_by),
        ("Thời gian gửi duyệt", format_vietnam_time(slip.submitted_at)),
        ("Người duyệt", slip.reviewer),
        ("Thời gian duyệt", format_vietnam_time(slip.approved_at)),
        ("Phiên bản duyệt", f"số {slip.revision_number}"),
        ("Mã phiên bản (SHA-256)", slip.revision_hash),
        ("Trạng thái", STATUS_WORDS.get(slip.status, slip.status)),
    ]
    if slip.publisher:
        rows.append(("Người xuất bản", slip.publisher))
        rows.append(("Thời gian xuất bản", format_vietnam_time(slip.published_at)))
    pdf.set_font(FONT_FAMILY, "", 10.5)
    label_style = FontFace(emphasis="BOLD")
    hash_style = FontFace(size_pt=8)
    with pdf.table(
        col_widths=(LABEL_WIDTH, pdf.epw - LABEL_WIDTH),
        text_align=(Align.L, Align.L),
        first_row_as_headings=False,
        borders_layout=TableBordersLayout.ALL,
        line_height=6.5,
        padding=(1.5, 2),
    ) as table:
        for label, value in rows:
            row = table.row()
            row.cell(label, style=label_style)
            row.cell(value, style=hash_style if label.startswith("Mã phiên bản") else None)
    pdf.ln(10)


def _signatures(pdf: FPDF, slip: ApprovalSlip) -> None:
    column = pdf.epw / len(SIGNERS)
    names = (slip.editor, slip.reviewer, slip.publisher)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    top = pdf.get_y()
    for index, (signer, name) in enumerate(zip(SIGNERS, names, strict=True)):
        x = pdf.l_margin + index * column
        pdf.set_xy(x, top)
        pdf.set_font(FONT_FAMILY, "B", 10.5)
        pdf.cell(column, 6, signer, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(FONT_FAMILY, "", 9)
        pdf.cell(column, 5, "(Ký, ghi rõ họ tên)", align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_xy(x, top + 38)
        pdf.set_font(FONT_FAMILY, "B", 10.5)
        pdf.multi_cell(column, 5.5, name, align=Align.C)
    pdf.set_y(top + 55)


def _footer_note(pdf: FPDF, slip: ApprovalSlip) -> None:
    pdf.set_font(FONT_FAMILY, "", 8.5)
    pdf.set_text_color(90)
    pdf.multi_cell(
        0,
        4.5,
        f"Phiếu lập bằng Danvan Desktop lúc {format_vietnam_time(slip.issued_at)} "
        f"theo yêu cầu của {slip.issued_by}. Mã phiên bản trên phiếu phải trùng với mã của "
        "bài trong gói xuất bản; bài sửa sau khi duyệt phải được duyệt lại.",
        align=Align.L,
    )
    pdf.set_text_color(0)
