"""Helpers for whole-process reliability tests: a data directory set up like an office PC's.

The processes under test are real ones (`python -m danvan_desktop`, `danvan …`),
started with the same DANVAN_HOME as the test, killed with SIGKILL as a crash
or a power cut would, and judged by what they leave on disk.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from danvan_desktop import config
from tests.conftest import TEST_PASSWORD


@dataclass(frozen=True)
class Office:
    """A data directory holding an initialised SQLite store (admin + sample article)."""

    home: Path
    database: Path
    admin: object  # services.dto.Actor
    sample_id: str

    @property
    def url(self) -> str:
        return f"sqlite:///{self.database}"


@pytest.fixture
def office(data_home: Path) -> Office:
    from danvan_desktop.services import setup, users
    from danvan_desktop.services.store import open_store

    store = open_store()
    try:
        report = setup.initialise(store, "admin", TEST_PASSWORD, "Quản trị").value
        admin = users.authenticate(store, "admin", TEST_PASSWORD)
    finally:
        store.close()
    database = config.data_dir() / config.DATABASE_FILE
    return Office(data_home, database, admin, report.sample_article_id)


def child_env(**extra: str) -> dict[str, str]:
    """The test's environment (its DANVAN_HOME included) for a child process."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DANVAN_PASSWORD"] = TEST_PASSWORD
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def danvan(*args: str, **popen) -> subprocess.Popen:
    """Start `danvan ARGS` in a process group of its own (so a kill reaches every child)."""
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; from danvan_desktop.cli import main; sys.exit(main())",
         *args],
        env=child_env(),
        start_new_session=True,
        **popen,
    )  # fmt: skip


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the process and everything it started (QtWebEngine helpers too)."""
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
