"""`danvan import FILE… --category SLUG --as USER [--json]` end to end on a scratch store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from danvan_desktop.cli import main
from tests.conftest import TEST_PASSWORD
from tests.importers.word_files import new_document, save


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], database_url: str):
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("DANVAN_DATABASE_URL", database_url)

    def run(*args: str, expect: int = 0) -> str:
        code = main(list(args))
        out, err = capsys.readouterr()
        assert code == expect, f"danvan {' '.join(args)} → {code}\n{out}\n{err}"
        return out

    run("init", "--admin", "admin")
    run("user", "add", "bientap", "--role", "editor")
    return run


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    documents = tmp_path / "bai-gui"
    documents.mkdir()
    word = new_document()
    word.add_paragraph("Công an Quỳnh Lưu vì nhân dân phục vụ", style="Title")
    word.add_paragraph("Lời dẫn của bài.")
    word.add_paragraph("Thân bài.")
    (documents / "a-quynh-luu.docx").write_bytes(save(word))
    (documents / "b-ghi-chu.txt").write_text("Tường Sơn thực hiện tốt công tác dân vận\n\nBài.\n")
    return documents


def test_import_a_folder_then_again_as_json(cli, folder: Path) -> None:
    out = cli("import", str(folder), "--category", "tin-hoat-dong", "--as", "bientap")
    assert "2 imported, 0 skipped as duplicates, 0 failed" in out
    assert "Công an Quỳnh Lưu vì nhân dân phục vụ" in out

    report = json.loads(
        cli("import", str(folder), "--category", "tin-hoat-dong", "--as", "bientap", "--json")
    )
    assert (report["imported"], report["duplicates"], report["failed"]) == (0, 2, 0)
    assert [Path(f["path"]).name for f in report["files"]] == ["a-quynh-luu.docx", "b-ghi-chu.txt"]
    assert {f["status"] for f in report["files"]} == {"duplicate"}

    drafts = json.loads(cli("article", "list", "--status", "draft", "--json"))
    titles = {row["title"] for row in drafts}
    assert "Tường Sơn thực hiện tốt công tác dân vận" in titles


def test_a_failed_file_makes_the_exit_code_one_and_is_reported(cli, folder: Path) -> None:
    (folder / "c-cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    out = cli(
        "import", str(folder), "--category", "tin-hoat-dong", "--as", "bientap", "--json", expect=1
    )
    report = json.loads(out)
    failed = [f for f in report["files"] if f["status"] == "failed"]
    assert [(Path(f["path"]).name, f["code"]) for f in failed] == [("c-cu.doc", "legacy_doc")]
    assert report["imported"] == 2


def test_an_unknown_category_is_an_error(cli, folder: Path) -> None:
    cli("import", str(folder), "--category", "khong-co", "--as", "bientap", expect=1)
