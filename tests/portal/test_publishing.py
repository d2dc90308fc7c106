"""Exporting from a real store: what gets published, what is refused, and nothing half-done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from danvan_desktop.errors import Conflict, InvalidInput, PermissionDenied
from danvan_desktop.portal import ExportCancelled, read_package, signing
from danvan_desktop.services import articles, audit, publishing
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.store.models import AuditEvent, PublishRecord
from danvan_desktop.workflow import ArticleStatus
from tests.portal.conftest import ApprovedFactory, Office, body_with_picture, store_picture
from tests.portal.images import jpeg


def _status(office: Office, article_id: str) -> ArticleStatus:
    return articles.get_article(office.store, article_id).status


def _records(office: Office) -> list[PublishRecord]:
    with office.store.unit() as session:
        return list(session.scalars(select(PublishRecord).order_by(PublishRecord.id)))


def test_export_publishes_the_approved_articles(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    sha = store_picture(office.store, jpeg(1))
    first = approved("Đổi mới, nâng cao", body=body_with_picture(sha), feature_image=sha,
                     feature_caption="Ảnh đại diện")  # fmt: skip
    second = approved("giai đoạn 1946 - 1954")
    with office.store.unit() as session:
        head_before = audit.verify_audit_chain(office.store).head_hash
        assert session.scalar(select(func.count()).select_from(AuditEvent))
    outcome = publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    result = outcome.value
    assert set(result.published_ids) == {first, second}
    assert {_status(office, i) for i in (first, second)} == {ArticleStatus.PUBLISHED}
    assert articles.get_article(office.store, first).publish_at is not None
    records = _records(office)
    assert {(r.article_id, r.kind, r.package_id) for r in records} == {
        (first, "publish", result.report.package_id),
        (second, "publish", result.report.package_id),
    }
    manifest = read_package(tmp_path / "p.zip", key.public).manifest
    assert manifest["audit_head_hash"] == head_before
    assert {a["slug"] for a in manifest["articles"]} == {
        "doi-moi--nang-cao",
        "giai-doan-1946---1954",
    }
    assert {a["approver"] for a in manifest["articles"]} == {"duyet"}
    assert {a["author"] for a in manifest["articles"]} == {"bientap"}
    report = audit.verify_audit_chain(office.store)
    assert report.ok
    with office.store.unit() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert actions[-1] == "package.export" and actions.count("article.publish") == 2
    second_run = pytest.raises(InvalidInput)
    with second_run as nothing:
        publishing.export_package(office.store, office.publisher, tmp_path / "q.zip", key)
    assert nothing.value.code == "nothing_to_export" and not (tmp_path / "q.zip").exists()


def test_slugs_follow_the_portal_rule_with_numbered_duplicates(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    for title in ("Đề án số 07-ĐA/TU", "Đề án số 07-ĐA/TU", "“Yên dân” (kỳ 1); tiếp theo"):
        approved(title)
    publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    pages = sorted(name for name in files if name.endswith("index.html") and "articles/" in name)
    assert pages == [
        "articles/de-an-so-07-da-tu-2/index.html",
        "articles/de-an-so-07-da-tu/index.html",
        "articles/yen-dan-ky-1-tiep-theo/index.html",
    ]


def test_articles_of_one_category_link_each_other(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    approved("Xuân Sơn làm tốt công tác dân vận")
    approved("Tường Sơn thực hiện tốt công tác dân vận")
    publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    record = json.loads(files["articles/xuan-son-lam-tot-cong-tac-dan-van/article.json"])
    assert [r["href"] for r in record["related"]] == [
        "../tuong-son-thuc-hien-tot-cong-tac-dan-van/index.html"
    ]


def test_only_a_publisher_may_export(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    article_id = approved("Tin hoạt động")
    for actor in (office.editor, office.reviewer, office.admin):
        with pytest.raises(PermissionDenied):
            publishing.export_package(office.store, actor, tmp_path / "p.zip", key)
    assert not (tmp_path / "p.zip").exists()
    assert _status(office, article_id) is ArticleStatus.APPROVED


def test_a_blocking_problem_stops_the_whole_export(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    sha = store_picture(office.store, jpeg(2))
    fine = approved("Bài không có vấn đề")
    uncaptioned = approved("Bài có ảnh thiếu chú thích", body=f"Văn bản.\n\n![](media:{sha})\n")
    check = publishing.pre_export_check(office.store)
    assert [(f.article_id, f.code) for f in check.blocking] == [
        (uncaptioned, "image_without_caption")
    ]
    with pytest.raises(InvalidInput) as refused:
        publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    assert refused.value.code == "export_blocked"
    assert not (tmp_path / "p.zip").exists() and not _records(office)
    assert {_status(office, i) for i in (fine, uncaptioned)} == {ArticleStatus.APPROVED}
    result = publishing.export_package(
        office.store, office.publisher, tmp_path / "p.zip", key, article_ids=[fine]
    ).value
    assert result.published_ids == (fine,)


def test_an_article_edited_after_approval_is_not_exportable(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    article_id = approved("Bài đã duyệt rồi sửa")
    detail = articles.get_article(office.store, article_id)
    changed = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "sapo": "Sapo mới."})
    articles.save_article(office.store, office.editor, article_id, changed, detail.version)
    check = publishing.pre_export_check(office.store, [article_id])
    assert [f.code for f in check.blocking] == ["not_approved"]


def test_warnings_do_not_stop_the_export(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    no_sapo = approved("Không có sapo", sapo="", author_name="")
    repeated = approved("Sapo lặp lại", sapo="Câu mở đầu.", body="Câu mở đầu.\n\nĐoạn hai.\n")
    check = publishing.pre_export_check(office.store)
    assert check.ok
    assert sorted((f.article_id, f.code) for f in check.warnings) == sorted(
        [(no_sapo, "missing_sapo"), (no_sapo, "empty_signature"), (repeated, "sapo_repeated")]
    )
    result = publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    assert len(result.value.warnings) == 3 and len(result.value.published_ids) == 2


def test_cancelling_publishes_nothing_and_writes_nothing(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    ids = [approved(f"Bài số {n}") for n in range(3)]
    target = tmp_path / "out" / "p.zip"
    target.parent.mkdir()
    with pytest.raises(ExportCancelled):
        publishing.export_package(
            office.store, office.publisher, target, key, cancelled=lambda: True
        )
    assert list(target.parent.iterdir()) == []
    assert {_status(office, i) for i in ids} == {ArticleStatus.APPROVED} and not _records(office)


def test_an_edit_during_the_export_cancels_the_publication(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    article_id = approved("Bài bị sửa khi đang xuất")
    target = tmp_path / "out" / "p.zip"
    target.parent.mkdir()

    def edit_meanwhile(done: int, total: int) -> None:
        if done == total - 1:
            detail = articles.get_article(office.store, article_id)
            fields = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": "Đã sửa."})
            articles.save_article(office.store, office.editor, article_id, fields, detail.version)

    with pytest.raises(Conflict) as refused:
        publishing.export_package(
            office.store, office.publisher, target, key, progress=edit_meanwhile
        )
    assert refused.value.code == "changed_during_export"
    assert list(target.parent.iterdir()) == [] and not _records(office)
    assert _status(office, article_id) is ArticleStatus.IN_REVIEW


def test_a_withdrawal_rides_in_a_package(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    old = approved("Bài cũ cần gỡ")
    publishing.export_package(office.store, office.publisher, tmp_path / "1.zip", key)
    new = approved("Bài mới")
    result = publishing.export_package(
        office.store,
        office.publisher,
        tmp_path / "2.zip",
        key,
        withdraw_ids=[old],
        withdraw_reason="Số liệu cần đính chính",
    ).value
    assert (result.published_ids, result.withdrawn_ids) == ((new,), (old,))
    assert _status(office, old) is ArticleStatus.WITHDRAWN
    manifest = read_package(tmp_path / "2.zip", key.public).manifest
    assert [(w["id"], w["withdrawn_by"], w["reason"]) for w in manifest["withdrawals"]] == [
        (old, "xuatban", "Số liệu cần đính chính")
    ]
    assert [r.kind for r in _records(office) if r.article_id == old] == ["publish", "withdraw"]


def test_stale_partial_files_are_swept_and_fresh_ones_kept(
    office: Office, approved: ApprovedFactory, key: signing.SigningKey, tmp_path: Path
) -> None:
    import os

    approved("Tin hoạt động")
    folder = tmp_path / "out"
    folder.mkdir()
    stale, fresh = folder / ".p.zip.crashed.part", folder / ".p.zip.running.part"
    for part in (stale, fresh):
        part.write_bytes(b"half a zip")
    os.utime(stale, (0, 0))
    publishing.export_package(office.store, office.publisher, folder / "p.zip", key)
    assert sorted(p.name for p in folder.iterdir()) == [fresh.name, "p.zip"]


def test_an_approval_that_no_longer_matches_the_text_blocks() -> None:
    """The database refuses this state; the check must refuse it too if it ever appears."""
    from danvan_desktop.services.publishing import _approval_findings
    from danvan_desktop.store.models import Article

    article = Article(id="x", title="Bài", status="approved", approved_hash="a" * 64)
    article.current_hash = "b" * 64
    assert [f.code for f in _approval_findings(article, resend=False)] == ["approval_voided"]
    article.current_hash = "a" * 64
    assert _approval_findings(article, resend=False) == []
    article.status = "published"
    assert [f.code for f in _approval_findings(article, resend=False)] == ["not_approved"]
    assert _approval_findings(article, resend=True) == []
