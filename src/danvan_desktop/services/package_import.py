"""Reading a verified package into another store: the second office PC.

The package is verified in full (signature, schemas, every hash) before the
database is touched, then everything is written in one unit of work, so a bad
package or a conflict leaves the store as it was. Imported articles arrive
published, with the ids, slugs, dates and approval the package names, so that
exporting them again from here gives the same articles, and a later
withdrawal from the first office applies here too.

Authors and approvers are linked by user name when this store has such a
user; otherwise the importing publisher stands in and the package's names stay
in the audit log. Missing categories are created from the package's path.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop import portal
from danvan_desktop.errors import Conflict
from danvan_desktop.portal.model import parse_utc
from danvan_desktop.services.articles import (
    ARTICLE_CHANGES,
    assign_fields,
    normalise_fields,
    record_revision,
    reindex,
)
from danvan_desktop.services.dto import Actor, ArticleFields, Change, Outcome
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.review import apply_transition, finish_transition
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.hashing import content_hash
from danvan_desktop.store.models import (
    Article,
    Category,
    Media,
    PublishRecord,
    User,
    UserRole,
    utcnow,
)
from danvan_desktop.workflow import Action, ArticleStatus, Role

IMPORT_PERMISSION = "article.export"  # the publisher carries packages between offices


@dataclass(frozen=True, slots=True)
class ImportReport:
    package_id: str
    imported_ids: tuple[str, ...]
    unchanged_ids: tuple[str, ...]
    withdrawn_ids: tuple[str, ...]
    categories_created: tuple[str, ...]
    media_added: int
    key_id: str


def _user_id(session: Session, username: str, fallback: int) -> int:
    found = session.scalar(select(User.id).where(User.username == username)) if username else None
    return found if found is not None else fallback


def _reviewer_id(session: Session, username: str) -> int | None:
    """The approver linked by name only if they are a reviewer here (the database refuses
    anyone else as approver); otherwise the name stays in the import's audit event."""
    if not username:
        return None
    return session.scalar(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.username == username, UserRole.role == Role.REVIEWER.value)
    )


def _ensure_category(session: Session, record: dict[str, Any], created: list[str]) -> Category:
    category = record["category"]
    slugs = category["path_slugs"] or [category["slug"]]
    names = category["path"] or [category["name"]]
    parent: Category | None = None
    for slug, name in zip(slugs, names, strict=False):
        node = session.scalar(select(Category).where(Category.slug == slug))
        if node is None:
            node = Category(name=name, slug=slug, parent_id=parent.id if parent else None)
            node.position = 1 + len(
                session.scalars(
                    select(Category.id).where(Category.parent_id == node.parent_id)
                ).all()
            )
            session.add(node)
            session.flush()
            created.append(slug)
        parent = node
    assert parent is not None
    return parent


def _fields(record: dict[str, Any]) -> ArticleFields:
    feature = next((i for i in record["images"] if i["role"] == "feature"), None)
    return normalise_fields(
        ArticleFields(
            title=record["title"],
            sapo=record["sapo"],
            body=record["body_markdown"],
            author_name=record["author"]["name"],
            author_position=record["author"]["position"],
            source=record["source"],
            category_slug=record["category"]["slug"],
            tags=tuple(record["tags"]),
            feature_image=feature["sha256"] if feature and feature["file"] else None,
            feature_caption=feature["caption"] if feature else "",
        )
    )


def _add_media(session: Session, package: portal.VerifiedPackage, record: dict[str, Any]) -> int:
    added = 0
    for image in record["images"]:
        if image["file"] is None or session.get(Media, image["sha256"]) is not None:
            continue
        data = package.files[image["file"]]
        session.add(
            Media(
                sha256=image["sha256"],
                mime=image["mime"],
                size=len(data),
                original_name=Path(image["file"]).name,
                data=data,
                created_at=utcnow(),
            )
        )
        session.flush()
        added += 1
    return added


def _import_article(
    session: Session,
    actor: Actor,
    package: portal.VerifiedPackage,
    entry: dict[str, Any],
    created_categories: list[str],
) -> str:
    """Insert one article; 'imported', or 'unchanged' if this store already has it."""
    record = json.loads(package.files[entry["record"]])
    fields = _fields(record)
    new_hash = content_hash(fields.as_dict())
    existing = session.get(Article, record["id"])
    if existing is not None:
        if existing.current_hash == new_hash:
            return "unchanged"
        raise Conflict(
            "import_conflict",
            f"{record['title']!r} already exists here with different content; nothing imported",
        )
    holder = session.scalar(select(Article.id).where(Article.slug == record["slug"]))
    if holder is not None:
        raise Conflict(
            "import_slug_taken", f"the slug {record['slug']!r} belongs to another article here"
        )
    category = _ensure_category(session, record, created_categories)
    dates = record["dates"]
    author_id = _user_id(session, record["people"]["author"], actor.id)
    approver_id = _reviewer_id(session, record["people"]["approver"])
    if approver_id == author_id:
        approver_id = None  # four eyes holds here too; the name stays in the audit event
    article = Article(
        id=record["id"],
        slug=record["slug"],
        status=ArticleStatus.PUBLISHED.value,
        category=category,
        created_at=parse_utc(dates["created"]),
        updated_at=parse_utc(dates["updated"]),
        created_by=author_id,
        last_edited_by=author_id,
        approved_by=approver_id,
        approved_at=parse_utc(dates["approved"]),
        publish_at=parse_utc(dates["published"]),
    )
    assign_fields(article, fields)
    article.approved_hash = article.current_hash
    session.add(article)
    session.flush()
    reindex(session, article)
    record_revision(session, article, fields, actor, kind="imported")
    session.add(
        PublishRecord(
            article_id=article.id,
            package_id=package.manifest["package_id"],
            kind="publish",
            revision_hash=article.current_hash,
            publisher_id=actor.id,
            at=parse_utc(dates["published"]),
        )
    )
    append_event(
        session,
        actor=actor.username,
        action="article.import",
        subject=f"article:{article.id}",
        details={
            "package": package.manifest["package_id"],
            "hash": article.current_hash,
            "package_revision": record["revision_hash"],
            "author": record["people"]["author"],
            "approver": record["people"]["approver"],
        },
    )
    return "imported"


def import_package(
    store: Store,
    actor: Actor,
    path: Path,
    public_key: portal.PublicKey | Iterable[portal.PublicKey],
) -> Outcome[ImportReport]:
    """Verify the package at `path` with a trusted key, then read it into this store."""
    package = portal.read_package(Path(path), public_key)
    manifest = package.manifest
    with store.unit() as session:
        require_permission(session, actor, IMPORT_PERMISSION)
        imported: list[str] = []
        unchanged: list[str] = []
        withdrawn: list[str] = []
        categories: list[str] = []
        media_added = 0
        for entry in manifest["articles"]:
            record = json.loads(package.files[entry["record"]])
            media_added += _add_media(session, package, record)
            outcome = _import_article(session, actor, package, entry, categories)
            (imported if outcome == "imported" else unchanged).append(entry["id"])
        for item in manifest["withdrawals"]:
            article = session.get(Article, item["id"])
            if article is None or article.status != ArticleStatus.PUBLISHED.value:
                continue
            apply_transition(session, actor, article.id, Action.WITHDRAW)
            session.add(
                PublishRecord(
                    article_id=article.id,
                    package_id=manifest["package_id"],
                    kind="withdraw",
                    revision_hash=article.current_hash,
                    publisher_id=actor.id,
                    at=parse_utc(item["withdrawn_at"]),
                )
            )
            finish_transition(
                session, article, actor, Action.WITHDRAW, {"package": manifest["package_id"]}
            )
            withdrawn.append(article.id)
        append_event(
            session,
            actor=actor.username,
            action="package.import",
            subject=f"package:{manifest['package_id']}",
            details={
                "key_id": package.key_id,
                "publisher": manifest["publisher"]["username"],
                "source_audit_head": manifest["audit_head_hash"],
                "imported": imported,
                "withdrawn": withdrawn,
                "categories_created": categories,
            },
        )
    report = ImportReport(
        manifest["package_id"],
        tuple(imported),
        tuple(unchanged),
        tuple(withdrawn),
        tuple(categories),
        media_added,
        package.key_id,
    )
    return Outcome(report, ARTICLE_CHANGES | {Change.MEDIA, Change.AUDIT})
