"""Writing the zip: same files in, same bytes out, and never a partial file at the target.

Determinism: entries in sorted order, one fixed timestamp, fixed permissions
and "made by" system, no directory entries, no extra fields; text is deflated
at a fixed level and already-compressed pictures are stored as they are (which
is also most of the speed of an export).

Atomicity: the zip is written to `.<name>.<random>.part` beside the target,
flushed and fsynced, then `os.replace`d over the target and the directory
fsynced, so after a crash there is either the old file, the complete new one,
or nothing; a leftover `.part` is swept by `sweep_partial_files`.
"""

from __future__ import annotations

import contextlib
import os
import queue
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".part"
STALE_PART_SECONDS = 24 * 3600
_STORED_SUFFIXES = (".jpg", ".png", ".gif", ".webp")
_DEFLATE_LEVEL = 6
_FILE_MODE = 0o100644  # regular file, rw-r--r--
_UNIX = 3


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    utc = moment.astimezone(UTC)
    if utc.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second - utc.second % 2)


class ZipStreamWriter:
    """Writes entries in the order given, compressing on a thread of its own.

    zlib releases the GIL while it deflates, so the export's Markdown
    rendering (pure Python) and the zip's compression use two cores instead of
    taking turns. Entries must come in sorted order (that is what makes two
    exports byte-identical), and the writer refuses any other.
    """

    _DONE = ("", b"")

    def __init__(self, stream: BinaryIO, moment: datetime) -> None:
        self._stamp = _zip_time(moment)
        self._queue: queue.Queue[tuple[str, bytes]] = queue.Queue(maxsize=64)
        self._error: BaseException | None = None
        self._last = ""
        self.names: list[str] = []
        self._thread = threading.Thread(
            target=self._run, args=(stream,), name="package-zip", daemon=True
        )
        self._thread.start()

    def __enter__(self) -> ZipStreamWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self.close()
        else:  # the producer failed or was cancelled: stop the writer, keep that error
            self._queue.put(self._DONE)
            self._thread.join()

    def add(self, name: str, data: bytes) -> None:
        if name <= self._last:
            raise ValueError(f"zip entries out of order: {name!r} after {self._last!r}")
        if self._error is not None:
            raise self._error
        self._last = name
        self.names.append(name)
        self._queue.put((name, data))

    def close(self) -> None:
        """Finish the archive (central directory included); re-raise the writer's error."""
        self._queue.put(self._DONE)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def _run(self, stream: BinaryIO) -> None:
        try:
            with zipfile.ZipFile(stream, "w", allowZip64=True) as archive:
                while (item := self._queue.get()) is not self._DONE:
                    _write_entry(archive, *item, self._stamp)
        except BaseException as error:  # handed to the producing thread
            self._error = error
            while self._queue.get() is not self._DONE:  # let the producer finish or stop
                pass


def _write_entry(archive: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.create_system = _UNIX
    info.external_attr = _FILE_MODE << 16
    if name.endswith(_STORED_SUFFIXES):
        info.compress_type = zipfile.ZIP_STORED
        archive.writestr(info, data)
    else:
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data, compresslevel=_DEFLATE_LEVEL)


def _fsync_directory(path: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(
    target: Path,
    write: Callable[[BinaryIO], None],
    *,
    before_rename: Callable[[], None] | None = None,
) -> None:
    """Write a file through `write(stream)` so that `target` appears whole or not at all.

    `before_rename` runs once the data is on disk and before the file takes its
    name; if it raises (a database commit that failed, a cancel), the target is
    left as it was.
    """
    target = Path(target)
    directory = target.parent
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=directory, prefix=f".{target.name}.", suffix=PART_SUFFIX
    )
    try:
        with os.fdopen(handle, "w+b") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        if before_rename is not None:
            before_rename()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(directory)


def sweep_partial_files(directory: Path, older_than: float = STALE_PART_SECONDS) -> int:
    """Remove `.part` files a crashed export left behind; how many went."""
    removed = 0
    cutoff = time.time() - older_than
    for path in Path(directory).glob(f".*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed
