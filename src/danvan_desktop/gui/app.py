"""`danvan-desktop`: start the editor's desk.

    danvan-desktop [--database URL] [--as USER] [--language vi|en] [--smoke-test] [PACKAGE.zip]

The window is shown first; the store, SQLAlchemy and QtWebEngine load after
the first paint. `--as USER` signs in without the dialog, with the password
from DANVAN_PASSWORD (for scripts). `--smoke-test` starts offscreen, opens
(or creates) the database, shows the main window and a rendered preview, and
exits 0: packaging uses it to prove an installed build runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 60_000


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="danvan-desktop", description="Danvan Desktop")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL of the database")
    parser.add_argument("--as", dest="as_user", metavar="USER", help="sign in as USER")
    parser.add_argument("--language", choices=("vi", "en"), help="interface language")
    parser.add_argument("--smoke-test", action="store_true", help="start, show, exit 0")
    known, _qt_arguments = parser.parse_known_args(argv)
    return known


def prepare_environment(smoke_test: bool) -> None:
    """Settings that must exist before Qt starts."""
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # An empty data directory of its own: a smoke test never touches the user's database.
        for variable in ("DANVAN_HOME", "DANVAN_CACHE"):
            os.environ.setdefault(variable, tempfile.mkdtemp(prefix="danvan-smoke-"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start as root with its sandbox (CI and packaging run as root).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def _preview_engine_flags() -> None:
    """Chromium's flags for the preview, read when QtWebEngine starts.

    The preview shows one static page: software compositing draws it as fast
    as the GPU would, and leaving Chromium's GPU thread out saves about 60 MB
    in the desk's process (bench/bench_list_100k.py --full-desk). Flags the
    user set in QTWEBENGINE_CHROMIUM_FLAGS are kept.
    """
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if "--disable-gpu" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([*flags, "--disable-gpu"])


def _read_sources_without_caching() -> None:
    """Stop PySide keeping the source of every module imported after it (~30 MB in the desk).

    To learn whether a newly imported module uses PySide6 (for its optional
    `__feature__` switches), shiboken reads the module's source with
    `inspect.getsource`, which leaves every line of it in `linecache` for
    good: 370,000 lines once the desk is open, ~30 MB of a 290 MB process
    (bench/bench_list_100k.py --full-desk). The same question is answered here
    from the file's bytes, read and dropped. If a PySide6 release moves the
    function, nothing is replaced and PySide works as it shipped.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("shibokensupport.feature._mod_uses_pyside not found; sources stay cached")
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not path or not path.endswith(".py"):
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False

    feature._mod_uses_pyside = uses_pyside


def create_application(argv: list[str]):
    """The QApplication, with the preview's URL schemes declared first (Qt requires it)."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt

    _read_sources_without_caching()  # before the imports below
    from PySide6.QtWidgets import QApplication

    from danvan_desktop.gui.identity import declare_app_id
    from danvan_desktop.gui.web_schemes import register_schemes

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    _preview_engine_flags()
    register_schemes()
    # Window state only, in a readable file rather than the Windows registry.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(argv)
    app.setOrganizationName("BanDanVanNgheAn")
    app.setApplicationName("DanvanDesktop")
    app.setApplicationDisplayName("Danvan Desktop")
    declare_app_id(app)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else [sys.argv[0], *argv])
    args = parse_arguments(argv[1:])
    prepare_environment(args.smoke_test)
    log_file = _start_logging()
    app = create_application(argv)

    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.crash_dialog import install_crash_handlers
    from danvan_desktop.gui.i18n import install_translators
    from danvan_desktop.gui.identity import app_icon
    from danvan_desktop.gui.main_window import MainWindow
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.settings import load_settings

    settings = load_settings()
    language = args.language or settings.language
    translators = install_translators(app, language)
    runner = TaskRunner(app)
    window = MainWindow(DeskContext(runner, settings))
    install_crash_handlers(window, log_file)
    app.setWindowIcon(app_icon())
    window.restore_geometry()
    window.show()

    if args.smoke_test:
        if language != "en" and not translators:
            print("smoke test: the interface catalogs did not load", file=sys.stderr)
            return 1
        return _smoke_test(app, window, args.database)

    from PySide6.QtCore import QTimer

    from danvan_desktop.gui.startup import DeskStartup

    startup = DeskStartup(
        window, database_url=args.database, as_user=args.as_user, translators=translators
    )
    startup.failed.connect(lambda reason: _give_up(app, args.as_user, reason))
    QTimer.singleShot(0, startup.start)
    _package_window = _open_package(argv[1:], runner)  # alive while the desk runs
    code = app.exec()
    runner.shutdown()
    _dispose(window)
    return code


def _give_up(app, as_user: str | None, reason: str) -> None:
    """Sign-in failed: a script (`--as`) learns why and gets a non-zero exit; a person saw it."""
    if as_user:
        print(f"danvan-desktop: cannot sign in as {as_user}: {reason}", file=sys.stderr, flush=True)
        app.exit(1)
    elif reason == "cancelled":
        app.exit(1)


def _dispose(window) -> None:
    """Delete the window (and its web page) while the application and its profile still exist."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _start_logging():
    """The rotating log and faulthandler, first; a read-only data dir must not stop the desk."""
    from danvan_desktop.logs import setup_logging

    try:
        path = setup_logging()
    except OSError as error:
        print(f"danvan-desktop: no log file: {error}", file=sys.stderr)
        return None
    log.info("danvan-desktop starting (pid %d)", os.getpid())
    return path


def _smoke_test(app, window, database_url: str | None) -> int:
    """Open or create the store, render the sample page in the preview, exit 0 on success."""
    from PySide6.QtCore import QTimer

    outcome = {"code": 2}

    def opened(store) -> None:
        window.context.store = store
        window.preview.show_sample()

    def finished(ok: bool) -> None:
        problem = _shipped_help_problem(window) if ok else "preview failed"
        outcome["code"] = 0 if problem is None else 1
        print("smoke test:", problem or "preview shown", flush=True)
        app.quit()

    def failed(error: BaseException) -> None:
        print(f"smoke test: {error}", file=sys.stderr, flush=True)
        outcome["code"] = 1
        app.quit()

    def open_store():
        from danvan_desktop.services.store import open_store as open_

        return open_(database_url)

    window.preview.sample_shown.connect(finished)
    QTimer.singleShot(0, lambda: window.context.runner.database(open_store, opened, failed))
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    app.exec()
    window.context.runner.shutdown()
    _dispose(window)
    return outcome["code"]


def _open_package(arguments: list[str], runner):
    """Opened with a package ("Open with", a double click): show what it holds, beside the desk.

    A window of its own, not a child of the desk, so the sign-in dialog does not block it.
    """
    from danvan_desktop.gui.package_dialog import PackageDialog, package_argument

    path = package_argument(arguments)
    if path is None:
        return None
    dialog = PackageDialog(path, runner.background)
    dialog.show()
    return dialog


def _shipped_help_problem(window) -> str | None:
    """What an installed build lacks for Help: the guide and its pictures, the version."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from danvan_desktop.gui.about_dialog import app_version

    if app_version() == "0.0.0":
        return "no package metadata: the version is unknown"
    guide = window.help_menu.show_guide()
    browser = guide.browser
    pictures = [part.split('"')[0] for part in browser.toHtml().split('<img src="')[1:]]
    kind = QTextDocument.ResourceType.ImageResource
    missing = [p for p in pictures if not browser.loadResource(kind, QUrl(p))]
    guide.close()
    if not browser.toPlainText().strip() or not pictures or missing:
        return f"the user guide or its pictures are missing {missing}"
    return None


if __name__ == "__main__":
    sys.exit(main())
