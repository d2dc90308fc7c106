import unicodedata

import pytest

from danvan_desktop.vietnamese import fold, strip_marks


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
