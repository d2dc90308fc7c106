"""The category tree: listing with article counts, and an admin's changes to it."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from danvan_desktop.errors import InvalidInput, NotFound
from danvan_desktop.services.dto import Actor, CategoryNode, Change, Outcome
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Article, Category
from danvan_desktop.vietnamese import normalize_field, portal_slug, unique_slug

_CHANGES = frozenset({Change.CATEGORIES, Change.AUDIT})


def list_categories(store: Store) -> list[CategoryNode]:
    """Every category, parents before children, siblings by position."""
    with store.unit() as session:
        return _nodes(session)


def _nodes(session: Session) -> list[CategoryNode]:
    counts = dict(
        session.execute(
            select(Article.category_id, func.count()).group_by(Article.category_id)
        ).all()
    )
    categories = session.scalars(select(Category)).all()
    children: dict[int | None, list[Category]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)
    ordered: list[CategoryNode] = []

    def walk(parent_id: int | None, path: tuple[str, ...]) -> None:
        for category in sorted(children.get(parent_id, []), key=lambda c: (c.position, c.id)):
            node_path = (*path, category.name)
            ordered.append(
                CategoryNode(
                    id=category.id,
                    parent_id=category.parent_id,
                    name=category.name,
                    slug=category.slug,
                    position=category.position,
                    article_count=counts.get(category.id, 0),
                    path=node_path,
                )
            )
            walk(category.id, node_path)

    walk(None, ())
    return ordered


def category_by_slug(session: Session, slug: str) -> Category:
    category = session.scalar(select(Category).where(Category.slug == slug.strip()))
    if category is None:
        raise NotFound("category_not_found", f"no category with slug {slug!r}")
    return category


def category_path(session: Session, category: Category) -> tuple[str, ...]:
    names = []
    node: Category | None = category
    while node is not None:
        names.append(node.name)
        node = session.get(Category, node.parent_id) if node.parent_id else None
    return tuple(reversed(names))


def _category_name(name: str) -> str:
    """A category's name is a one-line label: NFC, spaces collapsed."""
    return " ".join(normalize_field(name).split())


def insert_category(
    session: Session, name: str, parent_id: int | None = None, slug: str | None = None
) -> Category:
    name = _category_name(name)
    if not name:
        raise InvalidInput("empty_name", "a category needs a name")
    if parent_id is not None and session.get(Category, parent_id) is None:
        raise NotFound("category_not_found", f"no category with id {parent_id}")
    base = portal_slug(slug or name)
    if not base:
        raise InvalidInput("empty_slug", f"cannot make a slug from {name!r}")

    def taken(candidate: str) -> bool:
        return session.scalar(select(Category.id).where(Category.slug == candidate)) is not None

    siblings = select(func.max(Category.position)).where(_under(parent_id))
    position = (session.scalar(siblings) or 0) + 1
    category = Category(
        name=name, slug=unique_slug(base, taken), parent_id=parent_id, position=position
    )
    session.add(category)
    session.flush()
    return category


def add_category(
    store: Store, actor: Actor, name: str, parent_id: int | None = None
) -> Outcome[CategoryNode]:
    with store.unit() as session:
        require_permission(session, actor, "category.manage")
        category = insert_category(session, name, parent_id)
        append_event(
            session,
            actor=actor.username,
            action="category.create",
            subject=f"category:{category.slug}",
            details={"name": category.name, "parent_id": parent_id},
        )
        return Outcome(_node_of(session, category.id), _CHANGES)


def rename_category(
    store: Store, actor: Actor, category_id: int, name: str
) -> Outcome[CategoryNode]:
    """Renaming keeps the slug: published URLs must not move."""
    with store.unit() as session:
        require_permission(session, actor, "category.manage")
        category = _get(session, category_id)
        new_name = _category_name(name)
        if not new_name:
            raise InvalidInput("empty_name", "a category needs a name")
        old_name, category.name = category.name, new_name
        append_event(
            session,
            actor=actor.username,
            action="category.rename",
            subject=f"category:{category.slug}",
            details={"from": old_name, "to": new_name},
        )
        session.flush()
        return Outcome(_node_of(session, category.id), _CHANGES)


def move_category(
    store: Store, actor: Actor, category_id: int, new_parent_id: int | None, position: int
) -> Outcome[CategoryNode]:
    """Put a category under `new_parent_id` (None: top level) at `position` among its siblings."""
    with store.unit() as session:
        require_permission(session, actor, "category.manage")
        category = _get(session, category_id)
        ancestor = new_parent_id
        while ancestor is not None:
            if ancestor == category.id:
                raise InvalidInput("category_cycle", "a category cannot move under itself")
            ancestor = _get(session, ancestor).parent_id
        siblings = [
            c
            for c in session.scalars(
                select(Category)
                .where(_under(new_parent_id))
                .order_by(Category.position, Category.id)
            )
            if c.id != category.id
        ]
        siblings.insert(max(0, min(position, len(siblings))), category)
        category.parent_id = new_parent_id
        for index, sibling in enumerate(siblings, start=1):
            sibling.position = index
        append_event(
            session,
            actor=actor.username,
            action="category.move",
            subject=f"category:{category.slug}",
            details={"parent_id": new_parent_id, "position": position},
        )
        session.flush()
        return Outcome(_node_of(session, category.id), _CHANGES)


def _under(parent_id: int | None) -> ColumnElement[bool]:
    if parent_id is None:
        return Category.parent_id.is_(None)
    return Category.parent_id == parent_id


def _get(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise NotFound("category_not_found", f"no category with id {category_id}")
    return category


def _node_of(session: Session, category_id: int) -> CategoryNode:
    return next(n for n in _nodes(session) if n.id == category_id)
