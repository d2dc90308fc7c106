"""`danvan backup create|list|restore`."""

from __future__ import annotations

import argparse

from danvan_desktop.cli.common import print_json, print_table
from danvan_desktop.services import backups


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="back up and restore the SQLite database"
    ).add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = backup.add_parser("create", help="make a checked backup now")
    create.set_defaults(handler=run_create)
    listing = backup.add_parser("list", help="list backups, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    restore = backup.add_parser("restore", help="replace the database with a backup")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", help="a name from `danvan backup list`")
    which.add_argument("--latest", action="store_true", help="the newest backup that checks out")
    restore.set_defaults(handler=run_restore)


def run_create(args: argparse.Namespace) -> int:
    made = backups.backup_now(args.database)
    print(f"backup made and checked: {made.path}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    found = backups.backups(args.database)
    if args.json:
        print_json(
            [
                {
                    "name": b.name,
                    "path": str(b.path),
                    "created_at": b.created_at,
                    "reason": b.reason,
                    "size": b.size,
                }
                for b in found
            ]
        )
    elif not found:
        print("no backups yet")
    else:
        rows = [
            (b.name, f"{b.created_at:%Y-%m-%d %H:%M} UTC", b.reason, f"{b.size // 1024} KiB")
            for b in found
        ]
        print_table(rows, ("NAME", "CREATED", "REASON", "SIZE"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    restored, safety = backups.restore(None if args.latest else args.name, args.database)
    print(f"restored {restored.name}")
    if safety is not None:
        print(f"the replaced database was kept as {safety.name}")
    return 0
