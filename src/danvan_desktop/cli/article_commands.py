"""`danvan article …`: create, list, show, and move articles through the workflow."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan_desktop.cli import review_commands
from danvan_desktop.cli.common import (
    acting_user,
    add_as_argument,
    print_json,
    print_table,
    store_of,
)
from danvan_desktop.errors import InvalidInput
from danvan_desktop.services import articles, review
from danvan_desktop.services.categories import list_categories
from danvan_desktop.services.dto import ArticleDetail, ArticleFields
from danvan_desktop.workflow import ArticleStatus

MAX_BODY_FILE_BYTES = 20 * 1024 * 1024


def register(subparsers: argparse._SubParsersAction) -> None:
    article = subparsers.add_parser("article", help="articles").add_subparsers(
        dest="article_command", metavar="ACTION", required=True
    )
    new = article.add_parser("new", help="create a draft")
    new.add_argument("--title", required=True)
    new.add_argument("--category", required=True, metavar="SLUG")
    new.add_argument("--sapo", default="")
    new.add_argument("--body-file", type=Path, metavar="F.md")
    new.add_argument("--author", default="", help="the signature's name")
    new.add_argument("--position", default="", help="the signature's position")
    new.add_argument("--source", default="")
    new.add_argument("--tag", action="append", default=[], dest="tags")
    new.add_argument("--json", action="store_true")
    add_as_argument(new)
    new.set_defaults(handler=run_new)

    listing = article.add_parser("list", help="list articles")
    listing.add_argument("--status", choices=[s.value for s in ArticleStatus])
    listing.add_argument("--category", metavar="SLUG")
    listing.add_argument("--search", default="", metavar="TEXT", help="ignores diacritics")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    show = article.add_parser("show", help="show one article")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    for name, help_text in (
        ("submit", "send a draft for review"),
        ("approve", "approve the current revision (reviewer; never your own)"),
        ("request-changes", "send it back to the editor (needs --comment)"),
        ("withdraw", "withdraw a published article (publisher)"),
        ("reopen", "return a withdrawn article to draft"),
    ):
        action = article.add_parser(name, help=help_text)
        action.add_argument("id")
        action.add_argument("--comment", default="")
        action.add_argument("--json", action="store_true")
        add_as_argument(action)
        action.set_defaults(handler=run_transition, transition=name)

    review_commands.add_article_actions(article)


def run_new(args: argparse.Namespace) -> int:
    body = _read_body(args.body_file) if args.body_file else ""
    store = store_of(args)
    actor = acting_user(args, store)
    fields = ArticleFields(
        title=args.title,
        sapo=args.sapo,
        body=body,
        author_name=args.author,
        author_position=args.position,
        source=args.source,
        category_slug=args.category,
        tags=tuple(args.tags),
    )
    detail = articles.create_article(store, actor, fields).value
    _report(detail, args.json)
    return 0


def run_list(args: argparse.Namespace) -> int:
    store = store_of(args)
    category_id = None
    if args.category:
        match = [c for c in list_categories(store) if c.slug == args.category]
        if not match:
            raise InvalidInput("category_not_found", f"no category with slug {args.category!r}")
        category_id = match[0].id
    page = articles.list_articles(
        store,
        category_id=category_id,
        status=ArticleStatus(args.status) if args.status else None,
        query=args.search,
        sort="updated",
    )
    if args.json:
        print_json(list(page.rows))
    else:
        rows = [(r.id[:8], r.status.value, r.category_name, r.title) for r in page.rows]
        print_table(rows, ("ID", "STATUS", "CATEGORY", "TITLE"))
    return 0


def run_show(args: argparse.Namespace) -> int:
    store = store_of(args)
    detail = articles.get_article(store, articles.resolve_article_id(store, args.id))
    if args.json:
        print_json(detail)
        return 0
    f = detail.fields
    print(f.title)
    print(f"id: {detail.id}\nstatus: {detail.status.value}")
    print(f"category: {' / '.join(detail.category_path)}")
    print(f"signature: {f.author_name} — {f.author_position}")
    print(f"revision: {detail.current_hash}")
    print(f"version: {detail.version}, {detail.revision_count} revisions")
    if detail.approved_hash:
        state = "valid" if detail.approval_valid else "void"
        # Rows written by hand (raw SQL in team mode) may lack who or when.
        by = detail.approved_by or "unknown"
        at = f"{detail.approved_at:%Y-%m-%d %H:%M}" if detail.approved_at else "unknown"
        print(f"approved by {by} at {at} ({state})")
    print(f"\n{f.sapo}\n\n{f.body}")
    return 0


def run_transition(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    article_id = articles.resolve_article_id(store, args.id)
    match args.transition:
        case "submit":
            outcome = review.submit_for_review(store, actor, article_id)
        case "approve":
            outcome = review.approve(store, actor, article_id)
        case "request-changes":
            outcome = review.request_changes(store, actor, article_id, args.comment)
        case "withdraw":
            outcome = review.withdraw(store, actor, article_id, args.comment)
        case _:
            outcome = review.reopen(store, actor, article_id)
    _report(outcome.value, args.json)
    return 0


def _report(detail: ArticleDetail, as_json: bool) -> None:
    if as_json:
        print_json(detail)
    else:
        print(f"{detail.id}  {detail.status.value}  {detail.title}")


def _read_body(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BODY_FILE_BYTES:
            raise InvalidInput("file_too_large", f"{path} is larger than 20 MB")
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput("file_not_found", f"no such file: {path}") from None
    except UnicodeDecodeError:
        raise InvalidInput(
            "not_utf8", f"{path} is not UTF-8 text (convert it with `danvan text convert`)"
        ) from None
    except OSError as error:
        raise InvalidInput("file_unreadable", f"cannot read {path}: {error.strerror}") from None
