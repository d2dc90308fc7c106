"""Help menu: the Vietnamese guide opens with its pictures; About shows the installed version."""

from __future__ import annotations

from importlib.metadata import version

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog

from danvan_desktop.gui.about_dialog import AboutDialog
from danvan_desktop.gui.help_menu import GuideDialog
from danvan_desktop.resource_files import guide_path


def test_the_help_menu_opens_the_guide_once(open_desk, qtbot):
    window = open_desk()
    titles = [menu.title() for menu in window.menuBar().findChildren(type(window.help_menu.menu))]
    assert "&Help" in titles
    assert window.help_menu.menu.actions()[-1] is window.help_menu.about_action
    window.help_menu.guide_action.trigger()
    guide = window.help_menu.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    text = guide.browser.toPlainText()
    first_heading = guide_path().read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
    assert first_heading in text and "Trợ giúp" in text
    window.help_menu.guide_action.trigger()
    assert window.help_menu.show_guide() is guide  # F1 again raises the same window
    guide.close()


def test_every_picture_of_the_guide_loads(qtbot):
    guide = GuideDialog()
    qtbot.addWidget(guide)
    html = guide.browser.toHtml()
    sources = [part.split('"')[0] for part in html.split('<img src="')[1:]]
    assert sources
    for source in sources:
        image = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(source))
        assert image is not None and not image.isNull(), source


def test_about_shows_the_version_from_the_package_metadata(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert version("danvan-desktop") in dialog.version_label.text()
    licences = dialog.licences.toPlainText()
    for needed in ("LGPL-3.0", "Chromium", "SQLAlchemy", "psycopg", "qtawesome", "TCVN3"):
        assert needed in licences
    assert isinstance(dialog, QDialog)
