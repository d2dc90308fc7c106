"""Writing and reading articles: create, save (a new revision), get, list."""

from __future__ import annotations

import uuid
from typing import Literal

from sqlalchemy import ColumnElement, case, func, literal, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from danvan_desktop.errors import Conflict, InvalidInput, NotFound
from danvan_desktop.services.categories import category_by_slug, category_path
from danvan_desktop.services.dto import (
    Actor,
    ArticleDetail,
    ArticleFields,
    ArticlePage,
    ArticleSummary,
    Change,
    Outcome,
)
from danvan_desktop.services.guard import current_roles, refusal_error, require_permission
from danvan_desktop.services.store import Store
from danvan_desktop.store import search_index
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.hashing import content_hash
from danvan_desktop.store.models import Article, Category, Media, Revision, User, utcnow
from danvan_desktop.vietnamese import normalize_field, portal_slug, sort_key, unique_slug
from danvan_desktop.vietnamese.slug import shortened_slug
from danvan_desktop.workflow import ArticleStatus, WorkflowRefusal, check_edit

SortColumn = Literal["title", "status", "author", "updated", "created", "category"]
ARTICLE_CHANGES = frozenset({Change.ARTICLE, Change.ARTICLE_LIST, Change.CATEGORIES, Change.AUDIT})
SORT_KEY_SOURCE_CHARS = 160  # beyond this, titles rarely differ, and the index stays small
MIN_ID_PREFIX = 6


def normalise_fields(fields: ArticleFields) -> ArticleFields:
    """NFC and trimmed text, tags cleaned of blanks and duplicates; the title is required."""
    tags: list[str] = []
    for tag in fields.tags:
        clean = normalize_field(tag)
        if clean and clean not in tags:
            tags.append(clean)
    normalised = ArticleFields(
        title=normalize_field(fields.title),
        sapo=normalize_field(fields.sapo),
        body=normalize_field(fields.body),
        author_name=normalize_field(fields.author_name),
        author_position=normalize_field(fields.author_position),
        source=normalize_field(fields.source),
        category_slug=fields.category_slug.strip(),
        tags=tuple(tags),
        feature_image=fields.feature_image or None,
        feature_caption=normalize_field(fields.feature_caption),
    )
    if not normalised.title:
        raise InvalidInput("empty_title", "an article needs a title")
    if "\n" in normalised.title:
        raise InvalidInput("multiline_title", "a title is one line")
    return normalised


def create_article(store: Store, actor: Actor, fields: ArticleFields) -> Outcome[ArticleDetail]:
    fields = normalise_fields(fields)
    with store.unit() as session:
        require_permission(session, actor, "article.create")
        article = insert_article(session, actor, fields)
        return Outcome(article_detail(session, article), ARTICLE_CHANGES)


def insert_article(
    session: Session, actor: Actor, fields: ArticleFields, *, audit_actor: str | None = None
) -> Article:
    """Insert a draft with its first revision and audit event (shared by create, seed, import)."""
    category = category_by_slug(session, fields.category_slug)
    _check_media(session, fields)
    now = utcnow()
    article = Article(
        id=str(uuid.uuid4()),
        slug=_free_slug(session, fields.title, None),
        status=ArticleStatus.DRAFT.value,
        category=category,
        created_at=now,
        updated_at=now,
        created_by=actor.id,
        last_edited_by=actor.id,
    )
    assign_fields(article, fields)
    session.add(article)
    session.flush()
    reindex(session, article)
    record_revision(session, article, fields, actor, kind="created")
    append_event(
        session,
        actor=audit_actor or actor.username,
        action="article.create",
        subject=f"article:{article.id}",
        details={"title": fields.title, "category": category.slug, "hash": article.current_hash},
    )
    return article


def save_article(
    store: Store, actor: Actor, article_id: str, fields: ArticleFields, expected_version: int
) -> Outcome[ArticleDetail]:
    """Save the editor's fields as a new revision.

    Refused with `Conflict` when someone saved since the editor loaded `expected_version`
    (the version column also guards the race between two concurrent saves). The losing
    text is not thrown away: it is kept as a "conflict" revision, named in the error, so
    the editor can see it beside the winner and merge. Saving an approved article voids
    the approval and sends it back to review.
    """
    fields = normalise_fields(fields)
    try:
        with store.unit() as session:
            article = get_article_row(session, article_id)
            return write_revision(session, actor, article, fields, expected_version, kind="saved")
    except StaleDataError:
        current = None  # lost the race at commit time; the winner's version is unknown here
    except StaleVersion as stale:
        current = stale.params["current_version"]
    with store.unit() as session:
        article = get_article_row(session, article_id)
        kept = record_revision(session, article, fields, actor, kind="conflict")
        append_event(
            session,
            actor=actor.username,
            action="article.save_conflict",
            subject=f"article:{article.id}",
            details={"kept_as_revision": kept.number, "edited_version": expected_version},
        )
        number, winner = kept.number, article.version
    raise Conflict(
        "stale_version",
        f"article {article_id} was changed by someone else (version {current or winner}, "
        f"you edited version {expected_version}); your text is kept as revision {number}",
        current_version=current or winner,
        conflict_revision=number,
    )


class StaleVersion(Conflict):
    """The article moved on since the caller read `expected_version`."""

    def __init__(self, article: Article, expected_version: int) -> None:
        super().__init__(
            "stale_version",
            f"article {article.id} was changed by someone else (version {article.version}, "
            f"you edited version {expected_version})",
            current_version=article.version,
        )


def write_revision(
    session: Session,
    actor: Actor,
    article: Article,
    fields: ArticleFields,
    expected_version: int,
    *,
    kind: str,
    details: dict[str, object] | None = None,
) -> Outcome[ArticleDetail]:
    """Make normalised `fields` the article's text: the one path of saves and restores.

    Checks the version the caller saw (`StaleVersion`), the editor's role and an
    editable state; writes nothing when the text is unchanged; voids an approval and
    sends the article back to review; reindexes; records the revision and the audit
    event (`article.save` or `article.restore`, after `kind`).
    """
    roles = current_roles(session, actor)
    if article.version != expected_version:
        raise StaleVersion(article, expected_version)
    try:
        new_status = check_edit(ArticleStatus(article.status), roles)
    except WorkflowRefusal as refusal:
        raise refusal_error(refusal) from None
    category = category_by_slug(session, fields.category_slug)
    _check_media(session, fields)
    if content_hash(fields.as_dict()) == article.current_hash:
        return Outcome(article_detail(session, article), frozenset())
    voided = article.approved_hash is not None and new_status != ArticleStatus(article.status)
    if not _ever_published(article):
        article.slug = _free_slug(session, fields.title, article)
    assign_fields(article, fields)
    article.category = category
    article.status = new_status.value
    article.last_edited_by = actor.id
    article.updated_at = utcnow()
    if voided:
        article.approved_hash = article.approved_by = article.approved_at = None
    reindex(session, article)
    revision = record_revision(session, article, fields, actor, kind=kind)
    append_event(
        session,
        actor=actor.username,
        action="article.restore" if kind == "restored" else "article.save",
        subject=f"article:{article.id}",
        details={
            "hash": article.current_hash,
            "revision": revision.number,
            "approval_voided": voided,
            **(details or {}),
        },
    )
    session.flush()
    return Outcome(article_detail(session, article), ARTICLE_CHANGES)


def get_article(store: Store, article_id: str) -> ArticleDetail:
    with store.unit() as session:
        return article_detail(session, get_article_row(session, article_id))


def resolve_article_id(store: Store, id_or_prefix: str) -> str:
    """A full id, or a unique prefix of one (as people copy them from `article list`)."""
    with store.unit() as session:
        return get_article_row(session, id_or_prefix).id


def list_articles(
    store: Store,
    *,
    category_id: int | None = None,
    status: ArticleStatus | None = None,
    query: str = "",
    sort: SortColumn = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
    after_id: str | None = None,
) -> ArticlePage:
    """Filter, search (ignoring diacritics) and sort in SQL; return one page of rows.

    `after_id` (the last row of the previous page) pages by key instead of by
    position: the next rows after that row's sort key and id, so a page deep in
    100,000 rows costs what the first one does (OFFSET walks every skipped row,
    ~250 ms near the end of the corpus), and a row added meanwhile above it does not
    shift the page. When that row no longer exists, `offset` is used.
    """
    conditions: list[ColumnElement[bool]] = []
    if category_id is not None:
        conditions.append(Article.category_id == category_id)
    if status is not None:
        conditions.append(Article.status == status.value)
    order_column = {
        "title": Article.title_sort_key,
        # The workflow's order (draft … published), not the stored codes' alphabet,
        # which the desk shows in Vietnamese as an order nobody could guess.
        "status": case(
            {state.value: rank for rank, state in enumerate(ArticleStatus)},
            value=Article.status,
        ),
        "author": Article.author_sort_key,
        "updated": Article.updated_at,
        "created": Article.created_at,
        "category": Category.position,
    }[sort]
    ordering = order_column.desc() if descending else order_column.asc()
    tie_break = Article.id.desc() if descending else Article.id.asc()
    with store.unit() as session:
        if (found := search_index.matching_ids(session, query)) is not None:
            conditions.append(found)
        total = session.scalar(select(func.count()).select_from(Article).where(*conditions)) or 0
        if after_id is not None and sort != "category":
            anchor = session.execute(select(order_column).where(Article.id == after_id)).first()
            if anchor is not None:
                key = tuple_(order_column, Article.id)
                bound = tuple_(literal(anchor[0], order_column.type), literal(after_id))
                conditions.append(key < bound if descending else key > bound)
                offset = 0
        statement = (
            select(
                Article.id,
                Article.title,
                Article.status,
                Article.author_name,
                Article.category_id,
                Category.name.label("category_name"),
                Article.updated_at,
                User.username,
            )
            .join(Category, Article.category_id == Category.id)
            .join(User, Article.created_by == User.id)
            .where(*conditions)
            .order_by(ordering, tie_break)
            .offset(offset)
        )
        if limit is not None:
            statement = statement.limit(limit)
        rows = tuple(
            ArticleSummary(
                id=row.id,
                title=row.title,
                status=ArticleStatus(row.status),
                author_name=row.author_name,
                category_id=row.category_id,
                category_name=row.category_name,
                updated_at=row.updated_at,
                created_by=row.username,
            )
            for row in session.execute(statement)
        )
        return ArticlePage(rows=rows, total=total)


def get_article_row(session: Session, id_or_prefix: str) -> Article:
    key = id_or_prefix.strip().lower()
    article = session.get(Article, key)
    if article is not None:
        return article
    if len(key) >= MIN_ID_PREFIX:
        matches = session.scalars(select(Article).where(Article.id.startswith(key)).limit(2)).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise InvalidInput("ambiguous_id", f"{id_or_prefix!r} matches several articles")
    raise NotFound("article_not_found", f"no article with id {id_or_prefix!r}")


def article_detail(session: Session, article: Article) -> ArticleDetail:
    names = _usernames(
        session,
        {article.created_by, article.last_edited_by, article.approved_by, article.submitted_by},
    )
    revision_count = session.scalar(
        select(func.count()).select_from(Revision).where(Revision.article_id == article.id)
    )
    return ArticleDetail(
        id=article.id,
        fields=article_fields(article),
        slug=article.slug,
        status=ArticleStatus(article.status),
        category_id=article.category_id,
        category_name=article.category.name,
        category_path=category_path(session, article.category),
        created_at=article.created_at,
        updated_at=article.updated_at,
        created_by=names[article.created_by],
        last_edited_by=names[article.last_edited_by],
        version=article.version,
        current_hash=article.current_hash,
        approved_hash=article.approved_hash,
        approved_by=names.get(article.approved_by),
        approved_at=article.approved_at,
        submitted_by=names.get(article.submitted_by),
        submitted_at=article.submitted_at,
        publish_at=article.publish_at,
        revision_count=revision_count or 0,
    )


def article_fields(article: Article) -> ArticleFields:
    return ArticleFields(
        title=article.title,
        sapo=article.sapo,
        body=article.body,
        author_name=article.author_name,
        author_position=article.author_position,
        source=article.source,
        category_slug=article.category.slug,
        tags=tuple(article.tags or ()),
        feature_image=article.feature_image,
        feature_caption=article.feature_caption,
    )


def record_state_change(session: Session, article: Article, actor: Actor) -> None:
    """A revision for every state change, so the history shows who moved it and when."""
    fields = article_fields(article)
    record_revision(session, article, fields, actor, kind="state")


def assign_fields(article: Article, fields: ArticleFields) -> None:
    article.title = fields.title
    article.title_sort_key = sort_key(fields.title[:SORT_KEY_SOURCE_CHARS])
    article.sapo = fields.sapo
    article.body = fields.body
    article.author_name = fields.author_name
    article.author_sort_key = sort_key(fields.author_name[:SORT_KEY_SOURCE_CHARS])
    article.author_position = fields.author_position
    article.source = fields.source
    article.tags = list(fields.tags)
    article.feature_image = fields.feature_image
    article.feature_caption = fields.feature_caption
    article.current_hash = content_hash(fields.as_dict())


def reindex(session: Session, article: Article) -> None:
    rest = " ".join(
        (article.sapo, article.body, article.author_name, article.feature_caption, *article.tags)
    )
    search_index.index_article(session, article.id, article.title, rest)


def record_revision(
    session: Session, article: Article, fields: ArticleFields, actor: Actor, *, kind: str
) -> Revision:
    snapshot = fields.as_dict()
    number = (
        session.scalar(select(func.max(Revision.number)).where(Revision.article_id == article.id))
        or 0
    ) + 1
    revision = Revision(
        article_id=article.id,
        number=number,
        content_hash=content_hash(snapshot),
        fields=snapshot,
        kind=kind,
        status=article.status,
        author_id=actor.id,
        created_at=utcnow(),
    )
    session.add(revision)
    return revision


def _free_slug(session: Session, title: str, article: Article | None) -> str:
    base = shortened_slug(portal_slug(title)) or "bai-viet"

    def taken(candidate: str) -> bool:
        owner = session.scalar(select(Article.id).where(Article.slug == candidate))
        return owner is not None and (article is None or owner != article.id)

    return unique_slug(base, taken)


def _ever_published(article: Article) -> bool:
    return article.status in (ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN)


def _check_media(session: Session, fields: ArticleFields) -> None:
    if fields.feature_image and session.get(Media, fields.feature_image) is None:
        raise NotFound("media_not_found", f"no stored image {fields.feature_image}")


def _usernames(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = {i for i in ids if i is not None}
    rows = session.execute(select(User.id, User.username).where(User.id.in_(wanted)))
    return {row.id: row.username for row in rows}
