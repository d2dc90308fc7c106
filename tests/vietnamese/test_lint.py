import time

import pytest

from danvan_desktop.vietnamese.lint import INFO, apply_fixes, lint
from danvan_desktop.vietnamese.standardize import standardize


def _codes(text, **kwargs):
    return [finding.code for finding in lint(text, **kwargs)]


def _fixed(text, **kwargs):
    return apply_fixes(text, lint(text, **kwargs))


@pytest.fixture(scope="module")
def sample_findings(sample_text):
    return lint(sample_text)


def _at(sample_text, findings, code):
    return [sample_text[f.start : f.end] for f in findings if f.code == code]


# --- the sample article: every kind of problem it has is found ------------------------


def test_sample_repeated_lead_paragraph(sample_text, sample_findings):
    repeated = [f for f in sample_findings if f.code == "repeated-paragraph"]
    first = repeated[0]
    assert "Xác định đúng vị trí" in sample_text[first.start : first.end]
    assert first.fix == ""
    # each related-article title also appears twice
    assert len(repeated) >= 10


def test_sample_document_references(sample_text, sample_findings):
    found = [f for f in sample_findings if f.code == "document-reference-spacing"]
    assert [sample_text[f.start : f.end] for f in found] == [
        "201 - KH/TU",
        "11 - QĐ/TW",
        "06 -ĐA/TU",
        "218 -QĐ/TW",
    ]
    assert [f.fix for f in found] == ["201-KH/TU", "11-QĐ/TW", "06-ĐA/TU", "218-QĐ/TW"]


def test_sample_spacing(sample_text, sample_findings):
    assert _at(sample_text, sample_findings, "missing-space-after") == [";"]
    assert _at(sample_text, sample_findings, "double-space") == ["\u00a0 "]
    assert _at(sample_text, sample_findings, "nbsp-between-words") == ["\u00a0"]
    runs = _at(sample_text, sample_findings, "nbsp-run")
    assert max(len(run) for run in runs) > 40  # the byline pushed right with NBSPs


def test_sample_quotes_dashes_dates_tones_acronyms(sample_text, sample_findings):
    quotes = [f for f in sample_findings if f.code == "straight-quotes"]
    assert len(quotes) == 3  # three straight pairs, beside curly ones
    assert all(f.fix.startswith("“") and f.fix.endswith("”") for f in quotes)
    assert "lẫn" in quotes[0].message_vi
    assert _at(sample_text, sample_findings, "range-hyphen") == ["2015 - 2018"]
    assert _at(sample_text, sample_findings, "date-format-mixed") == ["07/01/2016", "03/3/2016"]
    assert _at(sample_text, sample_findings, "tone-style-mixed") == ["uỷ"]
    acronyms = _at(sample_text, sample_findings, "acronym-undefined")
    assert "MTTQ" in acronyms
    assert "UBND" not in acronyms and "HĐND" not in acronyms and "TU" not in acronyms


def test_every_finding_is_well_formed(sample_text, sample_findings):
    for finding in sample_findings:
        assert 0 <= finding.start <= finding.end <= len(sample_text)
        assert finding.message_vi and finding.message_en
        assert finding.code == finding.code.lower()


def test_fixing_the_sample_converges(sample_text, sample_findings):
    once = apply_fixes(sample_text, sample_findings)
    assert len(once) < len(sample_text)
    assert "201-KH/TU" in once and "7,09%; thu" in once and "2015–2018" in once
    assert once.count("Xác định đúng vị trí, vai trò") == 1
    twice = apply_fixes(once, lint(once))
    remaining = {f.code for f in lint(twice) if f.fix is not None}
    assert remaining == set()


def test_lint_is_fast(sample_text):
    lint(sample_text)
    started = time.perf_counter()
    lint(sample_text)
    assert time.perf_counter() - started < 0.5  # bench/ measures the real figure


# --- each rule on its own -------------------------------------------------------------


def test_spaces():
    assert _fixed("dân  vận và\u00a0\u00a0nhân dân") == "dân vận và nhân dân"
    assert _codes("dân  vận") == ["double-space"]
    assert _codes("dân\u00a0\u00a0vận") == ["nbsp-run"]
    # Markdown: indentation and trailing hard breaks are left alone
    assert _codes("    mã nguồn\ndòng một  \ndòng hai") == []
    assert _fixed("\u00a0\u00a0\u00a0Nguyễn Văn A") == "Nguyễn Văn A"
    finding = lint("đề xuất\u00a0giúp")[0]
    assert (finding.code, finding.severity, finding.fix) == ("nbsp-between-words", INFO, " ")
    assert _codes("5\u00a0km") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("7,09%;thu ngân sách", "7,09%; thu ngân sách"),
        ("cán bộ,đảng viên", "cán bộ, đảng viên"),
        ("gồm:nhân dân", "gồm: nhân dân"),
        ("xong việc.Ban Thường vụ", "xong việc. Ban Thường vụ"),
        ("(ghi chú)tiếp", "(ghi chú) tiếp"),
        ("cán bộ , đảng viên .", "cán bộ, đảng viên."),
        ("Ai ?", "Ai?"),
    ],
)
def test_punctuation_spacing(text, fixed):
    assert _fixed(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "tăng 7,09% so với 3,5%",
        "TP.HCM và v.v.",
        "xem https://dvnghean.vn/a,b;c:d và e@f.vn",
        "lúc 8:30 sáng",
        "Xem [bài](https://a.vn/x,y) nhé",
        "&nbsp;bên",
        "Có... hay không",
    ],
)
def test_punctuation_spacing_leaves_these_alone(text):
    assert [c for c in _codes(text) if "space" in c] == []


def test_quotes():
    assert _fixed('về việc "dân vận khéo" và "nói đi đôi với làm"') == (
        "về việc “dân vận khéo” và “nói đi đôi với làm”"
    )
    odd = lint('một "hai ba')
    assert [(f.code, f.fix) for f in odd] == [("straight-quotes", None)]
    assert _codes('<img alt="ảnh"> và [a](b "c")') == []
    assert "lẫn" not in lint('"a"')[0].message_vi
    assert "lẫn" in lint('"a" và “b”')[0].message_vi


def test_dashes():
    assert _fixed("giai đoạn 2015 - 2018 và 2019-2020") == "giai đoạn 2015–2018 và 2019–2020"
    assert _fixed("từ 5 - 10 người") == "từ 5–10 người"
    text = "số 07-ĐA/TU, điện thoại 0238-3844-123, 25/6/2019, tỷ số 3-1"
    assert [code for code in _codes(text) if "hyphen" in code] == []
    spaced = lint("chính trị - xã hội")
    assert [(f.code, f.fix, f.severity) for f in spaced] == [("spaced-hyphen", None, INFO)]


def test_tone_style():
    text = "Tỉnh ủy, hòa bình, khỏe mạnh, Tỉnh uỷ"
    assert _codes(text) == ["tone-style-mixed"]
    assert _fixed(text) == "Tỉnh ủy, hòa bình, khỏe mạnh, Tỉnh ủy"
    assert _codes("Tỉnh ủy, hòa bình") == []
    assert _fixed("Tỉnh ủy, hòa bình", tone_style="reformed") == "Tỉnh uỷ, hoà bình"
    assert "hoà, thuỷ" in lint(text)[0].message_vi


def test_repeated_paragraphs():
    para = "Đây là một đoạn văn đủ dài để kiểm tra việc lặp lại."
    assert _fixed(f"{para}\n\n{para}\n\nHết.") == f"{para}\n\nHết."
    apart = lint(f"{para}\n\nĐoạn giữa khác hẳn đoạn trên.\n\n{para}")
    assert [(f.code, f.fix) for f in apart] == [("repeated-paragraph", None)]
    assert _codes("Ảnh:\n\nẢnh:") == []  # short blocks may repeat


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Kế hoạch số 201 - KH/TU", "Kế hoạch số 201-KH/TU"),
        ("Quy định 218 -QĐ/TW", "Quy định 218-QĐ/TW"),
        ("Hướng dẫn 36- HD/VPTW", "Hướng dẫn 36-HD/VPTW"),
        ("Nghị quyết 12\u00a0-\u00a0NQ/TW", "Nghị quyết 12-NQ/TW"),
    ],
)
def test_document_references(text, fixed):
    assert _fixed(text) == fixed


def test_document_references_already_right():
    assert _codes("Đề án số 10-ĐA/TU và 13-KH/TU") == []


def test_dates():
    text = "ngày 25/6/2019, ngày 7/1/2016 và ngày 03/3/2016"
    assert _fixed(text) == "ngày 25/6/2019, ngày 7/1/2016 và ngày 3/3/2016"
    padded = "ngày 05/06/2019, 07/01/2016 và 3/3/2016"
    assert _fixed(padded) == "ngày 05/06/2019, 07/01/2016 và 03/03/2016"
    assert _codes("ngày 25/12/2019 và 7/1/2016") == []
    words = lint("ngày 7/1/2016, 8/2/2017 và ngày 3 tháng 3 năm 2016")
    assert [(f.code, f.fix) for f in words] == [("date-format-mixed", None)]
    assert _codes("tỷ lệ 45/50/2019 đơn vị") == []


def test_acronyms():
    text = "MTTQ tỉnh và UBND tỉnh, sau đó MTTQ huyện"
    findings = lint(text)
    assert [(f.code, text[f.start : f.end]) for f in findings] == [("acronym-undefined", "MTTQ")]
    assert _fixed(text).startswith("Mặt trận Tổ quốc (MTTQ) tỉnh")
    assert _codes("Mặt trận Tổ quốc (MTTQ) tỉnh; MTTQ huyện") == []
    unknown = lint("Tổ chức ABCD mới")
    assert [(f.code, f.fix) for f in unknown] == [("acronym-undefined", None)]
    assert _codes("số 120-KL/TW") == []
    assert _codes("ĐẢNG BỘ TỈNH NGHỆ AN LÃNH ĐẠO") == []


def test_apply_fixes_skips_overlaps():
    from danvan_desktop.vietnamese.lint import Finding

    first = Finding("a", 0, 3, "", "", fix="X")
    overlapping = Finding("b", 2, 5, "", "", fix="Y")
    later = Finding("c", 6, 7, "", "", fix="Z")
    no_fix = Finding("d", 0, 7, "", "")
    assert apply_fixes("0123456789", [later, overlapping, first, no_fix]) == "X345Z789"


# --- soft hyphens ---------------------------------------------------------------------


def test_a_soft_hyphen_in_unicode_text_is_found_and_safely_removed():
    text = "Công tác dân\u00advận tốt\u00ad"
    found = [f for f in lint(text) if f.code.startswith("soft-hyphen")]
    assert [(f.code, text[f.start : f.end], f.fix) for f in found] == [
        ("soft-hyphen", "\u00ad", ""),
        ("soft-hyphen", "\u00ad", ""),
    ]
    assert "U+00AD" in found[0].message_vi
    assert _fixed(text) == "Công tác dânvận tốt"


def test_a_soft_hyphen_shaped_like_tcvn3_u_horn_is_called_legacy_and_not_removed():
    text = "Công tác dân vận và ng\u00adêi dân"
    (found,) = [f for f in lint(text) if f.code.startswith("soft-hyphen")]
    assert found.code == "soft-hyphen-legacy"
    assert text[found.start : found.end] == "ng\u00adêi"
    assert found.fix is None
    assert "TCVN3" in found.message_vi and "“người”" in found.message_vi
    assert "TCVN3" in found.message_en
    assert _fixed(text) == text


def test_standardize_removes_plain_soft_hyphens_but_keeps_the_legacy_one():
    text = "Công tác dân\u00advận và ng\u00adêi"
    assert standardize(text) == "Công tác dânvận và ng\u00adêi"


def test_dates_with_hyphens_or_dots_beside_slashes():
    text = "ngày 25/6/2019, ngày 7/1/2016 và ngày 3-3-2016."
    assert _fixed(text) == "ngày 25/6/2019, ngày 7/1/2016 và ngày 3/3/2016."
    assert (
        _fixed("hạn 1.2.2020, họp 5/6/2020 và 7/8/2020") == "hạn 1/2/2020, họp 5/6/2020 và 7/8/2020"
    )
    assert _codes("ngày 3-3-2016 và ngày 4-5-2017") == []  # one way throughout: consistent
    plain = _codes("giai đoạn 2015-2018 và Kế hoạch 201-KH/TU ngày 25/6/2019")
    assert "date-format-mixed" not in plain  # a range of years and a reference are no dates
