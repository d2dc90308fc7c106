"""Plain frozen data that services hand to the GUI and the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from danvan_desktop.workflow import ArticleStatus, Role

T = TypeVar("T")


class Change(StrEnum):
    """What a write changed, so that views refresh only that."""

    USERS = "users"
    CATEGORIES = "categories"
    ARTICLE_LIST = "article_list"
    ARTICLE = "article"
    COMMENTS = "comments"
    AUDIT = "audit"
    MEDIA = "media"


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    value: T
    changes: frozenset[Change]


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    roles: tuple[Role, ...]
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True, slots=True)
class CategoryNode:
    id: int
    parent_id: int | None
    name: str
    slug: str
    position: int
    article_count: int
    path: tuple[str, ...]  # names from the root down to this category


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str
    status: ArticleStatus
    author_name: str
    category_id: int
    category_name: str
    updated_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class ArticleFields:
    """The editable content of an article: what a revision snapshots."""

    title: str
    sapo: str = ""
    body: str = ""
    author_name: str = ""
    author_position: str = ""
    source: str = ""
    category_slug: str = ""
    tags: tuple[str, ...] = ()
    feature_image: str | None = None
    feature_caption: str = ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tags"] = list(self.tags)
        return data


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    id: str
    fields: ArticleFields
    slug: str
    status: ArticleStatus
    category_id: int
    category_name: str
    category_path: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    created_by: str
    last_edited_by: str
    version: int
    current_hash: str
    approved_hash: str | None
    approved_by: str | None
    approved_at: datetime | None
    submitted_by: str | None
    submitted_at: datetime | None
    publish_at: datetime | None
    revision_count: int

    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def approval_valid(self) -> bool:
        return self.approved_hash is not None and self.approved_hash == self.current_hash


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """One page of the article list, sorted and filtered in the store."""

    rows: tuple[ArticleSummary, ...]
    total: int


@dataclass(frozen=True, slots=True)
class AuditReport:
    events: int
    head_hash: str
    broken_at: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


@dataclass(frozen=True, slots=True)
class StoreInfo:
    backend: str  # "sqlite" or "postgresql"
    location: str  # file path, or host/database
    schema_revision: str | None
    extra: dict[str, str] = field(default_factory=dict)
