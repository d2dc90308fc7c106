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


def _riff_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


def webp(*, metadata: bool = True) -> bytes:
    flags = 0x08 | 0x04 if metadata else 0
    chunks = [_riff_chunk(b"VP8X", bytes([flags, 0, 0, 0]) + bytes(6))]
    chunks.append(_riff_chunk(b"VP8 ", b"\x30\x01\x00\x9d\x01\x2a\x01\x00\x01\x00" + bytes(9)))
    if metadata:
        chunks += [_riff_chunk(b"EXIF", EXIF_GPS[6:]), _riff_chunk(b"XMP ", XMP)]
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def gif(*, metadata: bool = True) -> bytes:
    parts = [b"GIF89a", struct.pack("<HH", 1, 1), b"\x80\x00\x00", b"\x00\x00\x00\xff\xff\xff"]
    parts.append(b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00")  # loop forever: kept
    if metadata:
        parts.append(b"\x21\xfe\x12GPS 18.67N 105.68E\x00")  # comment
        parts.append(b"\x21\xff\x0bXMP DataXMP\x05Nikon\x00")  # application: XMP
    parts.append(b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00\x02\x02\x44\x01\x00")
    parts.append(b"\x3b")
    return b"".join(parts)
