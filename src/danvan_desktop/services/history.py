"""An article's history: every revision and state change, diffs between any two, restore.

Revisions are never edited or deleted. Restoring an old one writes its fields as a
new revision (kind "restored") under the same rules as a save, so the history keeps
showing what was there in between and who brought the old text back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.errors import NotFound
from danvan_desktop.review.diff import FieldDiff, diff_fields
from danvan_desktop.services.articles import get_article_row, normalise_fields, write_revision
from danvan_desktop.services.dto import Actor, ArticleDetail, ArticleFields, Outcome
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import Revision, User
from danvan_desktop.workflow import ArticleStatus


@dataclass(frozen=True, slots=True)
class RevisionEntry:
    """One line of the history.

    `content_changed` says whether this revision changed the article's text: False
    for a state change, and for a "conflict" revision (a save that lost to a
    concurrent one, kept aside so its text can be compared and restored).
    """

    number: int
    kind: str  # created, saved, state, restored, conflict
    status: ArticleStatus
    author: str  # username
    author_name: str  # display name
    created_at: datetime
    content_hash: str
    content_changed: bool
    approved: bool  # this revision's hash is the article's current approval


@dataclass(frozen=True, slots=True)
class RevisionDiff:
    article_id: str
    from_number: int
    to_number: int
    from_hash: str
    to_hash: str
    fields: tuple[FieldDiff, ...]

    @property
    def changed_fields(self) -> tuple[FieldDiff, ...]:
        return tuple(f for f in self.fields if f.changed)


def revision_history(store: Store, article_id: str) -> tuple[RevisionEntry, ...]:
    """Every revision of the article, oldest first."""
    with store.unit() as session:
        article = get_article_row(session, article_id)
        rows = session.execute(
            select(Revision, User.username, User.display_name)
            .join(User, Revision.author_id == User.id)
            .where(Revision.article_id == article.id)
            .order_by(Revision.number)
        ).all()
        entries = []
        previous_hash: str | None = None
        for revision, username, display_name in rows:
            kept_aside = revision.kind == "conflict"
            entries.append(
                RevisionEntry(
                    number=revision.number,
                    kind=revision.kind,
                    status=ArticleStatus(revision.status),
                    author=username,
                    author_name=display_name or username,
                    created_at=revision.created_at,
                    content_hash=revision.content_hash,
                    content_changed=not kept_aside and revision.content_hash != previous_hash,
                    approved=revision.content_hash == article.approved_hash,
                )
            )
            if not kept_aside:
                previous_hash = revision.content_hash
        return tuple(entries)


def revision_fields(store: Store, article_id: str, number: int) -> ArticleFields:
    """The fields of one revision, e.g. to show an old text read-only."""
    with store.unit() as session:
        revision = _revision(session, get_article_row(session, article_id).id, number)
        return fields_of(revision)


def diff_revisions(store: Store, article_id: str, from_number: int, to_number: int) -> RevisionDiff:
    """What changed from one revision to another (either order), syllable by syllable."""
    with store.unit() as session:
        resolved = get_article_row(session, article_id).id
        old = _revision(session, resolved, from_number)
        new = _revision(session, resolved, to_number)
        return RevisionDiff(
            article_id=resolved,
            from_number=old.number,
            to_number=new.number,
            from_hash=old.content_hash,
            to_hash=new.content_hash,
            fields=diff_fields(old.fields, new.fields),
        )


def restore_revision(
    store: Store, actor: Actor, article_id: str, number: int, expected_version: int
) -> Outcome[ArticleDetail]:
    """Make revision `number`'s text the current one, as a new revision.

    The same rules as a save: the editor's role, an editable state, the version the
    caller saw (`Conflict` otherwise); an approved article goes back to review.
    Restoring the text that is already current changes nothing.
    """
    with store.unit() as session:
        article = get_article_row(session, article_id)
        source = _revision(session, article.id, number)
        return write_revision(
            session,
            actor,
            article,
            normalise_fields(fields_of(source)),
            expected_version,
            kind="restored",
            details={"from_revision": number},
        )


def fields_of(revision: Revision) -> ArticleFields:
    snapshot = revision.fields
    return ArticleFields(
        title=snapshot.get("title", ""),
        sapo=snapshot.get("sapo", ""),
        body=snapshot.get("body", ""),
        author_name=snapshot.get("author_name", ""),
        author_position=snapshot.get("author_position", ""),
        source=snapshot.get("source", ""),
        category_slug=snapshot.get("category_slug", ""),
        tags=tuple(snapshot.get("tags") or ()),
        feature_image=snapshot.get("feature_image"),
        feature_caption=snapshot.get("feature_caption", ""),
    )


def _revision(session: Session, article_id: str, number: int) -> Revision:
    revision = session.scalar(
        select(Revision).where(Revision.article_id == article_id, Revision.number == number)
    )
    if revision is None:
        raise NotFound("revision_not_found", f"article {article_id} has no revision {number}")
    return revision
