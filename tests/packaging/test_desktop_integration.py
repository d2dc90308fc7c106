"""The Linux desktop entry and AppStream metadata validate, and every file names the same app id."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from danvan_desktop.config import APP_ID

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
ISS = ROOT / "packaging" / "windows" / "danvan.iss"


def test_one_app_id_everywhere(plan):
    assert plan.APP_ID == APP_ID
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == plan.EXECUTABLE
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == APP_ID
    assert f'#define AppId "{APP_ID}"' in ISS.read_text(encoding="utf-8")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_the_installer_takes_its_version_from_the_build():
    text = ISS.read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in text
    assert not re.search(r"\b\d+\.\d+\.\d+\b", text)  # no version written by hand
    assert "PrivilegesRequired=lowest" in text  # per user, no administrator


def test_install_script_is_valid_shell():
    subprocess.run(["sh", "-n", str(ROOT / "packaging" / "linux" / "install.sh")], check=True)
