"""Database failures the editor can act on, as coded errors: disk full, read-only, locked, gone.

SQLAlchemy wraps the driver's exception; SQLite says what went wrong in its
result code (Python ≥ 3.11 exposes it as `sqlite_errorcode`) and psycopg in
its exception class. Reading those here, in one place, lets every service call
fail with a code the desk turns into a sentence ("the disk is full: free some
space and save again") while the editor keeps the text, instead of a driver
message nobody in the office can act on.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from danvan_desktop.errors import DanvanError

RECONNECT_AFTER = frozenset({"database_read_only", "disk_error", "database_unavailable"})

# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_SQLITE_CODES = {
    _SQLITE_FULL: ("disk_full", "the disk holding the database is full"),
    _SQLITE_READONLY: ("database_read_only", "the database file cannot be written"),
    _SQLITE_BUSY: ("database_locked", "another program holds the database locked"),
    _SQLITE_LOCKED: ("database_locked", "another program holds the database locked"),
    _SQLITE_IOERR: ("disk_error", "the disk holding the database failed to read or write"),
    _SQLITE_CANTOPEN: ("database_unavailable", "the database file cannot be opened"),
    _SQLITE_CORRUPT: ("database_damaged", "the database file is damaged"),
    _SQLITE_NOTADB: ("database_damaged", "the database file is damaged"),
}


def coded_database_error(error: DBAPIError) -> DanvanError | None:
    """The coded error for a driver failure the user can act on, or None for a bug of ours."""
    original = error.orig
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        known = _SQLITE_CODES.get(code & 0xFF) if isinstance(code, int) else None
        if known is None:
            known = _sqlite_by_text(str(original))
        if known is None:
            return None
        return DanvanError(known[0], f"{known[1]}: {original}", driver=str(original))
    if error.connection_invalidated or _server_unreachable(original):
        return DanvanError(
            "database_unavailable",
            f"the database server cannot be reached: {original}",
            driver=str(original),
        )
    if getattr(original, "sqlstate", None) == "55P03":  # lock_not_available
        return DanvanError(
            "database_locked", f"another session holds a lock: {original}", driver=str(original)
        )
    return None


def _sqlite_by_text(text: str) -> tuple[str, str] | None:
    """For drivers that give no result code: SQLite's messages are its code names."""
    lowered = text.lower()
    for needle, code in (
        ("database or disk is full", _SQLITE_FULL),
        ("readonly database", _SQLITE_READONLY),
        ("database is locked", _SQLITE_BUSY),
        ("disk i/o error", _SQLITE_IOERR),
        ("unable to open database", _SQLITE_CANTOPEN),
    ):
        if needle in lowered:
            return _SQLITE_CODES[code]
    return None


def _server_unreachable(original: BaseException | None) -> bool:
    """Connection refused or lost, or the server shutting down or starting up.

    psycopg gives no SQLSTATE when the connection itself failed; class 08 is a
    connection exception and 57P01–57P03 an administrator's shutdown or restart.
    Other OperationalErrors (a serialisation failure, a cancelled query) are not.
    """
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if not isinstance(original, psycopg.OperationalError):
        return False
    state = getattr(original, "sqlstate", None)
    return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}
