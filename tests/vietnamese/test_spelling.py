import time

import pytest

from danvan_desktop.vietnamese.spelling import (
    CONFUSION,
    MISSPELLING,
    TONE_POSITION,
    SpellChecker,
    house_words,
)


@pytest.fixture(scope="module")
def checker():
    return SpellChecker(style="traditional")


def _found(checker, text):
    return [(issue.word, issue.kind) for issue in checker.check(text)]


@pytest.mark.parametrize(
    ("word", "best"),
    [("qủa", "quả"), ("hòan", "hoàn"), ("kíên", "kiến"), ("ngừơi", "người"), ("Hòan", "Hoàn")],
)
def test_misplaced_tone_marks(checker, word, best):
    [issue] = checker.check(f"Một {word} thôi")
    assert issue.kind == TONE_POSITION
    assert issue.word == word
    assert issue.suggestions[0] == best
    assert (issue.start, issue.end) == (4, 4 + len(word))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ngừoi", "người"), ("tiéng", "tiếng"), ("mat", "mát"), ("Vịêt", "Việt"), ("Đảngg", "Đảng")],
)
def test_misspellings_get_suggestions(checker, word, expected):
    [issue] = checker.check(word)
    assert issue.kind in (MISSPELLING, TONE_POSITION)
    assert expected in issue.suggestions


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("sự cố xẩy ra", "xảy ra"),
        ("Xẩy ra sự cố", "Xảy ra"),
        ("nhân diện các điển hình", "nhận diện"),
        ("sát nhập xã", "sáp nhập"),
        ("chuẩn đoán bệnh", "chẩn đoán"),
        ("cấp ủy đối công tác dân vận", "đối với công tác"),
        ("bổ\u00a0xung", "bổ sung"),
    ],
)
def test_confusions(checker, text, right):
    issues = [issue for issue in checker.check(text) if issue.kind == CONFUSION]
    assert [issue.suggestions for issue in issues] == [(right,)]
    issue = issues[0]
    assert text[issue.start : issue.end] == issue.word


def test_confusions_need_whole_words(checker):
    issues = checker.check("thanhân diện, nhân diệnn")
    assert not any(issue.kind == CONFUSION for issue in issues)


def test_both_tone_styles_are_correct(checker):
    assert checker.check("Tỉnh ủy, Tỉnh uỷ, hòa bình, hoà bình, thủy, thuỷ") == []


def test_acronyms_numbers_urls_and_single_letters_are_skipped(checker):
    text = (
        "MTTQ, HĐND, UBND, ABCXYZ; Đ/c Mai; số 201-KH/TU; sub-site-1; "
        "xem https://dvnghean.vn/tin-tuc/abc hoặc gửi thư bantin@dvnghean.vn"
    )
    assert checker.check(text) == []


def test_house_dictionary(checker):
    assert "cuông" in house_words()
    assert checker.check("Con Cuông, Facebook, Internet") == []
    assert [i.word for i in checker.check("Banner Xyzq")] == ["Banner", "Xyzq"]


def test_user_words():
    checker = SpellChecker(["Banner", "Nguyễn Xyzq"])
    assert checker.check("Banner của Xyzq") == []
    checker.add_word("Blog")
    assert checker.is_known("blog")
    assert not checker.is_known("Vlog")


def test_unknown_style():
    with pytest.raises(ValueError):
        SpellChecker(style="old")


def test_sample_article(checker, sample_text):
    found = _found(checker, sample_text)
    assert ("xẩy ra", CONFUSION) in found
    assert found.count(("xẩy ra", CONFUSION)) == 2
    assert ("nhân diện", CONFUSION) in found
    assert ("đối công tác", CONFUSION) in found
    assert ("Banner", MISSPELLING) in found
    # No tone-style false positives (ủy ×35, hóa, hòa, tỏa…), no acronyms.
    assert len(found) == 5


def test_check_is_fast_enough_for_typing(checker, sample_text):
    checker.check(sample_text)  # warm the caches, as the editor does at start
    started = time.perf_counter()
    checker.check(sample_text)
    assert time.perf_counter() - started < 0.5  # generous; bench/ measures the real figure


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("nguoi", "người"),
        ("cuả", "của"),
        ("đươc", "được"),
        ("Viet", "Việt"),
        ("tiếg", "tiếng"),  # a letter dropped in the middle
        ("thàh", "thành"),
        ("truờng", "trường"),
    ],
)
def test_frequent_words_are_suggested_first(checker, word, first):
    assert checker.suggest(word)[0] == first


def test_the_house_style_ranks_its_spelling_first():
    reformed = SpellChecker(style="reformed").suggest("hoaf")
    traditional = SpellChecker(style="traditional").suggest("hoaf")
    assert reformed.index("hoá") < reformed.index("hóa")
    assert traditional.index("hóa") < traditional.index("hoá")
