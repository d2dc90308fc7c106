"""Print a PDF the core made (the approval slip) on a printer the user picks.

The core produces the document; Qt only puts its pages on paper, rendered at
the printer's resolution so the text stays sharp.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def load_pdf(data: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument over bytes in memory (its buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(data: bytes, parent: QWidget | None = None, title: str = "") -> bool:
    """Ask for a printer and print every page; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_to(printer, load_pdf(data, parent))
    return True


def render_to(printer: QPrinter, document: QPdfDocument) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target: QRect = painter.viewport()
            size = document.pagePointSize(page).toSize()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), document.render(page, size))
    finally:
        painter.end()
