import pytest

from danvan_desktop.vietnamese import portal_slug, unique_slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đổi mới, nâng cao", "doi-moi--nang-cao"),
        ("giai đoạn 1946 - 1954", "giai-doan-1946---1954"),
        ("Đề án số 07-ĐA/TU", "de-an-so-07-da-tu"),
        (
            "Đổi mới phương thức lãnh đạo của Đảng",
            "doi-moi-phuong-thuc-lanh-dao-cua-dang",
        ),
        ('Phong trào "Dân vận khéo"', "phong-trao-dan-van-kheo"),
        ("Phong trào “Dân vận khéo”", "phong-trao-dan-van-kheo"),
        ("Hội nghị (mở rộng); kết luận", "hoi-nghi-mo-rong-ket-luan"),
        ("Tăng 7,09%: thu ngân sách!", "tang-7-09-thu-ngan-sach"),
        ("giai đoạn 2015 – 2018", "giai-doan-2015---2018"),
        ("  Tỉnh ủy\u00a0Nghệ An  ", "tinh-uy-nghe-an"),
        ("ÐẢNG BỘ", "dang-bo"),
        ("'Người' và 'việc'", "nguoi-va-viec"),
    ],
)
def test_portal_slug(title, slug):
    assert portal_slug(title) == slug


def test_slug_uses_only_url_safe_characters():
    slug = portal_slug("Ủy ban MTTQ — “Ngày hội” ĐẠI ĐOÀN KẾT 100% ✓ 中文")
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")


def test_unique_slug_adds_numbers():
    taken = {"doi-moi", "doi-moi-2"}
    assert unique_slug("doi-moi", taken.__contains__) == "doi-moi-3"
    assert unique_slug("dan-van", taken.__contains__) == "dan-van"
    assert unique_slug("doi-moi-2", taken.__contains__) == "doi-moi-2-2"


def test_a_long_title_gives_a_slug_the_portal_takes_cut_between_words():
    from danvan_desktop.vietnamese.slug import SLUG_LIMIT, shortened_slug

    title = "Đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận " * 4
    slug = shortened_slug(portal_slug(title))
    assert len(slug) <= SLUG_LIMIT - 10  # room for "-2", "-3"…
    assert portal_slug(title).startswith(slug + "-")  # cut at a hyphen, no word cut
    assert not slug.endswith("-")
    assert shortened_slug("ngan-gon") == "ngan-gon"
    assert shortened_slug("x" * 300) == "x" * 190  # one long word: cut anyway
