"""Opening the store: the engine, the schema at head, and one unit of work per service call."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from danvan_desktop import config
from danvan_desktop.errors import DanvanError, NotFound
from danvan_desktop.services.database_errors import RECONNECT_AFTER, coded_database_error
from danvan_desktop.services.dto import StoreInfo
from danvan_desktop.store.backups import (
    create_backup,
    find_backup,
    list_backups,
    newest_backup_age,
    quick_check,
    rotate_backups,
)
from danvan_desktop.store.engine import make_engine, session_factory, sqlite_path, unit_of_work
from danvan_desktop.store.location import network_share_reason
from danvan_desktop.store.schema import current_revision, upgrade_to_head

AUTOMATIC_BACKUP_AGE = timedelta(days=1)
log = logging.getLogger(__name__)


@dataclass(eq=False)
class Store:
    """An open database: services take it as their first argument."""

    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction; a full disk, a read-only or locked file, or a lost server
        becomes a coded DanvanError (see services/database_errors.py)."""
        try:
            with unit_of_work(self.sessions) as session:
                yield session
        except DBAPIError as error:
            coded = coded_database_error(error)
            if coded is None:
                raise
            if coded.code in RECONNECT_AFTER:
                # A connection opened read-only, or on a lost disk or server, stays that way:
                # empty the pool so that the user's retry connects afresh.
                self.engine.dispose()
            log.warning("database failure (%s): %s", coded.code, error.orig)
            raise coded from error

    def info(self) -> StoreInfo:
        path = sqlite_path(self.engine)
        url = self.engine.url
        if path is not None:
            location = str(path)
        else:
            location = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
        warnings = {}
        if path is not None and (reason := network_share_reason(path)):
            warnings["network_share"] = reason
        return StoreInfo(
            backend=self.engine.dialect.name,
            location=location,
            schema_revision=current_revision(self.engine),
            extra=warnings,
        )

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Store:
    """Open (and by default migrate) the database named by `url`, the environment or the default.

    A SQLite file is checked first (a damaged one raises `database_damaged`, naming in
    `restorable` the newest backup that passes its check: the one a restore would use)
    and backed up when the last backup is older than a day. With `create=False` a
    database that does not exist or was never initialised raises `no_database`
    instead of being made (the CLI's commands other than `init`: a mistyped path
    must not quietly become a new, empty office).
    """
    resolved = config.database_url(url)
    if not create:
        _require_existing(resolved)
    try:
        engine = make_engine(resolved)
        database = sqlite_path(engine)
        if database is not None:
            _check_and_back_up(database)
        if not create and current_revision(engine) is None:
            engine.dispose()
            raise DanvanError("no_database", "the database is not initialised: run `danvan init`")
        if migrate:
            upgrade_to_head(engine, config.backups_dir() if database else None)
    except OperationalError as error:
        raise DanvanError(
            "database_unavailable", f"cannot open the database: {error.orig}"
        ) from error
    except DatabaseError as error:
        raise DanvanError("database_damaged", f"the database is damaged: {error.orig}") from error
    except (ValueError, ArgumentError) as error:  # ArgumentError: an unknown dialect
        raise DanvanError("database_url_invalid", f"invalid database URL: {error}") from error
    return Store(engine=engine, sessions=session_factory(engine))


def _require_existing(url: str) -> None:
    """A SQLite URL must name a file that exists (checked before anything creates it)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except ValueError as error:
        raise DanvanError("database_url_invalid", f"invalid database URL: {error}") from error
    file = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if file not in (None, "", ":memory:") and not Path(file).exists():
        raise DanvanError("no_database", f"there is no database at {file}: run `danvan init`")


def _check_and_back_up(database: Path) -> None:
    if not database.exists() or database.stat().st_size == 0:
        return
    result = quick_check(database)
    if result != "ok":
        backups = [b.name for b in list_backups(config.backups_dir())]
        try:  # the one `danvan backup restore --latest` and the desk's rescue will restore
            restorable: str | None = find_backup(config.backups_dir(), None).name
        except NotFound:
            restorable = None
        newest = f"; newest good backup: {restorable}" if restorable else "; no usable backup"
        raise DanvanError(
            "database_damaged",
            f"the database {database} is damaged ({result}){newest}",
            path=str(database),
            backups=backups,
            restorable=restorable,
        )
    age = newest_backup_age(config.backups_dir())
    if age is None or age > AUTOMATIC_BACKUP_AGE:
        create_backup(database, config.backups_dir(), reason="automatic")
        rotate_backups(config.backups_dir())
