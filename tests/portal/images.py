"""Small real pictures with metadata in them, built byte by byte (no imaging library)."""

from __future__ import annotations

import struct
import zlib


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


EXIF_GPS = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08GPSLatitude=18.6796N;GPSLongitude=105.6813E"
XMP = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>Nikon D750 serial 1234</x:xmpmeta>"
IPTC = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x10by-line: Phong vien"


def jpeg(seed: int = 0, *, metadata: bool = True) -> bytes:
    """A JPEG with JFIF, an ICC profile, and (if asked) EXIF/GPS, XMP, IPTC and a comment."""
    parts = [
        b"\xff\xd8",
        _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
    ]
    if metadata:
        parts += [_segment(0xE1, EXIF_GPS), _segment(0xE1, XMP), _segment(0xED, IPTC)]
        parts.append(_segment(0xFE, b"taken at Vinh city"))
    parts += [
        _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + bytes(20)),
        _segment(0xDB, b"\x00" + bytes(range(64))),
        _segment(0xC0, b"\x08\x00\x10\x00\x10\x01\x01\x11\x00"),
        _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
        bytes([(seed + i) % 255 for i in range(64)]).replace(b"\xff", b"\xfe"),
        b"\xff\xd9",
    ]
    return b"".join(parts)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(*, metadata: bool = True) -> bytes:
    parts = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))]
    if metadata:
        parts += [
            _chunk(b"tEXt", b"Comment\x00GPS 18.67N 105.68E"),
            _chunk(b"eXIf", EXIF_GPS[6:]),
            _chunk(b"tIME", b"\x07\xea\x0b\x1a\x0a\x00\x00"),
        ]
    parts += [_chunk(b"IDAT", zlib.compress(b"\x00\x80")), _chunk(b"IEND", b"")]
    return b"".join(parts)
