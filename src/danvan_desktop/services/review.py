"""The two-stage workflow: submit, approve (four-eyes), request changes, withdraw, reopen."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.errors import Conflict, InvalidInput
from danvan_desktop.services.articles import (
    ARTICLE_CHANGES,
    article_detail,
    get_article_row,
    record_state_change,
)
from danvan_desktop.services.dto import Actor, ArticleDetail, Change, Outcome
from danvan_desktop.services.guard import current_roles, refusal_error
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Article, Comment, Revision, utcnow
from danvan_desktop.vietnamese import normalize_field
from danvan_desktop.workflow import Action, ArticleStatus, WorkflowRefusal, check_four_eyes
from danvan_desktop.workflow import check_transition as rule_for_transition

# Revisions that put no text of their author's into the article: a state change, and
# a save that lost to a concurrent one (kept aside for merging).
NOT_WRITING_KINDS = ("state", "conflict")


def submit_for_review(store: Store, actor: Actor, article_id: str) -> Outcome[ArticleDetail]:
    with store.unit() as session:
        article = apply_transition(session, actor, article_id, Action.SUBMIT)
        article.submitted_by = actor.id
        article.submitted_at = utcnow()
        return finish_transition(session, article, actor, Action.SUBMIT)


def approve(
    store: Store, actor: Actor, article_id: str, *, expected_hash: str | None = None
) -> Outcome[ArticleDetail]:
    """Approve the article's current revision, pinning its hash.

    `expected_hash` is the revision the reviewer read: if the article changed since,
    the approval is refused rather than given to text nobody reviewed.
    """
    with store.unit() as session:
        article = get_article_row(session, article_id)
        if expected_hash is not None and expected_hash != article.current_hash:
            raise Conflict(
                "changed_since_opened",
                "the article changed since you opened it; read the new revision first",
            )
        writers = set(
            session.scalars(
                select(Revision.author_id).where(
                    Revision.article_id == article.id,
                    Revision.kind.notin_(NOT_WRITING_KINDS),
                )
            )
        )
        writers.update({article.created_by, article.last_edited_by})
        roles = current_roles(session, actor)
        try:
            rule_for_transition(Action.APPROVE, ArticleStatus(article.status), roles)
            check_four_eyes(actor.id, writers)
        except WorkflowRefusal as refusal:
            raise refusal_error(refusal) from None
        article.status = ArticleStatus.APPROVED.value
        article.approved_hash = article.current_hash
        article.approved_by = actor.id
        article.approved_at = utcnow()
        return finish_transition(
            session, article, actor, Action.APPROVE, {"hash": article.current_hash}
        )


def request_changes(
    store: Store, actor: Actor, article_id: str, comment: str
) -> Outcome[ArticleDetail]:
    """Send the article back to its editor; the reason is required and becomes a comment."""
    comment = normalize_field(comment)
    if not comment:
        raise InvalidInput("comment_required", "requesting changes needs a comment saying what")
    with store.unit() as session:
        article = apply_transition(session, actor, article_id, Action.REQUEST_CHANGES)
        session.add(
            Comment(
                article_id=article.id,
                revision_hash=article.current_hash,
                author_id=actor.id,
                body=comment,
                created_at=utcnow(),
            )
        )
        outcome = finish_transition(
            session, article, actor, Action.REQUEST_CHANGES, {"comment": comment}
        )
        return Outcome(outcome.value, outcome.changes | {Change.COMMENTS})


def withdraw(
    store: Store, actor: Actor, article_id: str, reason: str = ""
) -> Outcome[ArticleDetail]:
    with store.unit() as session:
        article = apply_transition(session, actor, article_id, Action.WITHDRAW)
        return finish_transition(
            session, article, actor, Action.WITHDRAW, {"reason": normalize_field(reason)}
        )


def reopen(store: Store, actor: Actor, article_id: str) -> Outcome[ArticleDetail]:
    """A withdrawn article goes back to draft to be corrected and reviewed again."""
    with store.unit() as session:
        article = apply_transition(session, actor, article_id, Action.REOPEN)
        article.approved_hash = article.approved_by = article.approved_at = None
        return finish_transition(session, article, actor, Action.REOPEN)


def apply_transition(session: Session, actor: Actor, article_id: str, action: Action) -> Article:
    article = get_article_row(session, article_id)
    roles = current_roles(session, actor)
    try:
        target = rule_for_transition(action, ArticleStatus(article.status), roles)
    except WorkflowRefusal as refusal:
        raise refusal_error(refusal) from None
    article.status = target.value
    return article


def finish_transition(
    session: Session,
    article: Article,
    actor: Actor,
    action: Action,
    details: dict[str, str] | None = None,
) -> Outcome[ArticleDetail]:
    article.updated_at = utcnow()
    record_state_change(session, article, actor)
    append_event(
        session,
        actor=actor.username,
        action=f"article.{action.value}",
        subject=f"article:{article.id}",
        details={"status": article.status, **(details or {})},
    )
    session.flush()
    return Outcome(article_detail(session, article), ARTICLE_CHANGES)
