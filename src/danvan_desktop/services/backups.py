"""Backup and restore of the SQLite store, for the desk's menu and `danvan backup`.

PostgreSQL (team mode) is backed up by the server's own tools; these functions say so
rather than pretend (`pg_dump -Fc`, see README "Team mode").
"""

from __future__ import annotations

from pathlib import Path

from danvan_desktop import config
from danvan_desktop.errors import DanvanError, InvalidInput
from danvan_desktop.services.store import Store, open_store
from danvan_desktop.store.backups import (
    BackupInfo,
    create_backup,
    find_backup,
    list_backups,
    restore_backup,
    rotate_backups,
)
from danvan_desktop.store.engine import make_engine, sqlite_path

PG_DUMP_HINT = (
    "team mode keeps its data on the PostgreSQL server: back it up there with "
    "`pg_dump -Fc -f danvan.dump DATABASE` and restore with `pg_restore -d DATABASE danvan.dump`"
)


def database_file(url: str | None = None) -> Path:
    """The SQLite file behind `url` (or the configured database); refused for PostgreSQL."""
    engine = make_engine(config.database_url(url))
    try:
        path = sqlite_path(engine)
    finally:
        engine.dispose()
    if path is None:
        raise InvalidInput("backup_needs_sqlite", PG_DUMP_HINT)
    return path


def backup_now(url: str | None = None, reason: str = "manual") -> BackupInfo:
    path = database_file(url)
    if not path.exists():
        raise DanvanError("no_database", f"there is no database at {path} yet (run `danvan init`)")
    backup = create_backup(path, config.backups_dir(), reason=reason)
    rotate_backups(config.backups_dir())
    return backup


def backups(url: str | None = None) -> list[BackupInfo]:
    """The SQLite backups, newest first; refused for PostgreSQL like backing up and restoring,
    rather than listing local files that have nothing to do with the team database."""
    database_file(url)
    return list_backups(config.backups_dir())


def restore(name: str | None, url: str | None = None) -> tuple[BackupInfo, BackupInfo | None]:
    """Restore the named backup (None: the newest good one).

    Other desks may keep the store open: a healthy file is restored in place under
    SQLite's lock (see store/backups.py), so their next read sees the restored data and
    their next save is kept; `database_in_use` if one is mid-save for too long.

    Returns the restored backup and the safety copy made of the file it replaced.
    """
    path = database_file(url)
    chosen = find_backup(config.backups_dir(), name)
    safety = restore_backup(path, chosen, config.backups_dir())
    return chosen, safety


def store_url(store: Store) -> str:
    """The URL `store` was opened with, to open it again after a restore."""
    return store.engine.url.render_as_string(hide_password=False)


def backup_store(store: Store, reason: str = "manual") -> BackupInfo:
    """The desk's "Back up now": a checked copy of the open store's file."""
    return backup_now(store_url(store), reason)


def restore_store(store: Store, name: str | None) -> tuple[Store, BackupInfo, BackupInfo | None]:
    """Close `store`, put backup `name` (None: the newest good one) in place, and reopen.

    Returns the reopened (checked, migrated) store, the restored backup and the
    safety copy of the replaced file. A failed restore leaves the file as it was,
    and `store` still works: closing only emptied its connection pool.
    """
    url = store_url(store)
    database_file(url)  # refuses PostgreSQL before anything is closed
    store.close()
    restored, safety = restore(name, url)
    return open_store(url), restored, safety
