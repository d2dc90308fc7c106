"""Open desks learn what others changed: from the audit log, woken by PostgreSQL at once."""

from __future__ import annotations

import threading
import time

from danvan_desktop.services import articles, changes
from danvan_desktop.services.dto import ArticleFields, Change
from danvan_desktop.services.store import Store
from tests.conftest import Team


def test_changes_since_names_what_and_which_article(store: Store, team: Team) -> None:
    seen = changes.latest_seq(store)
    assert not changes.changes_since(store, seen)
    fields = ArticleFields(title="Tin mới", category_slug=team.category)
    created = articles.create_article(store, team.editor, fields).value
    batch = changes.changes_since(store, seen)
    assert Change.ARTICLE_LIST in batch.changes
    assert batch.article_ids == {created.id}
    assert batch.actors == {"bientap"}
    assert batch.last_seq > seen
    own = changes.changes_since(store, seen, ignore_actor="bientap")
    assert not own and own.last_seq == batch.last_seq


def test_a_waiting_desk_wakes_when_someone_writes(store: Store, team: Team) -> None:
    def write_soon() -> None:
        time.sleep(0.3)
        fields = ArticleFields(title="Tin từ máy khác", category_slug=team.category)
        articles.create_article(store, team.editor2, fields)

    writer = threading.Thread(target=write_soon)
    with changes.change_listener(store) as waiter:
        started = time.monotonic()
        writer.start()
        announced = waiter.wait(timeout=5)
        waited = time.monotonic() - started
    writer.join()
    if store.engine.dialect.name == "postgresql":
        assert announced and waited < 4  # NOTIFY woke us, not the timeout
    else:
        assert not announced  # SQLite has no notifications: the desk polls
    assert changes.changes_since(store, 0).article_ids
