"""Shared fixtures: an isolated data directory, and stores on SQLite and PostgreSQL.

PostgreSQL tests need `DANVAN_TEST_POSTGRES_URL` (an admin connection, e.g.
postgresql://postgres@127.0.0.1:54329/postgres); each test gets a database of its
own. Without it they skip with that reason; with `DANVAN_REQUIRE_POSTGRES=1` (as
`.ci/run` sets) a missing server is an error, not a skip.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from danvan_desktop.services.dto import Actor

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


def _admin(sql: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    admin_url = make_url(_postgres_admin_url())
    conninfo = admin_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(sql)


def _create_database(name: str, template: str = "template0") -> str:
    """(Re)create database `name` as a copy of `template`; returns its SQLAlchemy URL."""
    from sqlalchemy.engine import make_url

    _drop_database(name)
    _admin(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}"')
    admin_url = make_url(_postgres_admin_url())
    return admin_url.set(database=name, drivername="postgresql+psycopg").render_as_string(
        hide_password=False
    )


def _drop_database(name: str | None) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"danvan_test_{uuid.uuid4().hex[:12]}"
    url = _create_database(name)
    try:
        yield url
    finally:
        _drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(database_url: str, request: pytest.FixtureRequest):
    """An open store; already holding the `team` when the test asks for it too."""
    from danvan_desktop.services.store import open_store

    if "team" in request.fixturenames:
        request.getfixturevalue("team_templates").copy_into(database_url)
    opened = open_store(database_url)
    yield opened
    opened.close()


@dataclass(frozen=True)
class Team:
    """The first admin and one user per role (two editors, two reviewers) in a fresh store."""

    admin: Actor
    editor: Actor
    editor2: Actor
    reviewer: Actor
    reviewer2: Actor
    publisher: Actor
    category: str


@pytest.fixture
def team(store, team_templates: TeamTemplates, database_url: str) -> Team:
    """The team in `store` (copied from a template built once per backend and session)."""
    return team_templates.team_for(database_url)


class TeamTemplates:
    """Stores holding the first admin, default categories and the team, built once.

    Building one costs seconds (argon2 hashes, migrations); copying a SQLite file or
    creating a PostgreSQL database from a template costs milliseconds.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[str, tuple[str, Team]] = {}

    def _backend(self, url: str) -> str:
        return "sqlite" if url.startswith("sqlite") else "postgresql"

    def _build(self, backend: str) -> tuple[str, Team]:
        from danvan_desktop.services.store import open_store

        if backend == "sqlite":
            url = f"sqlite:///{self.folder / 'team-template.sqlite3'}"
        else:
            url = _create_database(f"danvan_template_{uuid.uuid4().hex[:12]}")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("DANVAN_HOME", str(self.folder / "home"))
            store = open_store(url)
            try:
                team = _make_team(store)
            finally:
                store.close()  # the last connection closing checkpoints SQLite's WAL
        return url, team

    def team_for(self, url: str) -> Team:
        return self.built[self._backend(url)][1]

    def copy_into(self, url: str) -> None:
        backend = self._backend(url)
        if backend not in self.built:
            self.built[backend] = self._build(backend)
        template_url = self.built[backend][0]
        if backend == "sqlite":
            shutil.copyfile(template_url.removeprefix("sqlite:///"), url.removeprefix("sqlite:///"))
        else:
            from sqlalchemy.engine import make_url

            _create_database(make_url(url).database, template=make_url(template_url).database)


@pytest.fixture(scope="session")
def team_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamTemplates]:
    templates = TeamTemplates(tmp_path_factory.mktemp("team-templates"))
    yield templates
    if "postgresql" in templates.built:
        from sqlalchemy.engine import make_url

        _drop_database(make_url(templates.built["postgresql"][0]).database)


def _make_team(store) -> Team:
    from danvan_desktop.services import setup, users

    setup.initialise(store, "admin", TEST_PASSWORD)
    admin = users.authenticate(store, "admin", TEST_PASSWORD)
    people = {}
    for name, roles in (
        ("bientap", ["editor"]),
        ("bientap2", ["editor"]),
        ("duyet", ["reviewer"]),
        ("duyet2", ["reviewer", "editor"]),
        ("xuatban", ["publisher"]),
    ):
        info = users.add_user(store, admin, name, TEST_PASSWORD, roles).value
        people[name] = Actor(info.id, info.username, info.display_name, frozenset(info.roles))
    return Team(
        admin=admin,
        editor=people["bientap"],
        editor2=people["bientap2"],
        reviewer=people["duyet"],
        reviewer2=people["duyet2"],
        publisher=people["xuatban"],
        category="tin-hoat-dong",
    )
