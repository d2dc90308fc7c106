"""Vietnamese text as an old PC would have saved it: TCVN3, VNI and CP1258 bytes.

The encoders are the project's own (checked elsewhere against glibc and
viparse); CP1258 is built the way Windows' Vietnamese code page stores text:
precomposed base letters (â ê ô ơ ư ă đ) followed by a combining tone byte.
"""

from __future__ import annotations

import unicodedata

from danvan_desktop.vietnamese.charsets import encode_tcvn3, encode_vni, to_bytes

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def tcvn3_bytes(text: str) -> bytes:
    return to_bytes(encode_tcvn3(text))


def vni_bytes(text: str) -> bytes:
    return to_bytes(encode_vni(text))


def cp1258_bytes(text: str) -> bytes:
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tone = "".join(mark for mark in decomposed if mark in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONES))
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)
