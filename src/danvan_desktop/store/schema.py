"""Bring a database to the newest schema, backing a SQLite file up first.

`create_all` is never used outside tests: every schema change is an Alembic
revision in `store/migrations/versions/`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from danvan_desktop.store.backups import create_backup
from danvan_desktop.store.engine import sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, backup_dir: Path | None) -> Path | None:
    """Migrate to head; returns the backup made before migrating a SQLite file, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    database = sqlite_path(engine)
    if backup_dir is not None and database is not None and current is not None:
        backup = create_backup(database, backup_dir, reason=f"before-migration-{current}").path
    log.info("migrating %s from %s to %s", engine.url.render_as_string(), current, head_revision())
    config = _alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection if database is not None else None
        if raw is not None:
            # Batch migrations rebuild SQLite tables; with foreign keys on, dropping the
            # old table would cascade-delete every row that refers to it.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return backup
