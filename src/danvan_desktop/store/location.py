"""Is a database file on a network share? SQLite's WAL mode breaks there."""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "9p", "fuse.sshfs", "davfs"}


def network_share_reason(path: Path) -> str | None:
    """Why `path` looks like a network location, or None when it is local."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return f"{text} is a UNC network path"
    if os.name == "nt":
        return _windows_remote_drive(path)
    return _mounted_network_filesystem(path)


def _mounted_network_filesystem(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    resolved = str(path.resolve())
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = parts[1].replace("\\040", " "), parts[2]
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > len(best[0])):
            best = (mount_point, fs_type)
    if best and best[1] in NETWORK_FILESYSTEMS:
        return f"{resolved} is on a {best[1]} network file system"
    return None


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = path.resolve().drive
    if not drive:
        return None
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == drive_remote:
        return f"{drive} is a network drive"
    return None
