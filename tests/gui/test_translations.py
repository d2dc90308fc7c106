"""The Vietnamese interface: complete catalogs, built from .ts at first use, switchable live."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

import danvan_desktop
from danvan_desktop.gui import i18n
from danvan_desktop.resource_files import resource_path

GUI_SOURCES = Path(i18n.__file__).parent


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DANVAN_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "translations"


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("catalog", ["danvan_vi.ts", "qtbase_vi.ts"])
def test_every_message_is_translated(catalog: str) -> None:
    messages = _messages(resource_path("translations", catalog))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext(
            "source"
        )
        text = "".join(translation.itertext()).strip()
        assert text, message.findtext("source")


def test_the_catalog_covers_every_string_in_the_source(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI_SOURCES.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(m.findtext("source"), m.get("numerus")) for m in _messages(fresh)}
    shipped = {
        (m.findtext("source"), m.get("numerus"))
        for m in _messages(resource_path("translations", "danvan_vi.ts"))
        if m.find("translation").get("type") != "vanished"
    }
    assert wanted <= shipped, sorted(s for s, _ in wanted - shipped)


def test_qm_is_built_once_into_the_cache_and_qt_buttons_speak_vietnamese(qapp, cache: Path):
    translators = i18n.install_translators(qapp, "vi")
    try:
        built = sorted(p.name for p in cache.iterdir())
        assert len(built) == 2 and all(name.endswith(".qm") for name in built)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert {b.text() for b in box.buttons()} == {"Đồng ý", "Hủy"}
        line = QLineEdit()
        menu = line.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert "&Sao chép" in texts and "Chọn tất cả" in texts
        again = i18n.install_translators(qapp, "vi")
        i18n.remove_translators(qapp, again)
        assert sorted(p.name for p in cache.iterdir()) == built  # not rebuilt
    finally:
        i18n.remove_translators(qapp, translators)


def test_switching_language_retranslates_the_open_window(qtbot, open_desk, cache: Path):
    window = open_desk()
    assert window._actions["save"].text() == "Save"
    translators = i18n.install_translators(QApplication.instance(), "vi")
    try:
        qtbot.waitUntil(lambda: window._actions["save"].text() == "Lưu")
        assert window._actions["submit"].text() == "Gửi duyệt"
        assert window.articles.search_box.placeholderText().startswith("Tìm theo tiêu đề")
    finally:
        i18n.remove_translators(QApplication.instance(), translators)
    qtbot.waitUntil(lambda: window._actions["save"].text() == "Save")


_RAISED_CODE = re.compile(
    r"\b(?:DanvanError|PermissionDenied|InvalidTransition|NotFound|InvalidInput|Conflict|"
    r"AuthenticationFailed|[A-Z]\w*Error)\(\s*\"([a-z][a-z0-9_]+)\""
)


def test_every_error_code_the_core_raises_has_a_sentence_in_the_desk():
    """The desk shows error codes as sentences; an unknown one would show English details."""
    from danvan_desktop.gui.messages import _error_texts

    package = Path(danvan_desktop.__file__).parent
    raised = {
        match[1]: path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if path.parent.name not in ("gui", "cli")
        for match in _RAISED_CODE.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(raised) > 50  # the pattern still finds them
    missing = {code: where for code, where in raised.items() if code not in _error_texts()}
    assert missing == {}


def test_english_says_one_word_and_six_words(qapp):
    from PySide6.QtCore import QCoreApplication

    translators = i18n.install_translators(qapp, "en")
    try:
        assert translators, "the English plural catalog did not load"
        words = [QCoreApplication.translate("DeskStatusBar", "%n word(s)", None, n) for n in (1, 6)]
        assert words == ["1 word", "6 words"]
    finally:
        i18n.remove_translators(qapp, translators)
