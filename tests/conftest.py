"""Shared fixtures: an isolated data directory, and stores on SQLite and PostgreSQL.

PostgreSQL tests need `DANVAN_TEST_POSTGRES_URL` (an admin connection, e.g.
postgresql://postgres@127.0.0.1:54329/postgres); each test gets a database of its
own. Without it they skip with that reason; with `DANVAN_REQUIRE_POSTGRES=1` (as
`.ci/run` sets) a missing server is an error, not a skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to run as root with its sandbox; only tests and CI run as root.
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

POSTGRES_URL_VARIABLE = "DANVAN_TEST_POSTGRES_URL"
TEST_PASSWORD = "Mật-khẩu-thử-2026"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own DANVAN_HOME; nothing touches the real data directory."""
    home = tmp_path / "danvan-home"
    monkeypatch.setenv("DANVAN_HOME", str(home))
    monkeypatch.delenv("DANVAN_DATABASE_URL", raising=False)
    return home


def _postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        if os.environ.get("DANVAN_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{POSTGRES_URL_VARIABLE} is not set but DANVAN_REQUIRE_POSTGRES=1")
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE} (see .ci/run)")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin_url = make_url(_postgres_admin_url())
    name = f"danvan_test_{uuid.uuid4().hex[:12]}"
    conninfo = admin_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield admin_url.set(database=name, drivername="postgresql+psycopg").render_as_string(
            hide_password=False
        )
    finally:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(database_url: str):
    from danvan_desktop.services.store import open_store

    opened = open_store(database_url)
    yield opened
    opened.close()
