"""Restoring while another desk has the store open: nothing it saves afterwards may vanish."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from danvan_desktop.cli import main
from danvan_desktop.errors import DanvanError
from danvan_desktop.services import backups
from tests.reliability.conftest import child_env

OTHER_DESK = textwrap.dedent(
    """
    import os, sys
    from danvan_desktop.services import articles, users
    from danvan_desktop.services.dto import ArticleFields
    from danvan_desktop.services.store import open_store

    store = open_store()
    admin = users.authenticate(store, "admin", os.environ["DANVAN_PASSWORD"])
    category = articles.get_article(store, sys.argv[1]).fields.category_slug

    def write(title):
        fields = ArticleFields(title=title, body="Nội dung.", category_slug=category)
        articles.create_article(store, admin, fields)

    write("Bài viết trước khi khôi phục")
    print("ready", flush=True)
    sys.stdin.readline()  # the test restores a backup now, with this store still open
    print("seen", *sorted(r.title for r in articles.list_articles(store).rows), sep="|")
    write("Bài viết sau khi khôi phục")
    store.close()
    print("done", flush=True)
    """
)


def _titles(database) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM articles ORDER BY title")]


def test_a_desk_that_keeps_the_store_open_through_a_restore_loses_nothing(office, capsys):
    made = backups.backup_now()
    desk = subprocess.Popen(
        [sys.executable, "-c", OTHER_DESK, office.sample_id],
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert desk.stdout.readline().strip() == "ready", desk.stderr.read()
        assert main(["backup", "restore", made.name]) == 0
        out, err = desk.communicate("go\n", timeout=60)
    finally:
        if desk.poll() is None:
            desk.kill()
    assert desk.returncode == 0, err[-2000:]
    seen = next(line for line in out.splitlines() if line.startswith("seen|"))
    assert "Bài viết trước khi khôi phục" not in seen  # the other desk reads the restored data
    titles = _titles(office.database)
    assert "Bài viết sau khi khôi phục" in titles  # saved after the restore: still there
    assert "Bài viết trước khi khôi phục" not in titles  # the restore really happened
    assert any(t.startswith("Đổi mới phương thức") for t in titles)
    (safety,) = [b for b in backups.backups() if b.reason == "before-restore"]
    assert "Bài viết trước khi khôi phục" in _titles(safety.path)  # and the undo copy has it


def test_a_restore_that_cannot_get_the_lock_is_refused_and_changes_nothing(office):
    made = backups.backup_now()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"UPDATE articles SET title = 'Đang sửa dở'\")\n"
            "print('holding', flush=True)\n"
            "sys.stdin.readline()\n"
            "c.execute('COMMIT')\n",
            str(office.database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(DanvanError) as refused:
            backups.restore(made.name)
        assert refused.value.code == "database_in_use"
        holder.communicate("commit\n", timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
    assert _titles(office.database) == ["Đang sửa dở"]  # the other program's save stands
    assert [b.reason for b in backups.backups()] == ["manual"]  # no stray safety copy
