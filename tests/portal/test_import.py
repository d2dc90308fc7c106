"""A second office reads a package: export → import → export gives the same articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from danvan_desktop.portal import PackageError, read_package, signing
from danvan_desktop.services import articles, audit, package_import, publishing
from danvan_desktop.store.models import Article, Media, PublishRecord
from danvan_desktop.workflow import ArticleStatus
from tests.portal.conftest import (
    ApprovedFactory,
    Office,
    body_with_picture,
    store_picture,
)
from tests.portal.images import jpeg, png


def _counts(office: Office) -> tuple[int, int, int]:
    with office.store.unit() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Article, Media, PublishRecord)
        )


def _records(files: dict[str, bytes]) -> dict[str, dict]:
    return {name: json.loads(data) for name, data in files.items() if name.endswith("article.json")}


def test_export_import_export_gives_the_same_articles(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    photo = store_picture(office.store, jpeg(4, metadata=False))
    chart = store_picture(office.store, png(metadata=False), "image/png")
    ids = [
        approved(
            "Đổi mới phương thức lãnh đạo",
            body=body_with_picture(chart, "Biểu đồ"),
            feature_image=photo,
            feature_caption="Ảnh hội nghị",
            tags=("dân vận", "Nghệ An"),
            source="Báo Nghệ An",
        ),
        approved("Xuân Sơn làm tốt công tác dân vận"),
    ]
    first = tmp_path / "first.zip"
    publishing.export_package(office.store, office.publisher, first, key)
    report = package_import.import_package(
        other_office.store, other_office.publisher, first, key.public
    ).value
    assert sorted(report.imported_ids) == sorted(ids) and report.media_added == 2
    for article_id in ids:
        here = articles.get_article(office.store, article_id)
        there = articles.get_article(other_office.store, article_id)
        assert there.status is ArticleStatus.PUBLISHED and there.approval_valid
        assert (there.slug, there.fields, there.current_hash) == (
            here.slug,
            here.fields,
            here.current_hash,
        )
        assert (there.approved_by, there.created_by) == ("duyet", "bientap")
    assert audit.verify_audit_chain(other_office.store).ok
    found = articles.list_articles(other_office.store, query="xuan son")
    assert [row.id for row in found.rows] == [ids[1]]  # searchable without diacritics

    second = tmp_path / "second.zip"
    publishing.export_package(
        other_office.store, other_office.publisher, second, key, article_ids=ids
    )
    one = read_package(first, key.public)
    two = read_package(second, key.public)
    assert _records(one.files) == _records(two.files)
    for name, data in one.files.items():
        if name.startswith(("articles/", "media/", "categories/")):
            assert two.files[name] == data, name
    assert one.manifest["articles"] == two.manifest["articles"]
    statuses = {articles.get_article(other_office.store, i).status for i in ids}
    assert statuses == {ArticleStatus.PUBLISHED}  # sending again keeps them published


def test_pictures_with_metadata_arrive_clean_and_stay_stable(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    photo = store_picture(office.store, jpeg(5, metadata=True))
    article_id = approved("Ảnh có GPS", body=body_with_picture(photo))
    publishing.export_package(office.store, office.publisher, tmp_path / "1.zip", key)
    package_import.import_package(
        other_office.store, other_office.publisher, tmp_path / "1.zip", key.public
    )
    with other_office.store.unit() as session:
        stored = [bytes(m.data) for m in session.scalars(select(Media))]
    assert stored == [jpeg(5, metadata=False)]
    imported = articles.get_article(other_office.store, article_id)
    assert f"media:{photo}" not in imported.fields.body
    publishing.export_package(
        other_office.store,
        other_office.publisher,
        tmp_path / "2.zip",
        key,
        article_ids=[article_id],
    )
    one = _records(read_package(tmp_path / "1.zip", key.public).files)
    two = _records(read_package(tmp_path / "2.zip", key.public).files)
    for record in (*one.values(), *two.values()):
        record.pop("revision_hash")
        record["ninjs"].pop("version")
    assert one == two


def test_importing_twice_changes_nothing(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    article_id = approved("Tin hoạt động tháng 11")
    publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    package_import.import_package(
        other_office.store, other_office.publisher, tmp_path / "p.zip", key.public
    )
    before = _counts(other_office)
    again = package_import.import_package(
        other_office.store, other_office.publisher, tmp_path / "p.zip", key.public
    ).value
    assert (again.imported_ids, again.unchanged_ids) == ((), (article_id,))
    assert _counts(other_office)[:2] == before[:2]


def test_a_withdrawal_reaches_the_second_office(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    article_id = approved("Bài sẽ bị gỡ")
    publishing.export_package(office.store, office.publisher, tmp_path / "1.zip", key)
    package_import.import_package(
        other_office.store, other_office.publisher, tmp_path / "1.zip", key.public
    )
    approved("Bài khác")
    publishing.export_package(
        office.store, office.publisher, tmp_path / "2.zip", key, withdraw_ids=[article_id]
    )
    report = package_import.import_package(
        other_office.store, other_office.publisher, tmp_path / "2.zip", key.public
    ).value
    assert report.withdrawn_ids == (article_id,)
    assert articles.get_article(other_office.store, article_id).status is ArticleStatus.WITHDRAWN


def test_a_package_that_fails_verification_writes_nothing(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    approved("Tin bị giả mạo")
    publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    signing.generate_key("another passphrase", tmp_path / "stranger")
    stranger = signing.load_signing_key("another passphrase", tmp_path / "stranger")
    before = _counts(other_office)
    with pytest.raises(PackageError) as refused:
        package_import.import_package(
            other_office.store, other_office.publisher, tmp_path / "p.zip", stranger.public
        )
    assert refused.value.code == "signature_wrong_key"
    assert _counts(other_office) == before


def test_only_a_publisher_may_import(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    from danvan_desktop.errors import PermissionDenied

    approved("Tin hoạt động")
    publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    with pytest.raises(PermissionDenied):
        package_import.import_package(
            other_office.store, other_office.editor, tmp_path / "p.zip", key.public
        )
    assert _counts(other_office)[0] == 1  # the sample draft only


def test_a_missing_category_is_created_under_its_parent(
    office: Office,
    other_office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
) -> None:
    from danvan_desktop.services import categories

    parent = next(c for c in categories.list_categories(office.store) if c.slug == office.category)
    child = categories.add_category(
        office.store, office.admin, "Chuyên đề Nghệ An", parent.id
    ).value
    article_id = approved("Bài trong chuyên đề", category_slug=child.slug)
    publishing.export_package(office.store, office.publisher, tmp_path / "p.zip", key)
    report = package_import.import_package(
        other_office.store, other_office.publisher, tmp_path / "p.zip", key.public
    ).value
    assert report.categories_created == ("chuyen-de-nghe-an",)
    detail = articles.get_article(other_office.store, article_id)
    assert detail.category_path == ("Tin hoạt động", "Chuyên đề Nghệ An")


@pytest.mark.parametrize("approver_here", ["absent", "not a reviewer"])
def test_the_approvers_name_travels_on_when_no_reviewer_here_matches(
    office: Office,
    approved: ApprovedFactory,
    key: signing.SigningKey,
    tmp_path: Path,
    approver_here: str,
) -> None:
    """The four-eyes record is not lost on a PC where the approver has no reviewer account."""
    from danvan_desktop.services import setup, users
    from danvan_desktop.services.dto import Actor
    from danvan_desktop.services.store import open_store
    from tests.conftest import TEST_PASSWORD

    article_id = approved("Bài đi qua hai văn phòng")
    first = tmp_path / "first.zip"
    publishing.export_package(office.store, office.publisher, first, key)
    store = open_store(f"sqlite:///{tmp_path / 'third-office.sqlite3'}")
    try:
        setup.initialise(store, "admin", TEST_PASSWORD)
        admin = users.authenticate(store, "admin", TEST_PASSWORD)
        if approver_here == "not a reviewer":
            users.add_user(store, admin, "duyet", TEST_PASSWORD, ["editor"])
        info = users.add_user(store, admin, "xuatban", TEST_PASSWORD, ["publisher"]).value
        publisher = Actor(info.id, info.username, info.display_name, frozenset(info.roles))
        package_import.import_package(store, publisher, first, key.public)
        again = tmp_path / "again.zip"
        publishing.export_package(store, publisher, again, key, article_ids=[article_id])
        (entry,) = read_package(again, key.public).manifest["articles"]
        assert entry["approver"] == "duyet"
    finally:
        store.close()
