"""Publishing: the pre-export check, and exporting approved articles as a signed package.

The export runs in three steps so the store and the file never disagree:
1. one short unit of work reads the articles, their pictures and the audit
   head into the portal's plain dataclasses (and checks the publisher's right);
2. `portal.build_package` renders and writes the zip under a temporary name,
   outside any transaction, polling `cancelled` and reporting `progress`;
3. just before the zip takes its name, a second unit of work checks that no
   article changed meanwhile, moves each to "published" through the workflow
   (the same `apply_transition`/`finish_transition` as every other state change), adds its
   publish record and audit events, and commits. If that fails, the zip is
   deleted; if the export is cancelled or fails, nothing was committed.

Reading a package into another store lives in `services/package_import.py`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop import portal
from danvan_desktop.errors import Conflict, InvalidInput, InvalidTransition
from danvan_desktop.portal import model as pm
from danvan_desktop.portal.archive import sweep_partial_files
from danvan_desktop.services.articles import ARTICLE_CHANGES, get_article_row
from danvan_desktop.services.categories import category_path
from danvan_desktop.services.dto import Actor, Change, Outcome
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.pages import RELATED_LIMIT, site_info
from danvan_desktop.services.review import apply_transition, finish_transition
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event, head_hash
from danvan_desktop.store.models import (
    Article,
    AuditEvent,
    Category,
    Media,
    PublishRecord,
    User,
    utcnow,
)
from danvan_desktop.vietnamese import normalize_field
from danvan_desktop.workflow import Action, ArticleStatus

EXPORT_PERMISSION = "article.export"
EXPORT_CHANGES = ARTICLE_CHANGES | {Change.AUDIT}
_LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ExportResult:
    report: portal.BuildReport
    published_ids: tuple[str, ...]
    resent_ids: tuple[str, ...]
    withdrawn_ids: tuple[str, ...]
    warnings: tuple[portal.Finding, ...]


@dataclass(frozen=True, slots=True)
class _Gathered:
    package: pm.PackageInput
    check: portal.CheckReport
    resent: frozenset[str]


def _usernames(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    rows = session.execute(select(User.id, User.username).where(User.id.in_(wanted)))
    return {row.id: row.username for row in rows}


def _category_ref(session: Session, category: Category) -> pm.CategoryRef:
    slugs: list[str] = []
    node: Category | None = category
    while node is not None:
        slugs.append(node.slug)
        node = session.get(Category, node.parent_id) if node.parent_id else None
    return pm.CategoryRef(
        category.slug, category.name, category_path(session, category), tuple(reversed(slugs))
    )


def _related(
    session: Session, chosen: Sequence[Article], published_at: dict[str, datetime]
) -> dict[str, tuple[pm.RelatedArticle, ...]]:
    """Siblings a reader can open: published ones and those in this package, newest first."""
    category_ids = {a.category_id for a in chosen}
    rows = session.execute(
        select(
            Article.id, Article.title, Article.slug, Article.category_id, Article.publish_at
        ).where(
            Article.category_id.in_(category_ids),
            Article.status == ArticleStatus.PUBLISHED.value,
        )
    ).all()
    pool: dict[int, dict[str, tuple[datetime | None, str, str]]] = {}
    for row in rows:
        pool.setdefault(row.category_id, {})[row.id] = (row.publish_at, row.title, row.slug)
    for article in chosen:
        pool.setdefault(article.category_id, {})[article.id] = (
            published_at[article.id],
            article.title,
            article.slug,
        )
    related: dict[str, tuple[pm.RelatedArticle, ...]] = {}
    for article in chosen:
        siblings = sorted(
            (item for i, item in pool[article.category_id].items() if i != article.id),
            key=lambda item: (item[0] or _LONG_AGO, item[2]),
            reverse=True,
        )
        related[article.id] = tuple(
            pm.RelatedArticle(title, slug) for _, title, slug in siblings[:RELATED_LIMIT]
        )
    return related


def _imported_approver(session: Session, row: Article) -> str:
    """The approver named by the package an article came in with, when no reviewer of this
    office matched the name: the four-eyes record travels on with the article."""
    details = session.scalar(
        select(AuditEvent.details)
        .where(AuditEvent.action == "article.import", AuditEvent.subject == f"article:{row.id}")
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )
    return json.loads(details).get("approver", "") if details else ""


def _approval_findings(article: Article, resend: bool) -> list[portal.Finding]:
    def block(code: str, message: str) -> portal.Finding:
        return portal.Finding(article.id, article.title, code, portal.Severity.BLOCK, message)

    published = article.status == ArticleStatus.PUBLISHED.value
    if article.status != ArticleStatus.APPROVED.value and not (published and resend):
        return [block("not_approved", f"the article is {article.status}, not approved")]
    if article.approved_hash is None or article.approved_hash != article.current_hash:
        return [block("approval_voided", "the approved revision was edited since")]
    return []


def _select(
    session: Session, article_ids: Sequence[str] | None
) -> tuple[list[Article], frozenset[str]]:
    """The chosen articles (default: approved and never published) and which are re-sent."""
    if article_ids is None:
        rows = session.scalars(
            select(Article)
            .where(Article.status == ArticleStatus.APPROVED.value)
            .order_by(Article.slug)
        ).all()
        return list(rows), frozenset()
    rows = []
    for key in article_ids:
        row = get_article_row(session, key)
        if row not in rows:
            rows.append(row)
    resent = frozenset(r.id for r in rows if r.status == ArticleStatus.PUBLISHED.value)
    return rows, resent


def _package_article(
    session: Session,
    row: Article,
    names: dict[int, str],
    published_at: datetime,
    related: tuple[pm.RelatedArticle, ...],
) -> pm.PackageArticle:
    return pm.PackageArticle(
        id=row.id,
        slug=row.slug,
        title=row.title,
        sapo=row.sapo,
        body_markdown=row.body,
        category=_category_ref(session, row.category),
        revision_hash=row.current_hash,
        author=names.get(row.created_by, ""),
        approver=(
            names.get(row.approved_by, "") if row.approved_by else _imported_approver(session, row)
        ),
        approved_at=row.approved_at or row.updated_at,
        published_at=published_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        author_name=row.author_name,
        author_position=row.author_position,
        source=row.source,
        tags=tuple(row.tags or ()),
        feature_image=row.feature_image,
        feature_caption=row.feature_caption,
        related=related,
    )


def _gather(
    session: Session,
    publisher: pm.Publisher,
    article_ids: Sequence[str] | None,
    withdraw_ids: Sequence[str],
    now: datetime,
    *,
    load_media: bool,
    withdraw_reason: str = "",
) -> _Gathered:
    rows, resent = _select(session, article_ids)
    findings: list[portal.Finding] = []
    for row in rows:
        findings += _approval_findings(row, row.id in resent)
    names = _usernames(session, [u for r in rows for u in (r.created_by, r.approved_by)])
    published_at = {r.id: (r.publish_at or now) if r.id in resent else now for r in rows}
    related = _related(session, rows, published_at)
    articles = [
        _package_article(session, r, names, published_at[r.id], related[r.id]) for r in rows
    ]
    wanted = {sha for a in articles for sha in portal.referenced_media(a)}
    media: dict[str, pm.MediaFile] = {}
    known: set[str] = set()
    if wanted:
        if load_media:
            for m in session.scalars(select(Media).where(Media.sha256.in_(wanted))):
                media[m.sha256] = pm.MediaFile(m.sha256, m.mime, bytes(m.data), m.original_name)
            known = set(media)
        else:
            known = set(session.scalars(select(Media.sha256).where(Media.sha256.in_(wanted))))
    for article in articles:
        findings += portal.check_content(article, media, known_media=known)
    withdrawals = []
    for key in withdraw_ids:
        row = get_article_row(session, key)
        if row.status != ArticleStatus.PUBLISHED.value:
            raise InvalidTransition(
                "wrong_state", f"cannot withdraw {row.title!r}: it is {row.status}"
            )
        withdrawals.append(
            pm.Withdrawal(
                row.id, row.slug, row.current_hash, now, publisher.username, withdraw_reason
            )
        )
    package = pm.PackageInput(
        package_id=str(uuid.uuid4()),
        created_at=now,
        publisher=publisher,
        site=site_info(),
        audit_head_hash=head_hash(session),
        articles=tuple(articles),
        withdrawals=tuple(withdrawals),
        media=media,
    )
    return _Gathered(package, portal.CheckReport(tuple(findings)), resent)


def pre_export_check(store: Store, article_ids: Sequence[str] | None = None) -> portal.CheckReport:
    """What blocks and what warns, for the chosen articles (default: all approved).

    Reads no picture bytes, so the Publish dialog can re-run it as the
    selection changes.
    """
    with store.unit() as session:
        nobody = pm.Publisher("")  # the check does not depend on who will export
        return _gather(session, nobody, article_ids, (), utcnow(), load_media=False).check


def export_package(
    store: Store,
    actor: Actor,
    dest: Path,
    key: portal.SigningKey,
    *,
    article_ids: Sequence[str] | None = None,
    withdraw_ids: Sequence[str] = (),
    withdraw_reason: str = "",
    progress: portal.Progress | None = None,
    cancelled: portal.Cancelled | None = None,
) -> Outcome[ExportResult]:
    """Export the chosen approved articles (default: all approved, never published).

    `article_ids` may also name published articles to send again (the portal
    lost a package); they stay published. `withdraw_ids` are published
    articles the portal must take down, for `withdraw_reason`. Refused as a
    whole if any article is blocked by the pre-export check. `progress(done,
    total)` and `cancelled()` are called from the calling thread between
    articles; a cancel leaves no file and publishes nothing.
    """
    dest = Path(dest)
    if dest.is_dir():
        raise InvalidInput("out_is_folder", f"{dest} is a folder; name the package file")
    now = utcnow()
    with store.unit() as session:
        require_permission(session, actor, EXPORT_PERMISSION)
        publisher = pm.Publisher(actor.username, actor.display_name)
        gathered = _gather(
            session,
            publisher,
            article_ids,
            withdraw_ids,
            now,
            load_media=True,
            withdraw_reason=normalize_field(withdraw_reason),
        )
    if not gathered.check.ok:
        first = gathered.check.blocking[0]
        raise InvalidInput(
            "export_blocked",
            f"{len(gathered.check.blocked_ids)} article(s) cannot be exported; "
            f"first: {first.title!r}: {first.message}",
            findings=gathered.check.blocking,
        )
    package = gathered.package
    if not package.articles and not package.withdrawals:
        raise InvalidInput("nothing_to_export", "no approved articles to export")

    def commit(report: portal.BuildReport) -> None:
        _record_export(store, actor, package, gathered.resent, report)

    if dest.parent.is_dir():
        sweep_partial_files(dest.parent)  # left by an export that crashed a day or more ago
    report = portal.build_package(
        package, dest, key, progress=progress, cancelled=cancelled, before_rename=commit
    )
    published = tuple(a.id for a in package.articles if a.id not in gathered.resent)
    result = ExportResult(
        report,
        published,
        tuple(sorted(gathered.resent)),
        tuple(w.id for w in package.withdrawals),
        gathered.check.warnings,
    )
    return Outcome(result, EXPORT_CHANGES)


def _record_export(
    store: Store,
    actor: Actor,
    package: pm.PackageInput,
    resent: frozenset[str],
    report: portal.BuildReport,
) -> None:
    with store.unit() as session:
        require_permission(session, actor, EXPORT_PERMISSION)
        for item in package.articles:
            article = get_article_row(session, item.id)
            if article.current_hash != item.revision_hash:
                raise Conflict(
                    "changed_during_export",
                    f"{article.title!r} changed during the export; nothing was published",
                )
            details = {"package": package.package_id, "hash": item.revision_hash}
            _add_record(session, article, package, actor, "publish", item.published_at)
            if item.id in resent:
                append_event(
                    session,
                    actor=actor.username,
                    action="article.resend",
                    subject=f"article:{article.id}",
                    details=details,
                )
                continue
            apply_transition(session, actor, item.id, Action.PUBLISH)
            article.publish_at = item.published_at
            finish_transition(session, article, actor, Action.PUBLISH, details)
        for withdrawal in package.withdrawals:
            article = apply_transition(session, actor, withdrawal.id, Action.WITHDRAW)
            _add_record(session, article, package, actor, "withdraw", withdrawal.withdrawn_at)
            details = {"package": package.package_id, "reason": withdrawal.reason}
            finish_transition(session, article, actor, Action.WITHDRAW, details)
        append_event(
            session,
            actor=actor.username,
            action="package.export",
            subject=f"package:{package.package_id}",
            details={
                "sha256": report.sha256,
                "size": report.size,
                "articles": [a.id for a in package.articles],
                "withdrawals": [w.id for w in package.withdrawals],
                "audit_head": package.audit_head_hash,
            },
        )


def _add_record(
    session: Session,
    article: Article,
    package: pm.PackageInput,
    actor: Actor,
    kind: str,
    at: datetime,
) -> None:
    session.add(
        PublishRecord(
            article_id=article.id,
            package_id=package.package_id,
            kind=kind,
            revision_hash=article.current_hash,
            publisher_id=actor.id,
            at=at,
        )
    )
