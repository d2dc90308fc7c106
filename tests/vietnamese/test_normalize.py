import unicodedata

import pytest

from danvan_desktop.vietnamese import nfc, normalize_field


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Việt Nam, người dân")
    assert decomposed != "Việt Nam, người dân"
    assert nfc(decomposed) == "Việt Nam, người dân"


def test_nfc_composes_cp1258_shaped_text():
    # CP1258 keeps â/ơ precomposed and adds the tone as a combining mark.
    assert nfc("Vie\u0302\u0323t ngu\u031bo\u031b\u0300i") == "Việt người"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ðảng", "Đảng"),
        ("ðổi mới", "đổi mới"),
        ("ÐẢNG BỘ", "ĐẢNG BỘ"),
        ("Ban Ðoàn, ðồng chí", "Ban Đoàn, đồng chí"),
    ],
)
def test_nfc_maps_eth_lookalikes_in_vietnamese_words(text, expected):
    assert nfc(text) == expected


@pytest.mark.parametrize("text", ["Guðrún", "með", "Þórður", "Ð", "ðð"])
def test_nfc_leaves_eth_where_it_is_not_a_vietnamese_d(text):
    assert nfc(text) == text


def test_nfc_keeps_no_break_space_and_soft_hyphen():
    # NBSP is a lint question; U+00AD is TCVN3's "ư" before conversion.
    text = "ng\u00adêi\u00a0ë"
    assert nfc(text) == text


def test_normalize_field():
    assert normalize_field(None) == ""
    assert normalize_field("  Đo\u0302\u0309i mới\r\nnâng cao\r ") == "Đổi mới\nnâng cao"
    assert normalize_field("a\rb") == "a\nb"
    assert normalize_field("\u00a0Tỉnh ủy\t") == "Tỉnh ủy"


def test_nfc_is_idempotent_on_the_sample(sample_text):
    assert nfc(sample_text) == sample_text
