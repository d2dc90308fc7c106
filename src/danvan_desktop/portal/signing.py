"""Ed25519 signatures in minisign's format, so the portal checks packages with stock tools.

`minisign -V -p danvan.pub -m manifest.json` (or py-minisign) verifies what
`SigningKey.sign` writes: the prehashed "ED" algorithm (Ed25519 over the
BLAKE2b-512 of the file), an 8-byte key id, and a global signature over the
signature and the trusted comment, which is how minisign authenticates the
comment too.

The secret key is not kept in minisign's own scrypt container but as PKCS#8
encrypted with the passphrase (`BestAvailableEncryption`), which `cryptography`
reads and writes without extra code; the public key file is in minisign's
format. The key id is derived from the public key, so no third file is needed
to remember it. Keys live in the data directory, never in the database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from danvan_desktop import config
from danvan_desktop.portal.errors import PackageError, SigningKeyError

PASSPHRASE_VARIABLE = "DANVAN_KEY_PASSPHRASE"
KEY_DIR = "keys"
SECRET_KEY_FILE = "portal-signing.key"
PUBLIC_KEY_FILE = "portal-signing.pub"
MIN_PASSPHRASE_CHARS = 8

_PUBLIC_ALG = b"Ed"
_PREHASHED_ALG = b"ED"
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "


def key_dir(directory: Path | None = None) -> Path:
    return directory if directory is not None else config.data_dir() / KEY_DIR


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as minisign stores it
    raw: bytes  # 32 bytes of Ed25519 public key

    @property
    def key_id_hex(self) -> str:
        """The id as minisign prints it: the little-endian number in upper-case hex."""
        return self.key_id[::-1].hex().upper()

    def to_minisign(self) -> str:
        encoded = base64.b64encode(_PUBLIC_ALG + self.key_id + self.raw).decode("ascii")
        return f"{_UNTRUSTED}minisign public key {self.key_id_hex}\n{encoded}\n"

    @classmethod
    def from_minisign(cls, text: str) -> PublicKey:
        """Read a minisign public key file (or its bare base64 line)."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        lines = [line for line in lines if not line.startswith(_UNTRUSTED)]
        try:
            blob = base64.b64decode(lines[0], validate=True)
        except (IndexError, binascii.Error):
            raise PackageError("public_key_invalid", "not a minisign public key") from None
        if len(blob) != 42 or blob[:2] != _PUBLIC_ALG:
            raise PackageError("public_key_invalid", "not an Ed25519 minisign public key")
        return cls(key_id=blob[2:10], raw=blob[10:])


def _key_id(raw_public: bytes) -> bytes:
    return hashlib.blake2b(raw_public, digest_size=8, person=b"danvan-keyid").digest()


def _public_of(private: Ed25519PrivateKey) -> PublicKey:
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return PublicKey(key_id=_key_id(raw), raw=raw)


@dataclass(frozen=True, slots=True)
class SigningKey:
    private: Ed25519PrivateKey
    public: PublicKey

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
        """A minisign signature file for `data`. Ed25519 is deterministic: same in, same out."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        signature = self.private.sign(hashlib.blake2b(data).digest())
        global_signature = self.private.sign(signature + trusted_comment.encode("utf-8"))
        untrusted = untrusted_comment or f"signature from danvan key {self.public.key_id_hex}"
        first = base64.b64encode(_PREHASHED_ALG + self.public.key_id + signature).decode("ascii")
        second = base64.b64encode(global_signature).decode("ascii")
        return f"{_UNTRUSTED}{untrusted}\n{first}\n{_TRUSTED}{trusted_comment}\n{second}\n"


def choose_key(signature_text: str, trusted: Iterable[PublicKey]) -> PublicKey:
    """The trusted key whose id the signature names (the portal may trust several)."""
    keys = list(trusted)
    lines = signature_text.splitlines()
    try:
        blob = base64.b64decode(lines[1].strip(), validate=True)
    except (IndexError, binascii.Error):
        raise PackageError(
            "signature_malformed", "the signature is not in minisign format"
        ) from None
    for key in keys:
        if blob[2:10] == key.key_id:
            return key
    trusted_ids = ", ".join(key.key_id_hex for key in keys) or "none"
    raise PackageError(
        "signature_wrong_key",
        f"signed by key {blob[2:10][::-1].hex().upper()}, not by a trusted key ({trusted_ids})",
    )


def verify_signature(data: bytes, signature_text: str, public_key: PublicKey) -> str:
    """Check a minisign signature of `data`; return its trusted comment, or raise."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise PackageError("signature_malformed", "the signature file is not in minisign format")
    try:
        blob = base64.b64decode(lines[1].strip(), validate=True)
        global_signature = base64.b64decode(lines[3].strip(), validate=True)
    except binascii.Error:
        raise PackageError("signature_malformed", "the signature is not valid base64") from None
    if len(blob) != 74 or len(global_signature) != 64:
        raise PackageError("signature_malformed", "the signature has the wrong length")
    algorithm, key_id, signature = blob[:2], blob[2:10], blob[10:]
    if key_id != public_key.key_id:
        raise PackageError(
            "signature_wrong_key",
            f"signed by key {key_id[::-1].hex().upper()}, not by {public_key.key_id_hex}",
        )
    if algorithm == _PREHASHED_ALG:
        signed = hashlib.blake2b(data).digest()
    elif algorithm == _PUBLIC_ALG:
        signed = data
    else:
        raise PackageError("signature_malformed", "unknown signature algorithm")
    trusted_comment = lines[2][len(_TRUSTED) :]
    verifier = Ed25519PublicKey.from_public_bytes(public_key.raw)
    try:
        verifier.verify(signature, signed)
        verifier.verify(global_signature, signature + trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise PackageError(
            "signature_invalid", "the manifest signature does not match: the package was altered"
        ) from None
    return trusted_comment


def _write_private(path: Path, data: bytes) -> None:
    """Create the file readable by its owner only, atomically."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-", suffix=".tmp")
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def generate_key(
    passphrase: str, directory: Path | None = None, *, overwrite: bool = False
) -> PublicKey:
    """Make a key pair in the data directory; refuse to replace one unless asked.

    Replacing a key strands every package the portal has yet to receive, and
    the portal's trust store must learn the new id, so it is never silent.
    """
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise SigningKeyError(
            "passphrase_too_short",
            f"the key passphrase needs at least {MIN_PASSPHRASE_CHARS} characters",
        )
    folder = key_dir(directory)
    folder.mkdir(parents=True, exist_ok=True)
    secret_path, public_path = folder / SECRET_KEY_FILE, folder / PUBLIC_KEY_FILE
    if secret_path.exists() and not overwrite:
        raise SigningKeyError("key_exists", f"a signing key already exists: {secret_path}")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    public = _public_of(private)
    _write_private(secret_path, pem)
    public_path.write_text(public.to_minisign(), encoding="ascii")
    return public


def has_key(directory: Path | None = None) -> bool:
    return (key_dir(directory) / SECRET_KEY_FILE).is_file()


def load_signing_key(passphrase: str, directory: Path | None = None) -> SigningKey:
    path = key_dir(directory) / SECRET_KEY_FILE
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise SigningKeyError(
            "key_missing", "no signing key: create one with `danvan key generate`"
        ) from None
    try:
        private = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise SigningKeyError(
            "key_passphrase_wrong", "cannot unlock the signing key: wrong passphrase?"
        ) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise SigningKeyError("key_invalid", f"{path} is not an Ed25519 key")
    return SigningKey(private=private, public=_public_of(private))


def load_public_key(directory: Path | None = None) -> PublicKey:
    path = key_dir(directory) / PUBLIC_KEY_FILE
    try:
        return PublicKey.from_minisign(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        raise SigningKeyError(
            "key_missing", "no public key here: pass the publisher's key with --public-key"
        ) from None


def read_public_key_file(path: Path) -> PublicKey:
    try:
        return PublicKey.from_minisign(path.read_text(encoding="ascii", errors="replace"))
    except FileNotFoundError:
        raise SigningKeyError("key_missing", f"no such public key file: {path}") from None
