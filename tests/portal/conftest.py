"""Stores with approved articles and pictures, signing keys, and a package built without a store."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from danvan_desktop.portal import (
    CategoryRef,
    MediaFile,
    PackageArticle,
    PackageInput,
    Publisher,
    RelatedArticle,
    signing,
)
from danvan_desktop.rendering import SiteInfo, media_ref
from danvan_desktop.rendering.sample import sample_article
from danvan_desktop.services import articles, review, setup, users
from danvan_desktop.services.dto import Actor, ArticleFields
from danvan_desktop.services.store import Store, open_store
from danvan_desktop.store.models import Media
from tests.conftest import TEST_PASSWORD
from tests.portal.images import jpeg, png

PASSPHRASE = "khóa-bí-mật-2026"
MOMENT = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
SITE = SiteInfo("Ban Dân vận Tỉnh ủy Nghệ An", "BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "https://dvnghean.vn")


@dataclass(frozen=True)
class Office:
    """One office's store with its people: admin, editor, reviewer, publisher."""

    store: Store
    admin: Actor
    editor: Actor
    reviewer: Actor
    publisher: Actor
    category: str = "tin-hoat-dong"


def make_office(store: Store) -> Office:
    setup.initialise(store, "admin", TEST_PASSWORD)
    admin = users.authenticate(store, "admin", TEST_PASSWORD)
    people = {}
    for name, roles in (
        ("bientap", ["editor"]),
        ("duyet", ["reviewer"]),
        ("xuatban", ["publisher"]),
    ):
        info = users.add_user(store, admin, name, TEST_PASSWORD, roles).value
        people[name] = Actor(info.id, info.username, info.display_name, frozenset(info.roles))
    return Office(store, admin, people["bientap"], people["duyet"], people["xuatban"])


@pytest.fixture
def office(store: Store) -> Office:
    return make_office(store)


@pytest.fixture
def other_office(tmp_path: Path):
    """A second office PC with its own SQLite store and the same user names."""
    store = open_store(f"sqlite:///{tmp_path / 'second-office.sqlite3'}")
    yield make_office(store)
    store.close()


def store_picture(store: Store, data: bytes, mime: str = "image/jpeg") -> str:
    sha = hashlib.sha256(data).hexdigest()
    with store.unit() as session:
        if session.get(Media, sha) is None:
            session.add(Media(sha256=sha, mime=mime, size=len(data), data=data))
    return sha


def body_with_picture(sha: str, caption: str = "Hội nghị đối thoại với nhân dân") -> str:
    return (
        "Đoạn mở đầu về công tác dân vận ở cơ sở.\n\n"
        f'![Ảnh hội nghị]({media_ref(sha)} "{caption}")\n\n'
        "Đoạn kết: phát huy vai trò của Mặt trận Tổ quốc.\n"
    )


ApprovedFactory = Callable[..., str]


@pytest.fixture
def approved(office: Office) -> ApprovedFactory:
    """Make an approved article: `approved(title, **fields)` → its id."""

    def make(title: str, **fields: object) -> str:
        values: dict[str, object] = {
            "sapo": "Tóm tắt bài viết.",
            "body": "Nội dung chính của bài.\n",
            "author_name": "Nguyễn Văn A",
            "author_position": "Phóng viên",
            "category_slug": office.category,
        }
        values.update(fields)
        detail = articles.create_article(
            office.store, office.editor, ArticleFields(title=title, **values)
        ).value
        review.submit_for_review(office.store, office.editor, detail.id)
        review.approve(office.store, office.reviewer, detail.id)
        return detail.id

    return make


@pytest.fixture
def key() -> signing.SigningKey:
    signing.generate_key(PASSPHRASE)
    return signing.load_signing_key(PASSPHRASE)


@pytest.fixture
def public_key_file(key: signing.SigningKey, tmp_path: Path) -> Path:
    path = tmp_path / "danvan.pub"
    path.write_text(key.public.to_minisign(), encoding="ascii")
    return path


def sample_input(*, with_exif: bool = True, count: int = 2) -> PackageInput:
    """The real sample article (and short siblings) as a package, without a store."""
    photo, chart = jpeg(7, metadata=with_exif), png(metadata=with_exif)
    photo_sha = hashlib.sha256(photo).hexdigest()
    chart_sha = hashlib.sha256(chart).hexdigest()
    page = sample_article(media_ref(photo_sha))
    category = CategoryRef(
        "nghien-cuu--trao-doi",
        "Nghiên cứu – Trao đổi",
        ("Nghiên cứu – Trao đổi",),
        ("nghien-cuu--trao-doi",),
    )
    items = []
    for number in range(count):
        slug = "doi-moi-phuong-thuc" if number == 0 else f"tin-so-{number}"
        items.append(
            PackageArticle(
                id=str(uuid.UUID(int=number + 1)),
                slug=slug,
                title=page.title if number == 0 else f"Tin số {number}",
                sapo=page.sapo,
                body_markdown=page.body_markdown
                + f'\n![Biểu đồ]({media_ref(chart_sha)} "Biểu đồ kết quả")\n',
                category=category,
                revision_hash=hashlib.sha256(slug.encode()).hexdigest(),
                author="bientap",
                approver="duyet",
                approved_at=MOMENT,
                published_at=MOMENT,
                created_at=MOMENT,
                updated_at=MOMENT,
                author_name=page.author_name,
                author_position=page.author_position,
                tags=("dân vận", "Nghệ An"),
                feature_image=photo_sha,
                feature_caption="Đ/c Trương Thị Mai tại lễ khánh thành",
                related=(RelatedArticle("Xuân Sơn làm tốt công tác dân vận", "xuan-son"),),
            )
        )
    return PackageInput(
        package_id=str(uuid.UUID(int=99)),
        created_at=MOMENT,
        publisher=Publisher("xuatban", "Người xuất bản"),
        site=SITE,
        audit_head_hash="ab" * 32,
        articles=tuple(items),
        media={
            photo_sha: MediaFile(photo_sha, "image/jpeg", photo, "anh.jpg"),
            chart_sha: MediaFile(chart_sha, "image/png", chart, "bieu-do.png"),
        },
    )
