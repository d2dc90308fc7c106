"""Ways to break the database under a running store, and to mend it again, for the fault tests.

Each is a real condition of the machine, not a stand-in for our code: a file
the process may not write, another process holding SQLite's write lock, a
small filesystem that fills up.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The file cannot be written: chmod for a normal user; root ignores modes, so chattr +i."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a file read-only")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode:
            pytest.skip(f"chattr +i refused here: {done.stderr.decode(errors='replace')}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    mode = path.stat().st_mode
    path.chmod(0o444)
    try:
        yield
    finally:
        path.chmod(mode)


@contextlib.contextmanager
def locked(database: Path) -> Iterator[None]:
    """Another process's connection holds the write lock (BEGIN EXCLUSIVE) until the block ends."""
    other = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


@contextlib.contextmanager
def small_filesystem(size_kib: int = 4096) -> Iterator[Path]:
    """A fresh tmpfs of `size_kib`; skips where mounting is not allowed."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    where = Path(tempfile.mkdtemp(prefix="danvan-small-fs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
        where.rmdir()


def fill(directory: Path) -> Path:
    """Write a file until the filesystem says it is full; returns the filler to delete later."""
    filler = directory / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as stream, contextlib.suppress(OSError):
        while stream.write(block):  # unbuffered: ENOSPC here, not at close
            pass
    return filler


def _postgres_binaries() -> bool:
    found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
    if found.returncode == 0 and Path(found.stdout.strip(), "initdb").exists():
        return True
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


class OwnPostgres:
    """A throwaway PostgreSQL server of one test's own, started by .ci/start-postgres.sh.

    The fault tests stop and restart it, so it is never the shared test server.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = str(55000 + os.getpid() % 1000)
        self.url = ""
        self._control = ""

    def start(self) -> None:
        started = subprocess.run(
            ["bash", str(REPO / ".ci" / "start-postgres.sh"), str(self.folder)],
            capture_output=True,
            text=True,
            env={**os.environ, "DANVAN_PG_PORT": self.port},
            timeout=180,
            check=False,
        )
        if started.returncode:
            raise RuntimeError(f"cannot start a PostgreSQL server: {started.stderr[-1500:]}")
        exports = dict(
            line.removeprefix("export ").split("=", 1) for line in started.stdout.splitlines()
        )
        self._control = exports["DANVAN_PG_CTL"].strip("'")
        self.url = exports["DANVAN_TEST_POSTGRES_URL"].replace(
            "postgresql://", "postgresql+psycopg://"
        )

    def restart(self) -> None:
        self._pg_ctl("restart")

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("stop", mode)

    def _pg_ctl(self, action: str, mode: str = "fast") -> None:
        # A log file of its own: the server must not inherit (and hold open) our pipes.
        subprocess.run(f"{self._control} -w -t 60 -l {self.folder}/server.log -m {mode} {action}",
                       shell=True, check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=120)  # fmt: skip


@contextlib.contextmanager
def own_postgres_server() -> Iterator[OwnPostgres]:
    """Skips where no PostgreSQL server binaries are installed."""
    if not _postgres_binaries():
        pytest.skip("no PostgreSQL server binaries (initdb) on this machine")
    # Under /tmp, not pytest's private tmp_path: as root the server runs as `postgres`.
    folder = Path(tempfile.mkdtemp(prefix="danvan-pg-restart-"))
    server = OwnPostgres(folder)
    try:
        server.start()
        yield server
    finally:
        if server._control:
            with contextlib.suppress(subprocess.SubprocessError):
                server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
