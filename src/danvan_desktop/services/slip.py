"""The approval slip of an article, gathered from the workflow and written as a PDF.

Only an article whose approval still holds has a slip: the slip names the exact
revision hash the reviewer approved, and a later edit voids both.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.errors import InvalidInput, InvalidTransition
from danvan_desktop.review.slip_pdf import ApprovalSlip, render_slip
from danvan_desktop.services.articles import get_article_row
from danvan_desktop.services.categories import category_path
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.guard import current_roles
from danvan_desktop.services.review import NOT_WRITING_KINDS
from danvan_desktop.services.store import Store
from danvan_desktop.settings import load_settings
from danvan_desktop.store.models import Article, PublishRecord, Revision, User, utcnow


def approval_slip(
    store: Store, actor: Actor, article_id: str, *, now: datetime | None = None
) -> ApprovalSlip:
    """The slip's facts; refused for an article whose approval is missing or void."""
    with store.unit() as session:
        current_roles(session, actor)
        article = get_article_row(session, article_id)
        approved_hash = article.approved_hash
        if approved_hash is None or article.approved_at is None or article.approved_by is None:
            raise InvalidTransition(
                "not_approved", f"article {article.id} has no valid approval to print"
            )
        names = _display_names(session, article)
        publisher, published_at = _publication(session, article, approved_hash)
        return ApprovalSlip(
            site_name=load_settings().site_name,
            article_id=article.id,
            category=" / ".join(category_path(session, article.category)),
            title=article.title,
            author_name=article.author_name,
            author_position=article.author_position,
            editor=names[article.created_by],
            submitted_by=names.get(article.submitted_by, ""),
            submitted_at=article.submitted_at,
            reviewer=names[article.approved_by],
            approved_at=article.approved_at,
            revision_number=_approved_revision(session, article.id, approved_hash),
            revision_hash=approved_hash,
            status=article.status,
            publisher=publisher,
            published_at=published_at,
            issued_by=actor.display_name or actor.username,
            issued_at=now or utcnow(),
        )


def approval_slip_pdf(store: Store, actor: Actor, article_id: str) -> bytes:
    """The slip as PDF bytes, for the desk to preview and print (QPdfDocument)."""
    return render_slip(approval_slip(store, actor, article_id))


def write_approval_slip(store: Store, actor: Actor, article_id: str, dest: Path) -> Path:
    """Write the slip to `dest` atomically: a temporary file beside it, then a rename."""
    data = approval_slip_pdf(store, actor, article_id)
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise InvalidInput("folder_not_found", f"no such folder: {dest.parent}")
    handle, temporary = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, dest)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dest


def _display_names(session: Session, article: Article) -> dict[int | None, str]:
    wanted = {article.created_by, article.submitted_by, article.approved_by} - {None}
    rows = session.execute(
        select(User.id, User.username, User.display_name).where(User.id.in_(wanted))
    )
    return {row.id: row.display_name or row.username for row in rows}


def _approved_revision(session: Session, article_id: str, approved_hash: str) -> int:
    """The last revision that wrote the approved text (not a later state change)."""
    number = session.scalar(
        select(func.max(Revision.number)).where(
            Revision.article_id == article_id,
            Revision.content_hash == approved_hash,
            Revision.kind.notin_(NOT_WRITING_KINDS),
        )
    )
    return int(number or 0)


def _publication(
    session: Session, article: Article, approved_hash: str
) -> tuple[str, datetime | None]:
    row = session.execute(
        select(User.username, User.display_name, PublishRecord.at)
        .join(User, PublishRecord.publisher_id == User.id)
        .where(
            PublishRecord.article_id == article.id,
            PublishRecord.kind == "publish",
            PublishRecord.revision_hash == approved_hash,
        )
        .order_by(PublishRecord.at.desc())
        .limit(1)
    ).first()
    if row is None:
        return "", None
    return row.display_name or row.username, row.at
