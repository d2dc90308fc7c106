"""Build the one-folder bundle for this OS: `python packaging/build.py [--no-prune] [--tarball]`.

Steps: render the icons from the SVG, compile the translations with PySide6's
`lrelease`, run PyInstaller on `danvan.spec`, then, on Linux, add the desktop
integration (the .desktop file, AppStream metadata, hicolor icons and
`install.sh`) and check that every shared library in the bundle finds the Qt
libraries it links; on Windows, run Inno Setup's compiler if it is installed.
The result is `packaging/dist/danvan-desktop/`; `--tarball` also packs it as
`packaging/dist/danvan-desktop-<version>-linux-<arch>.tar.gz`.

Everything made here is a build output under packaging/build or packaging/dist.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_plan as plan

LINUX = plan.PACKAGING / "linux"
WINDOWS = plan.PACKAGING / "windows"


def compile_translations(out: Path) -> list[Path]:
    """Each `.ts` compiled under the name `gui/i18n.py` looks for beside its source.

    The sources are copied first and the bundle takes the copies: a translator saving
    `danvan_vi.ts` during a build would otherwise ship a source whose hash no longer
    names the catalog beside it, and the desk would start in English.
    """
    from danvan_desktop.gui.i18n import catalog_name, lrelease_path

    tool = lrelease_path()
    if tool is None:
        raise SystemExit("PySide6's lrelease was not found")
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.qm"), *out.glob("*.ts")]:
        old.unlink()
    made = []
    for source in sorted((plan.ROOT / "resources" / "translations").glob("*.ts")):
        ts_file = out / source.name
        shutil.copyfile(source, ts_file)
        target = out / catalog_name(ts_file)
        subprocess.run([str(tool), "-silent", str(ts_file), "-qm", str(target)], check=True)
        made.append(target)
    return made


def make_icons(out: Path) -> None:
    subprocess.run([sys.executable, str(plan.PACKAGING / "make_icons.py"), str(out)], check=True)


def run_pyinstaller(prune: bool) -> Path:
    environment = {**os.environ, "DANVAN_BUNDLE_PRUNE": "1" if prune else "0"}
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(plan.DIST), "--workpath", str(plan.WORK),
        str(plan.PACKAGING / "danvan.spec"),
    ]  # fmt: skip
    subprocess.run(command, check=True, env=environment)
    return plan.DIST / plan.BUNDLE_NAME


def add_linux_integration(bundle: Path) -> None:
    """What install.sh copies into ~/.local/share: .desktop, metainfo, hicolor icons."""
    share = bundle / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{plan.APP_ID}.desktop", applications)
    (share / "metainfo").mkdir(exist_ok=True)
    shutil.copy2(LINUX / f"{plan.APP_ID}.metainfo.xml", share / "metainfo")
    for size in plan.ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(
            plan.GENERATED / "icons" / f"{plan.APP_ID}-{size}.png", folder / f"{plan.APP_ID}.png"
        )
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(plan.ROOT / "resources" / "icons" / f"{plan.APP_ID}.svg", scalable)
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")


def copy_licences(bundle: Path) -> int:
    """The licence files of every Python distribution the app needs, into `licenses/`.

    PySide6's wheels carry none, so the GPL and LGPL texts (packaging/licenses/)
    go in as well: the About dialog points here.
    """
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement

    target = bundle / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(plan.PACKAGING / "licenses", target)
    with (plan.ROOT / "pyproject.toml").open("rb") as handle:
        wanted = tomllib.load(handle)["project"]["dependencies"]  # the installed copy may lag
    pending = [Requirement(text) for text in wanted]
    seen: set[str] = set()
    copied = 0
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        try:
            dist = distribution(requirement.name)
        except PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        for extra in requirement.extras:  # psycopg[binary] brings psycopg-binary
            pending += [
                Requirement(r.name) for r in map(Requirement, dist.requires or [])
                if r.marker is not None and r.marker.evaluate({"extra": extra})
            ]  # fmt: skip
        if key in seen:
            continue
        seen.add(key)
        pending += [
            r for r in map(Requirement, dist.requires or [])
            if r.marker is None or r.marker.evaluate({"extra": ""})
        ]  # fmt: skip
        notices = [
            f for f in dist.files or []
            if any(word in f.name.upper() for word in ("LICEN", "COPYING", "NOTICE"))
        ]  # fmt: skip
        for notice in notices:
            folder = target / f"{key}-{dist.version}"
            folder.mkdir(exist_ok=True)
            shutil.copy2(dist.locate_file(notice), folder / notice.name)
            copied += 1
    return copied


def missing_links(bundle: Path) -> list[str]:
    """`ldd` over every shared library of the bundle: Qt or Python libraries it cannot find.

    Pruning drops whole Qt libraries; a plugin that still needs one would fail
    only when Qt loads it (an xcb or input-method plugin never loads offscreen),
    so the smoke test alone would not notice.
    """
    problems = []
    folders = sorted({str(path.parent) for path in bundle.rglob("*.so*")})
    environment = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(folders)}
    for library in sorted(bundle.rglob("*.so*")):
        if library.is_symlink() or not library.is_file():
            continue
        result = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, env=environment, check=False
        )
        for line in result.stdout.splitlines():
            if "not found" in line and ("Qt6" in line or "python" in line or "pyside" in line):
                problems.append(f"{library.relative_to(bundle)}: {line.strip()}")
    return problems


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_tarball(bundle: Path) -> Path:
    arch = platform.machine().lower()
    target = plan.DIST / f"{plan.BUNDLE_NAME}-{plan.project_version()}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=plan.BUNDLE_NAME)
    return target


def run_inno_setup() -> Path | None:
    compiler = shutil.which("iscc") or shutil.which("ISCC.exe")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")) / "Inno Setup 6"
    if compiler is None and (default / "ISCC.exe").exists():
        compiler = str(default / "ISCC.exe")
    if compiler is None:
        print("Inno Setup (ISCC.exe) not found: the bundle is built, the installer is not")
        return None
    version = plan.project_version()
    subprocess.run(
        [compiler, f"/DAppVersion={version}", f"/DSourceDir={plan.DIST / plan.BUNDLE_NAME}",
         f"/DIconFile={plan.GENERATED / 'icons' / (plan.APP_ID + '.ico')}",
         f"/O{plan.DIST}", str(WINDOWS / "danvan.iss")],
        check=True,
    )  # fmt: skip
    return plan.DIST / f"danvan-desktop-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-prune", action="store_true", help="keep every Qt module (to measure)")
    parser.add_argument("--tarball", action="store_true", help="also pack a .tar.gz (Linux)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    compile_translations(plan.GENERATED / "translations")
    make_icons(plan.GENERATED / "icons")
    bundle = run_pyinstaller(prune=not args.no_prune)
    copy_licences(bundle)
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
        problems = missing_links(bundle)
        if problems:
            print("libraries the bundle lacks:", *problems, sep="\n  ")
            return 1
        if args.tarball:
            tarball = make_tarball(bundle)
            print(f"tarball: {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB)")
    elif sys.platform == "win32":
        run_inno_setup()
    size = folder_size(bundle) / 2**20
    print(f"bundle: {bundle} ({size:.0f} MiB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
