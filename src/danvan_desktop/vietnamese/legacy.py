"""Repairing legacy-encoded Vietnamese: detect the charset, convert, and leave good text alone.

Editors receive text from Word files typed years ago in .VnTime (TCVN3) or
VNI fonts, from VIQR e-mails, CP1258 files and web pages in decomposed
Unicode. `convert` turns any of them into NFC Unicode (and Unicode back into
TCVN3, VNI or VIQR for the rare recipient who needs it); `detect_encoding`
says which charset a text is in, so the editor can offer the conversion with a
preview.

Detection follows the research notes (§1.4): the font name is the strongest
signal (.VnTime* is TCVN3, an "H" at the end meaning capitals; VNI-* is VNI).
Without one, each candidate decoding is scored by the share of its words that
are valid Vietnamese syllables, and the best one wins only if it beats the
text as it stands by a clear margin, so English and good Vietnamese stay as
they are. Paragraphs that already contain letters only Unicode has (ơ, ư, ả…)
are never converted, so a document that mixes both kinds is repaired safely:
detection scores only the other paragraphs (those with characters a legacy
charset uses first, so a long English preface does not hide them), and a
charset found from the content is applied to a paragraph only where it makes
that paragraph read better.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from danvan_desktop.vietnamese.charsets import (
    decode_cp1258,
    decode_tcvn3,
    decode_viqr,
    decode_vni,
    encode_tcvn3,
    encode_viqr,
    encode_vni,
)
from danvan_desktop.vietnamese.letters import vietnamese_only_letters
from danvan_desktop.vietnamese.syllables import is_valid_syllable

Source = Literal["auto", "unicode", "tcvn3", "vni", "viqr", "cp1258"]
Target = Literal["unicode", "tcvn3", "vni", "viqr"]
SOURCES: tuple[str, ...] = ("auto", "unicode", "tcvn3", "vni", "viqr", "cp1258")
TARGETS: tuple[str, ...] = ("unicode", "tcvn3", "vni", "viqr")

MARGIN = 0.2  # how much better than the text as it stands a decoding must score
_SAMPLE = 20_000  # characters scored when detecting; plenty for a verdict, fast on 1 MB

_WORD = re.compile(r"[^\W\d_]+")
_TCVN3_HINT = re.compile(r"[\u00a1-\u00fe]")
_VNI_HINT = re.compile(r"[aeiouyAEIOUY][ùøûõïâêäáàåéèúüëÙØÛÕÏÂÊÄÁÀÅÉÈÚÜË]|[ôöñÔÖÑ]")
_VIQR_HINT = re.compile(r"[aeiouyAEIOUY][(^+*]|[aeiouyAEIOUY][`?~'.][a-zA-Z]|\b[dD][dD]")
_CP1258_HINT = re.compile(r"[ÌÒÞìòþÐðÕõÝýÃã]|[\u0300-\u0323]")

_DECODERS: dict[str, Callable[[str], str]] = {
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
    "viqr": decode_viqr,
    "cp1258": decode_cp1258,
}
_HINTS = {"tcvn3": _TCVN3_HINT, "vni": _VNI_HINT, "viqr": _VIQR_HINT, "cp1258": _CP1258_HINT}
_ENCODERS: dict[str, Callable[[str], str]] = {
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
    "viqr": encode_viqr,
}


@dataclass(frozen=True)
class Detection:
    """What `detect_encoding` found.

    `encoding` is "unicode", "nfd" (Unicode with decomposed marks), "tcvn3",
    "vni", "viqr" or "cp1258"; `score` is the share of valid syllables after
    decoding that way and `baseline` the share in the text as it is, so a user
    interface can ask when they are close. `capitals` is set for TCVN3 text in a
    capitals font (.VnTimeH).
    """

    encoding: str
    score: float
    baseline: float
    capitals: bool = False
    by_font: bool = False

    @property
    def needs_conversion(self) -> bool:
        return self.encoding != "unicode"


def encoding_from_font(font_name: str | None) -> tuple[str, bool] | None:
    """(charset, capitals) named by a font, or None for a Unicode or unknown font."""
    if not font_name:
        return None
    name = font_name.strip().strip("'\"")
    lowered = name.lower()
    if lowered.startswith(".vn"):
        family = re.sub(r"[\s,-]*(bold|italic|regular|oblique)\b.*$", "", name, flags=re.I)
        return "tcvn3", family.endswith("H")
    if lowered.startswith("vni-") or lowered.startswith("vni "):
        return "vni", False
    return None


_EDGE_PUNCTUATION = ",;:!?.\"'()[]{}«»“”‘’…–—-"
_INNER_MARK = re.compile(r"[\^(+*`~'?.](?=[^\W\d_])|[\^(+*`~']$")


def syllable_score(text: str) -> float:
    """Share of the words of `text` that are valid Vietnamese syllables (0 with no words).

    A word is a whitespace-separated token with its surrounding punctuation
    stripped. A VIQR mark inside it ("No^.i", "Ha`") makes it invalid, so
    VIQR text does not pass for Unicode just because "Ha", "No" and "i" are
    syllables; a token with several words ("KH/TU") counts once.
    """
    total = valid = 0
    for token in text.split():
        core = token.strip(_EDGE_PUNCTUATION)
        words = _WORD.findall(core)
        if not words:
            continue
        total += 1
        if not _INNER_MARK.search(core) and all(is_valid_syllable(word) for word in words):
            valid += 1
    return valid / total if total else 0.0


def detect_encoding(text: str, font_name: str | None = None) -> Detection:
    """Which charset `text` is in, from the font name when known, else from its content.

    Only paragraphs that might be legacy are scored: a paragraph holding
    Unicode-only letters is Unicode whatever the rest is.
    """
    head = text[:_SAMPLE]
    plain = "unicode" if unicodedata.normalize("NFC", head) == head else "nfd"
    sample = _legacy_sample(text)
    if not sample:
        baseline = syllable_score(unicodedata.normalize("NFC", head))
        return Detection(plain, baseline, baseline)
    composed = unicodedata.normalize("NFC", sample)
    baseline = syllable_score(composed)
    from_font = encoding_from_font(font_name)
    if from_font is not None:
        charset, capitals = from_font
        score = syllable_score(_DECODERS[charset](sample))
        return Detection(charset, score, baseline, capitals=capitals, by_font=True)
    best, best_score = plain, baseline
    for charset, hint in _HINTS.items():
        if not hint.search(sample):
            continue
        score = syllable_score(_DECODERS[charset](sample))
        if score > best_score:
            best, best_score = charset, score
    if best != plain and best_score - baseline < MARGIN:
        return Detection(plain, baseline, baseline)
    return Detection(best, best_score, baseline)


def _legacy_sample(text: str) -> str:
    """Up to `_SAMPLE` characters of the paragraphs that may be legacy.

    Those showing a legacy charset's characters are taken when there are any,
    so that plain ASCII paragraphs (English, numbers) neither hide them nor
    dilute their score.
    """
    hinted: list[str] = []
    others: list[str] = []
    hinted_size = others_size = 0
    for paragraph in text.splitlines():
        if not paragraph.strip() or _already_unicode(paragraph):
            continue
        if any(hint.search(paragraph) for hint in _HINTS.values()):
            hinted.append(paragraph)
            hinted_size += len(paragraph) + 1
            if hinted_size >= _SAMPLE:
                break
        elif others_size < _SAMPLE:
            others.append(paragraph)
            others_size += len(paragraph) + 1
    return "\n".join(hinted or others)[:_SAMPLE]


def _already_unicode(paragraph: str) -> bool:
    only = vietnamese_only_letters()
    return any(char in only for char in paragraph)


def convert(
    text: str,
    source: str = "auto",
    target: str = "unicode",
    *,
    font_name: str | None = None,
    capitals: bool | None = None,
    guessed: bool = False,
) -> str:
    """`text` from `source` (or the detected charset) to `target`, NFC when Unicode.

    A paragraph that already holds Unicode-only Vietnamese letters is kept as
    it is (only composed), whatever the source says, so converting twice or
    converting a mixed document does no harm. `capitals` forces or forbids
    upper-casing TCVN3 text; by default it follows the font name.

    `guessed` says the source was found from the content rather than named by
    the user or a font (always so for "auto" without a legacy font): each
    paragraph is then converted only if that makes it read better, so the
    good Unicode paragraphs of a mixed document stay as they are.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown source charset {source!r}")
    if target not in TARGETS:
        raise ValueError(f"unknown target charset {target!r}")
    if source == "auto":
        detection = detect_encoding(text, font_name)
        source = detection.encoding
        upper = detection.capitals if capitals is None else capitals
        guessed = not detection.by_font
    else:
        from_font = encoding_from_font(font_name)
        font_caps = bool(from_font and from_font[0] == "tcvn3" and from_font[1])
        upper = font_caps if capitals is None else capitals
    unicode_text = _decode(text, source, upper, guessed)
    if target == "unicode":
        return unicode_text
    return _ENCODERS[target](unicode_text)


def _decode(text: str, source: str, capitals: bool, guessed: bool) -> str:
    decoder = _DECODERS.get(source)
    if decoder is None:
        return unicodedata.normalize("NFC", text)
    out = []
    for paragraph in text.splitlines(keepends=True):
        composed = unicodedata.normalize("NFC", paragraph)
        if _already_unicode(paragraph):
            out.append(composed)
            continue
        if source == "tcvn3":
            decoded = decode_tcvn3(paragraph, capitals=capitals)
        else:
            decoded = decoder(paragraph)
        if guessed and decoded != composed and not _reads_better(decoded, composed):
            decoded = composed
        out.append(decoded)
    return "".join(out)


def _reads_better(decoded: str, as_it_stands: str) -> bool:
    return syllable_score(decoded) > syllable_score(as_it_stands)
