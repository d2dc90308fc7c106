"""Remove EXIF, GPS, XMP, IPTC and comments from pictures before they leave the office.

A phone photo carries where and when it was taken and on which device; the
store keeps the original as evidence, the package gets a copy without any of
it. The pixels are never decoded or re-encoded (no quality loss, no imaging
library): each format's container is walked and only the parts a browser needs
to draw the picture are kept.

- JPEG: segments up to the start of scan are copied except APP1 (EXIF, XMP),
  APP13 (Photoshop/IPTC), COM and the other APPn; APP0 (JFIF), APP2 ICC
  profiles and APP14 (Adobe, which says how CMYK data is transformed) stay,
  because dropping them changes the colours.
- PNG: text chunks (tEXt, zTXt, iTXt), eXIf and tIME go.
- WebP: EXIF and XMP chunks go and the VP8X header flags are cleared to match.
- GIF: comment and application extensions (XMP hides in one) go.

A file that does not parse is refused rather than passed through: a picture
we cannot walk is a picture we cannot vouch for.
"""

from __future__ import annotations

import struct

from danvan_desktop.portal.errors import PackageError

_JPEG_KEEP_APP = {0xE0, 0xE2, 0xEE}  # APP0 JFIF, APP2 ICC, APP14 Adobe
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
_WEBP_DROP = {b"EXIF", b"XMP "}
_WEBP_EXIF_FLAG, _WEBP_XMP_FLAG = 0x08, 0x04


def _bad(kind: str) -> PackageError:
    return PackageError("image_unreadable", f"the {kind} picture is damaged and cannot be cleaned")


def strip_metadata(data: bytes, mime: str) -> bytes:
    """The picture without metadata; the same bytes back when there was none."""
    if mime == "image/jpeg":
        return _strip_jpeg(data)
    if mime == "image/png":
        return _strip_png(data)
    if mime == "image/webp":
        return _strip_webp(data)
    if mime == "image/gif":
        return _strip_gif(data)
    raise PackageError("image_type_refused", f"pictures of type {mime!r} cannot be published")


def _strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise _bad("JPEG")
    out = [b"\xff\xd8"]
    index = 2
    while index < len(data):
        if data[index] != 0xFF:
            raise _bad("JPEG")
        marker = data[index + 1] if index + 1 < len(data) else None
        if marker is None:
            raise _bad("JPEG")
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker == 0xD9:  # EOI before any scan
            out.append(b"\xff\xd9")
            return b"".join(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(data[index : index + 2])
            index += 2
            continue
        if index + 4 > len(data):
            raise _bad("JPEG")
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        end = index + 2 + length
        if length < 2 or end > len(data):
            raise _bad("JPEG")
        if marker == 0xDA:  # start of scan: the rest is image data
            out.append(data[index:])
            return b"".join(out)
        is_app = 0xE0 <= marker <= 0xEF
        if not (marker == 0xFE or (is_app and marker not in _JPEG_KEEP_APP)):
            out.append(data[index:end])
        index = end
    raise _bad("JPEG")


def _strip_png(data: bytes) -> bytes:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        raise _bad("PNG")
    out = [signature]
    index = len(signature)
    while index < len(data):
        if index + 8 > len(data):
            raise _bad("PNG")
        length, kind = struct.unpack(">I4s", data[index : index + 8])
        end = index + 12 + length
        if end > len(data):
            raise _bad("PNG")
        if kind not in _PNG_DROP:
            out.append(data[index:end])
        index = end
        if kind == b"IEND":
            return b"".join(out)
    raise _bad("PNG")


def _strip_webp(data: bytes) -> bytes:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise _bad("WebP")
    chunks: list[bytes] = []
    index = 12
    while index + 8 <= len(data):
        kind = data[index : index + 4]
        (length,) = struct.unpack("<I", data[index + 4 : index + 8])
        end = index + 8 + length + (length & 1)
        if index + 8 + length > len(data):
            raise _bad("WebP")
        chunk = data[index:end]
        if kind == b"VP8X" and length >= 10:
            flags = chunk[8] & ~(_WEBP_EXIF_FLAG | _WEBP_XMP_FLAG) & 0xFF
            chunk = chunk[:8] + bytes([flags]) + chunk[9:]
        if kind not in _WEBP_DROP:
            chunks.append(chunk)
        index = end
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _skip_sub_blocks(data: bytes, index: int) -> int:
    while True:
        if index >= len(data):
            raise _bad("GIF")
        size = data[index]
        index += 1 + size
        if size == 0:
            return index


def _strip_gif(data: bytes) -> bytes:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 13:
        raise _bad("GIF")
    flags = data[10]
    index = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    out = [data[:index]]
    while index < len(data):
        block = data[index]
        if block == 0x3B:  # trailer
            out.append(b"\x3b")
            return b"".join(out)
        if block == 0x21 and index + 1 < len(data):
            label = data[index + 1]
            end = _skip_sub_blocks(data, index + 2)
            if label not in (0xFE, 0xFF):  # comment, application (XMP, ICC…)
                out.append(data[index:end])
            elif label == 0xFF and data[index + 3 : index + 14] == b"NETSCAPE2.0":
                out.append(data[index:end])  # the loop count of an animation
            index = end
        elif block == 0x2C:
            if index + 10 > len(data):
                raise _bad("GIF")
            local = data[index + 9]
            start = index + 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            end = _skip_sub_blocks(data, start + 1)  # +1: LZW minimum code size
            out.append(data[index:end])
            index = end
        else:
            raise _bad("GIF")
    raise _bad("GIF")
