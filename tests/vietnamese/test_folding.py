import unicodedata

import pytest

from danvan_desktop.store.search_index import query_words
from danvan_desktop.vietnamese import fold, strip_marks
from danvan_desktop.vietnamese.lint import apply_fixes, lint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban cán sự Đảng", "ban can su dang"),
        ("DÂN VẬN", "dan van"),
        ("Ðảng ðoàn", "dang doan"),
        ("  Tỉnh   ủy\u00a0Nghệ\tAn \n", "tinh uy nghe an"),
        ("ng\u00adười", "nguoi"),
        ("Đ/c Nguyễn Thị Bình", "d/c nguyen thi binh"),
        ("", ""),
        ("Straße", "strasse"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_fold_treats_nfd_and_nfc_alike():
    text = "Quốc hội, Ủy ban, thuở, người, rượu"
    assert (
        fold(unicodedata.normalize("NFD", text))
        == fold(text)
        == "quoc hoi, uy ban, thuo, nguoi, ruou"
    )


def test_fold_covers_every_vietnamese_letter():
    letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    folded = fold(letters + letters.upper())
    assert set(folded) <= set("aeiouyd")


def test_strip_marks_keeps_case_and_spacing():
    assert strip_marks("Đổi  Mới") == "Doi  Moi"


def test_a_soft_hyphen_is_removed_as_the_index_and_the_lint_fix_remove_it():
    # Unicode's soft hyphen is an invisible break opportunity inside a word:
    # "dân\u00advận" reads "dânvận", the lint fix makes it that, and search
    # finds it as one word, the same way in the index and in the query.
    text = "Công tác dân\u00advận"
    assert fold(text) == "cong tac danvan"
    assert fold(apply_fixes(text, lint(text))) == fold(text)
    assert query_words(fold(text)) == ["cong", "tac", "danvan"]
    assert set(query_words("danvan")) <= set(query_words(fold(text)))
    assert set(query_words("dân\u00advận")) <= set(query_words(fold(text)))
