"""The Help menu: the Vietnamese user guide (F1) and the About dialog.

The main window builds one `HelpMenu` and forgets it, as it does `Proofing`.
The guide is the Markdown file of docs/ (one copy of the text, shipped in the
wheel and the bundle), rendered by the same `rendering` code as articles and
shown in a plain text browser: it opens instantly, needs no web engine and
no program associated with .md files, which office PCs rarely have.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QImageReader, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout

from danvan_desktop.resource_files import guide_path

PICTURE_WIDTH = 900  # wide screenshots shrink to this; small dialogs keep their own size
_IMG = re.compile(r'<img (?=[^>]*src="([^"]+)")')
_QT_BLOCKS = (
    ('<figure class="image">', "<div>"),
    ("</figure>", "</div>"),
    ("<figcaption>", '<p class="caption">'),
    ("</figcaption>", "</p>"),
    ("<table>", '<table border="1" cellspacing="0" cellpadding="4">'),
)


def guide_html() -> str:
    """The guide as sanitised HTML; pictures keep their paths relative to the guide."""
    from danvan_desktop.rendering import render_body

    folder = guide_path().parent

    def sized(match: re.Match[str]) -> str:
        natural = QImageReader(str(folder / match.group(1))).size().width()
        width = min(natural, PICTURE_WIDTH) if natural > 0 else PICTURE_WIDTH
        return f'<img width="{width}" '

    html = _IMG.sub(sized, render_body(guide_path().read_text(encoding="utf-8")))
    # Qt's rich text knows no <figure>: as a block it must be a <div>, or the picture
    # flows inline after the paragraph before it.
    for portal, qt in _QT_BLOCKS:
        html = html.replace(portal, qt)
    return html


class GuideDialog(QDialog):
    """objectName `guideDialog`; the text is in `guideBrowser`. Not modal: read while working."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(1000, 800)
        self.browser = QTextBrowser(objectName="guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_path().parent)])
        self.browser.document().setDefaultStyleSheet(
            "body { font-size: 11pt; } h1, h2 { color: #b3261e; } "
            ".caption { color: #555; font-style: italic; } th { background: #f3f0e8; }"
        )
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class HelpMenu(QObject):
    """Adds "Help" to the window's menu bar; the dialogs are kept so F1 twice shows one guide."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.guide: GuideDialog | None = None
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("helpMenu")
        self.guide_action = QAction(window, objectName="guideAction")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(window, objectName="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.guide_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User guide"))
        self.guide_action.setToolTip(self.tr("How to use Danvan Desktop, in Vietnamese (F1)"))
        self.about_action.setText(self.tr("About Danvan Desktop"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self._window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_about(self) -> None:
        from danvan_desktop.gui.about_dialog import AboutDialog  # not needed at start

        AboutDialog(self._window).exec()
