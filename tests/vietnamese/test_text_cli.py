"""`danvan text …` end to end: a real process, real pipes, UTF-8 bytes in and out."""

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from danvan_desktop.cli import main
from danvan_desktop.vietnamese.charsets import encode_tcvn3, to_bytes

_MAIN = "import sys; from danvan_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


@dataclass
class Result:
    returncode: int
    stdout: bytes
    stderr: bytes


def run_process(*args, stdin=b"", home=None):
    """A real `danvan` process; slow to start, so only for what needs one."""
    env = dict(os.environ, PYTHONIOENCODING="ascii")  # the CLI must not depend on it
    env["DANVAN_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-c", _MAIN, "text", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.fixture()
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    monkeypatch.setenv("DANVAN_HOME", str(path))
    return path


@pytest.fixture()
def danvan(home, monkeypatch, capsysbinary):
    """`danvan text ARGS` run in this process through the real entry point and real streams."""

    def run(*args, stdin=b""):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        try:
            code = main(["text", *args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsysbinary.readouterr()
        return Result(code, out, err)

    return run


def _ok(result) -> str:
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đổi mới, nâng cao", "doi-moi--nang-cao"),
        ("giai đoạn 1946 - 1954", "giai-doan-1946---1954"),
        ("Đề án số 07-ĐA/TU", "de-an-so-07-da-tu"),
    ],
)
def test_slug(danvan, title, slug):
    assert _ok(danvan("slug", title)) == slug + "\n"


def test_slug_of_nothing_is_an_error(danvan):
    result = danvan("slug", "…")
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.startswith(b"danvan: error:")


def test_convert(danvan):
    out = _ok(danvan("convert", "--from", "tcvn3", stdin="§æi míi".encode()))
    assert out == "Đổi mới"
    out = _ok(danvan("convert", "--from", "auto", stdin="Ñoåi môùi".encode()))
    assert out == "Đổi mới"
    out = _ok(danvan("convert", stdin="Đổi mới\n".encode()))
    assert out == "Đổi mới\n"
    out = _ok(danvan("convert", "--to", "viqr", stdin="Hà Nội".encode()))
    assert out == "Ha` No^.i"


def test_convert_a_legacy_file_given_as_bytes(danvan, tmp_path):
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(to_bytes(encode_tcvn3("Đổi mới phương thức lãnh đạo\n")))
    assert _ok(danvan("convert", str(legacy))) == "Đổi mới phương thức lãnh đạo\n"
    raw = danvan("convert", "--to", "tcvn3", "--legacy-bytes", stdin="người".encode())
    assert raw.stdout == b"ng\xad\xeai"


def test_convert_font_hint(danvan):
    out = _ok(danvan("convert", "--font", ".VnTimeH", stdin="®æi míi".encode()))
    assert out == "ĐỔI MỚI"


def test_tones(danvan):
    out = _ok(
        danvan(
            "tones",
            "--style",
            "traditional",
            stdin="Tỉnh uỷ, hoà bình, quả".encode(),
        )
    )
    assert out == "Tỉnh ủy, hòa bình, quả"
    out = _ok(
        danvan(
            "tones",
            "--style",
            "reformed",
            stdin="Tỉnh ủy, hòa bình, hoàn".encode(),
        )
    )
    assert out == "Tỉnh uỷ, hoà bình, hoàn"


def test_bad_style_is_a_usage_error(danvan):
    result = danvan("tones", "--style", "old", stdin=b"x")
    assert result.returncode == 2


def test_fold_and_sort(danvan):
    assert _ok(danvan("fold", "Ban cán sự Đảng")) == "ban can su dang\n"
    out = _ok(danvan("sort", stdin="đảng\nDân\nanh\nă\n".encode()))
    assert out.split() == ["anh", "ă", "Dân", "đảng"]
    out = _ok(
        danvan(
            "sort",
            "--by-given-name",
            stdin="Nguyễn Thị Bình\nTrần Văn An\n".encode(),
        )
    )
    assert out == "Trần Văn An\nNguyễn Thị Bình\n"


def test_lint(danvan, sample_text):
    result = danvan("lint", "--json", stdin=sample_text.encode())
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    codes = {row["code"] for row in rows}
    assert {
        "repeated-paragraph",
        "document-reference-spacing",
        "missing-space-after",
        "double-space",
        "nbsp-run",
        "straight-quotes",
        "range-hyphen",
        "tone-style-mixed",
        "date-format-mixed",
        "acronym-undefined",
    } <= codes
    ref = next(row for row in rows if row["code"] == "document-reference-spacing")
    assert (ref["text"], ref["fix"], ref["line"]) == ("201 - KH/TU", "201-KH/TU", 9)


def test_lint_text_output_and_fix(danvan):
    result = danvan("lint", "--lang", "en", stdin="dân  vận".encode())
    assert result.returncode == 1
    assert result.stdout.decode() == "1:4: double-space: More than one space between words.\n"
    clean = danvan("lint", stdin="Dân vận khéo.".encode())
    assert (clean.returncode, clean.stdout) == (0, b"")
    fixed = danvan("lint", "--fix", stdin="7,09%;thu  ngân sách".encode())
    assert _ok(fixed) == "7,09%; thu ngân sách"


def test_spell(danvan, tmp_path):
    result = danvan("spell", "--json", stdin="sự cố xẩy ra, qủa thật".encode())
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert [(r["word"], r["kind"], r["suggestions"][0]) for r in rows] == [
        ("xẩy ra", "confusion", "xảy ra"),
        ("qủa", "tone-position", "quả"),
    ]
    words = tmp_path / "words.txt"
    words.write_text("Banner\n", encoding="utf-8")
    result = danvan("spell", "--dictionary", str(words), stdin="Banner đẹp".encode())
    assert (result.returncode, result.stdout) == (0, b"")
    result = danvan("spell", stdin=b"Banner")
    assert result.stdout.decode() == "1:1: misspelling: Banner\n"


def test_count(danvan, sample_text):
    out = json.loads(_ok(danvan("count", "--json", stdin=sample_text.encode())))
    assert out["syllables"] > 2700
    assert out["reading_minutes"] == 13
    text = _ok(danvan("count", stdin="Đổi mới".encode()))
    assert "syllables (số chữ): 2" in text


def test_missing_file_and_bad_bytes(danvan, tmp_path):
    result = danvan("count", str(tmp_path / "none.txt"))
    assert result.returncode == 1 and b"cannot read" in result.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xa7\xe6i m\xedi")
    result = danvan("lint", str(bad))
    assert result.returncode == 1 and b"not UTF-8" in result.stderr


def test_a_real_process_with_an_ascii_locale(home):
    result = run_process("fold", "Ban cán sự Đảng", home=home)
    assert (result.returncode, result.stdout) == (0, b"ban can su dang\n")
    result = run_process("tones", "--style", "reformed", stdin="hòa".encode(), home=home)
    assert result.stdout.decode("utf-8") == "hoà"


def test_errors_are_one_line_without_traceback(home):
    result = run_process("slug", "…", home=home)
    assert result.returncode == 1
    assert result.stderr.decode().count("\n") == 1
    assert result.stderr.startswith(b"danvan: error:")


def test_spell_knows_the_words_editors_added_in_the_desk(danvan):
    """`danvan text spell` and the desk share the house dictionary of this PC."""
    from danvan_desktop.services.house_dictionary import add_user_word

    assert danvan("spell", stdin="Cuông Banner".encode()).returncode == 1
    add_user_word("Banner")
    result = danvan("spell", stdin=b"Banner")
    assert (result.returncode, result.stdout) == (0, b"")


def test_convert_a_file_mixing_utf8_and_tcvn3_lines(danvan, tmp_path):
    mixed = tmp_path / "ghep.txt"
    mixed.write_bytes(
        "Tiêu đề bằng Unicode\n".encode()
        + to_bytes(encode_tcvn3("Đổi mới phương thức lãnh đạo\n"))
        + "Bà Lê\n".encode()
    )
    out = _ok(danvan("convert", str(mixed)))
    assert out == "Tiêu đề bằng Unicode\nĐổi mới phương thức lãnh đạo\nBà Lê\n"


def test_lint_finds_soft_hyphens_and_says_which_one_is_legacy(danvan):
    text = "Công tác dân\u00advận và ng\u00adêi"
    result = danvan("lint", "--lang", "en", stdin=text.encode())
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("1:13: soft-hyphen: ")
    assert lines[1].startswith("1:21: soft-hyphen-legacy: ")
    assert "TCVN3" in lines[1]
