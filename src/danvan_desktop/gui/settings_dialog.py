"""Settings: interface language, house tone-mark style, autosave delay, database, site.

Stored with `danvan_desktop.settings` (plain JSON an admin can read), shared
with the CLI and the exporter. The language applies at once; a new database
address applies at the next start.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from danvan_desktop.gui.connection_check import ConnectionCheck
from danvan_desktop.settings import AppSettings

# Labelled by example, never "old" or "new": both styles are correct Vietnamese.
TONE_EXAMPLES = {"traditional": "hòa, thủy, khỏe", "reformed": "hoà, thuỷ, khoẻ"}
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None, *, may_manage: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._settings = settings
        self.language = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.tone_style = QComboBox(objectName="toneStyleCombo")
        for code, example in TONE_EXAMPLES.items():
            self.tone_style.addItem(example, code)
        self.tone_style.setCurrentIndex(self.tone_style.findData(settings.tone_style))
        self.autosave = QDoubleSpinBox(objectName="autosaveSeconds")
        self.autosave.setRange(0.5, 60)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.database = QLineEdit(settings.database_url, objectName="databaseUrl")
        self.database.setPlaceholderText(self.tr("Empty: the database on this computer"))
        self.connection_check = ConnectionCheck(self.database.text)
        self.site_name = QLineEdit(settings.site_name, objectName="siteName")
        self.banner = QLineEdit(settings.banner_text, objectName="bannerText")
        note = QLabel(
            self.tr(
                "Team mode: a PostgreSQL address such as "
                "postgresql://user@server/danvan. It applies at the next start."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("House tone-mark style:"), self.tone_style)
        form.addRow(self.tr("Keep a draft after a pause of:"), self.autosave)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow("", self.connection_check)
        form.addRow("", note)
        form.addRow(self.tr("Site name:"), self.site_name)
        form.addRow(self.tr("Banner:"), self.banner)
        if not may_manage:  # the office's settings: an administrator's to change
            reason = self.tr("Only an administrator changes the database and the site")
            for field in (self.database, self.site_name, self.banner):
                field.setEnabled(False)
                field.setToolTip(reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def result_settings(self) -> AppSettings:
        return replace(
            self._settings,
            language=self.language.currentData(),
            tone_style=self.tone_style.currentData(),
            autosave_seconds=float(self.autosave.value()),
            database_url=self.database.text().strip(),
            site_name=self.site_name.text().strip() or self._settings.site_name,
            banner_text=self.banner.text().strip() or self._settings.banner_text,
        ).validated()
