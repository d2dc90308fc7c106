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
RANK_CAP = 500
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
    """Article ids matching `query`: newest or best (title hits weigh more) first.

    Newest walks the index in the order articles were last (re)indexed, which is the
    order they were last saved, and stops after `limit`: fast however many match. Best
    ranks only the newest `RANK_CAP` matches, so a word found in every article of a
    100,000-article archive still answers quickly.
    """
    words = query_words(query)
    if not words:
        return []
    if _is_sqlite(session):
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        newest = (
            "SELECT article_id, rowid FROM article_search WHERE article_search MATCH :q "
            "ORDER BY rowid DESC LIMIT :n"
        )
        if order == "newest":
            statement, params = newest, {"q": match.strip(), "n": limit}
        else:
            statement = (
                "SELECT article_id FROM (SELECT article_id, "
                "bm25(article_search, 0.0, 10.0, 1.0) AS score FROM article_search "
                "WHERE article_search MATCH :q ORDER BY rowid DESC LIMIT :cap) "
                "ORDER BY score LIMIT :n"
            )
            params = {"q": match.strip(), "cap": RANK_CAP, "n": limit}
    else:
        tsquery = " & ".join([*words[:-1], f"{words[-1]}:*"])
        if order == "newest":
            statement = (
                "SELECT article_id FROM article_search "
                "WHERE document @@ to_tsquery('simple', :q) ORDER BY seq DESC LIMIT :n"
            )
            params = {"q": tsquery, "n": limit}
        else:
            statement = (
                "SELECT article_id FROM (SELECT article_id, "
                "ts_rank(document, to_tsquery('simple', :q)) AS score FROM article_search "
                "WHERE document @@ to_tsquery('simple', :q) ORDER BY seq DESC LIMIT :cap) ranked "
                "ORDER BY score DESC LIMIT :n"
            )
            params = {"q": tsquery, "cap": RANK_CAP, "n": limit}
    return [row[0] for row in session.execute(text(statement), params)]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
