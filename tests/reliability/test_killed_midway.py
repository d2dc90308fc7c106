"""`danvan export`, `danvan import` and a migration killed with SIGKILL leave nothing half-done.

Each command runs as a real process on a real data directory and is killed at
random moments inside the time one uninterrupted run takes (measured first, on
a copy, so the kills land in the work and not only in start-up). Afterwards:

- export: at the destination, a whole package that verifies (and the database
  records it as exported) or no package; only `.part` files beside it, and the
  next export sweeps them once stale;
- import: every imported article is whole (its revision and its import event
  with it), the database checks out, and running the batch again imports each
  file exactly once;
- migration: the database still opens, at the old schema or the new, with every
  row; once it has moved, a checked backup from before the migration exists.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from danvan_desktop import config
from danvan_desktop.portal import read_package, signing
from danvan_desktop.services import articles, review, users
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.setup import sample_fields
from danvan_desktop.services.store import open_store
from danvan_desktop.store.backups import list_backups, quick_check
from tests.conftest import TEST_PASSWORD
from tests.reliability.conftest import danvan, kill_group

KILLS = 5
MIGRATION_KILLS = 3  # each also finishes the migration in-process: the slowest of the three
PASSPHRASE = "khóa-bí-mật-2026"


def _run_to_the_end(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    started = time.monotonic()
    process = danvan(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err[-2000:]
    return time.monotonic() - started, subprocess.CompletedProcess(args, 0, out, err)


def _kill_after(seconds: float, *args: str) -> None:
    process = danvan(*args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=seconds)
    kill_group(process)


def _count(database: Path, sql: str, *params: object) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql, params).fetchone()[0]


# export -----------------------------------------------------------------------------------


def _approved_articles(office, count: int) -> list[str]:
    store = open_store(office.url)
    try:
        add = users.add_user
        add(store, office.admin, "bientap", TEST_PASSWORD, ["editor"])
        add(store, office.admin, "duyet", TEST_PASSWORD, ["reviewer"])
        add(store, office.admin, "xuatban", TEST_PASSWORD, ["publisher"])
        editor = users.authenticate(store, "bientap", TEST_PASSWORD)
        reviewer = users.authenticate(store, "duyet", TEST_PASSWORD)
        sample = sample_fields()
        category = articles.get_article(store, office.sample_id).fields.category_slug
        ids = []
        for number in range(count):
            fields = ArticleFields(
                **{**sample.as_dict(), "tags": (), "category_slug": category,
                   "title": f"{sample.title} (kỳ {number + 1})"}
            )  # fmt: skip
            detail = articles.create_article(store, editor, fields).value
            review.submit_for_review(store, editor, detail.id)
            review.approve(store, reviewer, detail.id)
            ids.append(detail.id)
        return ids
    finally:
        store.close()


def test_killed_exports_leave_a_whole_package_or_none(office, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(signing.PASSPHRASE_VARIABLE, PASSPHRASE)
    signing.generate_key(PASSPHRASE)
    public = signing.load_public_key()
    ids = _approved_articles(office, 40)
    command = ("export", *ids, "--as", "xuatban")  # published ones are sent again
    out = tmp_path / "to-portal"
    out.mkdir()

    # Calibrate on a copy of the data directory, so the real one is still all "approved".
    calibration = tmp_path / "calibration-home"
    shutil.copytree(office.home, calibration)
    monkeypatch.setenv("DANVAN_HOME", str(calibration))
    whole_run, _ = _run_to_the_end(*command, "--out", str(tmp_path / "calibration.zip"))
    monkeypatch.setenv("DANVAN_HOME", str(office.home))

    chance = random.Random(20261126)
    outcomes = []
    for attempt in range(KILLS):
        target = out / f"goi-{attempt}.zip"
        _kill_after(chance.uniform(0.3, 1.0) * whole_run, *command, "--out", str(target))
        assert quick_check(office.database) == "ok"
        assert {p.suffix for p in out.iterdir() if not p.name.startswith("goi-")} <= {".part"}
        if target.exists():
            package_id = read_package(target, public).manifest["package_id"]  # verifies it all
            events = "SELECT count(*) FROM audit_events WHERE action = ? AND subject = ?"
            assert _count(office.database, events, "package.export", f"package:{package_id}")
            outcomes.append("whole")
        else:
            outcomes.append("none")
    leftovers = [p for p in out.iterdir() if p.suffix == ".part"]
    for stale in leftovers:  # a day later, the next export sweeps them
        os.utime(stale, (time.time() - 2 * 86400,) * 2)
    _run_to_the_end(*command, "--out", str(out / "goi-cuoi.zip"))
    assert not [p for p in out.iterdir() if p.suffix == ".part"], outcomes
    assert read_package(out / "goi-cuoi.zip", public).manifest["articles"]


# import -----------------------------------------------------------------------------------


def test_a_killed_import_leaves_whole_articles_and_the_rest_imports_once(office, tmp_path) -> None:
    batch = tmp_path / "bai-gui-ve"
    batch.mkdir()
    body = sample_fields().body
    files = 120
    for number in range(files):
        text = f"# Tin từ cơ sở số {number + 1}\n\nTóm tắt số {number + 1}.\n\n{body}\n"
        (batch / f"tin-{number + 1:03}.md").write_text(text, encoding="utf-8")
    store = open_store(office.url)
    try:
        users.add_user(store, office.admin, "bientap", TEST_PASSWORD, ["editor"])
        category = articles.get_article(store, office.sample_id).fields.category_slug
    finally:
        store.close()
    command = ("import", str(batch), "--category", category, "--as", "bientap")

    calibration = tmp_path / "calibration-home"
    shutil.copytree(office.home, calibration)
    env_home = os.environ["DANVAN_HOME"]
    os.environ["DANVAN_HOME"] = str(calibration)
    try:
        whole_run, _ = _run_to_the_end(*command)
    finally:
        os.environ["DANVAN_HOME"] = env_home

    chance = random.Random(26112026)
    imported = "SELECT count(*) FROM audit_events WHERE action = 'article.import'"
    created = "SELECT count(*) FROM articles WHERE id != ?"
    without_revision = (
        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM revisions r WHERE r.article_id = a.id)"
    )
    for _attempt in range(KILLS):
        _kill_after(chance.uniform(0.2, 0.8) * whole_run, *command)
        assert quick_check(office.database) == "ok"
        assert _count(office.database, without_revision) == 0
        # One import event per article, none without its article and none the other way.
        assert _count(office.database, created, office.sample_id) == _count(
            office.database, imported
        )
    _run_to_the_end(*command)
    assert _count(office.database, imported) == files
    assert _count(office.database, created, office.sample_id) == files


# migration --------------------------------------------------------------------------------


def _old_schema_database(path: Path, rows: int) -> None:
    """A database at schema 0001 (as an earlier release left it) holding `rows` articles."""
    from alembic import command

    from danvan_desktop.store.engine import make_engine
    from danvan_desktop.store.schema import _alembic_config

    engine = make_engine(f"sqlite:///{path}")
    settings = _alembic_config()
    with engine.begin() as connection:
        settings.attributes["connection"] = connection
        command.upgrade(settings, "0001")
    engine.dispose()
    body = sample_fields().body.replace("'", "''")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO users (id, username, display_name, password_hash, active, "
            "failed_logins, created_at) VALUES (1, 'bientap', 'B', 'x', 1, 0, '2026-01-01')"
        )
        connection.execute(
            "INSERT INTO categories (id, name, slug, position, created_at) "
            "VALUES (1, 'Tin hoạt động', 'tin-hoat-dong', 1, '2026-01-01')"
        )
        connection.executemany(
            "INSERT INTO articles (id, title, title_sort_key, slug, sapo, body, author_name, "
            "author_sort_key, author_position, source, category_id, tags, feature_caption, "
            "search_text, status, created_at, updated_at, created_by, last_edited_by, "
            "current_hash, version) VALUES (?, ?, 'k', ?, 'Tóm tắt', ?, '', '', '', '', 1, "
            "'[]', '', 'x', 'draft', '2026-01-01', '2026-01-01', 1, 1, 'h', 1)",
            [(f"a{n}", f"Bài số {n}", f"bai-{n}", body) for n in range(rows)],
        )


def test_a_killed_migration_leaves_a_database_that_opens_with_every_row(office) -> None:
    rows = 300
    database = config.data_dir() / "cu.sqlite3"
    _old_schema_database(database, rows)
    pristine = database.with_name("cu-pristine.sqlite3")
    shutil.copyfile(database, pristine)
    url = f"sqlite:///{database}"
    whole_run, _ = _run_to_the_end("--database", url, "init")

    chance = random.Random(11262026)
    version = "SELECT version_num FROM alembic_version"
    cut_short = 0
    for _attempt in range(MIGRATION_KILLS):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        for backup in list_backups(config.backups_dir()):
            backup.path.unlink()
        shutil.copyfile(pristine, database)
        _kill_after(chance.uniform(0.3, 1.0) * whole_run, "--database", url, "init")
        assert quick_check(database) == "ok"
        with sqlite3.connect(database) as connection:
            schema = connection.execute(version).fetchone()[0]
            assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == rows
        reasons = [b.reason for b in list_backups(config.backups_dir())]
        if schema != "0001":
            assert "before-migration-0001" in reasons
        elif "before-migration-0001" in reasons:
            cut_short += 1  # killed inside the migration's transaction: rolled back whole
        store = open_store(url)  # opens, finishing the migration if it was cut short
        try:
            assert articles.list_articles(store).total == rows
        finally:
            store.close()
    assert cut_short, "no kill landed inside the migration"


@pytest.fixture(autouse=True)
def _password(monkeypatch) -> None:
    monkeypatch.setenv("DANVAN_PASSWORD", TEST_PASSWORD)
