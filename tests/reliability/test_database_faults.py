"""Faults of the machine become coded errors, the store survives them, and the write can be retried.

Full disk (a file-size limit in a child process, and a real small filesystem
where mounting is allowed), a read-only database file, another process holding
the write lock past the busy timeout, and a PostgreSQL server stopped and
restarted under an open store.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from danvan_desktop.errors import DanvanError
from danvan_desktop.services import articles, setup, users, working_copies
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import open_store
from danvan_desktop.store.backups import quick_check
from tests.conftest import TEST_PASSWORD
from tests.reliability.conftest import child_env
from tests.reliability.faults import (
    fill,
    locked,
    own_postgres_server,
    read_only,
    small_filesystem,
)


def _longer(fields: ArticleFields, words: int) -> ArticleFields:
    return ArticleFields(
        **{**fields.as_dict(), "tags": fields.tags, "body": fields.body + " thêm" * words}
    )


FULL_DISK_CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    from danvan_desktop.errors import DanvanError
    from danvan_desktop.services import articles, users
    from danvan_desktop.services.dto import ArticleFields
    from danvan_desktop.services.store import open_store

    store = open_store(sys.argv[1])
    admin = users.authenticate(store, "admin", sys.argv[2])
    detail = articles.get_article(store, sys.argv[3])
    body = detail.fields.body + " thêm" * 60000  # ~300 KB: more than the limit lets through
    fields = ArticleFields(**{**detail.fields.as_dict(), "tags": (), "body": body})
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death, as on a full disk
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        articles.save_article(store, admin, detail.id, fields, detail.version)
        print("saved despite the limit")
    except DanvanError as error:
        print("refused", error.code)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    saved = articles.save_article(store, admin, detail.id, fields, detail.version).value
    print("retried", saved.version, len(saved.fields.body) == len(body))
    """
)


def test_a_file_size_limit_refuses_the_save_with_a_code_and_the_retry_succeeds(office) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CHILD, office.url, TEST_PASSWORD, office.sample_id],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    # EFBIG reaches SQLite as a failed write (SQLITE_IOERR_WRITE); ENOSPC as SQLITE_FULL.
    assert lines[0] in ("refused disk_error", "refused disk_full"), lines
    assert lines[1] == "retried 2 True"
    assert quick_check(office.database) == "ok"


def test_a_full_filesystem_is_disk_full_and_space_freed_lets_the_save_through(
    data_home: Path,
) -> None:
    with small_filesystem(4096) as mounted:
        store = open_store(f"sqlite:///{mounted / 'danvan.sqlite3'}")
        try:
            setup.initialise(store, "admin", TEST_PASSWORD)
            admin = users.authenticate(store, "admin", TEST_PASSWORD)
            detail = articles.list_articles(store).rows[0]
            current = articles.get_article(store, detail.id)
            fields = _longer(current.fields, 40_000)
            filler = fill(mounted)
            with pytest.raises(DanvanError) as refused:
                articles.save_article(store, admin, current.id, fields, current.version)
            assert refused.value.code == "disk_full"
            filler.unlink()
            saved = articles.save_article(store, admin, current.id, fields, current.version)
            assert saved.value.fields.body == fields.body
        finally:
            store.close()
        assert quick_check(mounted / "danvan.sqlite3") == "ok"


def test_a_read_only_database_opens_refuses_writes_with_a_code_and_takes_them_once_writable(
    office,
) -> None:
    detail = articles.get_article(open_store(office.url), office.sample_id)
    fields = _longer(detail.fields, 3)
    with read_only(office.database):
        store = open_store(office.url)
        assert articles.get_article(store, office.sample_id).version == detail.version
        with pytest.raises(DanvanError) as refused:
            working_copies.save_working_copy(store, office.admin, detail.id, 1, fields)
        assert refused.value.code == "database_read_only"
    try:  # writable again: the same open store takes the retry
        working_copies.save_working_copy(store, office.admin, detail.id, 1, fields)
        assert working_copies.load_working_copy(store, office.admin, detail.id).fields == fields
    finally:
        store.close()


def test_a_database_locked_past_the_busy_timeout_is_database_locked_then_saves(office) -> None:
    store = open_store(office.url)
    try:
        detail = articles.get_article(store, office.sample_id)
        fields = _longer(detail.fields, 3)
        with locked(office.database):
            with pytest.raises(DanvanError) as refused:
                articles.save_article(store, office.admin, detail.id, fields, detail.version)
            assert refused.value.code == "database_locked"
        saved = articles.save_article(store, office.admin, detail.id, fields, detail.version)
        assert saved.value.version == detail.version + 1
    finally:
        store.close()


# PostgreSQL restarted under an open store ------------------------------------------------


@pytest.fixture
def own_postgres():
    with own_postgres_server() as server:
        yield server


@pytest.mark.postgres
def test_postgresql_restarted_under_an_open_store(own_postgres) -> None:
    server = own_postgres
    store = open_store(server.url)
    try:
        setup.initialise(store, "admin", TEST_PASSWORD)
        admin = users.authenticate(store, "admin", TEST_PASSWORD)
        detail = articles.get_article(store, articles.list_articles(store).rows[0].id)
        fields = _longer(detail.fields, 3)

        server.restart()  # every pooled connection is now dead
        working_copies.save_working_copy(store, admin, detail.id, detail.version, fields)

        server.stop()
        with pytest.raises(DanvanError) as refused:
            articles.save_article(store, admin, detail.id, fields, detail.version)
        assert refused.value.code == "database_unavailable"

        server.start()
        saved = articles.save_article(store, admin, detail.id, fields, detail.version)
        assert saved.value.fields.body == fields.body
    finally:
        store.close()
