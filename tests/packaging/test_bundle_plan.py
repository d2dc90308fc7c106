"""What the bundle carries, checked on the data PyInstaller is given, without building."""

from __future__ import annotations

import ast
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from danvan_desktop.config import APP_ID
from danvan_desktop.gui.i18n import catalog_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(plan, build, tmp_path, monkeypatch) -> dict[str, str]:
    """Destination of every bundled data file, keyed by its path in the repository."""
    monkeypatch.setattr(plan, "GENERATED", tmp_path)
    build.compile_translations(tmp_path / "translations")
    (tmp_path / "icons").mkdir()
    return {_key(Path(src)): dest for src, dest in plan.data_files()}


def _key(source: Path) -> str:
    """Repository files by their path in the repository; build outputs by name."""
    source = source.resolve()
    return source.relative_to(ROOT).as_posix() if source.is_relative_to(ROOT) else source.name


def test_resources_ship_where_resource_files_looks(data):
    for name in ("templates/article.html", "css/portal.css", "dictionaries/house-vi.txt",
                 "vietnamese/tcvn3.tsv", "schemas/manifest.schema.json",
                 f"icons/{APP_ID}.svg", "fonts/DejaVuSans.ttf"):  # fmt: skip
        folder = "danvan_desktop/resources/" + name.rpartition("/")[0]
        assert data[f"resources/{name}"] == folder, name


def test_compiled_catalogs_sit_beside_their_sources_under_the_name_i18n_expects(data):
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        assert data[catalog_name(ts)] == "danvan_desktop/resources/translations"
        assert data[ts.name] == "danvan_desktop/resources/translations"  # the compiled snapshot
        assert f"resources/translations/{ts.name}" not in data  # never the live file


def test_migrations_ship_as_python_files_beside_the_store(data):
    versions = sorted((ROOT / "src/danvan_desktop/store/migrations/versions").glob("*.py"))
    assert versions
    base = "src/danvan_desktop/store/migrations"
    assert data[f"{base}/env.py"] == "danvan_desktop/store/migrations"
    for revision in versions:
        assert (
            data[f"{base}/versions/{revision.name}"] == "danvan_desktop/store/migrations/versions"
        )


def test_every_alembic_module_the_migrations_import_is_a_hidden_import(plan):
    folder = ROOT / "src/danvan_desktop/store/migrations"
    wanted = set()
    for script in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "alembic":
                wanted |= {f"alembic.{alias.name}" for alias in node.names}
    assert wanted and wanted <= set(plan.HIDDEN_IMPORTS)


def test_the_guide_and_its_pictures_ship(data):
    assert data["docs/huong-dan-su-dung.md"] == "danvan_desktop/docs"
    pictures = [name for name in data if name.startswith("docs/screenshots/guide/")]
    assert pictures and all(data[p] == "danvan_desktop/docs/screenshots/guide" for p in pictures)


def test_without_compiled_catalogs_the_data_list_refuses(plan, tmp_path, monkeypatch):
    monkeypatch.setattr(plan, "GENERATED", tmp_path)
    with pytest.raises(FileNotFoundError):
        plan.data_files()


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",  # WebEngine links Quick, Qml and Positioning
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libQt6Positioning.so.6",
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6/QtWebEngineWidgets.abi3.so",
        "PySide6/QtPdf.pyd",
        "PySide6/Qt/libexec/QtWebEngineProcess",
        "PySide6/Qt/resources/qtwebengine_resources.pak",
        "PySide6/Qt/translations/qtwebengine_locales/vi.pak",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "danvan_desktop/resources/translations/danvan_vi-0123456789abcdef.qm",
    ],
)
def test_what_the_desk_needs_is_kept(plan, destination):
    assert plan.keep(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "PySide6/qml/QtQuick3D/qquick3dplugin.dll",
        "PySide6/Qt/lib/libQt63DCore.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6QmlLocalStorage.so.6",  # it needs Qt Sql, which is gone
        "PySide6/Qt6Charts.dll",
        "PySide6/QtOpenGL.abi3.so",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6/avformat-61.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtwebengine_locales/fr.pak",
        "PySide6/Qt/resources/qtwebengine_devtools_resources.pak",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    ],
)
def test_what_the_desk_never_loads_is_pruned(plan, destination):
    assert not plan.keep(destination)


def test_prune_filters_pyinstaller_toc_entries(plan):
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x", "BINARY"),
        ("PySide6/Qt6Charts.dll", "/y", "BINARY"),
    ]
    assert plan.prune(toc) == toc[:1]


def test_the_version_comes_from_pyproject_alone(plan):
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert plan.project_version() == tomllib.load(handle)["project"]["version"]
    assert version("danvan-desktop") == plan.project_version()


def test_pyinstaller_is_a_packaging_extra_not_a_runtime_dependency():
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert any(r.startswith("pyinstaller") for r in project["optional-dependencies"]["packaging"])
    assert not any(r.lower().startswith("pyinstaller") for r in project["dependencies"])


def test_the_spec_takes_its_lists_from_the_plan():
    spec = (ROOT / "packaging" / "danvan.spec").read_text(encoding="utf-8")
    needles = (
        "plan.data_files()",
        "plan.HIDDEN_IMPORTS",
        "plan.prune(a.binaries)",
        "plan.prune(a.datas)",
        'collect_data_files("qtawesome")',
        "plan.UNUSED_BINDING_MODULES if prune",  # the QML hook never runs for a pruned build
    )
    for needle in needles:
        assert needle in spec, needle
