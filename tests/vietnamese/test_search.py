import unicodedata

from danvan_desktop.vietnamese.search import EXACT, match_rank, rank_matches


def test_exact_beats_folded():
    assert match_rank("Đảng", "Ban cán sự Đảng") == EXACT
    assert match_rank("đảng", "ĐẢNG BỘ TỈNH") == EXACT  # case does not count
    assert 0.5 <= match_rank("đảng", "đang làm") < EXACT
    assert match_rank("dang", "Đảng") >= 0.5
    assert match_rank("xyz", "Đảng") == 0


def test_closer_spelling_ranks_higher():
    assert match_rank("đảng", "đáng") > match_rank("đảng", "dang")
    assert match_rank("dân vận", "dân văn") > match_rank("dân vận", "dan van")


def test_tone_style_and_normal_form_do_not_count():
    assert match_rank("Tỉnh ủy", "Tỉnh uỷ Nghệ An") == EXACT
    assert match_rank("hòa bình", unicodedata.normalize("NFD", "Hoà Bình")) == EXACT


def test_whitespace_is_collapsed():
    assert match_rank("dân  vận", "công tác dân\u00a0vận") == EXACT


def test_rank_matches():
    items = ["đang học", "đáng kể", "Đảng bộ", "dạng", "không"]
    assert rank_matches("đảng", items) == ["Đảng bộ", "đang học", "đáng kể", "dạng"]
    assert rank_matches("", items) == []
    rows = [(1, "Ban Dân vận"), (2, "ban dan van")]
    assert rank_matches("dân vận", rows, key=lambda r: r[1])[0][0] == 1
