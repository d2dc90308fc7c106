"""SQLite backups: consistent, checked, rotated copies, and restoring one safely.

A backup is made with SQLite's online backup API (consistent even while the desk
writes), kept as one self-contained file (rollback journal, no -wal/-shm beside it) and
checked with `PRAGMA quick_check` before it counts.

Restoring a healthy database copies the backup INTO the live file with the same API,
under SQLite's own write lock: a desk that still has the store open reads the restored
data in its next transaction and its next save lands in the restored file (a stale
save becomes a conflict revision, never a write into a deleted file). The current
content is backed up first, while that lock is held, so no save falls between the
safety copy and the restore. Only a damaged file (the rescue at start, which no desk
can be using) is replaced by swapping a copy in atomically.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from danvan_desktop.errors import DanvanError, NotFound

_NAME = re.compile(r"^danvan-(\d{8}T\d{6}\d{6}Z)-([a-z0-9.-]+)\.sqlite3$")
KEEP_RECENT = 7
KEEP_WEEKLY = 4
RESTORE_LOCK_TIMEOUT = 5.0  # seconds to wait for other desks' saves before refusing
STRAY_AGE = timedelta(hours=1)  # a younger leftover may belong to a backup still being made
_SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    name: str
    path: Path
    created_at: datetime
    reason: str
    size: int


def quick_check(database: Path) -> str:
    """ "ok", or what SQLite says is wrong (also for files that are not databases at all)."""
    try:
        connection = sqlite3.connect(_read_only_uri(database), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "; ".join(str(r[0]) for r in rows) if rows else "no answer"


def _read_only_uri(database: Path) -> str:
    """A `file:` URI for SQLite; a UNC path (//server/share/…) gets an empty authority first,
    or SQLite would take "server" for a host and call a good file damaged."""
    text = Path(database).as_posix()
    if text.startswith("//"):
        text = "//" + text
    return f"file:{quote(text, safe='/:')}?mode=ro"


def create_backup(database: Path, backup_dir: Path, *, reason: str) -> BackupInfo:
    """A consistent copy made with SQLite's online backup, checked with quick_check."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    created = datetime.now(UTC)
    slug = re.sub(r"[^a-z0-9.-]+", "-", reason.lower()).strip("-") or "manual"
    target = backup_dir / f"danvan-{created:%Y%m%dT%H%M%S%f}Z-{slug}.sqlite3"
    partial = target.with_suffix(".part")
    try:
        source = sqlite3.connect(database)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The copy inherits WAL from the source; a read-only check of a WAL file
                # would leave -wal and -shm files behind, so make it one file.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        result = quick_check(partial)
        if result != "ok":
            raise DanvanError("backup_failed", f"backup of {database} failed its check: {result}")
        _fsync(partial)
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        raise DanvanError("backup_failed", f"cannot back up {database}: {error}") from error
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
    return _info(target)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    if not backup_dir.is_dir():
        return []
    found = [_info(p) for p in backup_dir.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def find_backup(backup_dir: Path, name: str | None) -> BackupInfo:
    """The backup with this name, or the newest one that passes its check when name is None."""
    backups = list_backups(backup_dir)
    if name is not None:
        for backup in backups:
            if backup.name == name or backup.path.stem == name:
                return backup
        raise NotFound("backup_not_found", f"no backup named {name!r} in {backup_dir}")
    for backup in backups:
        if quick_check(backup.path) == "ok":
            return backup
    raise NotFound("no_backup", f"no usable backup in {backup_dir}")


def rotate_backups(backup_dir: Path, *, now: datetime | None = None) -> list[Path]:
    """Keep the newest KEEP_RECENT, plus the newest of each of the last KEEP_WEEKLY weeks.

    Also removes the -wal/-shm/-journal files of the backups it removes, and leftovers
    older than STRAY_AGE: `.part` copies and side files whose database is gone.
    """
    now = now or datetime.now(UTC)
    backups = list_backups(backup_dir)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    weeks_seen: set[int] = set()
    for backup in backups:
        week = (now - backup.created_at) // timedelta(weeks=1)
        if week < KEEP_WEEKLY and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        for leftover in (path, *_sidecars(path)):
            leftover.unlink(missing_ok=True)
    return removed + _remove_strays(backup_dir, now)


def _remove_strays(backup_dir: Path, now: datetime) -> list[Path]:
    strays = []
    for path in backup_dir.iterdir():
        owner = next((path.name[: -len(x)] for x in _SIDECARS if path.name.endswith(x)), None)
        if owner is None:
            stray = _is_partial(path.name)
        else:
            orphan = bool(_NAME.match(owner)) and not (backup_dir / owner).exists()
            stray = _is_partial(owner) or orphan
        if stray and now - datetime.fromtimestamp(path.stat().st_mtime, UTC) > STRAY_AGE:
            path.unlink(missing_ok=True)
            strays.append(path)
    return strays


def _is_partial(name: str) -> bool:
    return name.startswith("danvan-") and name.endswith(".part")


def restore_backup(
    database: Path,
    backup: BackupInfo,
    backup_dir: Path,
    *,
    lock_timeout: float = RESTORE_LOCK_TIMEOUT,
) -> BackupInfo | None:
    """Put the content of `backup` in `database`; returns the safety copy of what was there.

    Other desks may keep the database open (see the module docstring); if one is in the
    middle of a save for longer than `lock_timeout`, the restore is refused
    (`database_in_use`) and nothing changes.
    """
    result = quick_check(backup.path)
    if result != "ok":
        raise DanvanError("backup_damaged", f"backup {backup.name} fails its check: {result}")
    if database.exists() and quick_check(database) == "ok":
        return _restore_into(database, backup, backup_dir, lock_timeout)
    _swap_in(database, backup, backup_dir)
    return None


def _restore_into(
    database: Path, backup: BackupInfo, backup_dir: Path, lock_timeout: float
) -> BackupInfo:
    """The backup API copies into the live file; its write lock is held from the first step
    to the last, and the safety copy is made between them, so no save slips in unseen."""
    safety: list[BackupInfo] = []
    deadline = time.monotonic() + lock_timeout

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if time.monotonic() > deadline:
                raise DanvanError(
                    "database_in_use",
                    f"another program is writing to {database}; close the other desks "
                    "and try the restore again",
                    path=str(database),
                )
        elif not safety:
            safety.append(create_backup(database, backup_dir, reason="before-restore"))

    try:
        source = sqlite3.connect(_read_only_uri(backup.path), uri=True)
        try:
            pages = source.execute("PRAGMA page_count").fetchone()[0]
            if pages < 2:  # copied in one step: no moment under the lock for the safety copy
                safety.append(create_backup(database, backup_dir, reason="before-restore"))
            live = sqlite3.connect(database, timeout=0.1)
            try:
                source.backup(live, pages=max(1, pages - 1), progress=progress)
            finally:
                live.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise DanvanError(
            "restore_failed", f"cannot restore {backup.name} into {database}: {error}"
        ) from error
    return safety[0]


def _swap_in(database: Path, backup: BackupInfo, backup_dir: Path) -> None:
    """For a damaged (or missing) file only: SQLite cannot write into it, and no desk can be
    using it, since opening the store refuses a damaged file."""
    if database.exists():  # SQLite cannot copy it, but whoever investigates may want it
        backup_dir.mkdir(parents=True, exist_ok=True)
        kept = backup_dir / f"damaged-{datetime.now(UTC):%Y%m%dT%H%M%S%f}Z-{database.name}"
        shutil.copyfile(database, kept)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():  # may hold the last saves: kept too, never replayed into the backup
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
    staged = database.with_name(f".{database.name}.restore")
    shutil.copyfile(backup.path, staged)
    _fsync(staged)
    for sidecar in _sidecars(database):
        sidecar.unlink(missing_ok=True)
    os.replace(staged, database)


def newest_backup_age(backup_dir: Path, *, now: datetime | None = None) -> timedelta | None:
    backups = list_backups(backup_dir)
    if not backups:
        return None
    return (now or datetime.now(UTC)) - backups[0].created_at


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    assert match is not None
    created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    return BackupInfo(path.name, path, created, match.group(2), path.stat().st_size)


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in _SIDECARS]


def _fsync(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())
