"""What goes into the PyInstaller bundle, as plain data: the spec and the tests both read it.

Kept apart from `danvan.spec` so the tests can check the data list and the
pruning rules without running PyInstaller (a build takes minutes and half a
gigabyte). Nothing here imports PyInstaller or Qt.

Why each rule exists:
- Resources ship as `danvan_desktop/resources/`, where `resource_files.py`
  looks in a wheel; the compiled translations go beside their `.ts` sources
  under the name `gui/i18n.py` gives a compiled catalog, so the bundle never
  needs `lrelease` (which PyInstaller does not carry). Both come from the
  snapshot build.py compiled, never from the live `.ts` a translator may be saving.
- Alembic loads `env.py` and the revisions by path, so the migrations ship as
  `.py` data; the modules they import (`alembic.op`, `alembic.context`) are
  hidden imports, since no bundled code imports them by name.
- QtWebEngine links Qt Quick and Qml, so PyInstaller's hooks pull in every
  QML plugin and the libraries those reach (3D, charts, multimedia…). The app
  uses widgets only: the QML tree, the unused libraries, the ffmpeg build and
  all but the Vietnamese and English Chromium locales are dropped.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
GENERATED = PACKAGING / "build" / "generated"  # icons and .qm files made by build.py
DIST = PACKAGING / "dist"
WORK = PACKAGING / "build" / "pyinstaller"

APP_ID = "vn.gov.nghean.danvan"  # also in danvan_desktop/config.py; the .desktop/metainfo names
EXECUTABLE = "danvan-desktop"
BUNDLE_NAME = "danvan-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor; make_icons.py renders them
GUIDE = "docs/huong-dan-su-dung.md"
GUIDE_PICTURES = "docs/screenshots/guide"

# Modules the frozen app never imports by name but loads all the same.
HIDDEN_IMPORTS = (
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",  # psycopg picks its C implementation at import time
    "PySide6.QtSvg",  # the window icon is an SVG (iconengines/qsvgicon)
)

# Other Qt bindings qtpy (under qtawesome) may try; the bundle must hold one binding only.
EXCLUDED_MODULES = ("PyQt5", "PyQt6", "PySide2", "tkinter", "IPython", "matplotlib", "pytest")

# Qt libraries, Python bindings and plugin folders the desk never uses.
UNUSED_QT = (
    "3D",
    "Bluetooth",
    "CanvasPainter",
    "Charts",
    "DataVisualization",
    "Designer",
    "Graphs",
    "Help",
    "HttpServer",
    "Labs",
    "Location",
    "Lottie",
    "Multimedia",
    "NetworkAuth",
    "Nfc",
    "PdfQuick",
    "PositioningQuick",
    "QmlCompiler",
    "QmlCore",
    "QmlLocalStorage",
    "QmlNetwork",
    "QmlXmlListModel",
    "Quick3D",
    "QuickControls2",
    "QuickDialogs2",
    "QuickEffects",
    "QuickLayouts",
    "QuickParticles",
    "QuickShapes",
    "QuickTemplates2",
    "QuickTest",
    "QuickTimeline",
    "QuickVectorImage",
    "RemoteObjects",
    "Scxml",
    "Sensors",
    "SerialBus",
    "SerialPort",
    "ShaderTools",
    "SpatialAudio",
    "Sql",
    "StateMachine",
    "Test",
    "TextToSpeech",
    "UiTools",
    "VirtualKeyboard",
    "WaylandCompositor",
    "WebChannelQuick",
    "WebEngineQuick",
    "WebSockets",
    "WebView",
)
UNUSED_PLUGIN_DIRS = (
    "assetimporters",
    "canbus",
    "designer",
    "egldeviceintegrations",
    "generic",
    "geometryloaders",
    "geoservices",
    "multimedia",
    "position",
    "qmllint",
    "qmltooling",
    "renderers",
    "renderplugins",
    "sceneparsers",
    "scxmldatamodel",
    "sensors",
    "sqldrivers",
    "texttospeech",
    "vectorimageformats",
    "wayland-graphics-integration-server",
    "webview",
)
KEPT_CHROMIUM_LOCALES = ("vi.pak", "en-US.pak")
# Python bindings PyInstaller's hooks collect as dependencies of QtWebEngineWidgets; the
# Qt libraries under them stay (WebEngine links them), only the Python wrappers go.
# Excluding the modules up front also spares the build the QtQml hook, which would
# collect (and analyse the libraries of) every QML plugin only for prune() to drop them.
UNUSED_BINDINGS = ("OpenGL", "OpenGLWidgets", "Qml", "Quick", "QuickWidgets")
UNUSED_BINDING_MODULES = tuple(f"PySide6.Qt{name}" for name in UNUSED_BINDINGS)
# Chromium's developer tools, and platform plugins for kiosks and embedded boards.
UNUSED_FILES = ("qtwebengine_devtools_resources.pak",)
UNUSED_PLATFORMS = ("eglfs", "linuxfb", "minimal", "vkkhrdisplay", "vnc")

_QT_NAME = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?P<name>[A-Za-z0-9]+?)(?:\.abi3)?(?:\.so(?:\.[0-9.]+)?|\.dll|\.pyd|\.pyi)$"
)
_BINDING = re.compile(r"(?:^|/)PySide6/Qt(?P<name>[A-Za-z]+)\.(?:abi3\.so|pyd)$")
_PLATFORM = re.compile(r"(?:lib)?q(?P<name>[a-z]+)\.(?:so|dll)$")
_FFMPEG = re.compile(
    r"(?:^|/)(?:lib)?(?:avcodec|avformat|avutil|swresample|swscale)[-.0-9]*(?:so|dll)"
)


def project_version() -> str:
    """The version, read from pyproject.toml: the one place it is written."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def _files_under(folder: Path, *, skip_suffixes: tuple[str, ...] = ()) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
        and path.suffix not in skip_suffixes
    )


def data_files() -> list[tuple[str, str]]:
    """`(source file, folder inside the bundle)` for everything the app reads from disk.

    `build.py` must have made the `.qm` catalogs in GENERATED first; without
    them the bundle would start in English, so their absence is an error.
    """
    pairs: list[tuple[str, str]] = []
    resources = ROOT / "resources"
    translations = resources / "translations"
    for path in _files_under(resources, skip_suffixes=(".qm",)):
        if path.parent == translations and path.suffix == ".ts":
            continue  # the snapshot build.py compiled ships instead (below)
        relative = path.parent.relative_to(resources).as_posix()
        pairs.append((str(path), _join("danvan_desktop/resources", relative)))
    catalogs = sorted((GENERATED / "translations").glob("*.qm"))
    if not catalogs:
        raise FileNotFoundError(f"no compiled translations in {GENERATED}; run build.py")
    sources = sorted((GENERATED / "translations").glob("*.ts"))
    pairs += [(str(f), "danvan_desktop/resources/translations") for f in catalogs + sources]
    migrations = ROOT / "src" / "danvan_desktop" / "store" / "migrations"
    for path in _files_under(migrations, skip_suffixes=(".pyc",)):
        relative = path.parent.relative_to(migrations).as_posix()
        pairs.append((str(path), _join("danvan_desktop/store/migrations", relative)))
    pairs.append((str(ROOT / GUIDE), "danvan_desktop/docs"))
    for picture in sorted((ROOT / GUIDE_PICTURES).glob("*.png")):
        pairs.append((str(picture), "danvan_desktop/docs/screenshots/guide"))
    pairs.append((str(GENERATED / "icons" / f"{APP_ID}.ico"), "."))
    return pairs


def _join(base: str, relative: str) -> str:
    return base if relative in ("", ".") else f"{base}/{relative}"


def keep(destination: str) -> bool:
    """False for a bundled file (its path inside the bundle) the app never loads."""
    path = PurePosixPath(destination.replace("\\", "/"))
    text = path.as_posix()
    parts = path.parts
    if "qml" in parts and "PySide6" in parts:
        return False
    if "translations" in parts and "PySide6" in parts:
        if "qtwebengine_locales" in parts:
            return path.name in KEPT_CHROMIUM_LOCALES
        return False  # Qt's own catalogs: we ship qtbase_vi, and English needs none
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if parts[-1] != "plugins" else ""
        if folder in UNUSED_PLUGIN_DIRS or "virtualkeyboard" in path.name:
            return False
    if path.name in UNUSED_FILES:
        return False
    binding = _BINDING.search(text)
    if binding and binding.group("name") in UNUSED_BINDINGS:
        return False
    platform = _PLATFORM.match(path.name) if "platforms" in parts else None
    if platform and platform.group("name").startswith(UNUSED_PLATFORMS):
        return False
    if _FFMPEG.search(text) or "FFmpeg" in path.name:
        return False
    match = _QT_NAME.search(text)
    return not (match and match.group("name").startswith(UNUSED_QT))


def prune(entries):
    """The TOC entries (`(destination, source, kind)`) worth shipping."""
    return [entry for entry in entries if keep(entry[0])]
