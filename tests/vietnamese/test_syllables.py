import re
import unicodedata
from pathlib import Path

import pytest

from danvan_desktop.vietnamese.syllables import (
    all_syllables,
    diagnose,
    is_valid_syllable,
    parse,
    place_tone,
)


@pytest.mark.parametrize(
    "word",
    [
        "quả", "quý", "già", "gìn", "gi", "giữa", "giếng", "tuấn", "thuế", "thuyền",
        "khuyết", "muốn", "tiếng", "người", "rượu", "thuở", "mưa", "lửa", "ngửi", "cứu",
        "xoắn", "ngoài", "xoáy", "khuỷu", "ngoẹo", "bìa", "lụa", "biển", "nhuộm", "được",
        "hoàn", "toán", "huỳnh", "khoảng", "hòa", "hoà", "khỏe", "khoẻ", "thủy", "thuỷ",
        "ủy", "uỷ", "yêu", "yếu", "uyên", "khuya", "nghiêng", "kỹ", "kĩ", "lý", "lí",
        "Đảng", "ĐẢNG", "Nghệ", "Quốc", "nòng", "Cuông", "ạch", "xoong", "soóc", "uể",
    ],
)  # fmt: skip
def test_valid_syllables(word):
    assert diagnose(word) is None, word


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("qủa", "tone-position"),
        ("hòan", "tone-position"),
        ("kíên", "tone-position"),
        ("ngừơi", "tone-position"),
        ("muôǹ", "structure"),  # a stray combining mark is not a letter
        ("mat", "final-tone"),
        ("màt", "final-tone"),
        ("cach", "final-tone"),
        ("ge", "structure"),  # ghe
        ("ci", "structure"),  # ki
        ("ngi", "structure"),  # nghi
        ("ka", "structure"),  # ca
        ("ghà", "structure"),
        ("iêu", "structure"),  # yêu
        ("tyên", "structure"),  # tiên
        ("qa", "structure"),
        ("Banner", "structure"),
        ("MTTQ", "structure"),
        ("ăn̉", "structure"),
        ("âm̀", "structure"),
        ("tiá", "tone-position"),  # tía
        ("hoàá", "structure"),
    ],
)
def test_invalid_syllables(word, reason):
    assert diagnose(word) == reason


def test_parse_parts():
    syllable = parse("Nghiêng")
    assert (syllable.onset, syllable.vowels, syllable.final) == ("ngh", "iê", "ng")
    syllable = parse("quyết")
    assert (syllable.onset, syllable.vowels, syllable.final) == ("qu", "yê", "t")
    syllable = parse("gìn")
    assert (syllable.onset, syllable.vowels, syllable.final) == ("g", "i", "n")


@pytest.mark.parametrize(
    ("word", "traditional", "reformed"),
    [
        ("hoà", "hòa", "hoà"),
        ("KHOẺ", "KHỎE", "KHOẺ"),
        ("Ủy", "Ủy", "Uỷ"),
        ("qủa", "quả", "quả"),
        ("hòan", "hoàn", "hoàn"),
        ("kíên", "kiến", "kiến"),
        ("ngừơi", "người", "người"),
        ("ban", "ban", "ban"),
    ],
)
def test_place_tone(word, traditional, reformed):
    assert place_tone(word, "traditional") == traditional
    assert place_tone(word, "reformed") == reformed


def test_place_tone_on_non_syllable():
    assert place_tone("MTTQ") is None


def test_every_word_of_the_sample_is_a_syllable_or_an_acronym_or_english(sample_text):
    rejected = {
        word for word in re.findall(r"[^\W\d_]+", sample_text) if not is_valid_syllable(word)
    }
    acronyms = {w for w in rejected if w.isupper()}
    assert rejected - acronyms == {"Banner", "sub", "site", "c"}


def test_generated_syllable_set():
    words = all_syllables()
    assert 12_000 < len(words) < 25_000
    for word in ("người", "hòa", "hoà", "thủy", "thuỷ", "quả", "giếng", "khuỷu", "nghiêng"):
        assert word in words
    for word in ("qủa", "hòan", "mat", "ge", "iêu"):
        assert word not in words
    assert all(is_valid_syllable(word) for word in words)


HUNSPELL_VI = Path("/usr/share/hunspell/vi_VN.dic")
# Loanwords and abbreviations in hunspell-vi that are not Vietnamese syllables.
NOT_SYLLABLES = {
    "basoi", "email", "gen", "gip", "gram", "internet", "intranet", "ka", "palăng", "ping",
    "quoàng", "quoạng", "quoắt", "tivi", "tout", "têt", "v", "web", "xit",
}  # fmt: skip


@pytest.mark.skipif(not HUNSPELL_VI.exists(), reason="Debian's hunspell-vi is not installed")
def test_the_grammar_accepts_every_syllable_of_hunspell_vi():
    """hunspell-vi (GPL, reformed style only) is a reference here, never shipped."""
    lines = HUNSPELL_VI.read_text(encoding="utf-8").splitlines()[1:]
    words = {unicodedata.normalize("NFC", line.split("/")[0].strip()) for line in lines}
    lowercase = {word for word in words if word and word.islower()}
    assert len(lowercase) > 6000
    rejected = {word for word in lowercase if not is_valid_syllable(word)}
    assert rejected == NOT_SYLLABLES
    assert lowercase - NOT_SYLLABLES <= all_syllables()
