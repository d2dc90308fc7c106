"""Help → About: the version, and the licence of everything that ships with the desk.

The version is the installed distribution's (importlib.metadata, fed by
pyproject.toml), so a support call can tell which build an office runs. The
licence list is here because the LGPL parts (Qt, psycopg, fpdf2) oblige us to
say they are inside and where their sources are; a bundle also carries the
licence files of its Python packages in `licenses/` (packaging/build.py).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from danvan_desktop.gui.identity import app_icon

QT_LGPL = "https://www.qt.io/licensing/open-source-lgpl-obligations"
QT_SOURCES = "https://download.qt.io/official_releases/qt/"
WEBENGINE_NOTICES = "https://doc.qt.io/qt-6/qtwebengine-licensing.html"


def app_version() -> str:
    # Imported here: importlib.metadata costs ~40 ms, too much to pay before the first paint.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("danvan-desktop")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"


class AboutDialog(QDialog):
    """objectName `aboutDialog`; the version label is `aboutVersion`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Danvan Desktop"))
        self.resize(680, 560)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        title = QLabel("<h2>Danvan Desktop</h2>")
        self.version_label = QLabel(objectName="aboutVersion")
        self.version_label.setText(self.tr("Version %1").replace("%1", app_version()))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        purpose = QLabel(
            self.tr(
                "The editorial workstation of the Ban Dân vận Tỉnh ủy Nghệ An portal: "
                "write, review and publish articles, also without a network."
            )
        )
        purpose.setWordWrap(True)
        heading = QVBoxLayout()
        for widget in (title, self.version_label, purpose):
            heading.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self.licences = QTextBrowser(objectName="aboutLicences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self.licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def components(self) -> list[tuple[str, str]]:
        """(what ships, its licence), in the order a reader looks for them."""
        return [
            ("Danvan Desktop", "GPL-3.0-or-later"),
            (f"Qt {qVersion()}, PySide6, Shiboken6", "LGPL-3.0-only"),
            (
                "Qt WebEngine (Chromium)",
                self.tr("LGPL-3.0-only; Chromium: BSD-3-Clause and the licences of its parts"),
            ),
            ("Python", "PSF-2.0"),
            ("SQLAlchemy, Alembic, Mako", "MIT"),
            ("Python-Markdown", "BSD-3-Clause"),
            ("Jinja2, MarkupSafe", "BSD-3-Clause"),
            ("nh3 (ammonia)", "MIT"),
            ("argon2-cffi, cffi", "MIT"),
            ("psycopg", "LGPL-3.0-only"),
            ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
            ("jsonschema, referencing, platformdirs", "MIT"),
            ("python-docx", "MIT"),
            ("lxml", "BSD-3-Clause"),
            ("fpdf2", "LGPL-3.0-only"),
            ("Pillow", "MIT-CMU"),
            ("fontTools", "MIT"),
            ("qtawesome", "MIT"),
            (
                self.tr("Icon fonts of qtawesome"),
                self.tr(
                    "Material Design Icons: Apache-2.0; Font Awesome: SIL OFL 1.1 (fonts) "
                    "and CC BY 4.0 (icons); Elusive Icons: SIL OFL 1.1; Codicons: CC BY 4.0"
                ),
            ),
            (
                self.tr("DejaVu Sans (subset, for the approval slip)"),
                self.tr("Bitstream Vera licence; the DejaVu changes are in the public domain"),
            ),
            (
                self.tr("Dictionaries: house words, acronyms, confusions, common syllables"),
                self.tr("Compiled for this project; GPL-3.0-or-later like the application"),
            ),
            (
                self.tr("TCVN3 and VNI conversion tables"),
                self.tr(
                    "Derived from glibc's iconv tables (LGPL-2.1-or-later) and checked "
                    "against Unikey's vnconv (GPL-2.0-or-later)"
                ),
            ),
        ]

    def licences_html(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(licence)}</td></tr>"
            for name, licence in self.components()
        )
        qt_note = (
            self.tr(
                "Qt is used under the GNU LGPL version 3: the Qt libraries are separate "
                "files in the installation folder and may be replaced with compatible "
                "versions. Their sources: %1. Obligations: %2."
            )
            .replace("%1", f'<a href="{QT_SOURCES}">{QT_SOURCES}</a>')
            .replace("%2", f'<a href="{QT_LGPL}">{QT_LGPL}</a>')
        )
        chromium_note = self.tr(
            "Qt WebEngine contains Chromium; the notices of Chromium's third-party parts: %1."
        ).replace("%1", f'<a href="{WEBENGINE_NOTICES}">{WEBENGINE_NOTICES}</a>')
        files_note = self.tr(
            "The full licence texts of the Python packages are in the “licenses” folder "
            "of the installation."
        )
        title = self.tr("Licences of the software that ships with the desk")
        component, licence = self.tr("Component"), self.tr("Licence")
        header = (
            f"<tr><th align='left'>{html.escape(component)}</th>"
            f"<th align='left'>{html.escape(licence)}</th></tr>"
        )
        return (
            f"<h3>{html.escape(title)}</h3>"
            f"<table cellpadding='3'>{header}{rows}</table>"
            f"<p>{qt_note}</p><p>{chromium_note}</p><p>{html.escape(files_note)}</p>"
        )
