"""Review comments: on a passage, on a field or on the whole article, with replies and resolve.

A passage comment stores the field, the offsets and the quoted text as they were
when it was written, against that revision's hash. Where the passage is now is
worked out on every read (`review.anchors.locate`), so comments follow the text
through later edits without any write, and say "outdated" when it is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.errors import InvalidInput, NotFound
from danvan_desktop.review.anchors import AnchorPlace, AnchorState, locate
from danvan_desktop.services.articles import get_article_row
from danvan_desktop.services.dto import Actor, Change, Outcome
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Article, Comment, User, utcnow
from danvan_desktop.vietnamese import normalize_field

# The article fields a comment may point into (the text the editor and preview show).
ANCHOR_FIELDS = (
    "title",
    "sapo",
    "body",
    "feature_caption",
    "author_name",
    "author_position",
    "source",
)
COMMENT_CHANGES = frozenset({Change.COMMENTS, Change.AUDIT})
MAX_COMMENT_CHARS = 10_000


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a new comment points at: a field, and optionally a passage of it."""

    field: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class CommentView:
    id: int
    article_id: str
    parent_id: int | None
    author: str  # username
    author_name: str
    body: str
    created_at: datetime
    revision_hash: str  # the revision the comment was written against
    resolved: bool
    field: str | None
    quote: str  # the passage as it was when the comment was written
    place: AnchorPlace  # where the passage is in the current text

    @property
    def outdated(self) -> bool:
        return self.place.state == AnchorState.OUTDATED


@dataclass(frozen=True, slots=True)
class CommentThread:
    """A top-level comment and its replies, oldest first."""

    root: CommentView
    replies: tuple[CommentView, ...]

    @property
    def resolved(self) -> bool:
        return self.root.resolved


def add_comment(
    store: Store,
    actor: Actor,
    article_id: str,
    body: str,
    *,
    anchor: Anchor | None = None,
    reply_to: int | None = None,
) -> Outcome[CommentView]:
    """Comment on the current revision. A reply joins its thread and takes no anchor."""
    body = normalize_field(body)
    if not body:
        raise InvalidInput("empty_comment", "a comment needs some text")
    if len(body) > MAX_COMMENT_CHARS:
        raise InvalidInput("comment_too_long", f"a comment is at most {MAX_COMMENT_CHARS} chars")
    with store.unit() as session:
        require_permission(session, actor, "article.comment")
        article = get_article_row(session, article_id)
        parent_id = None
        field = start = end = None
        quote = ""
        if reply_to is not None:
            parent = _comment_row(session, reply_to)
            if parent.article_id != article.id:
                raise InvalidInput("reply_elsewhere", "a reply belongs to the same article")
            parent_id = parent.parent_id or parent.id
        elif anchor is not None:
            field, start, end, quote = _checked_anchor(article, anchor)
        comment = Comment(
            article_id=article.id,
            revision_hash=article.current_hash,
            parent_id=parent_id,
            author_id=actor.id,
            body=body,
            anchor_field=field,
            anchor_start=start,
            anchor_end=end,
            anchor_text=quote,
            resolved=False,
            created_at=utcnow(),
        )
        session.add(comment)
        session.flush()
        append_event(
            session,
            actor=actor.username,
            action="comment.add",
            subject=f"article:{article.id}",
            details={"comment": comment.id, "reply_to": parent_id, "field": field},
        )
        view = _view(comment, actor.username, actor.display_name, _field_texts(article))
        return Outcome(view, COMMENT_CHANGES)


def set_resolved(
    store: Store, actor: Actor, comment_id: int, resolved: bool = True
) -> Outcome[CommentView]:
    """Resolve a thread (or reopen it); a reply resolves the thread it belongs to."""
    with store.unit() as session:
        require_permission(session, actor, "article.comment")
        comment = _comment_row(session, comment_id)
        root = _comment_row(session, comment.parent_id) if comment.parent_id else comment
        if root.resolved == resolved:
            return Outcome(_load_view(session, root), frozenset())
        root.resolved = resolved
        append_event(
            session,
            actor=actor.username,
            action="comment.resolve" if resolved else "comment.reopen",
            subject=f"article:{root.article_id}",
            details={"comment": root.id},
        )
        session.flush()
        return Outcome(_load_view(session, root), COMMENT_CHANGES)


def list_comments(
    store: Store, article_id: str, *, include_resolved: bool = True
) -> tuple[CommentThread, ...]:
    """The article's threads, oldest first, each anchored against the current text."""
    with store.unit() as session:
        article = get_article_row(session, article_id)
        rows = session.execute(
            select(Comment, User.username, User.display_name)
            .join(User, Comment.author_id == User.id)
            .where(Comment.article_id == article.id)
            .order_by(Comment.created_at, Comment.id)
        ).all()
        texts = _field_texts(article)
        views = [_view(comment, name, display, texts) for comment, name, display in rows]
    replies: dict[int, list[CommentView]] = {}
    for view in views:
        if view.parent_id is not None:
            replies.setdefault(view.parent_id, []).append(view)
    return tuple(
        CommentThread(view, tuple(replies.get(view.id, ())))
        for view in views
        if view.parent_id is None and (include_resolved or not view.resolved)
    )


def anchor_for_quote(store: Store, article_id: str, field: str, quote: str) -> Anchor:
    """The anchor of the first occurrence of `quote` in a field (for the CLI and tests)."""
    quote = normalize_field(quote)
    with store.unit() as session:
        text = _field_texts(get_article_row(session, article_id)).get(field)
    if text is None:
        raise InvalidInput("bad_anchor_field", f"comments cannot point into {field!r}")
    start = text.find(quote) if quote else -1
    if start < 0:
        raise InvalidInput("quote_not_found", f"{field} does not contain that passage")
    return Anchor(field, start, start + len(quote))


def _checked_anchor(article: Article, anchor: Anchor) -> tuple[str, int | None, int | None, str]:
    texts = _field_texts(article)
    if anchor.field not in texts:
        raise InvalidInput("bad_anchor_field", f"comments cannot point into {anchor.field!r}")
    if anchor.start is None and anchor.end is None:
        return anchor.field, None, None, ""
    text = texts[anchor.field]
    start, end = anchor.start, anchor.end
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise InvalidInput(
            "bad_anchor_range", f"{anchor.field} has {len(text)} characters; got {start}..{end}"
        )
    return anchor.field, start, end, text[start:end]


def _field_texts(article: Article) -> dict[str, str]:
    return {name: getattr(article, name) or "" for name in ANCHOR_FIELDS}


def _view(comment: Comment, username: str, display: str, texts: dict[str, str]) -> CommentView:
    return CommentView(
        id=comment.id,
        article_id=comment.article_id,
        parent_id=comment.parent_id,
        author=username,
        author_name=display or username,
        body=comment.body,
        created_at=comment.created_at,
        revision_hash=comment.revision_hash,
        resolved=comment.resolved,
        field=comment.anchor_field,
        quote=comment.anchor_text or "",
        place=_place(comment, texts),
    )


def _place(comment: Comment, texts: dict[str, str]) -> AnchorPlace:
    if comment.anchor_field is None:
        return AnchorPlace(AnchorState.ARTICLE)
    if comment.anchor_start is None or comment.anchor_end is None:
        return AnchorPlace(AnchorState.FIELD)
    text = texts.get(comment.anchor_field, "")
    return locate(text, comment.anchor_start, comment.anchor_end, comment.anchor_text or "")


def _load_view(session: Session, comment: Comment) -> CommentView:
    author = session.get_one(User, comment.author_id)
    article = session.get_one(Article, comment.article_id)
    return _view(comment, author.username, author.display_name, _field_texts(article))


def _comment_row(session: Session, comment_id: int) -> Comment:
    comment = session.get(Comment, comment_id)
    if comment is None:
        raise NotFound("comment_not_found", f"no comment {comment_id}")
    return comment
