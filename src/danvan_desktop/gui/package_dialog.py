"""What a portal package holds, for `danvan-desktop PACKAGE.zip` ("Open with" on Windows).

A publisher checks a package before carrying it to the portal: which articles,
who approved each, and whether the signature and every file hold. The package
is verified with this office's public key (the one that signed it, on the
publisher's PC); where that key is missing or the check fails, the dialog says
why and still lists what the manifest claims, marked as unverified. Reading
runs on the task pool: a package full of pictures takes a while to hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from danvan_desktop.errors import DanvanError
from danvan_desktop.gui.messages import error_text

PACKAGE_SUFFIX = ".zip"  # docs/portal-package.md: a package is one .zip file


@dataclass(frozen=True)
class PackageSummary:
    manifest: dict[str, Any]
    key_id: str | None  # set when the signature and every file were verified
    refusal: DanvanError | None  # why it could not be verified


def inspect_package(path: Path) -> PackageSummary:
    """Verify with this office's key; failing that, the manifest alone (unverified)."""
    from danvan_desktop import portal
    from danvan_desktop.portal import signing

    try:
        package = portal.read_package(path, signing.load_public_key())
    except DanvanError as refusal:
        return PackageSummary(portal.read_manifest(path), None, refusal)
    return PackageSummary(package.manifest, package.key_id, None)


class PackageDialog(QDialog):
    """objectName `packageDialog`; `packageStatus` says whether it was verified."""

    def __init__(self, path: Path, background, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.path = Path(path)
        self.setWindowTitle(self.tr("Portal package — %1").replace("%1", self.path.name))
        self.resize(820, 480)
        self.status = QLabel(self.tr("Checking the package…"), objectName="packageStatus")
        self.status.setWordWrap(True)
        self.details = QLabel(objectName="packageDetails")
        self.articles = QTreeWidget(objectName="packageArticles")
        self.articles.setRootIsDecorated(False)
        self.articles.setHeaderLabels(
            [self.tr("Title"), self.tr("Category"), self.tr("Author"), self.tr("Approved by")]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.details, self.articles, buttons):
            layout.addWidget(widget)
        background(lambda: inspect_package(self.path), self.show_summary, self.show_failure)

    def show_summary(self, summary: PackageSummary) -> None:
        if summary.key_id is not None:
            text = self.tr("Verified: signed with this office's key %1; every file checked.")
            self.status.setText(text.replace("%1", summary.key_id))
            self.status.setStyleSheet("color: #166534;")
        else:
            text = self.tr("Not verified: %1 The list below is only what the package claims.")
            self.status.setText(text.replace("%1", error_text(summary.refusal)))
            self.status.setStyleSheet("color: #b45309;")
        manifest = summary.manifest
        publisher = manifest["publisher"]
        details = self.tr("Made %1 by %2 · %3 article(s), %4 withdrawal(s)")
        for number, value in enumerate(
            (
                _local_time(manifest["created_at"]),
                publisher["display_name"] or publisher["username"],
                str(len(manifest["articles"])),
                str(len(manifest["withdrawals"])),
            ),
            start=1,
        ):
            details = details.replace(f"%{number}", value)
        self.details.setText(details)
        for article in manifest["articles"]:
            row = (article["title"], article["category"]["name"], article["author"])
            QTreeWidgetItem(self.articles, [*row, article["approver"]])
        header = self.articles.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_failure(self, error: BaseException) -> None:
        self.status.setText(
            self.tr("This file cannot be read as a portal package: %1").replace(
                "%1", error_text(error)
            )
        )
        self.status.setStyleSheet("color: #b91c1c;")


def _local_time(stamp: str) -> str:
    """The manifest's UTC time (ISO 8601, `Z`) as the office reads a clock."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%H:%M %d/%m/%Y")


def package_argument(arguments: list[str]) -> Path | None:
    """The package the desk was opened with (a file manager passes its path), if any."""
    for argument in arguments:
        if argument.lower().endswith(PACKAGE_SUFFIX) and Path(argument).is_file():
            return Path(argument)
    return None
