"""`danvan article slip|history|diff|restore|comment…`, `danvan review`, `danvan audit log`."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

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

    run("init", "--admin", "admin")
    run("user", "add", "duyet", "--role", "reviewer", "--display-name", "Trần Thị Duyệt")
    return run


def _sample(cli) -> str:
    return json.loads(cli("article", "list", "--json"))[0]["id"]


def test_review_round_trip_from_the_terminal(cli, tmp_path: Path) -> None:
    article_id = _sample(cli)
    cli(
        "article",
        "comment",
        article_id,
        "--body",
        "Nêu số liệu mới nhất.",
        "--field",
        "body",
        "--quote",
        "tăng trưởng 7,09%",
        "--as",
        "duyet",
    )
    cli("article", "submit", article_id, "--as", "admin")
    assert "waiting for me: 1" in cli("review", "counts", "--as", "duyet")
    queue = json.loads(cli("review", "queue", "--mine", "--json", "--as", "duyet"))
    assert [row["article_id"] for row in queue] == [article_id]
    cli("article", "request-changes", article_id, "--comment", "Sửa số liệu.", "--as", "duyet")
    returned = cli("review", "queue", "--returned", "--as", "admin")
    assert "Sửa số liệu." in returned
    threads = json.loads(cli("article", "comments", article_id, "--json"))
    assert [t["root"]["body"] for t in threads] == ["Nêu số liệu mới nhất.", "Sửa số liệu."]
    assert threads[0]["root"]["place"]["state"] == "kept"
    first_comment = threads[0]["root"]["id"]
    assert "resolved" in cli("article", "resolve", str(first_comment), "--as", "admin")
    assert "Sửa số liệu." in cli("article", "comments", article_id, "--open")
    assert "Nêu số liệu" not in cli("article", "comments", article_id, "--open")

    history = json.loads(cli("article", "history", article_id, "--json"))
    assert [h["kind"] for h in history] == ["created", "state", "state"]
    restored = cli("article", "restore", article_id, "1", "--as", "admin")
    assert "already the current text" in restored

    cli("article", "submit", article_id, "--as", "admin")
    cli("article", "approve", article_id, "--as", "duyet")
    pdf = tmp_path / "phieu-duyet.pdf"
    assert str(pdf) in cli("article", "slip", article_id[:8], "--out", str(pdf), "--as", "duyet")
    text = unicodedata.normalize(
        "NFC", PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    )
    shown = json.loads(cli("article", "show", article_id, "--json"))
    assert shown["approved_hash"] in text and "Trần Thị Duyệt" in text

    log = json.loads(cli("audit", "log", "--article", article_id, "--json"))
    actions = [e["action"] for e in log["events"]]
    assert actions[0] == "article.approve" and "comment.resolve" in actions
    assert "article.request_changes" in cli("audit", "log", "--user", "duyet", "--as", "admin")
    assert "audit.view" in cli("audit", "log", "--as", "duyet", expect=1)


def test_diff_between_two_revisions(cli, database_url: str) -> None:
    from danvan_desktop.services import articles, users
    from danvan_desktop.services.dto import ArticleFields
    from danvan_desktop.services.store import open_store

    article_id = _sample(cli)
    cli("article", "submit", article_id, "--as", "admin")
    cli("article", "request-changes", article_id, "--comment", "Sửa số liệu.", "--as", "duyet")
    assert "no change in the text" in cli("article", "diff", article_id, "1", "3")
    store = open_store(database_url)
    try:
        admin = users.authenticate(store, "admin", TEST_PASSWORD)
        detail = articles.get_article(store, article_id)
        body = detail.fields.body.replace("7,09%", "7,21%")
        fields = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": body})
        articles.save_article(store, admin, article_id, fields, detail.version)
    finally:
        store.close()
    folded = cli("article", "diff", article_id[:8], "3", "4", "--context", "40")
    assert "== body ==" in folded and "7,[-09-]{+21+}%" in folded
    assert len(folded) < 400
    whole = cli("article", "diff", article_id, "3", "4", "--context", "0")
    assert len(whole) > len(body)
    html = cli("article", "diff", article_id, "3", "4", "--html")
    assert '<section data-field="body">' in html and "<del>09</del><ins>21</ins>" in html
    as_json = json.loads(cli("article", "diff", article_id, "1", "4", "--json"))
    assert [f["field"] for f in as_json["fields"]][:3] == ["title", "sapo", "body"]


def test_slip_refused_before_approval(cli, tmp_path: Path) -> None:
    article_id = _sample(cli)
    error = cli(
        "article", "slip", article_id, "--out", str(tmp_path / "x.pdf"), "--as", "admin", expect=1
    )
    assert "no valid approval" in error
    assert not (tmp_path / "x.pdf").exists()
