"""Unicode hygiene at every entry point: text is stored and compared in NFC.

Decomposed text (NFD, CP1258-shaped "Unicode tổ hợp") looks right but breaks
search, Backspace and equality, so everything that enters the application goes
through `nfc()`; fields crossing a service boundary go through
`normalize_field()`.

Two invisible characters are kept on purpose:

- U+00A0 NO-BREAK SPACE is sometimes what the author meant (a number and its
  unit, an aligned signature block). Whether a run of them is a mistake is a
  house-style question, so `lint` reports it with a fix the editor can accept;
  silently rewriting it here would change the text behind the editor's back.
- U+00AD SOFT HYPHEN is TCVN3's "ư" when legacy bytes were decoded as cp1252
  ("ng\u00adêi" is "người"). Stripping it before legacy conversion destroys the
  letter, and NFC must be safe to call on text that has not been converted yet.
"""

from __future__ import annotations

import re
import unicodedata

# Ð (U+00D0, Icelandic eth) and ð (U+00F0) look exactly like Đ (U+0110) and
# đ (U+0111) and come in from old fonts and keyboard layouts. Vietnamese đ only
# ever starts a syllable and is followed by a vowel, whereas Icelandic and
# Faroese never start a word with ð, so "at the start of a word, before a
# vowel" is a safe test for "a Vietnamese đ in disguise".
_ETH_AT_WORD_START = re.compile(r"(?<![^\W\d_])([Ðð])(?=([^\W\d_]))")
_ETH_TO_D_BAR = {"Ð": "Đ", "ð": "đ"}
_VOWELS = frozenset("aeiouy")


def _eth_replacement(match: re.Match[str]) -> str:
    following = unicodedata.normalize("NFD", match[2])[0].lower()
    return _ETH_TO_D_BAR[match[1]] if following in _VOWELS else match[1]


_NEWLINES = re.compile(r"\r\n?")


def nfc(text: str) -> str:
    """Return `text` in NFC with eth look-alikes of Đ/đ at word starts replaced."""
    text = unicodedata.normalize("NFC", text)
    if "Ð" in text or "ð" in text:
        text = _ETH_AT_WORD_START.sub(_eth_replacement, text)
    return text


def normalize_field(text: str | None) -> str:
    """Normalise one text field at a service boundary.

    None becomes "" so callers need no special case; line endings become LF so
    revisions hash the same on Windows and Linux; surrounding whitespace goes
    because it is never meaningful in a title, sapo or body and makes two
    otherwise identical revisions differ.
    """
    if text is None:
        return ""
    return nfc(_NEWLINES.sub("\n", text)).strip()
