"""Reading a .docx (a zip archive) without letting a hostile one exhaust the machine.

A Word file arrives by e-mail from anyone. A few kilobytes of zip can inflate to
gigabytes (research notes, B4: 200 MB of zeros packs into 199 KB), and the sizes
in the zip headers are whatever the sender wrote, so we never trust them: every
entry is inflated here in chunks, counting the bytes actually produced, and the
read stops as soon as a limit is crossed. The parts we return are the bytes that
were read, so nothing downstream inflates the archive again.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from danvan_desktop.importers.model import ImportRefused

MAX_ENTRIES = 2_000
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100  # inflated bytes per compressed byte, over the whole archive
RATIO_GRACE_BYTES = 4 * 1024 * 1024  # small archives may compress well; they cost nothing
_CHUNK = 64 * 1024


def _bomb(detail: str) -> ImportRefused:
    return ImportRefused(
        "zip_bomb",
        f"the file inflates far beyond any real document ({detail}); it was not imported",
        detail=detail,
    )


def read_zip_parts(data: bytes) -> dict[str, bytes]:
    """Every entry of the archive by name, read within the limits above.

    Raises `ImportRefused` with code "corrupt_document" for what is not a
    readable zip and "zip_bomb" for what inflates past a limit.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise ImportRefused(
            "corrupt_document", f"the file is damaged or not a Word document: {error}"
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise _bomb(f"{len(entries)} entries")
        parts: dict[str, bytes] = {}
        total = 0
        for entry in entries:
            if entry.is_dir():
                continue
            if entry.filename in parts:
                raise ImportRefused("corrupt_document", f"the file holds {entry.filename!r} twice")
            body = _read_entry(archive, entry, total, len(data))
            total += len(body)
            parts[entry.filename] = body
        return parts


def _read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, total: int, packed: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > MAX_ENTRY_BYTES:
                    raise _bomb(f"{entry.filename} exceeds {MAX_ENTRY_BYTES} bytes")
                inflated = total + size
                if inflated > MAX_TOTAL_BYTES:
                    raise _bomb(f"more than {MAX_TOTAL_BYTES} bytes in all")
                if inflated > RATIO_GRACE_BYTES and inflated > MAX_RATIO * max(packed, 1):
                    raise _bomb(f"compression ratio above {MAX_RATIO}:1")
                chunks.append(chunk)
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise ImportRefused(
            "corrupt_document", f"the file is damaged ({entry.filename}: {error})"
        ) from None
    except RuntimeError as error:  # an encrypted zip entry asks for a password
        raise ImportRefused(
            "encrypted_document", f"the file is password-protected ({error})"
        ) from None
    return b"".join(chunks)
