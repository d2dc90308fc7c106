"""Where data lives and which database to open.

Data: `DANVAN_HOME` if set, else the platform's user data directory. It holds the
SQLite database, backups, logs and the signing key. Database: an explicit URL
(`--database`), else `DANVAN_DATABASE_URL`, else SQLite in the data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "DanvanDesktop"
APP_ID = "vn.gov.nghean.danvan"  # reverse DNS: the .desktop file, icons, Windows taskbar
APP_AUTHOR = "BanDanVanNgheAn"
DATABASE_FILE = "danvan.sqlite3"


def data_dir() -> Path:
    home = os.environ.get("DANVAN_HOME")
    path = Path(home) if home else Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / DATABASE_FILE}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("DANVAN_DATABASE_URL") or default_database_url()


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
