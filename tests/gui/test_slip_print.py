"""Qt prints the slip the core made: every page reaches the printer, sharp and whole."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from danvan_desktop.review.slip_pdf import ApprovalSlip, render_slip

pytestmark = pytest.mark.gui


def test_the_slip_is_printed_page_for_page(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from danvan_desktop.gui.slip_print import load_pdf, render_to

    moment = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    slip = ApprovalSlip(
        site_name="Ban Dân vận Tỉnh ủy Nghệ An",
        article_id="0" * 36,
        category="Tin hoạt động",
        title="Diễn Hồng làm tốt đoàn kết lương – giáo",
        author_name="Nguyễn Văn A",
        author_position="Phóng viên",
        editor="Trần Thị Biên Tập",
        submitted_by="Trần Thị Biên Tập",
        submitted_at=moment,
        reviewer="Lê Văn Duyệt",
        approved_at=moment,
        revision_number=3,
        revision_hash="a" * 64,
        status="approved",
        publisher="",
        published_at=None,
        issued_by="Lê Văn Duyệt",
        issued_at=moment,
    )
    document = load_pdf(render_slip(slip))
    assert document.pageCount() == 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    render_to(printer, document)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 1
    assert round(float(printed.pages[0].mediabox.width)) == 595
