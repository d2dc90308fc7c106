"""Minisign-compatible keys and signatures, checked against the stock `minisign` tool."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from danvan_desktop.portal import PackageError, SigningKeyError, build_package, signing
from tests.portal.conftest import PASSPHRASE, sample_input

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="minisign is not installed")


def _minisign_verify(folder: Path, public_key: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [MINISIGN or "minisign", "-V", "-p", str(public_key), "-m", "manifest.json"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def _unpack_manifest(package: Path, folder: Path) -> None:
    folder.mkdir()
    with zipfile.ZipFile(package) as archive:
        for name in ("manifest.json", "manifest.json.minisig"):
            (folder / name).write_bytes(archive.read(name))


@needs_minisign
def test_stock_minisign_verifies_the_manifest(
    key: signing.SigningKey, public_key_file: Path, tmp_path: Path
) -> None:
    build_package(sample_input(), tmp_path / "p.zip", key)
    _unpack_manifest(tmp_path / "p.zip", tmp_path / "x")
    result = _minisign_verify(tmp_path / "x", public_key_file)
    assert result.returncode == 0, result.stderr
    assert "id=00000000-0000-0000-0000-000000000063" in result.stdout  # the trusted comment


@needs_minisign
def test_tampering_is_caught_by_minisign_and_by_us(
    key: signing.SigningKey, public_key_file: Path, tmp_path: Path
) -> None:
    build_package(sample_input(), tmp_path / "p.zip", key)
    _unpack_manifest(tmp_path / "p.zip", tmp_path / "x")
    manifest = tmp_path / "x" / "manifest.json"
    tampered = manifest.read_bytes().replace(b'"approver": "duyet"', b'"approver": "ke-gian"')
    assert tampered != manifest.read_bytes()
    manifest.write_bytes(tampered)
    assert _minisign_verify(tmp_path / "x", public_key_file).returncode != 0
    signature = (tmp_path / "x" / "manifest.json.minisig").read_text()
    with pytest.raises(PackageError) as refused:
        signing.verify_signature(tampered, signature, key.public)
    assert refused.value.code == "signature_invalid"


def test_trusted_comment_is_signed_too(key: signing.SigningKey) -> None:
    signature = key.sign(b"data", "package 1")
    forged = signature.replace("trusted comment: package 1", "trusted comment: package 2")
    assert signing.verify_signature(b"data", signature, key.public) == "package 1"
    with pytest.raises(PackageError):
        signing.verify_signature(b"data", forged, key.public)


def test_another_key_is_refused_by_id(key: signing.SigningKey, tmp_path: Path) -> None:
    signing.generate_key("another passphrase", tmp_path / "other")
    other = signing.load_signing_key("another passphrase", tmp_path / "other")
    with pytest.raises(PackageError) as refused:
        signing.verify_signature(b"data", other.sign(b"data", "x"), key.public)
    assert refused.value.code == "signature_wrong_key"


def test_public_key_round_trips_in_minisign_format(key: signing.SigningKey) -> None:
    text = key.public.to_minisign()
    assert text.startswith(f"untrusted comment: minisign public key {key.public.key_id_hex}\n")
    assert signing.PublicKey.from_minisign(text) == key.public
    assert signing.load_public_key() == key.public


def test_secret_key_is_encrypted_and_private() -> None:
    signing.generate_key(PASSPHRASE)
    secret = signing.key_dir() / signing.SECRET_KEY_FILE
    assert b"ENCRYPTED PRIVATE KEY" in secret.read_bytes()
    if os.name == "posix":
        assert secret.stat().st_mode & 0o777 == 0o600
    with pytest.raises(SigningKeyError) as refused:
        signing.load_signing_key("wrong passphrase")
    assert refused.value.code == "key_passphrase_wrong"


def test_generate_never_replaces_a_key_silently() -> None:
    first = signing.generate_key(PASSPHRASE)
    with pytest.raises(SigningKeyError) as refused:
        signing.generate_key(PASSPHRASE)
    assert refused.value.code == "key_exists"
    assert signing.load_public_key() == first
    assert signing.generate_key(PASSPHRASE, overwrite=True) != first


def test_short_passphrase_and_missing_key_are_clear_errors() -> None:
    with pytest.raises(SigningKeyError) as short:
        signing.generate_key("short")
    assert short.value.code == "passphrase_too_short"
    with pytest.raises(SigningKeyError) as missing:
        signing.load_signing_key(PASSPHRASE)
    assert missing.value.code == "key_missing"


def test_a_reader_may_trust_several_keys(key: signing.SigningKey, tmp_path: Path) -> None:
    from danvan_desktop.portal import read_package

    signing.generate_key("another passphrase", tmp_path / "other")
    other = signing.load_signing_key("another passphrase", tmp_path / "other")
    build_package(sample_input(), tmp_path / "p.zip", key)
    verified = read_package(tmp_path / "p.zip", [other.public, key.public])
    assert verified.key_id == key.public.key_id_hex
    with pytest.raises(PackageError) as refused:
        read_package(tmp_path / "p.zip", [other.public])
    assert refused.value.code == "signature_wrong_key"
    assert other.public.key_id_hex in refused.value.message
