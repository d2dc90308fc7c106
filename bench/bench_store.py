"""Store figures on a big corpus (see bench/corpus.py), each beside its floor from the same run.

    python bench/bench_store.py --database sqlite:////tmp/big.sqlite3 [--rounds 15]

- search: the first 50 hits through services.search_articles, against the raw FTS5 query;
- the article list: opening the category sorted by each column (one page of 200 rows,
  plus the total count), against the same SQL run with the sqlite3 module alone;
- category counts for the tree.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable

from danvan_desktop.services import articles, categories
from danvan_desktop.services.search import search_articles
from danvan_desktop.services.store import open_store
from danvan_desktop.store.engine import sqlite_path
from danvan_desktop.vietnamese import fold

PAGE = 200


def timed(function: Callable[[], object], rounds: int) -> tuple[float, float, float]:
    samples = []
    function()  # warm caches: we measure a desk that has been open, not a cold disk
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return min(samples), statistics.median(samples), max(samples)


def show(
    name: str, figures: tuple[float, float, float], floor: tuple[float, float, float] | None
) -> None:
    line = f"{name:<44} {figures[0]:8.2f} {figures[1]:8.2f} {figures[2]:8.2f} ms"
    if floor is not None:
        line += f"   floor {floor[1]:7.2f} ms   ratio {figures[1] / max(floor[1], 1e-6):5.1f}×"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    store = open_store(args.database)
    path = sqlite_path(store.engine)
    raw = sqlite3.connect(path) if path else None
    category = max(categories.list_categories(store), key=lambda c: c.article_count)
    print(f"{category.article_count} articles in {category.name!r}; min / median / max")

    for query in ("dan van", "Quỳnh Lưu", "đảng"):
        for order in ("newest", "best"):
            figures = timed(
                lambda q=query, o=order: search_articles(store, q, order=o), args.rounds
            )
            floor = None
            if raw is not None:  # the raw FTS5 query of the same words, newest first
                fts = " ".join(f'"{w}"' for w in fold(query).split())
                floor = timed(
                    lambda f=fts: raw.execute(
                        "SELECT article_id FROM article_search WHERE article_search MATCH ? "
                        "ORDER BY rowid DESC LIMIT 50",
                        (f,),
                    ).fetchall(),
                    args.rounds,
                )
            show(f"search {query!r} ({order}) first 50", figures, floor)

    columns = {
        "title": "title_sort_key",
        "status": "status",
        "author": "author_sort_key",
        "updated": "updated_at",
    }
    for sort, column in columns.items():
        figures = timed(
            lambda s=sort: articles.list_articles(
                store, category_id=category.id, sort=s, limit=PAGE
            ),
            args.rounds,
        )
        floor = None
        if raw is not None:

            def sql_alone(c: str = column) -> None:
                raw.execute(
                    "SELECT count(*) FROM articles WHERE category_id = ?", (category.id,)
                ).fetchall()
                raw.execute(
                    "SELECT a.id, a.title, a.status, a.author_name, a.category_id, c.name, "
                    "a.updated_at, u.username FROM articles a "
                    "JOIN categories c ON c.id = a.category_id "
                    "JOIN users u ON u.id = a.created_by WHERE a.category_id = ? "
                    f"ORDER BY a.{c} DESC, a.id DESC LIMIT ?",
                    (category.id, PAGE),
                ).fetchall()

            floor = timed(sql_alone, args.rounds)
        show(f"open category sorted by {sort} ({PAGE} rows)", figures, floor)
    show(
        "category tree with counts",
        timed(lambda: categories.list_categories(store), args.rounds),
        None,
    )


if __name__ == "__main__":
    main()
