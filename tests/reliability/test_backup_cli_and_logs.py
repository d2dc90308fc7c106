"""`danvan backup create|list|restore`, and the log and crash trace a process leaves behind."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from danvan_desktop.cli import main
from danvan_desktop.logs import BACKUP_COUNT, CRASH_FILE, LOG_FILE, MAX_BYTES
from tests.reliability.conftest import child_env


def _titles(office) -> list[str]:
    with sqlite3.connect(office.database) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM articles ORDER BY title")]


def test_backup_create_list_and_restore_by_name_and_latest(office, capsys) -> None:
    assert main(["backup", "create"]) == 0
    assert "backup made and checked" in capsys.readouterr().out
    assert main(["backup", "list", "--json"]) == 0
    (first,) = json.loads(capsys.readouterr().out)
    assert first["reason"] == "manual" and first["size"] > 0

    with sqlite3.connect(office.database) as connection:
        connection.execute("UPDATE articles SET title = 'Tiêu đề sửa sau khi sao lưu'")
    assert main(["backup", "restore", first["name"]]) == 0
    out = capsys.readouterr().out
    assert f"restored {first['name']}" in out and "the replaced database was kept" in out
    assert _titles(office)[0].startswith("Đổi mới phương thức")

    assert main(["backup", "restore", "--latest"]) == 0  # the newest good one: the safety copy
    assert _titles(office) == ["Tiêu đề sửa sau khi sao lưu"]
    assert main(["backup", "list"]) == 0
    listing = capsys.readouterr().out
    assert "before-restore" in listing and "manual" in listing


@pytest.mark.parametrize("action", [["create"], ["list"], ["list", "--json"], ["restore", "x"]])
def test_backup_on_postgresql_explains_pg_dump(office, capsys, action) -> None:
    assert main(["backup", "create"]) == 0  # a local SQLite backup exists, and is not listed
    capsys.readouterr()
    code = main(["--database", "postgresql://danvan@127.0.0.1:1/danvan", "backup", *action])
    assert code == 1
    captured = capsys.readouterr()
    assert "pg_dump" in captured.err and captured.out == ""


def test_migrating_a_postgresql_database_warns_that_it_was_not_backed_up(
    postgres_url, caplog
) -> None:
    from alembic import command

    from danvan_desktop.store.engine import make_engine
    from danvan_desktop.store.schema import _alembic_config, upgrade_to_head

    engine = make_engine(postgres_url)
    try:
        config = _alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        with caplog.at_level(logging.WARNING, logger="danvan_desktop.store.schema"):
            assert upgrade_to_head(engine, None) is None
    finally:
        engine.dispose()
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "without a backup" in warning.getMessage() and "pg_dump" in warning.getMessage()


HARD_CRASH = textwrap.dedent(
    """
    import ctypes, logging
    from danvan_desktop.logs import setup_logging
    setup_logging()
    logging.getLogger("danvan_desktop.test").warning("trước khi hỏng")
    ctypes.string_at(0)  # a segmentation fault, as a broken native library would cause
    """
)


def test_a_hard_crash_leaves_a_python_trace_beside_the_log(data_home) -> None:
    result = subprocess.run(
        [sys.executable, "-c", HARD_CRASH], env=child_env(), capture_output=True, timeout=60
    )
    assert result.returncode != 0
    logs = data_home / "logs"
    assert "trước khi hỏng" in (logs / LOG_FILE).read_text(encoding="utf-8")
    trace = (logs / CRASH_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in trace and "<string>" in trace


ROTATING = textwrap.dedent(
    """
    import logging
    from danvan_desktop.logs import setup_logging
    setup_logging()
    log = logging.getLogger("danvan_desktop.test")
    line = "Nhật ký thử: " + "x" * 200
    for _ in range(40_000):  # about 9 MB: more than the five files keep
        log.info(line)
    """
)


def test_the_log_rotates_and_keeps_a_bounded_history(data_home) -> None:
    result = subprocess.run(
        [sys.executable, "-c", ROTATING], env=child_env(), capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    files = sorted((data_home / "logs").glob(f"{LOG_FILE}*"))
    assert len(files) == 1 + BACKUP_COUNT
    assert all(f.stat().st_size <= MAX_BYTES for f in files)
    assert logging.getLevelName(logging.INFO) in (data_home / "logs" / LOG_FILE).read_text("utf-8")
