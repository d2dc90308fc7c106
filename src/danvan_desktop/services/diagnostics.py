"""`danvan db check`: is the database reachable, current, and set up the way we rely on?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from danvan_desktop import config
from danvan_desktop.errors import DanvanError, NotFound
from danvan_desktop.services.store import Store
from danvan_desktop.store.backups import quick_check
from danvan_desktop.store.engine import make_engine, session_factory, sqlite_path
from danvan_desktop.store.schema import current_revision, head_revision


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    value: str
    ok: bool
    advice: str = ""


@dataclass(frozen=True, slots=True)
class DatabaseReport:
    backend: str
    location: str
    checks: tuple[Check, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def check_database(store: Store) -> DatabaseReport:
    info = store.info()
    revision = current_revision(store.engine)
    checks = [
        Check(
            "schema",
            revision or "none",
            revision == head_revision(),
            "" if revision == head_revision() else "run `danvan init` to migrate",
        )
    ]
    if store.engine.dialect.name == "sqlite":
        checks += _sqlite_checks(store)
    else:
        checks += _postgres_checks(store)
    if "network_share" in info.extra:
        checks.append(
            Check("location", info.extra["network_share"], False, "use team mode on PostgreSQL")
        )
    return DatabaseReport(info.backend, info.location, tuple(checks))


TRIAL_CONNECT_TIMEOUT_S = 5


def check_database_url(url: str | None) -> DatabaseReport:
    """`check_database` on a trial connection, before anyone switches to `url`.

    Settings' "Check the connection" runs this on an address the user just typed,
    so it has no side effects: nothing is created, migrated or backed up (a mistyped
    SQLite path must not leave an empty database behind), and an unreachable server
    fails after a few seconds instead of the system's TCP timeout.
    """
    resolved = config.database_url(url or None)
    try:
        parsed = make_url(resolved)
    except ArgumentError as error:
        raise DanvanError("database_url_invalid", f"invalid database URL: {error}") from error
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not Path(database).is_file():
            raise NotFound(
                "database_file_missing",
                f"there is no database file at {database}",
                path=database,
            )
    elif "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(TRIAL_CONNECT_TIMEOUT_S)})
    try:
        engine = make_engine(parsed.render_as_string(hide_password=False))
    except (ArgumentError, ValueError, ImportError) as error:
        raise DanvanError("database_url_invalid", f"invalid database URL: {error}") from error
    store = Store(engine=engine, sessions=session_factory(engine))
    try:
        return check_database(store)
    except DBAPIError as error:
        raise DanvanError(
            "database_unavailable", f"cannot connect to the database: {error.orig}"
        ) from error
    finally:
        store.close()


def _sqlite_checks(store: Store) -> list[Check]:
    with store.engine.connect() as connection:
        pragma = {
            name: str(connection.exec_driver_sql(f"PRAGMA {name}").scalar())
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
        version = str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())
    path = sqlite_path(store.engine)
    integrity = quick_check(path) if path else "ok"
    return [
        Check("sqlite version", version, tuple(map(int, version.split("."))) >= (3, 27)),
        Check("journal_mode", pragma["journal_mode"], pragma["journal_mode"] == "wal"),
        Check("synchronous", pragma["synchronous"], pragma["synchronous"] == "2", "FULL (2)"),
        Check("foreign_keys", pragma["foreign_keys"], pragma["foreign_keys"] == "1"),
        Check("busy_timeout", pragma["busy_timeout"], int(pragma["busy_timeout"]) >= 1000),
        Check("quick_check", integrity, integrity == "ok", "restore a backup"),
    ]


def _postgres_checks(store: Store) -> list[Check]:
    with store.engine.connect() as connection:

        def setting(name: str) -> str:
            return str(connection.execute(text(f"SHOW {name}")).scalar())

        version = setting("server_version")
        encoding = setting("server_encoding")
        timezone = setting("TimeZone")
        max_connections = setting("max_connections")
        triggers = set(
            connection.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            ).scalars()
        )
    expected = {
        "audit_events_append_only",
        "audit_events_no_truncate",
        "articles_approver_is_reviewer",
    }
    major = int(version.split(".")[0])
    return [
        Check("server_version", version, major >= 13, "PostgreSQL 13 or newer"),
        Check("server_encoding", encoding, encoding == "UTF8", "create the database with UTF8"),
        Check("TimeZone", timezone, True),
        Check("max_connections", max_connections, int(max_connections) >= 20),
        Check(
            "rule triggers",
            ", ".join(sorted(expected & triggers)) or "none",
            expected <= triggers,
            "run `danvan init` to migrate",
        ),
    ]
