"""The `danvan` command: the same core as the desk, for scripts and for people at a terminal.

Each command group lives in its own module with a `register(subparsers)` function; a
command's handler takes the parsed arguments and returns the exit code. Errors the
user can act on print one line and exit non-zero; nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence

from danvan_desktop import __version__
from danvan_desktop.errors import DanvanError
from danvan_desktop.logs import setup_logging

log = logging.getLogger("danvan_desktop.cli")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    from danvan_desktop.cli import (
        article_commands,
        import_commands,
        maintenance_commands,
        publish_commands,
        review_commands,
        search_commands,
        setup_commands,
        text_commands,
    )

    parser = argparse.ArgumentParser(
        prog="danvan",
        description="Danvan Desktop: the editorial workstation of Ban Dân vận Tỉnh ủy Nghệ An.",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy database URL (default: DANVAN_DATABASE_URL, else SQLite in the data dir)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (
        setup_commands,
        article_commands,
        text_commands,
        maintenance_commands,
        import_commands,
        publish_commands,
        review_commands,
        search_commands,
    ):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _use_utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = None
    with contextlib.suppress(OSError):  # a read-only data dir must not stop `danvan text …`
        log_file = setup_logging()
    log.info("danvan %s", args.command)
    try:
        return int(args.handler(args) or 0)
    except DanvanError as error:
        log.warning("danvan %s failed: %s (%s)", args.command, error, error.code)
        print(f"danvan: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("danvan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as error:  # the last line of defence: one line on screen, trace in the log
        log.exception("danvan %s crashed", args.command)
        where = f"; details in {log_file}" if log_file else ""
        print(f"danvan: internal error: {type(error).__name__}: {error}{where}", file=sys.stderr)
        return EXIT_INTERNAL


def _use_utf8_streams() -> None:
    """Vietnamese text must reach pipes intact whatever the console's code page."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
