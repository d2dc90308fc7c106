"""Pictures kept in the store, addressed by the SHA-256 of their bytes.

Content addressing makes a second insert of the same photo free and lets an
article body name a picture (`media:<sha256>`) the same way on every PC and in
every package. The bytes are stored as given: stripping EXIF is the exporter's
job, because the original is the evidence of where a photo came from.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from danvan_desktop.errors import InvalidInput, NotFound, PermissionDenied
from danvan_desktop.services.dto import Actor, Change, Outcome
from danvan_desktop.services.guard import current_roles
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Media, utcnow
from danvan_desktop.vietnamese import normalize_field
from danvan_desktop.workflow import Role

MAX_IMAGE_BYTES = 25 * 1024 * 1024
_WRITERS = frozenset({Role.EDITOR, Role.REVIEWER})


@dataclass(frozen=True, slots=True)
class MediaInfo:
    sha256: str
    mime: str
    size: int
    width: int | None
    height: int | None
    original_name: str


def sniff_image(data: bytes) -> tuple[str, int | None, int | None]:
    """The MIME type and pixel size read from the file's own header.

    Only the formats a browser shows and the portal accepts; the extension a
    file was given is not trusted.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp", *_webp_size(data)
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg", *_jpeg_size(data)
    raise InvalidInput("unsupported_image", "only JPEG, PNG, GIF and WebP pictures are accepted")


def _jpeg_size(data: bytes) -> tuple[int | None, int | None]:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            index += 1
            continue
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            index += 1 if marker == 0xFF else 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return width, height
        index += 2 + length
    return None, None


def _webp_size(data: bytes) -> tuple[int | None, int | None]:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None, None


def _info(row: Media) -> MediaInfo:
    return MediaInfo(row.sha256, row.mime, row.size, row.width, row.height, row.original_name)


def add_media(
    store: Store, actor: Actor, data: bytes, original_name: str = ""
) -> Outcome[MediaInfo]:
    """Store a picture (or find it already stored) and say how to refer to it."""
    if not data:
        raise InvalidInput("empty_file", "the file is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidInput("image_too_large", f"pictures are limited to {MAX_IMAGE_BYTES} bytes")
    mime, width, height = sniff_image(data)
    sha = hashlib.sha256(data).hexdigest()
    with store.unit() as session:
        if not _WRITERS.intersection(current_roles(session, actor)):
            raise PermissionDenied("role_required", "adding pictures needs the editor role")
        existing = session.get(Media, sha)
        if existing is not None:
            return Outcome(_info(existing), frozenset())
        row = Media(
            sha256=sha,
            mime=mime,
            size=len(data),
            width=width,
            height=height,
            original_name=normalize_field(original_name)[:255],
            data=data,
            created_at=utcnow(),
        )
        session.add(row)
        append_event(
            session,
            actor=actor.username,
            action="media.add",
            subject=f"media:{sha}",
            details={"mime": mime, "size": len(data), "name": row.original_name},
        )
        session.flush()
        return Outcome(_info(row), frozenset({Change.MEDIA, Change.AUDIT}))


def get_media(store: Store, sha256: str) -> tuple[MediaInfo, bytes]:
    """A stored picture's description and bytes."""
    with store.unit() as session:
        row = session.get(Media, sha256.strip().lower())
        if row is None:
            raise NotFound("media_not_found", f"no stored image {sha256}")
        return _info(row), bytes(row.data)
