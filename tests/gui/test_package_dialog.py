"""Opening a portal package with the desk: verified with the office key, or listed as unverified."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan_desktop.gui.package_dialog import PackageDialog, package_argument
from danvan_desktop.gui.tasks import TaskRunner
from danvan_desktop.portal import build_package, signing
from tests.portal.conftest import PASSPHRASE, sample_input


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    signing.generate_key(PASSPHRASE)
    path = tmp_path / "goi-tin-bai.zip"
    build_package(sample_input(), path, signing.load_signing_key(PASSPHRASE))
    return path


def _opened(qtbot, path: Path, runner: TaskRunner) -> PackageDialog:
    dialog = PackageDialog(path, runner.background)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.status.text().startswith("Checking"), timeout=10_000)
    return dialog


def test_a_package_signed_with_this_office_key_is_verified(qtbot, package, runner):
    dialog = _opened(qtbot, package, runner)
    assert dialog.status.text().startswith("Verified")
    assert dialog.articles.topLevelItemCount() == 2
    assert dialog.articles.topLevelItem(1).text(0) == "Tin số 1"
    assert dialog.articles.topLevelItem(1).text(3) == "duyet"  # who approved it
    assert "2 article(s)" in dialog.details.text()


def test_another_key_leaves_the_list_marked_unverified(qtbot, package, runner):
    signing.generate_key(PASSPHRASE, overwrite=True)
    dialog = _opened(qtbot, package, runner)
    assert dialog.status.text().startswith("Not verified")
    assert dialog.articles.topLevelItemCount() == 2


def test_a_file_that_is_no_package_says_so(qtbot, tmp_path, runner):
    fake = tmp_path / "khong-phai-goi.zip"
    fake.write_text("không phải tệp zip", encoding="utf-8")
    dialog = _opened(qtbot, fake, runner)
    assert dialog.status.text().startswith("This file cannot be read")
    assert dialog.articles.topLevelItemCount() == 0


def test_only_an_existing_zip_argument_is_a_package(package, tmp_path):
    assert package_argument(["--language", "vi", str(package)]) == package
    assert package_argument([str(tmp_path / "missing.zip"), "-platform", "offscreen"]) is None
