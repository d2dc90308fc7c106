import unicodedata

from danvan_desktop.vietnamese.lint import lint
from danvan_desktop.vietnamese.standardize import standardize


def test_standardize_cleans_what_is_safe():
    text = unicodedata.normalize(
        "NFD", 'Tỉnh uỷ  giao ;thực hiện Kế hoạch 201 - KH/TU "dân vận khéo" (2015 - 2018)'
    )
    assert standardize(text) == (
        "Tỉnh ủy giao; thực hiện Kế hoạch 201-KH/TU “dân vận khéo” (2015–2018)"
    )
    assert standardize("hòa bình", "reformed") == "hoà bình"


def test_standardize_leaves_editorial_decisions(sample_text):
    cleaned = standardize(sample_text)
    codes = {finding.code for finding in lint(cleaned)}
    assert {"repeated-paragraph", "acronym-undefined", "date-format-mixed"} <= codes
    assert not codes & {"double-space", "straight-quotes", "document-reference-spacing"}
    assert standardize(cleaned) == cleaned
