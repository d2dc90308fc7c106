"""The `danvan` command end to end on a scratch store: init, users, articles, workflow, audit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from danvan_desktop.cli import main
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], database_url: str):
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("DANVAN_DATABASE_URL", database_url)

    def run(*args: str, expect: int = 0) -> str:
        code = main(list(args))
        out, err = capsys.readouterr()
        assert code == expect, f"danvan {' '.join(args)} → {code}\n{out}\n{err}"
        return out if code == 0 else err

    return run


@pytest.fixture
def office(cli):
    cli("init", "--admin", "admin")
    cli("user", "add", "bientap", "--role", "editor", "--display-name", "Nguyễn Văn Biên")
    cli("user", "add", "duyet", "--role", "reviewer")
    cli("user", "add", "xuatban", "--role", "publisher")
    return cli


def _first_category(cli) -> str:
    return json.loads(cli("category", "list", "--json"))[0]["slug"]


def test_init_creates_categories_and_the_sample_draft(office) -> None:
    categories = json.loads(office("category", "list", "--json"))
    names = [c["name"] for c in categories]
    assert "Dân vận khéo" in names and "Tôn giáo – Dân tộc" in names
    listed = json.loads(office("article", "list", "--json"))
    assert len(listed) == 1
    assert listed[0]["title"].startswith("Đổi mới phương thức lãnh đạo")
    assert listed[0]["status"] == "draft"
    users = {u["username"]: u["roles"] for u in json.loads(office("user", "list", "--json"))}
    assert users["duyet"] == ["reviewer"]


def test_init_twice_is_harmless(office) -> None:
    assert "already initialised" in office("init", "--admin", "admin")


def test_create_submit_approve(office, tmp_path: Path) -> None:
    body = tmp_path / "body.md"
    body.write_text("Đoạn một.\n\nĐoạn hai về công tác dân vận.\n", encoding="utf-8")
    category = _first_category(office)
    created = json.loads(
        office(
            "article",
            "new",
            "--title",
            "Tạo sự đoàn kết từ mô hình tổ tự quản",
            "--category",
            category,
            "--sapo",
            "Tóm tắt.",
            "--body-file",
            str(body),
            "--author",
            "Nguyễn Văn A",
            "--position",
            "Phóng viên",
            "--as",
            "bientap",
            "--json",
        )
    )
    article_id = created["id"]
    assert created["status"] == "draft"
    office("article", "submit", article_id[:8], "--as", "bientap")
    assert "four_eyes" not in office("article", "approve", article_id, "--as", "bientap", expect=1)
    office("article", "approve", article_id, "--as", "xuatban", expect=1)
    approved = json.loads(office("article", "approve", article_id, "--as", "duyet", "--json"))
    assert approved["status"] == "approved"
    assert approved["approved_by"] == "duyet"
    shown = json.loads(office("article", "show", article_id, "--json"))
    assert shown["fields"]["body"].startswith("Đoạn một.")
    assert shown["approved_hash"] == shown["current_hash"]
    assert "audit chain intact" in office("audit", "verify")
    in_review = json.loads(office("article", "list", "--status", "approved", "--json"))
    assert [a["id"] for a in in_review] == [article_id]


def test_show_an_approved_article_whose_approval_time_is_missing(office, database_url: str) -> None:
    category = _first_category(office)
    created = office(
        "article",
        "new",
        "--title",
        "Bài đã duyệt",
        "--category",
        category,
        "--as",
        "bientap",
        "--json",
    )
    article_id = json.loads(created)["id"]
    office("article", "submit", article_id, "--as", "bientap")
    office("article", "approve", article_id, "--as", "duyet")
    engine = create_engine(database_url)  # as someone with psql in team mode might
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE articles SET approved_at = NULL WHERE id = :id"), {"id": article_id}
            )
    finally:
        engine.dispose()
    shown = office("article", "show", article_id)
    assert "Bài đã duyệt" in shown
    assert "approved by duyet at unknown (valid)" in shown


def test_request_changes_needs_a_comment(office) -> None:
    article_id = json.loads(office("article", "list", "--json"))[0]["id"]
    office("user", "add", "bientap2", "--role", "editor")
    # The sample belongs to the admin (an editor too); submit it and send it back.
    office("article", "submit", article_id, "--as", "admin")
    error = office("article", "request-changes", article_id, "--as", "duyet", expect=1)
    assert "comment" in error
    office("article", "request-changes", article_id, "--as", "duyet", "--comment", "Bỏ đoạn lặp.")
    shown = json.loads(office("article", "show", article_id, "--json"))
    assert shown["status"] == "changes_requested"


def test_wrong_password_is_refused(office, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_PASSWORD", "sai-mat-khau")
    error = office("article", "submit", "whatever", "--as", "bientap", expect=1)
    assert "wrong user name or password" in error


def test_bad_input_one_clear_line_no_traceback(tmp_path: Path, database_url: str) -> None:
    """As a real process: a missing category fails with one line, exit 1, nothing written."""
    env = {
        "DANVAN_HOME": str(tmp_path / "home"),
        "DANVAN_PASSWORD": TEST_PASSWORD,
        "DANVAN_DATABASE_URL": database_url,
        "PATH": "/usr/bin:/bin",
    }
    command = [
        sys.executable,
        "-c",
        "import sys; from danvan_desktop.cli import main; sys.exit(main())",
    ]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *args], env=env, capture_output=True, text=True, timeout=120
        )

    assert run("init", "--admin", "admin").returncode == 0
    before = run("audit", "verify", "--json")
    result = run("article", "new", "--title", "X", "--category", "khong-co", "--as", "admin")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == ["danvan: error: no category with slug 'khong-co'"]
    assert run("audit", "verify", "--json").stdout == before.stdout  # nothing written
    missing_file = run(
        "article",
        "new",
        "--title",
        "X",
        "--category",
        "tin-hoat-dong",
        "--body-file",
        str(tmp_path / "nope.md"),
        "--as",
        "admin",
    )
    assert missing_file.returncode == 1 and "no such file" in missing_file.stderr
    bad_url = run("--database", "postgresql://nobody@127.0.0.1:1/none", "user", "list")
    assert bad_url.returncode == 1 and "Traceback" not in bad_url.stderr


def test_only_init_creates_a_database(tmp_path: Path, cli, monkeypatch) -> None:
    """A mistyped path or an office never set up is an error, not a new empty store."""
    typo = tmp_path / "no" / "such" / "office.sqlite3"
    err = cli("--database", f"sqlite:///{typo}", "article", "list", expect=1)
    assert "run `danvan init`" in err and not (tmp_path / "no").exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()  # a file, but never initialised
    err = cli("--database", f"sqlite:///{empty}", "category", "list", expect=1)
    assert "not initialised" in err
    err = cli("--database", "bogus://x", "article", "list", expect=1)
    assert "invalid database URL" in err
    cli("--database", f"sqlite:///{tmp_path / 'new.sqlite3'}", "init", "--admin", "admin")
    assert cli("--database", f"sqlite:///{tmp_path / 'new.sqlite3'}", "category", "list")
