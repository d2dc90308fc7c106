"""Bring a database to the newest schema, backing a SQLite file up first.

`create_all` is never used outside tests: every schema change is an Alembic
revision in `store/migrations/versions/`.

Alembic (with Mako and Pygments behind it, about 11 MB and 60 modules) is
imported only when a database really needs migrating: an up-to-date store is
recognised by reading `alembic_version` and comparing it with `SCHEMA_HEAD`,
which a test keeps equal to the head of the migration scripts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from danvan_desktop.store.backups import create_backup
from danvan_desktop.store.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0003"  # the newest revision in migrations/versions/


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for an empty database), read without Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, backup_dir: Path | None) -> Path | None:
    """Migrate to head; returns the backup made before migrating a SQLite file, if any."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    backup = None
    database = sqlite_path(engine)
    if backup_dir is not None and database is not None and current is not None:
        backup = create_backup(database, backup_dir, reason=f"before-migration-{current}").path
    log.info("migrating %s from %s to %s", engine.url.render_as_string(), current, SCHEMA_HEAD)
    if database is None and current is not None:
        log.warning(
            "migrating the %s database %s from %s to %s without a backup: Danvan cannot back "
            "up a server database; run pg_dump before upgrading Danvan (README, Team mode)",
            engine.dialect.name,
            engine.url.render_as_string(),
            current,
            SCHEMA_HEAD,
        )
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
