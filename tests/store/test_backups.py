"""Backups: checked copies, rotation, restore; a damaged database is named, never opened."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from danvan_desktop import config
from danvan_desktop.errors import DanvanError, InvalidInput
from danvan_desktop.services import backups, setup
from danvan_desktop.services.store import open_store
from danvan_desktop.store.backups import (
    create_backup,
    list_backups,
    quick_check,
    rotate_backups,
)
from danvan_desktop.store.location import network_share_reason
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = config.data_dir() / config.DATABASE_FILE
    store = open_store()
    setup.initialise(store, "admin", TEST_PASSWORD)
    store.close()
    return path


def _titles(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [r[0] for r in connection.execute("SELECT title FROM articles ORDER BY title")]


def test_first_open_of_an_existing_file_makes_an_automatic_backup(database: Path) -> None:
    assert list_backups(config.backups_dir()) == []  # a brand-new file has nothing to keep
    open_store().close()
    made = list_backups(config.backups_dir())
    assert [b.reason for b in made] == ["automatic"]
    assert quick_check(made[0].path) == "ok"
    open_store().close()
    assert len(list_backups(config.backups_dir())) == 1  # not again within a day


def test_restore_brings_back_the_old_content_and_keeps_the_replaced_file(
    database: Path,
) -> None:
    made = backups.backup_now()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE articles SET title = 'Đã bị sửa nhầm'")
    restored, safety = backups.restore(made.name)
    assert restored.name == made.name
    assert _titles(database)[0].startswith("Đổi mới phương thức")
    assert safety is not None and _titles(safety.path) == ["Đã bị sửa nhầm"]


def test_rotation_keeps_recent_and_weekly(tmp_path: Path) -> None:
    source = tmp_path / "x.sqlite3"
    sqlite3.connect(source).close()
    folder = tmp_path / "b"
    made = [create_backup(source, folder, reason="manual") for _ in range(10)]
    removed = rotate_backups(folder, now=datetime.now(UTC) + timedelta(hours=1))
    assert len(removed) == 3
    assert {b.name for b in list_backups(folder)} == {b.name for b in made[3:]}


def test_a_backup_and_a_restore_leave_only_the_backup_files(database: Path) -> None:
    open_store().close()  # the automatic backup of a WAL database
    made = backups.backup_now()
    backups.restore(made.name)
    backups.backup_now()
    names = sorted(p.name for p in config.backups_dir().iterdir())
    assert names == sorted(b.name for b in list_backups(config.backups_dir()))
    assert len(names) == 4  # automatic, manual, before-restore, manual: no -wal, -shm, .part


def test_rotation_cleans_old_leftovers_and_keeps_young_ones(tmp_path: Path) -> None:
    source = tmp_path / "x.sqlite3"
    sqlite3.connect(source).close()
    folder = tmp_path / "b"
    kept = create_backup(source, folder, reason="manual")
    old = [
        "danvan-20240101T000000000000Z-manual.part",
        "danvan-20240101T000000000000Z-manual.part-wal",
        "danvan-20240101T000000000000Z-manual.part-shm",
        "danvan-20240101T000000000000Z-gone.sqlite3-wal",
        "danvan-20240101T000000000000Z-gone.sqlite3-shm",
    ]
    young = ["danvan-20990101T000000000000Z-manual.part-wal"]  # a backup still being made
    not_strays = [kept.name + "-shm", "damaged-20240101T000000000000Z-danvan.sqlite3", "x.txt"]
    two_hours_ago = (datetime.now(UTC) - timedelta(hours=2)).timestamp()
    for name in old + young + not_strays:
        (folder / name).write_bytes(b"")
        if name not in young:
            os.utime(folder / name, (two_hours_ago, two_hours_ago))
    removed = rotate_backups(folder)
    assert sorted(p.name for p in removed) == sorted(old)
    assert sorted(p.name for p in folder.iterdir()) == sorted([kept.name, *young, *not_strays])


@pytest.mark.parametrize("damage", ["header", "page", "truncate"])
def test_a_damaged_database_is_refused_with_the_newest_backup(database: Path, damage: str) -> None:
    good = backups.backup_now()
    data = bytearray(database.read_bytes())
    if damage == "header":
        data[:16] = b"not a database!!"
    elif damage == "page":
        data[4096 * 2 : 4096 * 2 + 512] = b"\xff" * 512
    else:
        data = data[: len(data) // 3 + 100]
    database.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DanvanError) as refused:
        open_store()
    assert refused.value.code == "database_damaged"
    assert refused.value.params["backups"][0] == good.name
    backups.restore(None)  # --latest
    store = open_store()
    store.close()
    assert _titles(database)[0].startswith("Đổi mới phương thức")


def test_a_damaged_database_names_the_backup_a_restore_will_use(database: Path) -> None:
    good = backups.backup_now()
    newer = backups.backup_now()
    newer.path.write_bytes(b"not a database!!" + newer.path.read_bytes()[16:])
    database.write_bytes(b"not a database!!" + database.read_bytes()[16:])
    with pytest.raises(DanvanError) as refused:
        open_store()
    assert refused.value.params["restorable"] == good.name
    assert good.name in str(refused.value) and newer.name not in str(refused.value)
    restored, _safety = backups.restore(None)
    assert restored.name == good.name
    open_store().close()
    assert _titles(database)[0].startswith("Đổi mới phương thức")


def test_postgres_backups_are_explained_not_faked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_DATABASE_URL", "postgresql://x@127.0.0.1:1/db")
    with pytest.raises(InvalidInput) as refused:
        backups.backup_now()
    assert "pg_dump" in str(refused.value)


def test_network_paths_are_recognised() -> None:
    assert network_share_reason(Path("//server/share/danvan.sqlite3"))
    assert network_share_reason(Path("/tmp/danvan.sqlite3")) is None
