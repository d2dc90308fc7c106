"""Full-text search over folded text: SQLite FTS5 or a PostgreSQL tsvector with GIN.

Both index `fold(text)` (marks removed, đ → d, case folded), so "dan van" finds
"dân vận" and "dang" finds "Đảng" on either backend; the caller re-ranks the hits
so that matches with the right diacritics come first.
"""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import ColumnElement, column, select, table, text
from sqlalchemy.orm import Session

from danvan_desktop.vietnamese import fold

_WORD = re.compile(r"[0-9a-z]+")
search_table = table("article_search", column("article_id"))


def index_article(session: Session, article_id: str, title: str, body: str) -> None:
    """(Re)index one article's title and the rest of its text."""
    remove_article(session, article_id)
    folded_title, folded_body = fold(title), fold(body)
    if _is_sqlite(session):
        session.execute(
            text("INSERT INTO article_search (article_id, title, body) VALUES (:i, :t, :b)"),
            {"i": article_id, "t": folded_title, "b": folded_body},
        )
    else:
        session.execute(
            text(
                "INSERT INTO article_search (article_id, document) VALUES (:i, "
                "setweight(to_tsvector('simple', :t), 'A') || "
                "setweight(to_tsvector('simple', :b), 'B'))"
            ),
            {"i": article_id, "t": folded_title, "b": folded_body},
        )


def remove_article(session: Session, article_id: str) -> None:
    session.execute(text("DELETE FROM article_search WHERE article_id = :i"), {"i": article_id})


def query_words(query: str) -> list[str]:
    """The folded words of a query; punctuation and FTS syntax are dropped."""
    return _WORD.findall(fold(query))


def matching_ids(session: Session, query: str) -> ColumnElement[bool] | None:
    """A condition on `articles.id` selecting the articles that hold every query word.

    The last word matches as a prefix, so the list narrows as the user types.
    None when the query has no words.
    """
    words = query_words(query)
    if not words:
        return None
    from danvan_desktop.store.models import Article

    if _is_sqlite(session):
        fts = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        ids = select(search_table.c.article_id).where(text("article_search MATCH :fts"))
        return Article.id.in_(ids.params(fts=fts.strip()))
    tsquery = " & ".join([*words[:-1], f"{words[-1]}:*"])
    ids = select(search_table.c.article_id).where(text("document @@ to_tsquery('simple', :tsq)"))
    return Article.id.in_(ids.params(tsq=tsquery))


def ranked_ids(
    session: Session, query: str, *, limit: int, order: Literal["best", "newest"]
) -> list[str]:
    """Article ids matching `query`: best (title hits weigh more) or newest first."""
    words = query_words(query)
    if not words:
        return []
    if _is_sqlite(session):
        fts = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        ordering = (
            "bm25(article_search, 0.0, 10.0, 1.0)" if order == "best" else "a.updated_at DESC"
        )
        statement = text(
            "SELECT s.article_id FROM article_search s JOIN articles a ON a.id = s.article_id "
            f"WHERE article_search MATCH :q ORDER BY {ordering} LIMIT :n"
        )
        params: dict[str, object] = {"q": fts.strip(), "n": limit}
    else:
        tsquery = " & ".join([*words[:-1], f"{words[-1]}:*"])
        ordering = (
            "ts_rank(s.document, to_tsquery('simple', :q)) DESC"
            if order == "best"
            else "a.updated_at DESC"
        )
        statement = text(
            "SELECT s.article_id FROM article_search s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.document @@ to_tsquery('simple', :q) ORDER BY {ordering} LIMIT :n"
        )
        params = {"q": tsquery, "n": limit}
    return [row[0] for row in session.execute(statement, params)]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
