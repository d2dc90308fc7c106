"""The editor's autosaved text: one working copy per user and article, beside the revisions.

An autosave never touches the article itself (like WordPress's per-user
autosave): it cannot void an approval, bump the version or show up in the
history. Saving for real makes a revision and drops the working copy; after a
crash the desk finds the copy and offers the text back.

A new article that was never saved has no id in the store yet; the desk gives it
a provisional id of its own, and `base_version` None marks such a copy.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from danvan_desktop.services.articles import record_revision
from danvan_desktop.services.dto import Actor, ArticleFields
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Article, WorkingCopy, utcnow
from danvan_desktop.vietnamese import nfc


@dataclass(frozen=True, slots=True)
class WorkingCopyInfo:
    article_id: str
    base_version: int | None  # None: an article not yet in the store
    fields: ArticleFields
    saved_at: datetime

    @property
    def is_new_article(self) -> bool:
        return self.base_version is None


def _fields_from(data: dict[str, Any]) -> ArticleFields:
    known = {f.name for f in fields(ArticleFields)}
    values = {k: v for k, v in data.items() if k in known}
    values["tags"] = tuple(values.get("tags") or ())
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = nfc(value)
    values.setdefault("title", "")
    return ArticleFields(**values)


def _info(row: WorkingCopy) -> WorkingCopyInfo:
    return WorkingCopyInfo(row.article_id, row.base_version, _fields_from(row.fields), row.saved_at)


def save_working_copy(
    store: Store, actor: Actor, article_id: str, base_version: int | None, fields: ArticleFields
) -> datetime:
    """Keep the editor's text as it is now; no checks, the text may be half written."""
    now = utcnow()
    data = {k: nfc(v) if isinstance(v, str) else v for k, v in fields.as_dict().items()}
    with store.unit() as session:
        row = session.get(WorkingCopy, (article_id, actor.id))
        if row is None:
            row = WorkingCopy(article_id=article_id, user_id=actor.id)
            session.add(row)
        row.base_version = base_version
        row.fields = data
        row.saved_at = now
    return now


def load_working_copy(store: Store, actor: Actor, article_id: str) -> WorkingCopyInfo | None:
    with store.unit() as session:
        row = session.get(WorkingCopy, (article_id, actor.id))
        return _info(row) if row is not None else None


def list_working_copies(store: Store, actor: Actor) -> list[WorkingCopyInfo]:
    """The actor's unsaved texts, newest first: what a crash may have left behind."""
    with store.unit() as session:
        rows = session.scalars(
            select(WorkingCopy)
            .where(WorkingCopy.user_id == actor.id)
            .order_by(WorkingCopy.saved_at.desc())
        )
        return [_info(row) for row in rows]


def discard_working_copy(store: Store, actor: Actor, article_id: str) -> bool:
    with store.unit() as session:
        result = session.execute(
            delete(WorkingCopy).where(
                WorkingCopy.article_id == article_id, WorkingCopy.user_id == actor.id
            )
        )
        return bool(result.rowcount)


def keep_aside(store: Store, actor: Actor, copy: WorkingCopyInfo) -> int | None:
    """Keep an offered copy's text in its article's history before the editor types over it.

    The article opened with an older unsaved text offered back; the editor typed on
    without answering, and the next autosave would overwrite that text. It becomes a
    "conflict" revision (not the current text, compared and restored from the history),
    as a losing save does. Returns the revision's number, or None for an article never
    saved (it has no history to hold the text).
    """
    with store.unit() as session:
        article = session.get(Article, copy.article_id)
        if article is None:
            return None
        revision = record_revision(session, article, copy.fields, actor, kind="conflict")
        session.flush()
        append_event(
            session,
            actor=actor.username,
            action="article.kept_aside",
            subject=f"article:{article.id}",
            details={"revision": revision.number, "saved_at": copy.saved_at.isoformat()},
        )
        return revision.number
