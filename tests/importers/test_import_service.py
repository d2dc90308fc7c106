"""Importing a batch into the store: drafts, audit events, duplicates, failures, cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from danvan_desktop.errors import NotFound, PermissionDenied
from danvan_desktop.services.articles import get_article
from danvan_desktop.services.importing import FileStatus, import_files
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import Article, AuditEvent
from danvan_desktop.workflow import ArticleStatus
from tests.conftest import Team
from tests.importers.legacy_bytes import tcvn3_bytes


def _article(title: str) -> str:
    return f"{title}\n\nLời dẫn của bài {title}.\n\nThân bài của {title}, viết đầy đủ.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "gui-ban"
    folder.mkdir()
    (folder / "1-mot.txt").write_text(_article("Bài một"), encoding="utf-8")
    (folder / "2-hong.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (folder / "3-ba.txt").write_bytes(tcvn3_bytes(_article("Bài ba về người dân")))
    (folder / "~$lock.docx").write_bytes(b"owner file Word leaves while a document is open")
    (folder / "ghi-chu.pdf").write_bytes(b"%PDF-1.4 not ours")
    return folder


def _count(store: Store, model) -> int:
    with store.unit() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_failure_in_the_middle_does_not_stop_the_batch(
    store: Store, team: Team, batch: Path
) -> None:
    before = _count(store, Article)
    report = import_files(store, team.editor, [batch], team.category)
    statuses = [(Path(r.path).name, r.status) for r in report.results]
    assert statuses == [
        ("1-mot.txt", FileStatus.IMPORTED),
        ("2-hong.docx", FileStatus.FAILED),
        ("3-ba.txt", FileStatus.IMPORTED),
    ]
    failed = report.results[1]
    assert failed.code == "corrupt_document" and failed.article_id is None
    assert _count(store, Article) == before + 2
    assert not report.ok

    third = get_article(store, report.results[2].article_id or "")
    assert third.fields.title == "Bài ba về người dân"
    assert third.status is ArticleStatus.DRAFT
    assert third.created_by == team.editor.username
    assert third.fields.category_slug == team.category


def test_each_import_is_audited_with_the_source_hash(store: Store, team: Team, batch: Path) -> None:
    report = import_files(store, team.editor, [batch / "1-mot.txt"], team.category)
    article_id = report.results[0].article_id
    with store.unit() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.subject == f"article:{article_id}")
        ).all()
    actions = [e.action for e in events]
    assert actions == ["article.create", "article.import"]
    details = json.loads(events[1].details)
    assert details["file"] == "1-mot.txt"
    assert len(details["source_sha256"]) == 64
    assert events[1].actor == team.editor.username


def test_the_same_file_twice_is_skipped_as_a_duplicate(
    store: Store, team: Team, batch: Path, tmp_path: Path
) -> None:
    first = import_files(store, team.editor, [batch / "1-mot.txt"], team.category)
    copy = tmp_path / "ban-sao.txt"
    copy.write_bytes((batch / "1-mot.txt").read_bytes())
    before = _count(store, Article)
    again = import_files(store, team.editor2, [batch / "1-mot.txt", copy], team.category)
    assert [r.status for r in again.results] == [FileStatus.DUPLICATE, FileStatus.DUPLICATE]
    assert {r.article_id for r in again.results} == {first.results[0].article_id}
    assert again.ok and not again.changes
    assert _count(store, Article) == before


def test_progress_is_reported_and_cancel_stops_between_files(
    store: Store, team: Team, batch: Path
) -> None:
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append((done, total, name))

    report = import_files(
        store,
        team.editor,
        [batch],
        team.category,
        progress=progress,
        cancelled=lambda: len(seen) > 1,
    )
    assert seen[:2] == [(0, 3, "1-mot.txt"), (1, 3, "2-hong.docx")]
    assert report.cancelled
    assert [r.status for r in report.results] == [
        FileStatus.IMPORTED,
        FileStatus.CANCELLED,
        FileStatus.CANCELLED,
    ]


def test_a_missing_file_is_a_failure_of_that_file(store: Store, team: Team, tmp_path: Path) -> None:
    report = import_files(store, team.editor, [tmp_path / "khong-co.txt"], team.category)
    assert report.results[0].status is FileStatus.FAILED
    assert report.results[0].code == "file_not_found"


def test_only_editors_import(store: Store, team: Team, batch: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_files(store, team.publisher, [batch], team.category)


def test_an_unknown_category_stops_the_batch_before_it_starts(
    store: Store, team: Team, batch: Path
) -> None:
    before = _count(store, Article)
    with pytest.raises(NotFound):
        import_files(store, team.editor, [batch], "khong-co-chuyen-muc")
    assert _count(store, Article) == before


def test_a_guessed_signature_longer_than_its_field_is_cut_not_fatal(
    store: Store, team: Team, tmp_path: Path
) -> None:
    position = "Phó Trưởng ban " * 40
    text = (
        _article("Bài có chữ ký dài")
        + f"\n                    Nguyễn Văn An\n\n          {position}\n"
    )
    path = tmp_path / "chu-ky-dai.txt"
    path.write_text(text, encoding="utf-8")
    report = import_files(store, team.editor, [path], team.category)
    assert report.results[0].status is FileStatus.IMPORTED, report.results[0].message
    fields = get_article(store, report.results[0].article_id or "").fields
    assert fields.author_name == "Nguyễn Văn An"
    assert len(fields.author_position) == 300 and fields.author_position.endswith("…")
