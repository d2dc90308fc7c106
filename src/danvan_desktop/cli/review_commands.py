"""The reviewer's commands: history, diff, restore, comments, the slip, the queue, the audit log.

`danvan article …` and `danvan audit …` are groups owned by other modules; they call
`add_article_actions` and `add_audit_actions` from here, and `register` adds the
`danvan review …` group of its own.
"""

from __future__ import annotations

import argparse
import html
from pathlib import Path

from danvan_desktop.cli.common import (
    acting_user,
    add_as_argument,
    print_json,
    print_table,
    store_of,
    to_jsonable,
)
from danvan_desktop.errors import InvalidInput
from danvan_desktop.review.diff import CONTEXT_CHARS, render_html, render_text
from danvan_desktop.review.slip_pdf import format_vietnam_time
from danvan_desktop.services import articles, audit_log, comments, history, queue, slip, users
from danvan_desktop.services.comments import ANCHOR_FIELDS, Anchor, CommentView


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("review", help="the review queue").add_subparsers(
        dest="review_command", metavar="ACTION", required=True
    )
    listing = group.add_parser("queue", help="articles in review, oldest first")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--mine", action="store_true", help="only those I may approve")
    which.add_argument("--returned", action="store_true", help="sent back to me with changes")
    listing.add_argument("--json", action="store_true")
    add_as_argument(listing)
    listing.set_defaults(handler=run_queue)
    counts = group.add_parser("counts", help="the badges: waiting for me, returned to me")
    counts.add_argument("--json", action="store_true")
    add_as_argument(counts)
    counts.set_defaults(handler=run_counts)


def add_article_actions(article: argparse._SubParsersAction) -> None:
    """`danvan article slip|history|diff|restore|comment|comments|resolve`."""
    slip_parser = article.add_parser("slip", help="write the approval slip (phiếu duyệt) as PDF")
    slip_parser.add_argument("id")
    slip_parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    add_as_argument(slip_parser)
    slip_parser.set_defaults(handler=run_slip)

    revisions = article.add_parser("history", help="every revision and state change")
    revisions.add_argument("id")
    revisions.add_argument("--json", action="store_true")
    revisions.set_defaults(handler=run_history)

    diff = article.add_parser("diff", help="what changed between two revisions")
    diff.add_argument("id")
    diff.add_argument("old", type=int, metavar="FROM")
    diff.add_argument("new", type=int, metavar="TO")
    form = diff.add_mutually_exclusive_group()
    form.add_argument("--html", action="store_true", help="<del>/<ins> markup")
    form.add_argument("--json", action="store_true")
    diff.add_argument(
        "--context",
        type=int,
        default=CONTEXT_CHARS,
        metavar="N",
        help=f"unchanged characters kept around a change (default {CONTEXT_CHARS}; 0: all)",
    )
    diff.set_defaults(handler=run_diff)

    restore = article.add_parser("restore", help="bring back an old revision as a new one")
    restore.add_argument("id")
    restore.add_argument("number", type=int, metavar="REVISION")
    restore.add_argument("--json", action="store_true")
    add_as_argument(restore)
    restore.set_defaults(handler=run_restore)

    comment = article.add_parser("comment", help="comment on an article, a field or a passage")
    comment.add_argument("id")
    comment.add_argument("--body", required=True, metavar="TEXT")
    comment.add_argument("--field", choices=ANCHOR_FIELDS)
    comment.add_argument("--quote", metavar="TEXT", help="the passage (first occurrence)")
    comment.add_argument("--reply-to", type=int, metavar="COMMENT")
    comment.add_argument("--json", action="store_true")
    add_as_argument(comment)
    comment.set_defaults(handler=run_comment)

    listing = article.add_parser("comments", help="the comment threads of an article")
    listing.add_argument("id")
    listing.add_argument("--open", action="store_true", help="hide resolved threads")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_comments)

    resolve = article.add_parser("resolve", help="resolve a comment thread (or --reopen it)")
    resolve.add_argument("comment", type=int, metavar="COMMENT")
    resolve.add_argument("--reopen", action="store_true")
    add_as_argument(resolve)
    resolve.set_defaults(handler=run_resolve)


def add_audit_actions(audit: argparse._SubParsersAction) -> None:
    """`danvan audit log`."""
    log = audit.add_parser("log", help="audit events, newest first (admins)")
    log.add_argument("--user", metavar="NAME", help="acting or concerned user")
    log.add_argument("--article", metavar="ID")
    log.add_argument("--action", metavar="A", help='exact, or a prefix ending in "." or "*"')
    log.add_argument("--limit", type=int, default=audit_log.DEFAULT_PAGE)
    log.add_argument("--offset", type=int, default=0)
    log.add_argument("--json", action="store_true")
    log.add_argument(
        "--as", dest="as_user", metavar="USER", help="the admin reading (default: the only admin)"
    )
    log.set_defaults(handler=run_audit_log)


def run_slip(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    article_id = articles.resolve_article_id(store, args.id)
    written = slip.write_approval_slip(store, actor, article_id, args.out)
    print(f"wrote {written}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    store = store_of(args)
    entries = history.revision_history(store, articles.resolve_article_id(store, args.id))
    if args.json:
        print_json(list(entries))
        return 0
    rows = [
        (
            str(e.number),
            e.kind,
            e.status.value,
            e.author,
            format_vietnam_time(e.created_at),
            e.content_hash[:12] + (" ✓" if e.approved else ""),
        )
        for e in entries
    ]
    print_table(rows, ("N", "KIND", "STATUS", "BY", "WHEN (ICT)", "HASH"))
    return 0


def run_diff(args: argparse.Namespace) -> int:
    store = store_of(args)
    article_id = articles.resolve_article_id(store, args.id)
    result = history.diff_revisions(store, article_id, args.old, args.new)
    if args.json:
        print_json(result)
        return 0
    changed = result.changed_fields
    if args.html:
        for field in changed:
            print(f'<section data-field="{field.field}">')
            print(f"<h2>{html.escape(field.field)}</h2>\n<p>{render_html(field.ops)}</p>")
            print("</section>")
        return 0
    print(
        f"revision {result.from_number} ({result.from_hash[:12]}) → {result.to_number} "
        f"({result.to_hash[:12]})"
    )
    if not changed:
        print("no change in the text")
    for field in changed:
        context = args.context if args.context > 0 else None
        print(f"\n== {field.field} ==\n{render_text(field.ops, context=context)}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    detail = articles.get_article(store, articles.resolve_article_id(store, args.id))
    outcome = history.restore_revision(store, actor, detail.id, args.number, detail.version)
    if args.json:
        print_json(outcome.value)
    elif outcome.changes:
        print(
            f"restored revision {args.number}: {outcome.value.current_hash[:12]} "
            f"({outcome.value.status.value})"
        )
    else:
        print(f"revision {args.number} is already the current text")
    return 0


def run_comment(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    article_id = articles.resolve_article_id(store, args.id)
    anchor = None
    if args.quote is not None:
        if not args.field:
            raise InvalidInput("field_required", "--quote needs --field")
        anchor = comments.anchor_for_quote(store, article_id, args.field, args.quote)
    elif args.field:
        anchor = Anchor(args.field)
    view = comments.add_comment(
        store, actor, article_id, args.body, anchor=anchor, reply_to=args.reply_to
    ).value
    if args.json:
        print_json(view)
    else:
        print(f"comment {view.id} on {_where(view)}")
    return 0


def run_comments(args: argparse.Namespace) -> int:
    store = store_of(args)
    article_id = articles.resolve_article_id(store, args.id)
    threads = comments.list_comments(store, article_id, include_resolved=not args.open)
    if args.json:
        print_json(list(threads))
        return 0
    for thread in threads:
        root = thread.root
        mark = " [resolved]" if root.resolved else ""
        print(
            f"#{root.id} {root.author} · {format_vietnam_time(root.created_at)} · "
            f"{_where(root)}{mark}"
        )
        if root.quote:
            print(f"  > {root.quote}")
        print(f"  {root.body}")
        for reply in thread.replies:
            print(f"    ↳ #{reply.id} {reply.author}: {reply.body}")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    view = comments.set_resolved(store, actor, args.comment, not args.reopen).value
    print(f"comment {view.id} {'resolved' if view.resolved else 'open'}")
    return 0


def run_queue(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    kind = "waiting_for_me" if args.mine else "returned_to_me" if args.returned else "in_review"
    rows = queue.review_queue(store, actor, kind)
    if args.json:
        print_json([{**to_jsonable(r), "waiting": int(r.waiting.total_seconds())} for r in rows])
        return 0
    table = [
        (
            r.article_id[:8],
            r.category_name,
            r.submitted_by or r.last_edited_by,
            _waited(r.waiting.total_seconds()),
            "✓" if r.can_approve else "",
            r.title,
        )
        for r in rows
    ]
    print_table(table, ("ID", "CATEGORY", "BY", "WAITING", "MINE", "TITLE"))
    if args.returned:
        for r in rows:
            print(f"\n{r.article_id[:8]}: {r.reason}")
    return 0


def run_counts(args: argparse.Namespace) -> int:
    store = store_of(args)
    counts = queue.queue_counts(store, acting_user(args, store))
    if args.json:
        print_json(counts)
    else:
        print(f"waiting for me: {counts.waiting_for_me}\nreturned to me: {counts.returned_to_me}")
    return 0


def run_audit_log(args: argparse.Namespace) -> int:
    store = store_of(args)
    if not args.as_user:
        admins = [u for u in users.list_users(store) if "admin" in u.roles]
        if len(admins) != 1:
            raise InvalidInput("admin_ambiguous", "say which admin reads the log: --as ADMIN")
        args.as_user = admins[0].username
    page = audit_log.query_audit_log(
        store,
        acting_user(args, store),
        user=args.user,
        article_id=args.article,
        action=args.action,
        offset=args.offset,
        limit=args.limit,
    )
    if args.json:
        print_json({"total": page.total, "events": list(page.rows)})
        return 0
    rows = [
        (str(e.seq), format_vietnam_time(e.at), e.actor, e.action, e.subject) for e in page.rows
    ]
    print_table(rows, ("SEQ", "WHEN (ICT)", "ACTOR", "ACTION", "SUBJECT"))
    if page.total > len(page.rows):
        print(f"({len(page.rows)} of {page.total}; see --offset and --limit)")
    return 0


def _where(view: CommentView) -> str:
    if view.field is None:
        return "the article"
    if view.place.start is None and view.quote:
        return f"{view.field} (outdated)"
    if view.place.start is None:
        return view.field
    return f"{view.field} {view.place.start}–{view.place.end} ({view.place.state.value})"


def _waited(seconds: float) -> str:
    hours = int(seconds // 3600)
    return (
        f"{hours // 24}d {hours % 24}h" if hours >= 24 else f"{hours}h {int(seconds % 3600) // 60}m"
    )
