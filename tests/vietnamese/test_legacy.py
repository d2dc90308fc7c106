import shutil
import subprocess
import unicodedata

import pytest

from danvan_desktop.vietnamese.charsets import (
    decode_cp1258,
    decode_tcvn3,
    decode_viqr,
    decode_vni,
    encode_tcvn3,
    encode_viqr,
    encode_vni,
    from_bytes,
    from_mixed_bytes,
    to_bytes,
)
from danvan_desktop.vietnamese.legacy import (
    convert,
    detect_encoding,
    encoding_from_font,
    syllable_score,
)
from danvan_desktop.vietnamese.letters import TONE_MARKS, VOWELS, split_tone, with_tone

ALL_LOWER = [with_tone(v, t) for v in VOWELS for t in range(6)] + ["đ"]
ALL_LETTERS = ALL_LOWER + [letter.upper() for letter in ALL_LOWER]

LINES = [
    "Đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 201-KH/TU ngày 25/6/2019",
    "người dân tham gia xây dựng nông thôn mới, khu dân cư kiểu mẫu",
    "Nghệ An là tỉnh có diện tích lớn nhất cả nước",
    "Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tổ chức hội nghị đối thoại",
    "Công tác dân vận của chính quyền được quan tâm, chú trọng hơn",
]


# --- tables -------------------------------------------------------------------------


def test_smoke_examples():
    assert convert("§æi míi", "tcvn3") == "Đổi mới"
    assert convert("Ñoåi môùi") == "Đổi mới"
    assert convert("Ñoåi môùi", "auto") == "Đổi mới"


def test_tcvn3_soft_hyphen_is_u_horn():
    assert decode_tcvn3("ng\u00adêi") == "người"
    assert convert("ng\u00adêi d©n") == "người dân"


def test_tcvn3_capitals_font():
    assert decode_tcvn3("®æi míi", capitals=True) == "ĐỔI MỚI"
    assert convert("®æi míi", font_name=".VnTimeH") == "ĐỔI MỚI"
    assert convert("®æi míi", "tcvn3", font_name=".VnArialH") == "ĐỔI MỚI"
    assert convert("®æi míi", font_name=".VnTime") == "đổi mới"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv")
def test_tcvn3_table_agrees_with_glibc():
    """glibc's TCVN5712-1 is VN1; on the VN3 letters in 0xA1-0xFE the two agree."""
    for letter in ALL_LOWER + list("ĂÂÊÔƠƯĐ"):
        surface = encode_tcvn3(letter)
        if surface == letter:
            continue  # plain ASCII vowels
        oracle = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=to_bytes(surface),
            capture_output=True,
            check=True,
        ).stdout.decode()
        assert unicodedata.normalize("NFC", oracle) == letter


def test_tcvn3_covers_every_lowercase_letter_with_one_byte():
    codes = {encode_tcvn3(letter) for letter in ALL_LOWER}
    assert len(codes) == len(ALL_LOWER)
    assert all(len(code) == 1 for code in codes)
    for letter in ALL_LOWER:
        assert decode_tcvn3(encode_tcvn3(letter)) == letter


def _vni_reference(letter: str) -> str:
    """VNI-Windows spelling from the rule of the mark bytes (Unikey's VNI-WIN table)."""
    base, tone = split_tone(letter.lower())
    tone_mark = {1: "ø", 2: "û", 3: "õ", 4: "ù", 5: "ï"}.get(tone, "")
    if base in "âêô":
        spelled = {"â": "a", "ê": "e", "ô": "o"}[base] + "âàåãáä"[tone]
    elif base == "ă":
        spelled = "a" + "êèúüéë"[tone]
    elif base in "ơư":
        spelled = {"ơ": "ô", "ư": "ö"}[base] + tone_mark
    elif base == "i" and tone:
        spelled = " ìæóíò"[tone]
    elif base == "y" and tone == 5:
        spelled = "î"
    elif base == "đ":
        spelled = "ñ"
    else:
        spelled = base + tone_mark
    return spelled.upper() if letter.isupper() else spelled


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_vni_letters(letter):
    assert encode_vni(letter) == _vni_reference(letter)
    assert decode_vni(_vni_reference(letter)) == letter


def test_vni_mixed_case_marks():
    assert decode_vni("ÑOåI") == "ĐỔI"
    assert decode_vni("Ñoåi MÔÙI") == "Đổi MỚI"


def _cp1258_bytes(text: str) -> bytes:
    """What Windows writes: precomposed â ê ô ơ ư ă đ, the tone as a combining byte."""
    parts = []
    for char in text:
        base, tone = split_tone(char)
        parts.append(base + TONE_MARKS[tone])
    return "".join(parts).encode("cp1258")


@pytest.mark.parametrize("line", LINES)
def test_cp1258_both_str_forms(line):
    data = _cp1258_bytes(line)
    assert decode_cp1258(data.decode("cp1258")) == line
    assert decode_cp1258(data.decode("cp1252")) == line
    assert convert(data.decode("cp1252")) == line


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv")
def test_cp1258_agrees_with_glibc():
    text = "\n".join(LINES)
    oracle = subprocess.run(
        ["iconv", "-f", "CP1258", "-t", "UTF-8"],
        input=_cp1258_bytes(text),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert unicodedata.normalize("NFC", oracle) == decode_cp1258(
        _cp1258_bytes(text).decode("cp1252")
    )


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_viqr_letters_round_trip(letter):
    assert decode_viqr(encode_viqr(letter)) == letter


def test_viqr_rules():
    assert decode_viqr("DDo^?i mo+'i") == "Đổi mới"
    assert decode_viqr("Tie^'ng Vie^.t") == "Tiếng Việt"
    assert decode_viqr("ngu+o+`i") == "người"
    assert decode_viqr("Ha` No^.i.") == "Hà Nội."
    assert decode_viqr("Ba.n co' khoe? kho^ng?") == "Bạn có khoẻ không?"
    assert decode_viqr("a\\' b") == "a' b"  # escaped mark stays a character
    assert decode_viqr("HDDND, QDD/TW") == "HĐND, QĐ/TW"
    assert decode_viqr("odd addition") == "odd addition"
    assert decode_viqr("xem http://vi.wikipedia.org/wiki/Ha` hoa`") == (
        "xem http://vi.wikipedia.org/wiki/Ha` hoà"
    )
    assert decode_viqr("ma^.u a@b.com") == "mậu a@b.com"
    assert decode_viqr("phu.c vu.") == "phục vụ"


def test_viqr_encoder_escapes_literal_marks():
    assert encode_viqr("Hà Nội.") == "Ha` No^.i\\."
    assert encode_viqr("a? b") == "a\\? b"
    assert decode_viqr(encode_viqr("Bạn có khỏe? Có.")) == "Bạn có khỏe? Có."


def test_bytes_bridge():
    data = bytes(range(256))
    assert to_bytes(from_bytes(data)) == data
    assert from_bytes(b"\xa7\xe6i m\xedi") == "§æi míi"
    assert convert(from_bytes(b"\xa7\xe6i m\xedi"), "tcvn3") == "Đổi mới"


# --- whole texts --------------------------------------------------------------------


@pytest.mark.parametrize("charset", ["tcvn3", "vni", "viqr"])
def test_sample_round_trips(sample_text, charset):
    encoder = {"tcvn3": encode_tcvn3, "vni": encode_vni, "viqr": encode_viqr}[charset]
    legacy = encoder(sample_text)
    assert detect_encoding(legacy).encoding == charset
    back = convert(legacy)
    if charset == "tcvn3":
        # TCVN3 has no toned capitals: "Ủy" comes back as "ủy".
        assert back.lower() == sample_text.lower()
    else:
        assert back == sample_text
    assert convert(sample_text, "unicode", charset) == legacy


@pytest.mark.parametrize("charset", ["tcvn3", "vni", "viqr", "cp1258", "nfd"])
@pytest.mark.parametrize("line", LINES)
def test_detection_on_lines(line, charset):
    if charset == "nfd":
        legacy = unicodedata.normalize("NFD", line)
    elif charset == "cp1258":
        legacy = _cp1258_bytes(line).decode("cp1252")
    else:
        legacy = {"tcvn3": encode_tcvn3, "vni": encode_vni, "viqr": encode_viqr}[charset](line)
    detection = detect_encoding(legacy)
    assert detection.encoding == charset
    assert detection.needs_conversion
    assert convert(legacy).lower() == line.lower()


def test_no_false_positive_on_any_paragraph_of_the_sample(sample_text):
    for paragraph in sample_text.split("\n"):
        if paragraph.strip():
            assert detect_encoding(paragraph).encoding == "unicode", paragraph
            assert convert(paragraph) == paragraph


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog.",
        "Café crème, brûlée; naïve résumé © 2019",
        "Größe Straße, Ångström, smørrebrød",
        "ID: 07-ĐA/TU; tel. 0238.3844.123",
        "",
    ],
)
def test_other_text_is_left_alone(text):
    assert detect_encoding(text).encoding == "unicode"
    assert convert(text) == text


def test_explicit_source_leaves_unicode_paragraphs_alone():
    mixed = "§æi míi\nĐổi mới phương thức\n®¶ng"
    assert convert(mixed, "tcvn3") == "Đổi mới\nĐổi mới phương thức\nđảng"
    assert convert("Đổi mới", "vni") == "Đổi mới"
    assert convert(convert("§æi míi", "tcvn3"), "tcvn3") == "Đổi mới"


def test_font_names():
    assert encoding_from_font(".VnTime") == ("tcvn3", False)
    assert encoding_from_font(".VnTimeH") == ("tcvn3", True)
    assert encoding_from_font(".VnArialH Bold") == ("tcvn3", True)
    assert encoding_from_font("VNI-Times") == ("vni", False)
    assert encoding_from_font("Times New Roman") is None
    assert encoding_from_font(None) is None
    detection = detect_encoding("®æi míi", font_name=".VnTimeH")
    assert detection.by_font and detection.capitals and detection.encoding == "tcvn3"


def test_font_name_does_not_override_unicode_text():
    assert detect_encoding("Đổi mới", font_name=".VnTime").encoding == "unicode"


def test_bad_charset_names():
    with pytest.raises(ValueError):
        convert("x", "koi8")
    with pytest.raises(ValueError):
        convert("x", "auto", "ebcdic")


def test_syllable_score():
    assert syllable_score("Đổi mới") == 1.0
    assert syllable_score("Ha` No^.i") == 0.0
    assert syllable_score("1 2 3") == 0.0


# --- mixed documents -------------------------------------------------------------------

TCVN3_PARAGRAPH = encode_tcvn3(
    "công tác dân vận của chính quyền được quan tâm, người dân tin tưởng vào Đảng."
)


def test_auto_converts_the_legacy_paragraph_after_a_unicode_title():
    text = "Tiêu đề bằng Unicode.\n" + TCVN3_PARAGRAPH
    assert TCVN3_PARAGRAPH.startswith("c«ng t¸c d©n vËn")
    assert detect_encoding(text).encoding == "tcvn3"
    assert convert(text) == (
        "Tiêu đề bằng Unicode.\n"
        "công tác dân vận của chính quyền được quan tâm, người dân tin tưởng vào Đảng."
    )


def test_auto_finds_legacy_text_after_a_long_english_preface():
    english = "The committee met on Monday and agreed the plan for the year.\n" * 3000
    text = english + TCVN3_PARAGRAPH + "\n"
    assert len(english) > 20_000
    assert detect_encoding(text).encoding == "tcvn3"
    converted = convert(text)
    assert converted.startswith(english)
    assert converted.endswith("người dân tin tưởng vào Đảng.\n")


def test_auto_leaves_good_unicode_paragraphs_without_unicode_only_letters_alone():
    # "Bà Lê" and "Ban dân" have no letter only Unicode has; decoding them as
    # TCVN3 would garble them, so only the legacy paragraph changes.
    text = "Bà Lê\n" + TCVN3_PARAGRAPH + "\nBan dân\n" + encode_tcvn3("Đổi mới phương thức")
    lines = convert(text).split("\n")
    assert lines[0] == "Bà Lê"
    assert lines[1].startswith("công tác dân vận")
    assert lines[2] == "Ban dân"
    assert lines[3] == "Đổi mới phương thức"


def test_a_mixed_document_whose_legacy_part_is_not_convincing_stays_as_it_is():
    text = "Tiêu đề bằng Unicode.\nWe met at the café on the corner."
    assert detect_encoding(text).encoding == "unicode"
    assert convert(text) == text


def test_bytes_mixing_utf8_lines_and_tcvn3_lines_keep_each_line_right():
    data = (
        "Tiêu đề bằng Unicode\n".encode()
        + to_bytes(TCVN3_PARAGRAPH)
        + b"\n"
        + "Ban dân vận Tỉnh ủy\n".encode()
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = from_mixed_bytes(data)
    assert text.startswith("Tiêu đề bằng Unicode\n" + TCVN3_PARAGRAPH)
    assert convert(text) == (
        "Tiêu đề bằng Unicode\n"
        "công tác dân vận của chính quyền được quan tâm, người dân tin tưởng vào Đảng.\n"
        "Ban dân vận Tỉnh ủy\n"
    )
