import unicodedata

import pytest

from danvan_desktop.vietnamese.tones import detect_styles, styled_syllables, to_style

PAIRS = [
    # (traditional, reformed)
    ("hòa", "hoà"), ("hóa", "hoá"), ("hỏa", "hoả"), ("họa", "hoạ"), ("xõa", "xoã"),
    ("khỏe", "khoẻ"), ("xòe", "xoè"), ("lóe", "loé"), ("khọe", "khoẹ"),
    ("thủy", "thuỷ"), ("ủy", "uỷ"), ("túy", "tuý"), ("lũy", "luỹ"), ("thụy", "thuỵ"),
    ("Tỉnh ủy", "Tỉnh uỷ"), ("ỦY BAN", "UỶ BAN"), ("Hòa Bình", "Hoà Bình"),
]  # fmt: skip

SAME_IN_BOTH = [
    "quả", "quý", "quỳ", "già", "giỏi", "hoàn", "toán", "huỳnh", "khoảng", "thuyền",
    "người", "ngoài", "khuỷu", "xoáy", "hòa hoãn", "Quảng", "huấn", "tuyển", "MTTQ 2019",
]  # fmt: skip


@pytest.mark.parametrize(("traditional", "reformed"), PAIRS)
def test_pairs_both_ways(traditional, reformed):
    assert to_style(reformed, "traditional") == traditional
    assert to_style(traditional, "reformed") == reformed
    assert to_style(traditional, "traditional") == traditional
    assert to_style(reformed, "reformed") == reformed


@pytest.mark.parametrize("text", SAME_IN_BOTH)
def test_unaffected_words(text):
    words = text.split()
    converted = [to_style(w, "reformed") for w in words]
    # hòa changes, hoãn does not
    expected = ["hoà" if w == "hòa" else w for w in words]
    assert converted == expected
    assert to_style(text, "traditional") == text


def test_smoke_examples():
    assert to_style("Tỉnh uỷ, hoà bình, quả", "traditional") == "Tỉnh ủy, hòa bình, quả"
    assert to_style("Tỉnh ủy, hòa bình, hoàn", "reformed") == "Tỉnh uỷ, hoà bình, hoàn"


def test_misplaced_marks_are_not_style_changes():
    assert to_style("hòan qủa", "reformed") == "hòan qủa"


def test_unknown_style():
    with pytest.raises(ValueError):
        to_style("hòa", "old")


def test_sample_is_mixed(sample_text):
    counts = detect_styles(sample_text)
    assert counts.mixed
    assert counts.dominant == "traditional"
    assert counts.reformed == 1
    reformed = [s for s in styled_syllables(sample_text) if s.style == "reformed"]
    assert [s.word for s in reformed] == ["uỷ"]
    assert sample_text[reformed[0].start : reformed[0].end] == "uỷ"


def test_detect_styles_counts():
    counts = detect_styles("hòa, thủy, hoà, hoàn, quả")
    assert (counts.traditional, counts.reformed) == (2, 1)
    assert detect_styles("hoàn quả").dominant is None


def test_decomposed_input_is_composed_first():
    assert to_style(unicodedata.normalize("NFD", "Tỉnh uỷ"), "traditional") == "Tỉnh ủy"
