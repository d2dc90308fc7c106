"""Settings' "Check the connection": a trial of the typed address, off the UI thread, in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan_desktop.errors import DanvanError
from danvan_desktop.gui.messages import error_text
from danvan_desktop.gui.settings_dialog import SettingsDialog
from danvan_desktop.services.diagnostics import check_database_url
from danvan_desktop.settings import AppSettings


def _check(qtbot, url: str) -> str:
    dialog = SettingsDialog(AppSettings(database_url=url))
    qtbot.addWidget(dialog)
    check = dialog.connection_check
    check.button.click()
    assert check.running  # the dialog answers while the check runs
    qtbot.waitUntil(lambda: not check.running, timeout=20_000)
    return check.result.text()


def test_a_good_database_is_reported_connected(qtbot, desk_store):
    url = desk_store.store.engine.url.render_as_string(hide_password=False)
    text = _check(qtbot, url)
    assert text.startswith("Connected to SQLite at ")
    assert "Everything the desk relies on is in order." in text


def test_a_missing_file_is_named_and_not_created(qtbot, tmp_path: Path):
    missing = tmp_path / "gõ-nhầm" / "danvan.sqlite3"
    text = _check(qtbot, f"sqlite:///{missing}")
    assert text == f"There is no database file at {missing}."
    assert not missing.parent.exists()


def test_an_unreachable_server_and_a_bad_address_say_what_to_do(qtbot):
    text = _check(qtbot, "postgresql://danvan@127.0.0.1:1/danvan")
    with pytest.raises(DanvanError) as refused:
        check_database_url("postgresql://danvan@127.0.0.1:1/danvan")
    assert refused.value.code == "database_unavailable"
    assert text == error_text(refused.value)
    with pytest.raises(DanvanError) as invalid:
        check_database_url("không phải địa chỉ")
    assert invalid.value.code == "database_url_invalid"
    assert _check(qtbot, "không phải địa chỉ") == error_text(invalid.value)


def test_a_team_database_reports_its_server(qtbot, postgres_url):
    from danvan_desktop.services.store import open_store

    open_store(postgres_url).close()  # migrated, as `danvan init` leaves it
    text = _check(qtbot, postgres_url)
    assert text.startswith("Connected to PostgreSQL at ")
