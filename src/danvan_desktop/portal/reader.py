"""Reading a package without trusting it.

A package comes from another PC over a USB stick or e-mail; until proven
otherwise it is hostile. Nothing here extracts to disk: entries are read into
memory through bounded streams, and the caller gets bytes only after every
check has passed. In order:

1. the central directory: entry count, names (absolute, drive letters,
   backslashes, "..", control characters, duplicates and names that collide
   after NFC + casefold), symlinks, encryption, compression method, declared
   sizes and compression ratio;
2. the manifest signature, against the publisher's public key, before a byte
   of the manifest is believed;
3. the manifest against its JSON Schema, and the names in the zip against the
   names it lists (both ways);
4. every entry read in full, counting the bytes actually inflated (headers can
   lie), compared with the manifest's size and SHA-256;
5. every article record against its schema and its manifest entry.

The first problem raises `PackageError` with a code and a plain message.
"""

from __future__ import annotations

import hashlib
import json
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danvan_desktop.portal.errors import PackageError
from danvan_desktop.portal.model import (
    ARTICLE_FORMAT_NAME,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    SIGNATURE_NAME,
)
from danvan_desktop.portal.schemas import validate
from danvan_desktop.portal.signing import PublicKey, choose_key, verify_signature


@dataclass(frozen=True, slots=True)
class Limits:
    max_entries: int = 10_000
    max_entry_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: int = 100
    ratio_floor_bytes: int = 1024 * 1024  # small entries may compress as well as they like
    max_manifest_bytes: int = 32 * 1024 * 1024


DEFAULT_LIMITS = Limits()
_ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


@dataclass(frozen=True, slots=True)
class VerifiedPackage:
    """A package whose signature, schema and every hash held."""

    manifest: dict[str, Any]
    files: dict[str, bytes]
    trusted_comment: str
    key_id: str

    def article_record(self, slug: str) -> dict[str, Any]:
        entry = next(a for a in self.manifest["articles"] if a["slug"] == slug)
        return json.loads(self.files[entry["record"]])


def _refuse(code: str, message: str) -> PackageError:
    return PackageError(code, message)


def check_name(name: str) -> None:
    """Refuse an entry name that could land outside a folder or mean two things."""
    shown = repr(name)
    if not name:
        raise _refuse("unsafe_name", "an entry has an empty name")
    # Cc: C0/C1 controls; Cf: invisible format characters such as U+202E, which
    # turns "gpj.exe" into what looks like "exe.jpg"; Cs/Co/Cn: no character at all.
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in name):
        raise _refuse("unsafe_name", f"entry {shown} has control characters in its name")
    if "\\" in name:
        raise _refuse("unsafe_name", f"entry {shown} has a backslash in its name")
    if name.startswith("/"):
        raise _refuse("unsafe_name", f"entry {shown} has an absolute path")
    if len(name) >= 2 and name[1] == ":" and name[0].isalpha():
        raise _refuse("unsafe_name", f"entry {shown} names a drive")
    if ":" in name:
        raise _refuse("unsafe_name", f"entry {shown} has a colon in its name")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise _refuse("unsafe_name", f"entry {shown} has an empty, '.' or '..' path part")


def _check_directory(archive: zipfile.ZipFile, limits: Limits) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise _refuse("too_many_entries", f"the package has {len(entries)} entries")
    seen: dict[str, str] = {}
    total = 0
    for info in entries:
        name = info.filename
        check_name(name)
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            other = seen[folded]
            kind = "twice" if other == name else f"as {other!r} too"
            raise _refuse("duplicate_name", f"entry {name!r} appears {kind}")
        seen[folded] = name
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise _refuse("symlink_entry", f"entry {name!r} is a symbolic link")
        if info.is_dir():
            raise _refuse("unexpected_entry", f"entry {name!r} is a folder")
        if info.flag_bits & 0x1:
            raise _refuse("encrypted_entry", f"entry {name!r} is encrypted")
        if info.compress_type not in _ALLOWED_METHODS:
            raise _refuse("unsupported_compression", f"entry {name!r} uses an unknown method")
        _check_size(name, info.file_size, info.compress_size, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _refuse("package_too_large", "the package unpacks to more than the limit")
    return entries


def _check_size(name: str, size: int, compressed: int, limits: Limits) -> None:
    if size > limits.max_entry_bytes:
        raise _refuse("entry_too_large", f"entry {name!r} is larger than the limit")
    if size > limits.ratio_floor_bytes and size > limits.max_ratio * max(compressed, 1):
        raise _refuse("entry_too_compressible", f"entry {name!r} is compressed suspiciously well")


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: int
) -> bytes:
    """The entry's bytes, stopping as soon as more come out than allowed."""
    cap = min(limits.max_entry_bytes, budget)
    chunks: list[bytes] = []
    count = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 16):
                count += len(chunk)
                if count > cap:
                    raise _refuse("entry_too_large", f"entry {info.filename!r} inflates too far")
                _check_size(info.filename, count, info.compress_size, limits)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error) as error:
        raise _refuse("entry_damaged", f"entry {info.filename!r} is damaged: {error}") from None
    except RuntimeError as error:  # encrypted or otherwise unreadable
        raise _refuse("entry_damaged", f"entry {info.filename!r}: {error}") from None
    if count != info.file_size:
        raise _refuse("entry_damaged", f"entry {info.filename!r} is not the size it claims")
    return b"".join(chunks)


def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse("json_invalid", f"{what} is not valid UTF-8 JSON") from None


_END_OF_ARCHIVE = b"PK\x05\x06"  # the end-of-central-directory record, 22 bytes with no comment


def _open(path: Path) -> zipfile.ZipFile:
    """The zip, refused if any byte lies before its first entry or after its end.

    `zipfile` reads an archive with data glued in front (a self-extractor's
    stub, a polyglot file); a package is the zip alone.
    """
    try:
        archive = zipfile.ZipFile(path)
        with path.open("rb") as raw:
            head = raw.read(4)
            raw.seek(-22, 2)
            tail = raw.read(4)
    except FileNotFoundError:
        raise _refuse("package_missing", f"no such file: {path}") from None
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _refuse("not_a_package", f"{path} is not a readable zip file: {error}") from None
    first = min((info.header_offset for info in archive.infolist()), default=0)
    if head != b"PK\x03\x04" or first != 0 or tail != _END_OF_ARCHIVE or archive.comment:
        archive.close()
        raise _refuse("not_a_package", f"{path} holds bytes before or after its zip archive")
    return archive


def _check_manifest_shape(manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise _refuse("not_a_package", "the manifest does not describe a Danvan portal package")
    if manifest.get("version") != FORMAT_VERSION:
        raise _refuse(
            "format_version_unsupported",
            f"package format version {manifest.get('version')!r} is not supported "
            f"(this program reads version {FORMAT_VERSION})",
        )
    validate("manifest", manifest)


def read_manifest(path: Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """The manifest after the directory checks, without its signature or hashes.

    For `danvan package show`; anything that acts on a package uses `read_package`.
    """
    with _open(path) as archive:
        entries = {info.filename: info for info in _check_directory(archive, limits)}
        if MANIFEST_NAME not in entries:
            raise _refuse("manifest_missing", "the package has no manifest.json")
        data = _read_entry(archive, entries[MANIFEST_NAME], limits, limits.max_manifest_bytes)
    manifest = _json(data, MANIFEST_NAME)
    _check_manifest_shape(manifest)
    return manifest


def read_package(
    path: Path,
    public_key: PublicKey | Iterable[PublicKey],
    limits: Limits = DEFAULT_LIMITS,
) -> VerifiedPackage:
    """Every file of the package, once the signature, schemas and all hashes hold.

    `public_key` is the publisher's key, or every key the reader trusts; the
    signature names the one it was made with.
    """
    trusted = [public_key] if isinstance(public_key, PublicKey) else list(public_key)
    with _open(path) as archive:
        entries = {info.filename: info for info in _check_directory(archive, limits)}
        for required in (MANIFEST_NAME, SIGNATURE_NAME):
            if required not in entries:
                raise _refuse("manifest_missing", f"the package has no {required}")
        manifest_bytes = _read_entry(
            archive, entries[MANIFEST_NAME], limits, limits.max_manifest_bytes
        )
        signature = _read_entry(archive, entries[SIGNATURE_NAME], limits, 4096)
        try:
            signature_text = signature.decode("utf-8")
        except UnicodeDecodeError:
            raise _refuse("signature_malformed", "the signature is not text") from None
        public_key = choose_key(signature_text, trusted)
        comment = verify_signature(manifest_bytes, signature_text, public_key)
        manifest = _json(manifest_bytes, MANIFEST_NAME)
        _check_manifest_shape(manifest)
        listed = {item["path"]: item for item in manifest["files"]}
        if len(listed) != len(manifest["files"]):
            raise _refuse("manifest_invalid", "the manifest lists a file twice")
        for name in entries:
            if name not in listed and name not in (MANIFEST_NAME, SIGNATURE_NAME):
                raise _refuse("unlisted_entry", f"entry {name!r} is not in the manifest")
        for name in listed:
            check_name(name)
            if name not in entries:
                raise _refuse("entry_missing", f"{name!r} is in the manifest but not the package")
        files: dict[str, bytes] = {}
        budget = limits.max_total_bytes
        for name in sorted(listed):
            data = _read_entry(archive, entries[name], limits, budget)
            budget -= len(data)
            if len(data) != listed[name]["size"]:
                raise _refuse("size_mismatch", f"{name!r} is not the size the manifest says")
            if hashlib.sha256(data).hexdigest() != listed[name]["sha256"]:
                raise _refuse("hash_mismatch", f"{name!r} does not match its SHA-256")
            files[name] = data
    _check_articles(manifest, files)
    return VerifiedPackage(manifest, files, comment, public_key.key_id_hex)


def _check_articles(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
    slugs: set[str] = set()
    for entry in manifest["articles"]:
        if entry["slug"] in slugs:
            raise _refuse("duplicate_article", f"article {entry['slug']!r} is listed twice")
        slugs.add(entry["slug"])
        for key in ("page", "record"):
            if entry[key] not in files:
                raise _refuse("entry_missing", f"{entry[key]!r} is not in the package")
        record = _json(files[entry["record"]], entry["record"])
        if not isinstance(record, dict) or record.get("format") != ARTICLE_FORMAT_NAME:
            raise _refuse("record_invalid", f"{entry['record']!r} is not an article record")
        validate("article", record)
        for key in ("id", "slug", "revision_hash"):
            if record[key] != entry[key]:
                raise _refuse("record_mismatch", f"{entry['record']!r} disagrees on {key}")
        for image in record["images"]:
            if image["file"] is not None and image["file"] not in files:
                raise _refuse("entry_missing", f"picture {image['file']!r} is not in the package")
