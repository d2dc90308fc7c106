"""Properties that must hold for any input hypothesis can think of.

- The legacy converters round-trip Vietnamese text (TCVN3 up to the toned
  capitals it has no codes for).
- NFC, field normalisation, the house tone style and "Chuẩn hóa" are idempotent,
  and the two tone styles convert into each other without loss.
- Importers and the package reader answer random or mangled bytes with a
  DanvanError (a code and a message), never another exception.

Rendered HTML never holding a script whatever the Markdown is proven by
tests/rendering/test_sanitize_fuzz.py (render_body and sanitize_html over
hostile Markdown, HTML and URLs); the whole portal page by tests/portal/test_xss.py.
"""

from __future__ import annotations

import unicodedata
import zipfile
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan_desktop.errors import DanvanError
from danvan_desktop.importers.files import import_document
from danvan_desktop.portal import read_package, signing
from danvan_desktop.services.setup import sample_fields
from danvan_desktop.vietnamese import convert, nfc, normalize_field, to_style
from danvan_desktop.vietnamese.standardize import standardize

FAST = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
SLOW = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@cache
def _syllables() -> list[str]:
    """Every distinct word of the real sample article: real Vietnamese, all tones and shapes."""
    fields = sample_fields()
    words = {w.strip(".,;:!?()“”\"'…-–") for w in (fields.title + " " + fields.body).split()}
    return sorted(w for w in words if w.isalpha())


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONED = [
    unicodedata.normalize("NFC", v + m)
    for v in "aăâeêioôơuưy"
    for m in "\u0300\u0309\u0303\u0301\u0323"
]
words = st.one_of(
    st.sampled_from(_syllables()),
    st.text(st.sampled_from(list(_LETTERS) + _TONED), min_size=1, max_size=6),
).map(lambda w: w.capitalize() if len(w) % 3 == 0 else w)
separators = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "; ", ": ", "! ", "? ", " - "])
vietnamese_text = st.lists(st.tuples(words, separators), max_size=30).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


real_text = st.lists(st.tuples(st.sampled_from(_syllables()), separators), max_size=30).map(
    lambda pairs: ("".join(w + s for w, s in pairs) + "\n").replace("\n", ".\n")
)


@pytest.mark.parametrize("charset", ["vni", "tcvn3"])
@FAST
@given(text=vietnamese_text)
def test_legacy_converters_round_trip(charset: str, text: str) -> None:
    """Any letters in any order: VNI and TCVN3 code letters one by one."""
    _round_trips(text, charset)


@FAST
@given(text=real_text)
def test_viqr_round_trips_real_syllables(text: str) -> None:
    """VIQR spells a tone as a mark after the vowel: its decoder reads real syllables, which
    carry one tone each (a made-up "àở" is two tones in one word and cannot come back).

    Lines end with a full stop here: the decoder reads a "." or "?" tone that ends a line of
    prose as punctuation (hand-typed VIQR rarely escapes it), so "An. Nghệ" at the end of a
    line comes back as "An. Nghê." — see docs/reliability.md, "Not promised".
    """
    _round_trips(text, "viqr")


def _round_trips(text: str, charset: str) -> None:
    legacy = convert(text, "unicode", charset)
    back = convert(legacy, charset, "unicode")
    if charset == "tcvn3":  # no codes for toned capitals: "Ủy" comes back "ủy"
        assert back.lower() == nfc(text).lower()
    else:
        assert back == nfc(text)


@FAST
@given(text=st.one_of(st.text(), vietnamese_text.map(lambda t: unicodedata.normalize("NFD", t))))
def test_nfc_and_field_normalisation_are_idempotent(text: str) -> None:
    once = nfc(text)
    assert nfc(once) == once
    assert unicodedata.is_normalized("NFC", once)
    field = normalize_field(text)
    assert normalize_field(field) == field


@FAST
@given(text=vietnamese_text, style=st.sampled_from(["traditional", "reformed"]))
def test_tone_style_is_idempotent_and_lossless(text: str, style: str) -> None:
    other = "reformed" if style == "traditional" else "traditional"
    styled = to_style(nfc(text), style)
    assert to_style(styled, style) == styled
    assert to_style(to_style(styled, other), style) == styled


@SLOW
@given(text=vietnamese_text, style=st.sampled_from(["traditional", "reformed"]))
def test_standardize_is_idempotent(text: str, style: str) -> None:
    once = standardize(text, style)
    assert standardize(once, style) == once


# Importers ------------------------------------------------------------------------------

_NAMES = ["bai.docx", "bai.html", "bai.htm", "bai.txt", "bai.md"]


def _imports_or_refuses(data: bytes, name: str) -> None:
    try:
        import_document(data, name)
    except DanvanError as refusal:
        assert refusal.code and refusal.message
    # anything else propagates and fails the test, with hypothesis's smallest example


@FAST
@given(data=st.binary(max_size=4000), name=st.sampled_from(_NAMES))
def test_importers_answer_random_bytes_with_a_clear_error(data: bytes, name: str) -> None:
    _imports_or_refuses(data, name)


def _sample_docx() -> bytes:
    from tests.importers.word_files import new_document, save

    document = new_document()
    document.add_heading("Hội nghị đối thoại với nhân dân", level=1)
    for paragraph in sample_fields().body.split("\n\n")[:6]:
        document.add_paragraph(paragraph)
    return save(document)


_DOCX = _sample_docx()
_HTML = (
    "<html><head><meta charset='utf-8'><title>Tin</title></head><body><h1>Dân vận khéo</h1>"
    "<p>Đảng bộ xã <b>Nam Đàn</b> tổ chức hội nghị.</p><img src='a.jpg' alt='ảnh'></body></html>"
).encode()


@st.composite
def mangled(draw, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 12))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@SLOW
@given(data=mangled(_DOCX))
def test_a_mangled_word_file_imports_or_is_refused(data: bytes) -> None:
    _imports_or_refuses(data, "hong.docx")


@FAST
@given(data=mangled(_HTML), name=st.sampled_from(["trang.html", "ghi-chu.txt", "bai.md"]))
def test_a_mangled_page_or_text_imports_or_is_refused(data: bytes, name: str) -> None:
    _imports_or_refuses(data, name)


# The package reader ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def signed_package(tmp_path_factory) -> tuple[bytes, signing.PublicKey]:
    from danvan_desktop.portal import build_package
    from tests.portal.conftest import PASSPHRASE, sample_input

    folder = tmp_path_factory.mktemp("package")
    signing.generate_key(PASSPHRASE, folder / "keys")
    key = signing.load_signing_key(PASSPHRASE, folder / "keys")
    build_package(sample_input(), folder / "goi.zip", key)
    return (folder / "goi.zip").read_bytes(), key.public


def _reads_or_refuses(data: bytes, public: signing.PublicKey, folder: Path) -> None:
    path = folder / "goi.zip"
    path.write_bytes(data)
    try:
        read_package(path, public)
    except DanvanError as refusal:
        assert refusal.code and refusal.message


@SLOW
@given(data=st.data())
def test_the_package_reader_refuses_mangled_packages_with_a_clear_error(
    data, signed_package, tmp_path_factory
) -> None:
    original, public = signed_package
    folder = tmp_path_factory.mktemp("mangled", numbered=True)
    _reads_or_refuses(data.draw(mangled(original)), public, folder)


_entry_names = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda name: name.strip("/"))


@SLOW
@given(entries=st.dictionaries(_entry_names, st.binary(max_size=200)))
def test_the_package_reader_refuses_random_zips(entries, signed_package, tmp_path_factory) -> None:
    _original, public = signed_package
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    folder = tmp_path_factory.mktemp("random", numbered=True)
    path = folder / "goi.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DanvanError) as refused:
        read_package(path, public)
    assert refused.value.code and refused.value.message
