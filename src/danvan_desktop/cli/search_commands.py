"""`danvan search QUERY` and `danvan db check`."""

from __future__ import annotations

import argparse

from danvan_desktop.cli.common import (
    acting_user,
    add_as_argument,
    password_for,
    print_json,
    print_table,
    store_of,
)
from danvan_desktop.services import diagnostics, team_mode
from danvan_desktop.services.search import search_articles


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser("search", help="search every article, diacritics optional")
    search.add_argument("query")
    search.add_argument("--newest", action="store_true", help="newest first (default: best)")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)

    db = subparsers.add_parser("db", help="the database").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    check = db.add_parser("check", help="connection, schema version and settings that matter")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_db_check)
    login = db.add_parser(
        "add-login", help="team mode: a PostgreSQL login for a user (password: DANVAN_PASSWORD)"
    )
    login.add_argument("user")
    add_as_argument(login)
    login.set_defaults(handler=run_add_login)


def run_search(args: argparse.Namespace) -> int:
    order = "newest" if args.newest else "best"
    hits = search_articles(store_of(args), args.query, order=order, limit=max(1, args.limit))
    if args.json:
        print_json(hits)
    elif not hits:
        print("no article matches")
    else:
        rows = [(h.id[:8], h.status.value, f"{h.updated_at:%Y-%m-%d}", h.title) for h in hits]
        print_table(rows, ("ID", "STATUS", "UPDATED", "TITLE"))
    return 0


def run_db_check(args: argparse.Namespace) -> int:
    report = diagnostics.check_database(store_of(args))
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "backend": report.backend,
                "location": report.location,
                "checks": report.checks,
            }
        )
    else:
        print(f"{report.backend}: {report.location}")
        rows = [
            (c.name, c.value, "ok" if c.ok else f"PROBLEM {c.advice}".rstrip())
            for c in report.checks
        ]
        print_table(rows, ("CHECK", "VALUE", "STATE"))
    return 0 if report.ok else 1


def run_add_login(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    team_mode.add_database_login(store, actor, args.user, password_for(args.user))
    print(f"database login ready for {args.user}: postgresql://{args.user}@HOST/DATABASE")
    return 0
