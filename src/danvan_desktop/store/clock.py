"""The database's clock, for times that several PCs compare (edit-lock heartbeats).

Office PCs' clocks drift apart by minutes; the database server has one clock for all
of them. On SQLite the database is a local file, so its clock is this PC's; the text
it gives has the six-digit fraction SQLAlchemy writes, so stored times keep one shape
and compare as text in SQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from danvan_desktop.store.models import Timestamp


class server_now(FunctionElement[datetime]):
    """The current time by the database's clock, as a timezone-aware UTC datetime."""

    type = Timestamp()
    inherit_cache = True


@compiles(server_now)
def _server_now_default(element: server_now, compiler: SQLCompiler, **kw: Any) -> str:
    return "CURRENT_TIMESTAMP"


@compiles(server_now, "sqlite")
def _server_now_sqlite(element: server_now, compiler: SQLCompiler, **kw: Any) -> str:
    return "strftime('%Y-%m-%d %H:%M:%f000', 'now')"


def database_now(session: Session) -> datetime:
    """Ask the database what time it is (one round trip)."""
    now = session.scalar(select(server_now()))
    assert now is not None
    return now
