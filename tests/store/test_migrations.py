"""Migrations from an empty database on both backends; the backup before a migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from danvan_desktop.store.backups import create_backup
from danvan_desktop.store.engine import make_engine
from danvan_desktop.store.schema import (
    current_revision,
    head_revision,
    upgrade_to_head,
)

TABLES = {
    "users",
    "user_roles",
    "categories",
    "articles",
    "revisions",
    "comments",
    "media",
    "audit_events",
    "publish_records",
    "working_copies",
    "alembic_version",
}


def test_empty_database_migrates_to_head(database_url: str, tmp_path: Path) -> None:
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) is None
        backup = upgrade_to_head(engine, tmp_path / "backups")
        assert backup is None  # nothing to lose in an empty database
        assert current_revision(engine) == head_revision()
        assert set(inspect(engine).get_table_names()) >= TABLES
        assert upgrade_to_head(engine, tmp_path / "backups") is None  # idempotent
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_backup_is_a_checked_consistent_copy(tmp_path: Path) -> None:
    """The copy `upgrade_to_head` makes before migrating an existing SQLite file."""
    database = tmp_path / "office.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    upgrade_to_head(engine, None)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO categories (name, slug, position, created_at) "
            "VALUES ('Tin hoạt động', 'tin-hoat-dong', 1, '2026-11-26 00:00:00')"
        )
    backup = create_backup(database, tmp_path / "backups", reason="before-migration-0001").path
    engine.dispose()
    assert backup.parent == tmp_path / "backups"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert copy.execute("SELECT name FROM categories").fetchall() == [("Tin hoạt động",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
