"""`danvan init`, `danvan user …`, `danvan category …`, `danvan audit verify`."""

from __future__ import annotations

import argparse

from danvan_desktop.cli import review_commands
from danvan_desktop.cli.common import (
    acting_user,
    add_as_argument,
    password_for,
    print_json,
    print_table,
    store_of,
    to_jsonable,
)
from danvan_desktop.errors import InvalidInput
from danvan_desktop.services import audit, categories, setup, users


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init", help="create the database, the first admin, default categories and the sample"
    )
    init.add_argument("--admin", metavar="NAME", help="user name of the first admin")
    init.add_argument("--display-name", default="", metavar="TEXT")
    init.set_defaults(handler=run_init)

    user = subparsers.add_parser("user", help="manage users").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add a user (password from DANVAN_PASSWORD or a prompt)")
    add.add_argument("name")
    add.add_argument(
        "--role", action="append", required=True, help="editor, reviewer, publisher, admin"
    )
    add.add_argument("--display-name", default="", metavar="TEXT")
    add.add_argument(
        "--as", dest="as_user", metavar="USER", help="the admin acting (default: the only admin)"
    )
    add.set_defaults(handler=run_user_add)
    listing = user.add_parser("list", help="list users")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_user_list)

    category = subparsers.add_parser("category", help="categories").add_subparsers(
        dest="category_command", metavar="ACTION", required=True
    )
    cat_list = category.add_parser("list", help="list categories")
    cat_list.add_argument("--json", action="store_true")
    cat_list.set_defaults(handler=run_category_list)
    cat_add = category.add_parser("add", help="add a category")
    cat_add.add_argument("name")
    cat_add.add_argument("--parent", metavar="SLUG")
    add_as_argument(cat_add)
    cat_add.set_defaults(handler=run_category_add)

    audit_parser = subparsers.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    verify = audit_parser.add_parser("verify", help="walk the hash chain of the audit log")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=run_audit_verify)
    review_commands.add_audit_actions(audit_parser)


def run_init(args: argparse.Namespace) -> int:
    store = store_of(args, create=True)
    if users.has_users(store):
        info = store.info()
        print(
            f"already initialised: {info.backend} {info.location} (schema {info.schema_revision})"
        )
        return 0
    if not args.admin:
        raise InvalidInput("admin_required", "a new store needs its first admin: --admin NAME")
    report = setup.initialise(
        store, args.admin, password_for(args.admin, confirm=True), args.display_name
    ).value
    info = store.info()
    print(f"initialised {info.backend} {info.location}")
    print(f"admin: {report.admin.username}; categories: {report.categories_created}")
    if report.sample_article_id:
        print(f"sample article (draft): {report.sample_article_id}")
    return 0


def run_user_add(args: argparse.Namespace) -> int:
    store = store_of(args)
    if args.as_user:
        actor = acting_user(args, store)
    else:
        admins = [u for u in users.list_users(store) if "admin" in u.roles]
        if len(admins) != 1:
            raise InvalidInput("admin_ambiguous", "say which admin acts: --as ADMIN")
        args.as_user = admins[0].username
        actor = acting_user(args, store)
    info = users.add_user(
        store, actor, args.name, password_for(args.name), args.role, args.display_name
    ).value
    print(f"added {info.username} ({', '.join(info.roles)})")
    return 0


def run_user_list(args: argparse.Namespace) -> int:
    listed = users.list_users(store_of(args))
    if args.json:
        print_json(listed)
    else:
        rows = [(u.username, u.display_name, ", ".join(u.roles)) for u in listed]
        print_table(rows, ("USER", "NAME", "ROLES"))
    return 0


def run_category_list(args: argparse.Namespace) -> int:
    nodes = categories.list_categories(store_of(args))
    if args.json:
        print_json(nodes)
    else:
        rows = [(n.slug, "  " * (len(n.path) - 1) + n.name, str(n.article_count)) for n in nodes]
        print_table(rows, ("SLUG", "NAME", "ARTICLES"))
    return 0


def run_category_add(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    parent_id = None
    if args.parent:
        parent = next((n for n in categories.list_categories(store) if n.slug == args.parent), None)
        if parent is None:
            raise InvalidInput("category_not_found", f"no category with slug {args.parent!r}")
        parent_id = parent.id
    node = categories.add_category(store, actor, args.name, parent_id).value
    print(f"added category {node.slug}")
    return 0


def run_audit_verify(args: argparse.Namespace) -> int:
    report = audit.verify_audit_chain(store_of(args))
    if args.json:
        print_json({"ok": report.ok, **to_jsonable(report)})
    elif report.ok:
        print(f"audit chain intact: {report.events} events, head {report.head_hash}")
    else:
        print(f"audit chain broken at event {report.broken_at}: {report.problem}")
    return 0 if report.ok else 1
