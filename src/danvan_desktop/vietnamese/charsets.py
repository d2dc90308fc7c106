"""The legacy Vietnamese charsets, one decoder and (where it makes sense) one encoder each.

Legacy text almost never reaches us as bytes: Word, the clipboard and HTML hand
over a str in which each byte of the old font was decoded as cp1252 ("§æi míi"
is TCVN3's "Đổi mới", "Ñoåi môùi" is VNI's). Every function here works on that
str form. `to_bytes`/`from_bytes` bridge to files. The tables are data files
under resources/vietnamese/ (see their headers for where they come from) and
are loaded on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from danvan_desktop.resource_files import resource_path
from danvan_desktop.vietnamese.letters import VOWELS, split_tone, with_tone


def _read_tsv(name: str) -> list[tuple[str, str]]:
    rows = []
    text = resource_path("vietnamese", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            left, right = line.split("\t")
            rows.append((left, right))
    return rows


def from_bytes(data: bytes) -> str:
    """The str form of legacy bytes: each byte as its cp1252 character.

    The five bytes cp1252 leaves undefined become the C1 control of the same
    value, so nothing is lost and `to_bytes` gives the bytes back.
    """
    return "".join(_CP1252_OR_LATIN1[byte] for byte in data)


def from_mixed_bytes(data: bytes) -> str:
    """Bytes that are not all UTF-8, line by line: UTF-8 where a line is, else `from_bytes`.

    A file pieced together from an old TCVN3 document and new Unicode text holds
    lines of both; reading it all as legacy bytes would garble the Unicode lines.
    """
    out = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(from_bytes(line))
    return "".join(out)


def to_bytes(text: str) -> bytes:
    """Inverse of `from_bytes`; characters no byte can hold become "?"."""
    out = bytearray()
    for char in text:
        byte = _BYTE_OF.get(char)
        out.append(byte if byte is not None else 0x3F)
    return bytes(out)


_CP1252_OR_LATIN1 = [bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)]
_BYTE_OF = {char: byte for byte, char in enumerate(_CP1252_OR_LATIN1)}


# --- TCVN3 ---------------------------------------------------------------------------


@cache
def _tcvn3_tables() -> tuple[dict[int, str], dict[str, str]]:
    decode: dict[int, str] = {}
    encode: dict[str, str] = {}
    for byte_hex, letter in _read_tsv("tcvn3.tsv"):
        surface = chr(int(byte_hex, 16))  # 0xA1-0xFE: cp1252 and Latin-1 agree
        decode[ord(surface)] = letter
        encode[letter] = surface
    for letter, surface in list(encode.items()):
        capital = letter.upper()
        # Toned capitals have no code of their own; the H fonts draw the
        # lowercase codes as capitals, so that is where they go.
        encode.setdefault(capital, surface)
    return decode, encode


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 (.VnTime) str form → Unicode; `capitals` for text set in a .VnTimeH-style font."""
    decoded = unicodedata.normalize("NFC", text.translate(_tcvn3_tables()[0]))
    return decoded.upper() if capitals else decoded


def encode_tcvn3(text: str) -> str:
    """Unicode → TCVN3 str form. Toned capitals fall back to the lowercase codes."""
    table = _tcvn3_tables()[1]
    return "".join(table.get(char, char) for char in unicodedata.normalize("NFC", text))


# --- VNI-Windows -----------------------------------------------------------------------


@cache
def _vni_tables() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    decode: dict[str, str] = {}
    encode: dict[str, str] = {}
    for letter, spelling in _read_tsv("vni.tsv"):
        capital, capital_spelling = letter.upper(), spelling.upper()
        encode[letter] = spelling
        encode[capital] = capital_spelling
        for form, sequence in ((letter, spelling), (capital, capital_spelling)):
            decode[sequence] = form
        if len(spelling) == 2:
            # Mixed case after Word's "Change Case": the base letter decides.
            decode[spelling[0] + spelling[1].upper()] = letter
            decode[capital_spelling[0] + capital_spelling[1].lower()] = capital
    keys = sorted((k for k in decode if k != decode[k]), key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(key) for key in keys))
    return pattern, decode, encode


def decode_vni(text: str) -> str:
    """VNI-Windows str form → Unicode."""
    pattern, decode, _ = _vni_tables()
    return unicodedata.normalize("NFC", pattern.sub(lambda match: decode[match[0]], text))


def encode_vni(text: str) -> str:
    """Unicode → VNI-Windows str form."""
    table = _vni_tables()[2]
    return "".join(table.get(char, char) for char in unicodedata.normalize("NFC", text))


# --- CP1258 ----------------------------------------------------------------------------


@cache
def _cp1258_table() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0x100):
        as_1252 = bytes([byte]).decode("cp1252", errors="ignore")
        as_1258 = bytes([byte]).decode("cp1258", errors="ignore")
        if as_1252 and as_1258 and as_1252 != as_1258:
            table[ord(as_1252)] = as_1258
    return table


def decode_cp1258(text: str) -> str:
    """Windows-1258 → NFC Unicode, from either str form.

    Bytes read as cp1252 ("ViÒt") are mapped to their cp1258 meaning first;
    text that was decoded with cp1258 already only needs its combining tone
    marks composed, which NFC does.
    """
    return unicodedata.normalize("NFC", text.translate(_cp1258_table()))


# --- VIQR (RFC 1456) -------------------------------------------------------------------

_VIQR_SHAPES = {("a", "("): "ă", ("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô"}
_VIQR_SHAPES.update({("o", "+"): "ơ", ("u", "+"): "ư", ("o", "*"): "ơ", ("u", "*"): "ư"})
_VIQR_TONES = {"`": 1, "?": 2, "~": 3, "'": 4, ".": 5}
_VIQR_TONE_CHARS = {tone: char for char, tone in _VIQR_TONES.items()}
_VIQR_SHAPE_CHARS = {"ă": "a(", "â": "a^", "ê": "e^", "ô": "o^", "ơ": "o+", "ư": "u+"}
_VIQR_MARKS = frozenset("(^+*`?~'.")
_URLISH = re.compile(r"://|@|^www\.", re.IGNORECASE)
_TOKENS = re.compile(r"(\s+)")
_SENTENCE_BREAK = re.compile(r"[^\\][.?!] +[A-ZĐ\d]")


def decode_viqr(text: str) -> str:
    """VIQR → Unicode (RFC 1456: a( a^ e^ o^ o+ u+ dd, tones ' ` ? ~ ., "\\" escapes).

    "dd" is đ at the start of a word (and "DD" inside an acronym: "HDDND"),
    and tokens that look like URLs or e-mail addresses are left alone, as
    Unikey does. Writers rarely escape a sentence's final "." or "?" as
    RFC 1456 asks, so one after a vowel at the very end of a line is read as
    punctuation when the line reads as prose (it has another sentence break or
    more than 20 words); in a title, and anywhere else, it is a tone mark
    ("Nghe^. An" is "Nghệ An", "phu.c vu." is "phục vụ").
    """
    return unicodedata.normalize(
        "NFC", "".join(_decode_viqr_line(line) for line in text.splitlines(keepends=True))
    )


def _decode_viqr_line(line: str) -> str:
    parts = _TOKENS.split(line.rstrip("\r\n"))
    prose = len(parts) > 40 or bool(_SENTENCE_BREAK.search(line))
    out = []
    last = len(parts) - 1
    for index, token in enumerate(parts):
        if index % 2 or _URLISH.search(token):
            out.append(token)
        else:
            out.append(_decode_viqr_token(token, prose and index >= last - 1))
    out.append(line[len(line.rstrip("\r\n")) :])
    return "".join(out)


def _decode_viqr_token(token: str, sentence_end: bool) -> str:
    out: list[str] = []
    i, n = 0, len(token)
    toned = False  # a syllable has one tone: a second "." or "?" is punctuation
    while i < n:
        char = token[i]
        if char == "\\" and i + 1 < n:
            out.append(token[i + 1])
            i += 2
            continue
        if char in "dD" and i + 1 < n and token[i + 1] in "dD" and _d_bar_here(token, i):
            out.append("Đ" if char == "D" else "đ")
            i += 2
            continue
        if char.lower() in VOWELS:
            letter, i = _viqr_vowel(token, i, sentence_end or toned)
            toned = toned or split_tone(letter)[1] != 0
            out.append(letter)
            continue
        if not char.isalpha():
            toned = False
        out.append(char)
        i += 1
    return "".join(out)


def _word_start(token: str, index: int) -> bool:
    return index == 0 or not token[index - 1].isalpha()


def _d_bar_here(token: str, index: int) -> bool:
    if _word_start(token, index):
        return True
    return token[index : index + 2] == "DD" and token[index - 1].isupper()


def _viqr_vowel(token: str, i: int, punctuation_likely: bool) -> tuple[str, int]:
    base = token[i]
    i += 1
    if i < len(token):
        shaped = _VIQR_SHAPES.get((base.lower(), token[i]))
        if shaped is not None:
            base = shaped.upper() if base.isupper() else shaped
            i += 1
    if i < len(token) and token[i] in _VIQR_TONES:
        mark = token[i]
        at_end = i + 1 == len(token) or not token[i + 1 :].strip(".?!,;:\"')")
        if not (mark in ".?" and at_end and punctuation_likely):
            return with_tone(base, _VIQR_TONES[mark]), i + 1
    return base, i


def encode_viqr(text: str) -> str:
    """Unicode → VIQR, escaping a literal mark character that follows a vowel."""
    out: list[str] = []
    previous_vowel = False
    text = unicodedata.normalize("NFC", text)
    for index, char in enumerate(text):
        base, tone = split_tone(char)
        lower = base.lower()
        if lower in VOWELS:
            spelled = _VIQR_SHAPE_CHARS.get(lower, lower)
            if base.isupper():
                spelled = spelled[0].upper() + spelled[1:]
            out.append(spelled + _VIQR_TONE_CHARS.get(tone, ""))
            previous_vowel = True
            continue
        if lower == "đ":
            out.append("DD" if base == "Đ" else "dd")
        elif char in _VIQR_MARKS and previous_vowel:
            out.append("\\" + char)
        elif (
            lower == "d" and text[index + 1 : index + 2].lower() == "d" and _word_start(text, index)
        ):
            out.append(char + "\\")
        else:
            out.append(char)
        previous_vowel = False
    return "".join(out)
