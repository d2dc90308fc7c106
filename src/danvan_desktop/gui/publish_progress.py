"""The Publish dialog's last two pages: a bar with Cancel, then what went out and where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.publish_list import READY_COLOUR
from danvan_desktop.gui.publish_pages import button_row, push_button


class ProgressPage(QWidget):
    """A bar and Cancel while the package is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(objectName="publishProgressText")
        self.bar = QProgressBar(objectName="publishProgress")
        self.cancel_button = push_button("publishCancel")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(button_row(self.cancel_button, stretch_before=True))
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def start(self, articles: int) -> None:
        self.bar.setRange(0, 0)  # busy until the first article is rendered
        self.cancel_button.setEnabled(True)
        self.label.setText(
            self.tr("Unlocking the key and reading %1 article(s)…").replace("%1", str(articles))
        )

    def show_progress(self, done: int, total: int) -> None:
        if not self.cancel_button.isEnabled():
            return  # stopping: keep saying so
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if done < total:
            text = self.tr("Writing the package: %1 of %2…")
            self.label.setText(text.replace("%1", str(done)).replace("%2", str(total)))
        else:
            self.label.setText(self.tr("Signing and saving the package…"))

    def show_stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling: nothing will be written…"))


class SummaryPage(QWidget):
    """What went out, where the file is, and the package id the portal will see."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(objectName="publishSummary")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(f"color: {READY_COLOUR}; font-size: 15px; font-weight: 600;")
        self.titles = QListWidget(objectName="publishSummaryList")
        self.titles.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.titles.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.path_label, self.id_label, self.size_label = QLabel(), QLabel(), QLabel()
        self.path = QLabel(objectName="publishPackagePath")
        self.package_id = QLabel(objectName="publishPackageId")
        self.size = QLabel(objectName="publishPackageSize")
        form = QFormLayout()
        for label, value in (
            (self.path_label, self.path),
            (self.id_label, self.package_id),
            (self.size_label, self.size),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        self.note = QLabel(objectName="publishNote")
        self.note.setWordWrap(True)
        self.open_folder_button = push_button("publishOpenFolder")
        self.close_button = push_button("publishDone", default=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.titles, 1)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(
            button_row(self.open_folder_button, self.close_button, stretch_before=True)
        )
        self._shown: tuple | None = None

    def retranslate_ui(self) -> None:
        self.path_label.setText(self.tr("Package:"))
        self.id_label.setText(self.tr("Package id:"))
        self.size_label.setText(self.tr("Size:"))
        self.note.setText(
            self.tr(
                "Carry this file to the portal; it checks the signature before using anything "
                "in it. The articles are now marked as published on this desk."
            )
        )
        self.open_folder_button.setText(self.tr("Open folder"))
        self.close_button.setText(self.tr("Close"))
        if self._shown is not None:
            self.show_result(*self._shown)

    def show_result(self, result, titles: dict[str, str]) -> None:
        """`titles` names the articles by id, as the publisher chose them."""
        self._shown = (result, titles)
        report = result.report
        sent = [*result.published_ids, *result.resent_ids]
        parts = []
        if sent or not result.withdrawn_ids:
            parts.append(self.tr("Published %1 article(s).").replace("%1", str(len(sent))))
        if result.withdrawn_ids:
            withdrew = self.tr("Withdrew %1 article(s).")
            parts.append(withdrew.replace("%1", str(len(result.withdrawn_ids))))
        self.headline.setText(" ".join(parts))
        self.titles.clear()
        for article_id in sent:
            self.titles.addItem(titles.get(article_id, article_id))
        for article_id in result.withdrawn_ids:
            text = self.tr("Withdrawn: %1").replace("%1", titles.get(article_id, article_id))
            self.titles.addItem(text)
        self.titles.setVisible(self.titles.count() > 0)
        self.path.setText(str(report.path))
        self.package_id.setText(report.package_id)
        size = self.tr("%1 KB, %2 file(s)")
        self.size.setText(
            size.replace("%1", f"{max(report.size / 1024, 1):,.0f}").replace(
                "%2", str(report.files)
            )
        )
