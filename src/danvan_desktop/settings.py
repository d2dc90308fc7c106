"""User settings kept as JSON in the data directory, readable and diffable by an admin.

Qt-free so that the CLI and the exporter read the same site name and banner as the
desk. Window geometry and similar view state stay in Qt's own settings.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from danvan_desktop import config

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"
TONE_STYLES = ("traditional", "reformed")  # "hòa, thủy" / "hoà, thuỷ"
LANGUAGES = ("vi", "en")


@dataclass(frozen=True, slots=True)
class AppSettings:
    language: str = "vi"
    tone_style: str = "traditional"
    autosave_seconds: float = 2.0
    database_url: str = ""
    site_name: str = "Ban Dân vận Tỉnh ủy Nghệ An"
    banner_text: str = "BAN DÂN VẬN TỈNH ỦY NGHỆ AN"
    site_base_url: str = "https://dvnghean.vn"
    last_user: str = ""

    def validated(self) -> AppSettings:
        """Out-of-range values fall back to the defaults rather than break the app."""
        default = AppSettings()
        changes: dict[str, Any] = {}
        if self.language not in LANGUAGES:
            changes["language"] = default.language
        if self.tone_style not in TONE_STYLES:
            changes["tone_style"] = default.tone_style
        if not 0.3 <= float(self.autosave_seconds) <= 60:
            changes["autosave_seconds"] = default.autosave_seconds
        return replace(self, **changes)


def settings_path() -> Path:
    return config.data_dir() / SETTINGS_FILE


def load_settings() -> AppSettings:
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable settings file %s: %s", path, error)
        return AppSettings()
    known = {f.name: f.type for f in fields(AppSettings)}
    values = {k: v for k, v in raw.items() if k in known and isinstance(v, str | int | float)}
    try:
        return AppSettings(**values).validated()
    except (TypeError, ValueError):
        return AppSettings()


def save_settings(settings: AppSettings) -> None:
    """Write atomically: a crash mid-write leaves the previous settings intact."""
    path = settings_path()
    text = json.dumps(asdict(settings.validated()), ensure_ascii=False, indent=2)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
