"""`danvan import FILE… --category SLUG --as USER`: Word, web pages and text files → drafts.

The exit code is 0 when no file failed (files skipped as already imported are
not failures, so re-running an import over the same folder is safe in a
script), 1 otherwise; `--json` reports each file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from danvan_desktop.cli.common import (
    acting_user,
    add_as_argument,
    print_json,
    print_table,
    store_of,
)
from danvan_desktop.services.importing import FileStatus, ImportReport, import_files

EXIT_SOME_FAILED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "import",
        help="import Word (.docx), web pages (.html), text (.txt) and Markdown (.md) as drafts",
        description="Each file becomes a draft owned by --as in --category; a folder imports "
        "every supported file inside it. Files imported before are skipped.",
    )
    command.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files or folders")
    command.add_argument("--category", required=True, metavar="SLUG")
    command.add_argument("--json", action="store_true", help="report each file as JSON")
    add_as_argument(command)
    command.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    interactive = not args.json and sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if interactive and name:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

    report = import_files(store, actor, args.files, args.category, progress=progress)
    if args.json:
        print_json(
            {
                "imported": report.count(FileStatus.IMPORTED),
                "duplicates": report.count(FileStatus.DUPLICATE),
                "failed": report.count(FileStatus.FAILED),
                "files": list(report.results),
            }
        )
    else:
        _print_report(report)
    return 0 if report.ok else EXIT_SOME_FAILED


def _print_report(report: ImportReport) -> None:
    rows = []
    for result in report.results:
        if result.status is FileStatus.IMPORTED:
            detail = f"{(result.article_id or '')[:8]}  {result.title}"
        elif result.status is FileStatus.DUPLICATE:
            detail = f"{(result.article_id or '')[:8]}  already imported"
        else:
            detail = result.message
        rows.append((result.status.value, result.path, detail))
    print_table(rows, ("STATUS", "FILE", "ARTICLE / REASON"))
    print(
        f"\n{report.count(FileStatus.IMPORTED)} imported, "
        f"{report.count(FileStatus.DUPLICATE)} skipped as duplicates, "
        f"{report.count(FileStatus.FAILED)} failed"
    )
    for result in report.results:
        for warning in result.warnings:
            print(f"note: {result.path}: {warning}", file=sys.stderr)
