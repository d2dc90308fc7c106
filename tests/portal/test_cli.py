"""`danvan key/export/verify/package show/import-package`, run in-process as a user would."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from danvan_desktop.cli import main
from danvan_desktop.services import articles, review
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import open_store
from tests.conftest import TEST_PASSWORD
from tests.portal.conftest import PASSPHRASE, make_office


@pytest.fixture
def databases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """Two office databases; the first has one approved article."""
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("DANVAN_KEY_PASSPHRASE", PASSPHRASE)
    urls = (f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'b.sqlite3'}")
    for url in urls:
        store = open_store(url)
        office = make_office(store)
        if url == urls[0]:
            fields = ArticleFields(
                title="Gắn công tác dân vận với hòa giải",
                sapo="Tóm tắt.",
                body="Nội dung.\n",
                author_name="Nguyễn Văn A",
                category_slug=office.category,
            )
            detail = articles.create_article(store, office.editor, fields).value
            review.submit_for_review(store, office.editor, detail.id)
            review.approve(store, office.reviewer, detail.id)
        store.close()
    return urls


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_publishing_commands_end_to_end(
    databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = databases
    assert _run(capsys, "key", "generate")[0] == 0
    code, public, _ = _run(capsys, "key", "export-public")
    assert code == 0 and public.startswith("untrusted comment: minisign public key ")
    (tmp_path / "pub.key").write_text(public)

    code, out, _ = _run(capsys, "--database", first, "export", "--check", "--as", "xuatban")
    assert code == 0
    package = tmp_path / "out.zip"
    code, out, err = _run(
        capsys, "--database", first, "export", "--out", str(package), "--as", "xuatban"
    )
    assert code == 0, err
    assert "exported 1 article(s)" in out

    code, out, _ = _run(capsys, "verify", str(package), "--public-key", str(tmp_path / "pub.key"))
    assert code == 0 and out.startswith("ok: package ")
    assert _run(capsys, "verify", str(package))[0] == 0  # this PC's own key

    code, out, _ = _run(capsys, "package", "show", str(package), "--json")
    manifest = json.loads(out)
    assert code == 0 and manifest["articles"][0]["slug"] == "gan-cong-tac-dan-van-voi-hoa-giai"
    code, out, _ = _run(capsys, "package", "show", str(package))
    assert "gan-cong-tac-dan-van-voi-hoa-giai" in out

    code, out, err = _run(
        capsys, "--database", second, "import-package", str(package), "--as", "xuatban"
    )
    assert code == 0, err
    assert "imported 1 article(s)" in out
    code, out, _ = _run(
        capsys, "--database", second, "import-package", str(package), "--as", "xuatban", "--json"
    )
    assert code == 0 and len(json.loads(out)["unchanged_ids"]) == 1
    ids = json.loads(out)["unchanged_ids"]
    code, out, err = _run(
        capsys, "--database", second, "export", *ids, "--out", str(tmp_path / "again.zip"),
        "--as", "xuatban", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["resent"] == ids


def test_verify_reports_the_first_problem_and_fails(
    databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, _ = databases
    _run(capsys, "key", "generate")
    package = tmp_path / "out.zip"
    _run(capsys, "--database", first, "export", "--out", str(package), "--as", "xuatban")
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tmp_path / "bad.zip", "w") as bad:
        for name in source.namelist():
            data = source.read(name)
            bad.writestr(
                name, data.replace(b"xuatban", b"ke-gian") if name == "manifest.json" else data
            )
    code, out, err = _run(capsys, "verify", str(tmp_path / "bad.zip"))
    assert code == 1 and out == ""
    assert err.strip() == (
        "danvan: error: the manifest signature does not match: the package was altered"
    )
    assert "Traceback" not in err
    code, out, _ = _run(capsys, "verify", str(tmp_path / "bad.zip"), "--json")
    assert code == 1 and json.loads(out)["code"] == "signature_invalid"
    code, out, _ = _run(capsys, "verify", str(package), "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_export_needs_the_passphrase_and_the_publisher_role(
    databases: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _ = databases
    _run(capsys, "key", "generate")
    out = str(tmp_path / "out.zip")
    code, _, err = _run(capsys, "--database", first, "export", "--out", out, "--as", "bientap")
    assert code == 1 and "needs one of: publisher" in err
    monkeypatch.setenv("DANVAN_KEY_PASSPHRASE", "not the passphrase")
    code, _, err = _run(capsys, "--database", first, "export", "--out", out, "--as", "xuatban")
    assert code == 1 and "wrong passphrase" in err
    assert not Path(out).exists()
