"""The review queue ("Chờ duyệt") and the two badge counts of the main window.

"Waiting for me" counts what the actor may actually approve: articles in review
that they neither created nor ever edited (the four-eyes rule of `review.approve`),
and only when they hold the reviewer role. "Returned to me" counts articles sent
back with changes requested to the editor who created or last edited them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased, lazyload, load_only

from danvan_desktop.services.articles import get_article_row
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.guard import current_roles
from danvan_desktop.services.review import NOT_WRITING_KINDS
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import Article, AuditEvent, Category, Revision, User, utcnow
from danvan_desktop.workflow import ArticleStatus, Role

QueueKind = Literal["in_review", "waiting_for_me", "returned_to_me"]


@dataclass(frozen=True, slots=True)
class QueueCounts:
    waiting_for_me: int  # "chờ tôi duyệt"
    returned_to_me: int  # "trả lại cho tôi"


@dataclass(frozen=True, slots=True)
class QueueRow:
    article_id: str
    title: str
    status: ArticleStatus
    category_id: int
    category_name: str
    author_name: str  # the signature
    created_by: str
    last_edited_by: str
    submitted_by: str | None
    submitted_at: datetime | None
    waiting: timedelta  # in review: since submission; returned: since it was sent back
    current_hash: str
    version: int
    can_approve: bool  # the actor is a reviewer who did not write it
    reason: str  # the reviewer's comment when changes were requested, else ""


@dataclass(frozen=True, slots=True)
class ChangeRequest:
    """Why an article was sent back: what its editor must read first."""

    reviewer: str  # username
    at: datetime
    comment: str


def change_request(store: Store, article_id: str) -> ChangeRequest | None:
    """The reviewer's request of an article that is now "changes requested", else None."""
    with store.unit() as session:
        article = get_article_row(session, article_id)
        if article.status != ArticleStatus.CHANGES_REQUESTED:
            return None
        event = session.execute(
            select(AuditEvent.actor, AuditEvent.at, AuditEvent.details)
            .where(
                AuditEvent.action == "article.request_changes",
                AuditEvent.subject == f"article:{article.id}",
            )
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).first()
        if event is None:
            return None
        comment = str(json.loads(event.details).get("comment", ""))
        return ChangeRequest(event.actor, event.at, comment)


def queue_counts(store: Store, actor: Actor) -> QueueCounts:
    """The two badge numbers; cheap enough to refresh after every write."""
    with store.unit() as session:
        roles = current_roles(session, actor)
        waiting = 0
        if Role.REVIEWER in roles:
            waiting = _count(session, _in_review(), _not_written_by(actor.id))
        returned = _count(session, _returned_to(actor.id))
        return QueueCounts(waiting, returned)


def review_queue(
    store: Store, actor: Actor, kind: QueueKind = "in_review", *, now: datetime | None = None
) -> tuple[QueueRow, ...]:
    """Articles in review across categories (or those waiting for / returned to the actor).

    Sorted by how long they have waited, longest first.
    """
    now = now or utcnow()
    with store.unit() as session:
        roles = current_roles(session, actor)
        is_reviewer = Role.REVIEWER in roles
        match kind:
            case "in_review":
                conditions = [_in_review()]
            case "waiting_for_me":
                if not is_reviewer:
                    return ()
                conditions = [_in_review(), _not_written_by(actor.id)]
            case "returned_to_me":
                conditions = [_returned_to(actor.id)]
        creator, editor, submitter = aliased(User), aliased(User), aliased(User)
        statement = (
            select(
                Article,
                Category.name,
                creator.username,
                editor.username,
                submitter.username,
                _not_written_by(actor.id).label("not_mine"),
            )
            .join(Category, Article.category_id == Category.id)
            .join(creator, Article.created_by == creator.id)
            .join(editor, Article.last_edited_by == editor.id)
            .outerjoin(submitter, Article.submitted_by == submitter.id)
            .where(*conditions)
            .order_by(func.coalesce(Article.submitted_at, Article.updated_at), Article.id)
            # The list's columns only: at 100,000 articles a fifth are in review, and their
            # bodies would cost the desk ~150 MB it never shows here.
            .options(
                load_only(
                    Article.id,
                    Article.title,
                    Article.status,
                    Article.category_id,
                    Article.author_name,
                    Article.submitted_at,
                    Article.updated_at,
                    Article.current_hash,
                    Article.version,
                ),
                lazyload(Article.category),
            )
        )
        rows = session.execute(statement).all()
        reasons = _change_requests(session, [row[0].id for row in rows], kind)
        return tuple(
            QueueRow(
                article_id=article.id,
                title=article.title,
                status=ArticleStatus(article.status),
                category_id=article.category_id,
                category_name=category_name,
                author_name=article.author_name,
                created_by=created_by,
                last_edited_by=last_edited_by,
                submitted_by=submitted_by,
                submitted_at=article.submitted_at,
                waiting=now - _waiting_since(article),
                current_hash=article.current_hash,
                version=article.version,
                can_approve=bool(
                    is_reviewer and not_mine and article.status == ArticleStatus.IN_REVIEW
                ),
                reason=reasons.get(article.id, ""),
            )
            for article, category_name, created_by, last_edited_by, submitted_by, not_mine in rows
        )


def _waiting_since(article: Article) -> datetime:
    if article.status == ArticleStatus.IN_REVIEW and article.submitted_at is not None:
        return article.submitted_at
    return article.updated_at  # a workflow step or a save moved it last


def _in_review() -> ColumnElement[bool]:
    return Article.status == ArticleStatus.IN_REVIEW.value


def _not_written_by(user_id: int) -> ColumnElement[bool]:
    """Neither created, last edited, nor saved any revision of the article (four-eyes)."""
    wrote_a_revision = exists().where(
        Revision.article_id == Article.id,
        Revision.author_id == user_id,
        Revision.kind.notin_(NOT_WRITING_KINDS),
    )
    return and_(
        Article.created_by != user_id,
        Article.last_edited_by != user_id,
        not_(wrote_a_revision),
    )


def _returned_to(user_id: int) -> ColumnElement[bool]:
    return and_(
        Article.status == ArticleStatus.CHANGES_REQUESTED.value,
        or_(Article.created_by == user_id, Article.last_edited_by == user_id),
    )


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Article).where(*conditions)) or 0


def _change_requests(session: Session, article_ids: list[str], kind: QueueKind) -> dict[str, str]:
    """The latest "changes requested" comment of each returned article, from the audit log."""
    if kind != "returned_to_me" or not article_ids:
        return {}
    subjects = [f"article:{article_id}" for article_id in article_ids]
    events = session.execute(
        select(AuditEvent.subject, AuditEvent.details)
        .where(AuditEvent.action == "article.request_changes", AuditEvent.subject.in_(subjects))
        .order_by(AuditEvent.seq)
    )
    reasons: dict[str, str] = {}
    for subject, details in events:
        reasons[subject.removeprefix("article:")] = str(json.loads(details).get("comment", ""))
    return reasons
