import random
import re
import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan_desktop.vietnamese import person_name_sort_key, sort_key, vietnamese_sorted

# Dictionary order, hand-checked against the rules of the Vietnam Lexicography
# Centre: alphabet, then tones a à ả ã á ạ, then case; syllable by syllable.
_ORDERED_TEXT = """
1 10 2 9
a à ả ã á ạ an anh ă ắ ặ ăn ăng â ấ âm ân
ba bà bác bạc ban bàn bản bán bạn bang bánh bắc bằng bầu bé bê bế bi bình bò bóng bô bộ bơ bờ
bú bụi bư
ca cà các cách cam có cô cơ cu cư
da dạ dân Dân dê do
đa đá đảng Đảng đào đâu đê để đi đó
e è em ê ề êm
ga gà ghế gi gì già
ha hà hoa hoà hòa hoàn
i ì ích in ít
kê kế kia kìa
la là lá lạ lúa
ma mà mới
na nam nắng nga ngà nghe nhà nhé
o ò ó oa ô ồ ơ ở
pha phở
qua quả quý
ra rà sa sự
ta tà thì trà
u ù ủ uy uỷ ủy Ủy uyên ư ừ ưa ứng
va vận xa xã y ý yên
"""
ORDERED = _ORDERED_TEXT.split()


def test_ordered_list_is_long_enough():
    assert len(ORDERED) >= 90
    assert len(set(ORDERED)) == len(ORDERED)


def test_dictionary_order_survives_shuffles():
    rng = random.Random(1946)
    for _ in range(20):
        words = ORDERED[:]
        rng.shuffle(words)
        assert vietnamese_sorted(words) == ORDERED


def test_brief_example():
    assert vietnamese_sorted(["đảng", "Dân", "anh", "ă"]) == ["anh", "ă", "Dân", "đảng"]


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("ba b", "bà a"),  # syllable by syllable, not letters of the whole string first
        ("ba", "ba b"),  # shorter prefix first
        ("a b", "ab"),
        ("an", "anh"),
        ("Đà Nẵng", "đảng"),
        ("đảng", "Đảng"),  # lowercase before uppercase
        ("Đảng bộ", "Đảng viên"),
        ("9", "a"),  # digits before letters
        ("z", "中"),
        ("", "a"),
    ],
)
def test_pairs(smaller, larger):
    assert sort_key(smaller) < sort_key(larger)


def test_key_ignores_normalisation_form():
    text = "Nguyễn Thị Bình, Ủy ban"
    assert sort_key(unicodedata.normalize("NFD", text)) == sort_key(text)


def test_punctuation_separates_syllables_like_spaces():
    assert sort_key("07-ĐA/TU") == sort_key("07 ĐA TU")


_KEY_CHARS = re.compile(r"[0-9a-z]*")


@given(st.text())
def test_key_uses_only_digits_and_lowercase_ascii(text):
    assert _KEY_CHARS.fullmatch(sort_key(text))


def _reference(text: str):
    """An independent comparator: per syllable (letters, tones, case), as tuples."""
    alphabet = "0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
    tone_of = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
    strip = {"ă": "a\u0306", "â": "a\u0302", "ê": "e\u0302", "ô": "o\u0302", "ơ": "o\u031b"}
    strip["ư"] = "u\u031b"
    result = []
    for word in re.findall(r"\w+", text.replace("_", " ")):
        letters, tones, cases = [], [], []
        for ch in word:
            low = ch.lower()
            decomposed = unicodedata.normalize("NFD", low)
            tone = 0
            for mark in decomposed[1:]:
                tone = tone_of.get(mark, tone)
            bare = "".join(c for c in decomposed if c not in tone_of)
            letter = next((k for k, v in strip.items() if v == bare), bare)
            letters.append(alphabet.index(letter))
            tones.append(tone)
            cases.append(ch != low)
        result.append((letters, tones, cases))
    return result


_VIETNAMESE = st.text(
    alphabet="aàảãáạăắâấbcdđĐeèêềghiíklmnoòôồơờpqrstuủưừvxyýAÁÂƠƯ 0123456789",
    max_size=12,
)


@given(_VIETNAMESE, _VIETNAMESE)
def test_key_order_matches_reference_comparator(a, b):
    ka, kb = sort_key(a), sort_key(b)
    ra, rb = _reference(a), _reference(b)
    assert (ka < kb) == (ra < rb)
    assert (ka == kb) == (ra == rb)


def test_sqlite_orders_keys_the_same_way():
    con = sqlite3.connect(":memory:")
    con.execute("create table t (word text, key text)")
    shuffled = ORDERED[:]
    random.Random(7).shuffle(shuffled)
    con.executemany("insert into t values (?, ?)", [(w, sort_key(w)) for w in shuffled])
    con.execute("create index t_key on t (key)")
    assert [row[0] for row in con.execute("select word from t order by key")] == ORDERED


def test_vietnamese_sorted_with_key():
    people = [("Trần Văn An", 1), ("Nguyễn Thị Bình", 2), ("Lê Ánh", 3)]
    assert vietnamese_sorted(people, key=lambda p: p[0])[0][0] == "Lê Ánh"


def test_person_names_sort_by_given_name():
    names = ["Nguyễn Thị Bình", "Trần Văn An", "Lê Văn An", "Hồ Chí Minh"]
    ordered = sorted(names, key=person_name_sort_key)
    assert ordered == ["Lê Văn An", "Trần Văn An", "Nguyễn Thị Bình", "Hồ Chí Minh"]
