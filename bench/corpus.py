"""Make a large realistic store for benchmarks: N articles of Vietnamese text in one category.

Titles and bodies are recombined from the sample article's sentences, so folding,
sorting and search see real Vietnamese (and "dân vận" is in nearly every article, the
hard case for search). Rows go in with bulk inserts, like an archive migration would;
the app's own services are far too careful (argon2, audit chain) for 100,000 rows.

    python bench/corpus.py --articles 100000 --images 20000 --database sqlite:////tmp/big.sqlite3
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select, text

from danvan_desktop.importers.portal_text import parse_portal_text
from danvan_desktop.resource_files import resource_path
from danvan_desktop.services import setup, users
from danvan_desktop.services.store import Store, open_store
from danvan_desktop.store.hashing import content_hash
from danvan_desktop.store.models import Article, Category, Media, Revision
from danvan_desktop.vietnamese import fold, sort_key

AUTHORS = [
    "Nguyễn Mạnh Khôi",
    "Trần Thị Hoa",
    "Lê Văn Đức",
    "Phạm Thị Ánh",
    "Hồ Sỹ Đông",
    "Đặng Quốc Việt",
    "Bùi Thị Ê-đê",
    "Võ Thành Ưng",
    "Ông Ích Khiêm",
    "Âu Dương Lân",
]
STATUSES = ["draft", "in_review", "changes_requested", "published", "withdrawn"]
CATEGORY_SLUG = "tin-hoat-dong"


def sentences() -> list[str]:
    parsed = parse_portal_text(resource_path("samples", "portal-article.txt").read_text("utf-8"))
    text_ = " ".join((parsed.sapo, *parsed.paragraphs))
    return [s.strip() for s in re.split(r"(?<=[.;:])\s+", text_) if 40 < len(s.strip()) < 400]


def build(store: Store, articles: int, images: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = sentences()
    words = " ".join(pool).split()
    with store.unit() as session:
        admin_id = session.scalar(text("SELECT id FROM users WHERE username = 'admin'"))
        category = session.scalar(select(Category).where(Category.slug == CATEGORY_SLUG))
        category_id = category.id
    start = datetime(2019, 1, 1, tzinfo=UTC)
    image_hashes = []
    batch = 2000
    with store.engine.begin() as connection:
        for offset in range(0, images, batch):
            rows = []
            for n in range(offset, min(images, offset + batch)):
                data = os.urandom(64) + n.to_bytes(4, "big")
                digest = hashlib.sha256(data).hexdigest()
                image_hashes.append(digest)
                rows.append(
                    {
                        "sha256": digest,
                        "mime": "image/jpeg",
                        "size": len(data),
                        "width": 800,
                        "height": 600,
                        "original_name": f"anh-{n}.jpg",
                        "data": data,
                        "created_at": start,
                    }
                )
            connection.execute(insert(Media), rows)
        sqlite = connection.dialect.name == "sqlite"
        for offset in range(0, articles, batch):
            article_rows, revision_rows, search_rows = [], [], []
            for n in range(offset, min(articles, offset + batch)):
                title = " ".join(rng.sample(words, rng.randint(8, 16))).strip(" ,.;:").capitalize()
                sapo = rng.choice(pool)
                body = "\n\n".join(" ".join(rng.sample(pool, 4)) for _ in range(rng.randint(3, 8)))
                author = rng.choice(AUTHORS)
                image = image_hashes[n % len(image_hashes)] if image_hashes and n % 5 == 0 else None
                caption = rng.choice(pool)[:120] if image else ""
                fields = {
                    "title": title,
                    "sapo": sapo,
                    "body": body,
                    "author_name": author,
                    "author_position": "Phóng viên",
                    "source": "",
                    "category_slug": CATEGORY_SLUG,
                    "tags": [],
                    "feature_image": image,
                    "feature_caption": caption,
                }
                digest = content_hash(fields)
                article_id = str(uuid.UUID(int=rng.getrandbits(128)))
                when = start + timedelta(minutes=37 * n)
                status = STATUSES[n % len(STATUSES)]
                article_rows.append(
                    {
                        "id": article_id,
                        "title": title,
                        "title_sort_key": sort_key(title[:160]),
                        "slug": f"bai-{n}",
                        "sapo": sapo,
                        "body": body,
                        "author_name": author,
                        "author_sort_key": sort_key(author),
                        "author_position": "Phóng viên",
                        "source": "",
                        "category_id": category_id,
                        "tags": [],
                        "feature_image": image,
                        "feature_caption": caption,
                        "status": status,
                        "created_at": when,
                        "updated_at": when,
                        "created_by": admin_id,
                        "last_edited_by": admin_id,
                        "current_hash": digest,
                        "version": 1,
                    }
                )
                revision_rows.append(
                    {
                        "article_id": article_id,
                        "number": 1,
                        "content_hash": digest,
                        "fields": fields,
                        "kind": "created",
                        "status": status,
                        "author_id": admin_id,
                        "created_at": when,
                    }
                )
                search_rows.append(
                    {
                        "i": article_id,
                        "t": fold(title),
                        "b": fold(" ".join((sapo, body, author, caption))),
                    }
                )
            connection.execute(insert(Article), article_rows)
            connection.execute(insert(Revision), revision_rows)
            if sqlite:
                statement = (
                    "INSERT INTO article_search (article_id, title, body) VALUES (:i, :t, :b)"
                )
            else:
                statement = (
                    "INSERT INTO article_search (article_id, document) VALUES (:i, "
                    "setweight(to_tsvector('simple', :t), 'A') || "
                    "setweight(to_tsvector('simple', :b), 'B'))"
                )
            connection.execute(text(statement), search_rows)
            print(f"  {min(articles, offset + batch):>7} articles", flush=True)
        if sqlite:
            connection.exec_driver_sql("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--images", type=int, default=20_000)
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    store = open_store(args.database)
    if not users.has_users(store):
        setup.initialise(store, "admin", "bench-password-2026")
    started = time.perf_counter()
    build(store, args.articles, args.images)
    print(
        f"built {args.articles} articles, {args.images} images "
        f"in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
