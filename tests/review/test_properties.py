"""Properties of the diff and the anchors over random Vietnamese-like text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from danvan_desktop.review.anchors import AnchorState, locate
from danvan_desktop.review.diff import diff_text

SYLLABLES = ["dân", "vận", "khéo", "Đảng", "ủy", "tỉnh", "Nghệ", "An", "7,09%", "–", "“a”"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "\u00a0"]
pieces = st.lists(st.sampled_from(SYLLABLES + SEPARATORS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(pieces, pieces)
def test_a_diff_gives_back_both_texts(old: str, new: str) -> None:
    ops = diff_text(old, new)
    assert "".join(op.old for op in ops) == old
    assert "".join(op.new for op in ops) == new
    for op in ops:
        assert op.old or op.new
        if op.tag == "equal":
            assert op.old == op.new
        elif op.tag == "insert":
            assert not op.old
        elif op.tag == "delete":
            assert not op.new
    for left, right in itertools.pairwise(ops):
        assert not (left.tag == right.tag == "equal")


@settings(max_examples=300, deadline=None)
@given(pieces, pieces, pieces, st.integers(min_value=0, max_value=200))
def test_a_quote_still_in_the_text_is_found_exactly(
    before: str, quote: str, after: str, old_start: int
) -> None:
    text = before + quote + after
    place = locate(text, old_start, old_start + len(quote), quote)
    if not quote:
        assert place.state == AnchorState.OUTDATED
        return
    assert place.state in (AnchorState.KEPT, AnchorState.MOVED)
    assert text[place.start : place.end] == quote


@settings(max_examples=200, deadline=None)
@given(pieces, pieces, st.integers(min_value=0, max_value=200))
def test_a_found_place_is_always_inside_the_text(text: str, quote: str, old_start: int) -> None:
    place = locate(text, old_start, old_start + len(quote), quote)
    if place.located:
        assert 0 <= place.start <= place.end <= len(text)
