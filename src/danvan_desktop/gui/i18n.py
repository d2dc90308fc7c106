"""Interface language: Qt translators built from the `.ts` sources on first use.

`.qm` files are never committed or edited: the first start compiles each `.ts`
with the `lrelease` bundled in PySide6 into a cache directory, under a name
that carries the hash of the source, so an updated translation is rebuilt and a
stale one is never loaded. Besides our own strings we ship `qtbase_vi.ts`,
since PySide6 has no Vietnamese for Qt's standard buttons and context menus.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from danvan_desktop import config
from danvan_desktop.resource_files import resource_path

log = logging.getLogger(__name__)
CATALOGS = ("danvan", "qtbase")  # resources/translations/<catalog>_<lang>.ts


def lrelease_path() -> Path | None:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return bundled
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def cache_dir() -> Path:
    override = os.environ.get("DANVAN_CACHE")
    base = Path(override) if override else Path(user_cache_dir(config.APP_NAME, config.APP_AUTHOR))
    path = base / "translations"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only or roaming profile must not stop the desk from starting
        path = Path(tempfile.gettempdir()) / f"{config.APP_NAME}-translations"
        path.mkdir(parents=True, exist_ok=True)
    return path


def catalog_name(ts_file: Path) -> str:
    """The file name of the `.qm` compiled from this exact version of `ts_file`."""
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    return f"{ts_file.stem}-{digest}.qm"


def compiled(ts_file: Path) -> Path | None:
    """The `.qm` built from `ts_file`, compiling it now if this version was never built.

    A packaged build carries its catalogs beside the sources (packaging/build.py
    compiles them; the bundle has no `lrelease`); the name says they match.
    """
    name = catalog_name(ts_file)
    shipped = ts_file.with_name(name)
    if shipped.exists():
        return shipped
    target = cache_dir() / name
    if target.exists():
        return target
    tool = lrelease_path()
    if tool is None:
        log.warning("lrelease not found; the interface stays in English")
        return None
    partial = target.with_suffix(f".{os.getpid()}.part")
    result = subprocess.run(
        [str(tool), "-silent", str(ts_file), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", ts_file.name, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, target)
    return target


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the catalogs of `language` into `app` and set the locale (numbers, dates).

    English is the source language: its catalog holds only the plural forms
    ("1 word", "6 words" for the source's "%n word(s)"). Returns the translators;
    the caller keeps them alive for as long as they are installed.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else "en_GB"))
    translators: list[QTranslator] = []
    for catalog in CATALOGS:
        source = resource_path("translations", f"{catalog}_{language}.ts")
        if not source.exists():
            continue
        qm = compiled(source)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
