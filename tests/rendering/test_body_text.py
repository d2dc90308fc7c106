"""A body's plain text: whitespace squeezed as `str.split` sees it, quickly or not."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan_desktop.rendering.body_reader import _squeeze_spaces


def test_the_only_printable_whitespace_is_the_space() -> None:
    """What lets a printable line with no double space skip the split."""
    printable_spaces = [
        code
        for code in range(sys.maxunicode + 1)
        if chr(code).isspace() and chr(code).isprintable()
    ]
    assert printable_spaces == [0x20]


@pytest.mark.parametrize(
    "line",
    [
        "",
        " ",
        "Dân vận khéo",
        "  hai  dấu cách ",
        " Trước và sau ",
        "tab\tvà\u00a0cách\u2003rộng",
        "\u3000ý\u2028kiến\x1c",
    ],
)
def test_whitespace_is_squeezed_as_split_and_join_squeeze_it(line: str) -> None:
    assert _squeeze_spaces(line) == " ".join(line.split())


@given(st.text(alphabet=st.sampled_from(" \t\u00a0\u2003\x85\x1fab ẹĐ"), max_size=30) | st.text())
def test_any_line_is_squeezed_as_split_and_join_squeeze_it(line: str) -> None:
    assert _squeeze_spaces(line) == " ".join(line.split())
