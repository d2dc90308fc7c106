"""Opening the store: the engine, the schema at head, and one unit of work per service call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from danvan_desktop import config
from danvan_desktop.errors import DanvanError
from danvan_desktop.services.dto import StoreInfo
from danvan_desktop.store.engine import make_engine, session_factory, sqlite_path, unit_of_work
from danvan_desktop.store.schema import current_revision, upgrade_to_head


@dataclass(eq=False)
class Store:
    """An open database: services take it as their first argument."""

    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def unit(self) -> Iterator[Session]:
        with unit_of_work(self.sessions) as session:
            yield session

    def info(self) -> StoreInfo:
        path = sqlite_path(self.engine)
        url = self.engine.url
        if path is not None:
            location = str(path)
        else:
            location = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
        return StoreInfo(
            backend=self.engine.dialect.name,
            location=location,
            schema_revision=current_revision(self.engine),
        )

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the database named by `url`, the environment or the default."""
    resolved = config.database_url(url)
    try:
        engine = make_engine(resolved)
        if migrate:
            upgrade_to_head(engine, config.backups_dir() if sqlite_path(engine) else None)
    except OperationalError as error:
        raise DanvanError(
            "database_unavailable", f"cannot open the database: {error.orig}"
        ) from error
    except DatabaseError as error:
        raise DanvanError("database_damaged", f"the database is damaged: {error.orig}") from error
    except ValueError as error:
        raise DanvanError("database_url_invalid", f"invalid database URL: {error}") from error
    return Store(engine=engine, sessions=session_factory(engine))
