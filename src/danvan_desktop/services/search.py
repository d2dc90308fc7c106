"""Searching every article: folded full-text matching, exact diacritics ranked first."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select

from danvan_desktop.services.store import Store
from danvan_desktop.store import search_index
from danvan_desktop.store.models import Article, Category
from danvan_desktop.vietnamese import fold, match_rank
from danvan_desktop.vietnamese.search import EXACT
from danvan_desktop.workflow import ArticleStatus

DEFAULT_LIMIT = 50
# "best" re-ranks a window of the index's best hits by diacritic agreement in the title.
RERANK_WINDOW = 2


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str
    sapo: str
    status: ArticleStatus
    category_name: str
    updated_at: datetime
    rank: float  # best order: 1.0 when the title holds the query with exactly its diacritics


def search_articles(
    store: Store,
    query: str,
    *,
    order: Literal["best", "newest"] = "best",
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    window = limit * RERANK_WINDOW if order == "best" else limit
    with store.unit() as session:
        ids = search_index.ranked_ids(session, query, limit=window, order=order)
        if not ids:
            return []
        rows = {
            row.id: row
            for row in session.execute(
                select(
                    Article.id,
                    Article.title,
                    Article.sapo,
                    Article.status,
                    Article.updated_at,
                    Category.name.label("category_name"),
                )
                .join(Category, Article.category_id == Category.id)
                .where(Article.id.in_(ids))
            )
        }
    # Diacritic agreement only matters when the user typed diacritics.
    rerank = order == "best" and fold(query) != " ".join(query.casefold().split())
    exact = unicodedata.normalize("NFC", query).casefold()
    hits = []
    for position, article_id in enumerate(ids):
        row = rows[article_id]
        rank = _title_rank(exact, query, row.title) if rerank else 0.0
        hit = SearchHit(
            row.id,
            row.title,
            row.sapo,
            ArticleStatus(row.status),
            row.category_name,
            row.updated_at,
            rank,
        )
        hits.append((position, hit))
    if rerank:
        hits.sort(key=lambda item: (-item[1].rank, item[0]))
    return [hit for _, hit in hits[:limit]]


def _title_rank(exact_query: str, query: str, title: str) -> float:
    if exact_query in title.casefold():
        return EXACT  # the common case, without aligning letter by letter
    return match_rank(query, title)
