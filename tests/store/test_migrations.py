"""Migrations from an empty database on both backends; the backup before a migration."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from danvan_desktop.store.backups import create_backup
from danvan_desktop.store.engine import make_engine
from danvan_desktop.store.schema import (
    SCHEMA_HEAD,
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


def test_the_schema_head_constant_is_the_head_of_the_migration_scripts() -> None:
    assert head_revision() == SCHEMA_HEAD


_OPEN_WITHOUT_ALEMBIC = """
import sys
from danvan_desktop.services.store import open_store
store = open_store(sys.argv[1])
print(store.info().schema_revision, "alembic" in sys.modules)
"""


def test_an_up_to_date_store_opens_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    engine = make_engine(url)
    upgrade_to_head(engine, None)
    engine.dispose()
    opened = subprocess.run(
        [sys.executable, "-c", _OPEN_WITHOUT_ALEMBIC, url],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert opened.stdout.split() == [SCHEMA_HEAD, "False"]


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


def test_upgrading_a_0001_database_keeps_every_row(database_url: str, tmp_path: Path) -> None:
    """Rebuilding `articles` (batch mode) must not cascade-delete revisions and comments."""
    from alembic import command

    from danvan_desktop.services import articles as article_service
    from danvan_desktop.services.store import Store
    from danvan_desktop.store.engine import session_factory
    from danvan_desktop.store.schema import _alembic_config

    engine = make_engine(database_url)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        for statement in (
            "INSERT INTO users (id, username, display_name, password_hash, active, "
            "failed_logins, created_at) VALUES (1, 'bientap', 'B', 'x', true, 0, '2026-01-01')",
            "INSERT INTO categories (id, name, slug, position, created_at) "
            "VALUES (1, 'Tin hoạt động', 'tin-hoat-dong', 1, '2026-01-01')",
            "INSERT INTO articles (id, title, title_sort_key, slug, sapo, body, author_name, "
            "author_sort_key, author_position, source, category_id, tags, feature_caption, "
            "search_text, status, created_at, updated_at, created_by, last_edited_by, "
            "current_hash, version) VALUES ('a1', 'Dân vận khéo ở Nam Đàn', 'k', 'dan-van', "
            "'Tóm tắt', 'Nội dung về Đảng', '', '', '', '', 1, '[]', '', 'x', 'draft', "
            "'2026-01-01', '2026-01-01', 1, 1, 'h', 1)",
            "INSERT INTO revisions (article_id, number, content_hash, fields, kind, status, "
            "author_id, created_at) VALUES ('a1', 1, 'h', '{}', 'created', 'draft', 1, "
            "'2026-01-01')",
            "INSERT INTO comments (article_id, revision_hash, author_id, body, anchor_text, "
            "resolved, created_at) VALUES ('a1', 'h', 1, 'Góp ý', '', false, '2026-01-01')",
        ):
            connection.exec_driver_sql(statement)
    backup = upgrade_to_head(engine, tmp_path / "backups")
    assert (backup is not None) == database_url.startswith("sqlite")  # copied before migrating
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM revisions").scalar() == 1
        assert connection.exec_driver_sql("SELECT count(*) FROM comments").scalar() == 1
    store = Store(engine, session_factory(engine))
    found = article_service.list_articles(store, query="dang")
    assert [row.id for row in found.rows] == ["a1"]  # the body was indexed on the way
    engine.dispose()
