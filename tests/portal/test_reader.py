"""Reading never trusts a package: every hostile zip is refused with a code, nothing written."""

from __future__ import annotations

import json
import struct
import unicodedata
import zipfile
from pathlib import Path

import pytest

from danvan_desktop.portal import (
    Limits,
    PackageError,
    build_package,
    read_manifest,
    read_package,
    signing,
)
from tests.portal.conftest import sample_input


@pytest.fixture
def package(key: signing.SigningKey, tmp_path: Path) -> Path:
    path = tmp_path / "good.zip"
    build_package(sample_input(), path, key)
    return path


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(
    source: Path,
    target: Path,
    *,
    replace: dict[str, bytes] | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None,
    drop: tuple[str, ...] = (),
) -> Path:
    files = _entries(source)
    files.update(replace or {})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            if name not in drop:
                archive.writestr(name, data)
        for info, data in extra or []:
            archive.writestr(info, data)
    return target


def _resign(files: dict[str, bytes], manifest: dict, key: signing.SigningKey) -> dict[str, bytes]:
    data = (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()
    return {
        **files,
        "manifest.json": data,
        "manifest.json.minisig": key.sign(data, "resigned").encode(),
    }


def _refused(path: Path, key: signing.SigningKey, limits: Limits | None = None) -> str:
    before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(PackageError) as refused:
        read_package(path, key.public, *([limits] if limits else []))
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written
    assert refused.value.message and "Traceback" not in refused.value.message
    return refused.value.code


def test_a_good_package_reads(package: Path, key: signing.SigningKey) -> None:
    verified = read_package(package, key.public)
    assert verified.key_id == key.public.key_id_hex
    assert read_manifest(package) == verified.manifest


@pytest.mark.parametrize(
    "name",
    [
        "/etc/cron.d/evil",
        "C:/Windows/evil.dll",
        "c:evil",
        "articles\\..\\..\\evil",
        "../evil.html",
        "articles/../../evil.html",
        "articles/./x/index.html",
        "articles//index.html",
        "articles/x\x01/index.html",
        "articles/x\x7f/index.html",
        "media/\u0085.jpg",
        "media/\u202egpj.exe",
        "media/zero\u200bwidth.jpg",
    ],
)
def test_unsafe_names_are_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path, name: str
) -> None:
    bad = _rewrite(package, tmp_path / "bad.zip", extra=[(name, b"x")])
    assert _refused(bad, key) == "unsafe_name"


@pytest.mark.parametrize(
    "twin",
    ["portal.css", "Portal.CSS", unicodedata.normalize("NFD", "PORTAL.CSS")],
    ids=["duplicate", "case", "nfd"],
)
def test_duplicate_and_colliding_names_are_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path, twin: str
) -> None:
    with pytest.warns(UserWarning) if twin == "portal.css" else _no_warning():
        bad = _rewrite(package, tmp_path / "bad.zip", extra=[(twin, b"body{}")])
    assert _refused(bad, key) == "duplicate_name"


def test_nfc_and_nfd_spellings_of_one_name_collide(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    composed, decomposed = "media/ảnh.jpg", unicodedata.normalize("NFD", "media/ảnh.jpg")
    assert composed != decomposed
    bad = _rewrite(package, tmp_path / "bad.zip", extra=[(composed, b"1"), (decomposed, b"2")])
    assert _refused(bad, key) == "duplicate_name"


class _no_warning:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_symlinks_are_refused(package: Path, key: signing.SigningKey, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("media/link.jpg")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    bad = _rewrite(package, tmp_path / "bad.zip", extra=[(link, b"/etc/passwd")])
    assert _refused(bad, key) == "symlink_entry"


def test_folders_are_refused(package: Path, key: signing.SigningKey, tmp_path: Path) -> None:
    bad = _rewrite(package, tmp_path / "bad.zip", extra=[("articles/x/", b"")])
    assert _refused(bad, key) in {"unsafe_name", "unexpected_entry"}


def test_names_missing_from_the_manifest_are_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    extra = f"media/{'0' * 64}.jpg"
    bad = _rewrite(package, tmp_path / "bad.zip", extra=[(extra, b"\xff\xd8\xff\xd9")])
    assert _refused(bad, key) == "unlisted_entry"


def test_files_missing_from_the_package_are_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    bad = _rewrite(package, tmp_path / "bad.zip", drop=("portal.css",))
    assert _refused(bad, key) == "entry_missing"


def test_too_many_entries(package: Path, key: signing.SigningKey) -> None:
    assert _refused(package, key, Limits(max_entries=5)) == "too_many_entries"


def test_too_large_entries(package: Path, key: signing.SigningKey) -> None:
    assert _refused(package, key, Limits(max_entry_bytes=10_000)) == "entry_too_large"


def test_zip_bomb_is_refused_from_its_ratio(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    bomb = zipfile.ZipInfo(f"media/{'1' * 64}.png")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    bad = _rewrite(package, tmp_path / "bad.zip", extra=[(bomb, bytes(20 * 1024 * 1024))])
    assert bad.stat().st_size < 200_000
    assert _refused(bad, key) == "entry_too_compressible"


def test_a_header_that_lies_about_size_is_caught_while_reading(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    """The directory gives portal.css its true size; the stream inflates to 5 MB of zeros."""
    true_size = len(_entries(package)["portal.css"])
    bad = _rewrite(package, tmp_path / "bad.zip", replace={"portal.css": bytes(5 * 1024 * 1024)})
    data = bytearray(bad.read_bytes())
    central = data.rfind(b"portal.css") - 46
    assert data[central : central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", data, central + 24, true_size)  # the uncompressed size it claims
    bad.write_bytes(bytes(data))
    assert _refused(bad, key) in {"entry_too_compressible", "entry_damaged"}
    assert _refused(bad, key, Limits(max_ratio=10**9)) == "entry_damaged"


def test_a_changed_file_fails_its_hash(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    files = _entries(package)
    page = "articles/doi-moi-phuong-thuc/index.html"
    altered = files[page].replace("Ban Thường vụ".encode(), b"Ban Thuong vu", 1)
    bad = _rewrite(package, tmp_path / "bad.zip", replace={page: altered})
    assert _refused(bad, key) in {"hash_mismatch", "size_mismatch"}
    same_size = files[page].replace(b"<main", b"<mail", 1)
    bad = _rewrite(package, tmp_path / "bad2.zip", replace={page: same_size})
    assert _refused(bad, key) == "hash_mismatch"


def test_an_edited_manifest_fails_the_signature(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    manifest = _entries(package)["manifest.json"].replace(b"xuatban", b"ke-gian")
    bad = _rewrite(package, tmp_path / "bad.zip", replace={"manifest.json": manifest})
    assert _refused(bad, key) == "signature_invalid"


def test_a_missing_signature_is_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    bad = _rewrite(package, tmp_path / "bad.zip", drop=("manifest.json.minisig",))
    assert _refused(bad, key) == "manifest_missing"


def test_a_signed_manifest_that_breaks_the_schema_is_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path
) -> None:
    files = _entries(package)
    manifest = json.loads(files["manifest.json"])
    manifest["files"].append({"path": "../../etc/passwd", "sha256": "0" * 64, "size": 1})
    bad = _rewrite(package, tmp_path / "bad.zip", replace=_resign(files, manifest, key))
    assert _refused(bad, key) == "schema_invalid"
    manifest = json.loads(files["manifest.json"])
    manifest["version"] = "2"
    bad = _rewrite(package, tmp_path / "bad2.zip", replace=_resign(files, manifest, key))
    assert _refused(bad, key) == "format_version_unsupported"


def test_not_a_zip_at_all(key: signing.SigningKey, tmp_path: Path) -> None:
    path = tmp_path / "junk.zip"
    path.write_bytes(b"MZ\x90\x00 not a zip")
    assert _refused(path, key) == "not_a_package"


@pytest.mark.parametrize(
    ("before", "after"),
    [(b"MZ" + bytes(100), b""), (b"", b"trailing bytes")],
    ids=["prefix", "suffix"],
)
def test_bytes_glued_to_a_good_package_are_refused(
    package: Path, key: signing.SigningKey, tmp_path: Path, before: bytes, after: bytes
) -> None:
    glued = tmp_path / "glued.zip"
    glued.write_bytes(before + package.read_bytes() + after)
    assert _refused(glued, key) == "not_a_package"
