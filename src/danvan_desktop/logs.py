"""Logging to a rotating file in the data directory, and crash traces with faulthandler.

English in the log (for whoever supports the office), Vietnamese only on screen.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path
from typing import TextIO

from danvan_desktop import config

LOG_FILE = "danvan.log"
CRASH_FILE = "crash-trace.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
_fault_stream: TextIO | None = None


def logs_dir() -> Path:
    path = config.data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def setup_logging(*, level: int = logging.INFO) -> Path:
    """Send the package's log records to logs/danvan.log; idempotent."""
    global _fault_stream
    path = logs_dir() / LOG_FILE
    logger = logging.getLogger("danvan_desktop")
    logger.setLevel(level)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )
        logger.addHandler(handler)
    if _fault_stream is None and not faulthandler.is_enabled():
        # Kept open for the life of the process: faulthandler writes to it on a hard crash.
        # A host that already enabled it (python -X faulthandler, pytest) keeps its own.
        _fault_stream = open(logs_dir() / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_stream)
    return path
