"""Two editors on one article: locks say who is editing; the version check keeps every text."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from danvan_desktop.errors import Conflict, PermissionDenied
from danvan_desktop.services import articles, locks
from danvan_desktop.services.dto import Actor, ArticleFields
from danvan_desktop.services.store import Store, open_store
from danvan_desktop.store import models
from danvan_desktop.store.clock import database_now
from danvan_desktop.store.models import ArticleLock, Revision
from tests.conftest import Team


@pytest.fixture
def article_id(store: Store, team: Team) -> str:
    fields = ArticleFields(title="Bài viết chung", body="Bản đầu.", category_slug=team.category)
    return articles.create_article(store, team.editor, fields).value.id


def _edited(store: Store, article_id: str, body: str) -> tuple[ArticleFields, int]:
    detail = articles.get_article(store, article_id)
    return ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": body}), detail.version


def test_a_live_lock_names_its_holder(store: Store, team: Team, article_id: str) -> None:
    mine = locks.acquire_lock(store, team.editor, article_id)
    assert mine.mine and mine.username == "bientap"
    with pytest.raises(Conflict) as busy:
        locks.acquire_lock(store, team.editor2, article_id)
    assert busy.value.params["holder"] == "bientap"
    holder = locks.lock_holder(store, team.editor2, article_id)
    assert holder is not None and holder.username == "bientap" and not holder.mine


def test_a_lock_expires_without_heartbeats(store: Store, team: Team, article_id: str) -> None:
    locks.acquire_lock(store, team.editor, article_id)
    with store.unit() as session:
        lock = session.scalar(select(ArticleLock))
        session.execute(
            update(ArticleLock).values(
                heartbeat_at=lock.heartbeat_at - locks.LOCK_TTL - timedelta(seconds=1)
            )
        )
    assert locks.lock_holder(store, team.editor2, article_id) is None
    assert locks.acquire_lock(store, team.editor2, article_id).mine


def _pc_clock_off_by(monkeypatch: pytest.MonkeyPatch, skew: timedelta) -> None:
    """This PC's clock runs `skew` away from the database server's (wherever it is read)."""

    def skewed() -> datetime:
        return datetime.now(UTC) + skew

    original = models.utcnow
    for name, module in list(sys.modules.items()):
        if name.startswith("danvan_desktop") and getattr(module, "utcnow", None) is original:
            monkeypatch.setattr(module, "utcnow", skewed)


def test_a_pc_whose_clock_runs_ahead_still_sees_a_live_lock(
    store: Store, team: Team, article_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    locks.acquire_lock(store, team.editor, article_id)  # a PC on time
    _pc_clock_off_by(monkeypatch, timedelta(minutes=10))
    holder = locks.lock_holder(store, team.editor2, article_id)
    assert holder is not None and holder.username == "bientap"
    with pytest.raises(Conflict):
        locks.acquire_lock(store, team.editor2, article_id)


def test_a_pc_whose_clock_runs_behind_sees_an_expired_lock_expire(
    store: Store, team: Team, article_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    locks.acquire_lock(store, team.editor, article_id)
    with store.unit() as session:  # the holder went away a TTL ago, by the server's clock
        gone = database_now(session) - locks.LOCK_TTL - timedelta(seconds=1)
        session.execute(update(ArticleLock).values(heartbeat_at=gone))
    _pc_clock_off_by(monkeypatch, -timedelta(minutes=10))
    assert locks.lock_holder(store, team.editor2, article_id) is None
    assert locks.acquire_lock(store, team.editor2, article_id).mine


def test_heartbeats_are_written_by_the_database_clock(
    store: Store, team: Team, article_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pc_clock_off_by(monkeypatch, timedelta(hours=2))
    info = locks.acquire_lock(store, team.editor, article_id)
    with store.unit() as session:
        server = database_now(session)
    assert abs(server - info.heartbeat_at) < timedelta(seconds=30)
    assert abs(server - info.acquired_at) < timedelta(seconds=30)
    _pc_clock_off_by(monkeypatch, -timedelta(hours=2))  # the holder's PC on time again
    assert locks.lock_holder(store, team.editor2, article_id) is not None


def test_take_over_by_the_articles_editor_or_an_admin(
    store: Store, team: Team, article_id: str
) -> None:
    locks.acquire_lock(store, team.editor2, article_id)
    with pytest.raises(PermissionDenied):
        locks.acquire_lock(store, team.reviewer, article_id, take_over=True)
    assert locks.acquire_lock(store, team.editor, article_id, take_over=True).mine
    with pytest.raises(Conflict):
        locks.heartbeat(store, team.editor2, article_id)  # the old holder learns it lost
    assert locks.acquire_lock(store, team.admin, article_id, take_over=True).mine
    locks.release_lock(store, team.admin, article_id)
    assert locks.lock_holder(store, team.editor, article_id) is None


def test_two_desks_taking_a_free_lock_at_once_one_wins_the_other_sees_the_holder(
    store: Store, team: Team, article_id: str, database_url: str
) -> None:
    desks = [(open_store(database_url), team.editor), (open_store(database_url), team.editor2)]
    start = threading.Barrier(2)

    def take(desk: tuple[Store, Actor]) -> str:
        desk_store, actor = desk
        start.wait(timeout=30)
        try:
            locks.acquire_lock(desk_store, actor, article_id)
        except Conflict as refused:
            assert refused.code == "locked_by_other"
            return "refused by " + refused.params["holder"]
        return "won"

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for _ in range(40):
                with store.unit() as session:
                    session.execute(delete(ArticleLock))
                outcomes = list(pool.map(take, desks))
                assert sorted(outcomes) in (
                    ["refused by bientap", "won"],
                    ["refused by bientap2", "won"],
                ), outcomes
                winner = desks[outcomes.index("won")][1].username
                assert outcomes[1 - outcomes.index("won")] == "refused by " + winner
    finally:
        for desk_store, _ in desks:
            desk_store.close()


def test_the_losing_save_is_kept_as_a_conflict_revision(
    store: Store, team: Team, article_id: str
) -> None:
    first, version = _edited(store, article_id, "Bản của người thứ nhất.")
    second, _ = _edited(store, article_id, "Bản của người thứ hai.")
    articles.save_article(store, team.editor, article_id, first, version)
    with pytest.raises(Conflict) as lost:
        articles.save_article(store, team.editor2, article_id, second, version)
    number = lost.value.params["conflict_revision"]
    with store.unit() as session:
        kept = session.scalar(
            select(Revision).where(Revision.article_id == article_id, Revision.number == number)
        )
        assert kept is not None and kept.kind == "conflict"
        assert kept.fields["body"] == "Bản của người thứ hai."
    assert articles.get_article(store, article_id).fields.body == "Bản của người thứ nhất."


CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from danvan_desktop.errors import Conflict
    from danvan_desktop.services import articles
    from danvan_desktop.services.dto import Actor, ArticleFields
    from danvan_desktop.services.store import open_store

    url, article_id, actor_json, body, folder = sys.argv[1:6]
    actor_data = json.loads(actor_json)
    actor = Actor(actor_data["id"], actor_data["username"], "", frozenset(actor_data["roles"]))
    store = open_store(url)
    detail = articles.get_article(store, article_id)
    fields = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": body})
    Path(folder, actor.username + ".ready").touch()
    while not Path(folder, "go").exists():
        time.sleep(0.005)
    try:
        articles.save_article(store, actor, article_id, fields, detail.version)
        print(json.dumps({"saved": True}))
    except Conflict as conflict:
        print(json.dumps({"saved": False, "kept": conflict.params["conflict_revision"]}))
    """
)


def test_two_processes_saving_at_once_lose_nothing(
    store: Store, team: Team, article_id: str, database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "race"
    folder.mkdir()
    children = []
    for actor, body in ((team.editor, "Văn bản A."), (team.editor2, "Văn bản B.")):
        actor_json = json.dumps(
            {"id": actor.id, "username": actor.username, "roles": sorted(actor.roles)}
        )
        children.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    CHILD,
                    database_url,
                    article_id,
                    actor_json,
                    body,
                    str(folder),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    deadline = time.monotonic() + 60
    while len(list(folder.glob("*.ready"))) < 2:
        assert time.monotonic() < deadline, "children never got ready"
        assert all(c.poll() is None for c in children), children[0].communicate()
        time.sleep(0.01)
    (folder / "go").touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(r["saved"] for r in results) == [False, True]
    winner_body = "Văn bản A." if results[0]["saved"] else "Văn bản B."
    loser_body = "Văn bản B." if results[0]["saved"] else "Văn bản A."
    assert articles.get_article(store, article_id).fields.body == winner_body
    kept_number = next(r["kept"] for r in results if not r["saved"])
    with store.unit() as session:
        kept = session.scalar(
            select(Revision).where(
                Revision.article_id == article_id, Revision.number == kept_number
            )
        )
        assert kept is not None and kept.fields["body"] == loser_body
