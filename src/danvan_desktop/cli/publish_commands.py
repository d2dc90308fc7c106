"""Publishing commands: `key`, `export`, `verify`, `package show`, `import-package`."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from danvan_desktop import portal
from danvan_desktop.cli.common import acting_user, add_as_argument, print_json, store_of
from danvan_desktop.errors import DanvanError, InvalidInput
from danvan_desktop.portal import signing
from danvan_desktop.services import articles, package_import, publishing


def register(subparsers: argparse._SubParsersAction) -> None:
    key = subparsers.add_parser("key", help="the package signing key").add_subparsers(
        dest="key_command", metavar="ACTION", required=True
    )
    generate = key.add_parser(
        "generate",
        help=f"make the signing key pair (passphrase: {signing.PASSPHRASE_VARIABLE} or a prompt)",
    )
    generate.add_argument("--force", action="store_true", help="replace an existing key")
    generate.set_defaults(handler=run_key_generate)
    export_public = key.add_parser(
        "export-public", help="print the public key in minisign's format, for the portal"
    )
    export_public.set_defaults(handler=run_key_export_public)

    export = subparsers.add_parser(
        "export", help="export approved articles as a signed portal package"
    )
    export.add_argument("ids", nargs="*", metavar="ID", help="default: every approved article")
    export.add_argument("--out", type=Path, metavar="PATH", help="the package to write (.zip)")
    export.add_argument(
        "--withdraw", action="append", default=[], metavar="ID", help="withdraw a published one"
    )
    export.add_argument("--reason", default="", help="why the withdrawn articles go")
    export.add_argument("--check", action="store_true", help="only run the pre-export check")
    export.add_argument("--json", action="store_true")
    add_as_argument(export)
    export.set_defaults(handler=run_export)

    verify = subparsers.add_parser("verify", help="check a package's schema, hashes and signature")
    verify.add_argument("path", type=Path)
    verify.add_argument(
        "--public-key",
        type=Path,
        action="append",
        metavar="FILE",
        help="a trusted key (repeat for several; default: this PC's own key)",
    )
    verify.add_argument("--json", action="store_true", help="say ok, or the refusal's code")
    verify.set_defaults(handler=run_verify)

    package = subparsers.add_parser("package", help="portal packages").add_subparsers(
        dest="package_command", metavar="ACTION", required=True
    )
    show = package.add_parser("show", help="what a package holds (from its manifest)")
    show.add_argument("path", type=Path)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_package_show)

    importing = subparsers.add_parser(
        "import-package", help="read a verified package into this store (a second office PC)"
    )
    importing.add_argument("path", type=Path)
    importing.add_argument("--public-key", type=Path, action="append", metavar="FILE")
    importing.add_argument("--json", action="store_true")
    add_as_argument(importing)
    importing.set_defaults(handler=run_import)


def passphrase(*, confirm: bool = False) -> str:
    """The key passphrase from DANVAN_KEY_PASSPHRASE, else asked at the terminal."""
    value = os.environ.get(signing.PASSPHRASE_VARIABLE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(
            "passphrase_missing", f"no key passphrase: set {signing.PASSPHRASE_VARIABLE}"
        )
    value = getpass.getpass("Mật khẩu khóa ký / key passphrase: ")
    if confirm and getpass.getpass("Nhập lại / again: ") != value:
        raise InvalidInput("passphrase_mismatch", "the two passphrases differ")
    return value


def _public_keys(paths: list[Path] | None) -> list[portal.PublicKey]:
    if not paths:
        return [signing.load_public_key()]
    return [signing.read_public_key_file(path) for path in paths]


def run_key_generate(args: argparse.Namespace) -> int:
    public = signing.generate_key(passphrase(confirm=True), overwrite=args.force)
    print(f"signing key {public.key_id_hex} created in {signing.key_dir()}")
    print("give the portal the output of `danvan key export-public`")
    return 0


def run_key_export_public(args: argparse.Namespace) -> int:
    sys.stdout.write(signing.load_public_key().to_minisign())
    return 0


def _print_findings(findings: tuple[portal.Finding, ...]) -> None:
    for finding in findings:
        print(f"{finding.severity.value:5}  {finding.article_id[:8]}  {finding.message}")


def run_export(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    ids = [articles.resolve_article_id(store, i) for i in args.ids] or None
    if args.check:
        report = publishing.pre_export_check(store, ids)
        if args.json:
            print_json(list(report.findings))
        else:
            _print_findings(report.findings)
        return 0 if report.ok else 1
    if args.out is None:
        raise InvalidInput("out_required", "say where to write the package: --out PATH")
    key = signing.load_signing_key(passphrase())
    withdraw = [articles.resolve_article_id(store, i) for i in args.withdraw]
    result = publishing.export_package(
        store,
        actor,
        args.out,
        key,
        article_ids=ids,
        withdraw_ids=withdraw,
        withdraw_reason=args.reason,
    ).value
    report = result.report
    if args.json:
        print_json(
            {
                "package_id": report.package_id,
                "path": str(report.path),
                "sha256": report.sha256,
                "size": report.size,
                "media_files": report.media_files,
                "published": result.published_ids,
                "resent": result.resent_ids,
                "withdrawn": result.withdrawn_ids,
                "warnings": result.warnings,
            }
        )
        return 0
    _print_findings(result.warnings)
    print(
        f"exported {report.articles} article(s), {report.withdrawals} withdrawal(s), "
        f"{report.media_files} picture(s) to {report.path}"
    )
    print(f"package {report.package_id}, {report.size} bytes, sha256 {report.sha256}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    try:
        package = portal.read_package(args.path, _public_keys(args.public_key))
    except DanvanError as refusal:
        if not args.json:
            raise
        print_json({"ok": False, "code": refusal.code, "message": refusal.message})
        return 1
    manifest = package.manifest
    if args.json:
        print_json(
            {
                "ok": True,
                "package_id": manifest["package_id"],
                "key_id": package.key_id,
                "trusted_comment": package.trusted_comment,
                "articles": [a["id"] for a in manifest["articles"]],
                "withdrawals": [w["id"] for w in manifest["withdrawals"]],
            }
        )
        return 0
    print(
        f"ok: package {manifest['package_id']} signed by key {package.key_id}; "
        f"{len(manifest['articles'])} article(s), {len(manifest['withdrawals'])} withdrawal(s), "
        f"{len(manifest['files'])} files verified"
    )
    return 0


def run_package_show(args: argparse.Namespace) -> int:
    manifest = portal.read_manifest(args.path)
    if args.json:
        json.dump(manifest, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"package {manifest['package_id']} ({manifest['format']} v{manifest['version']})")
    print(f"site: {manifest['site']['name']}  {manifest['site']['base_url']}")
    publisher = manifest["publisher"]
    print(f"created {manifest['created_at']} by {publisher['username']}")
    print(f"audit head: {manifest['audit_head_hash']}")
    for item in manifest["articles"]:
        print(f"  publish   {item['id'][:8]}  {item['slug']}  ({item['approver']})")
    for item in manifest["withdrawals"]:
        print(f"  withdraw  {item['id'][:8]}  {item['slug']}")
    print(f"{len(manifest['files'])} files; not verified here: run `danvan verify`")
    return 0


def run_import(args: argparse.Namespace) -> int:
    store = store_of(args)
    actor = acting_user(args, store)
    report = package_import.import_package(
        store, actor, args.path, _public_keys(args.public_key)
    ).value
    if args.json:
        print_json(report)
        return 0
    print(
        f"imported {len(report.imported_ids)} article(s), {len(report.unchanged_ids)} unchanged, "
        f"{len(report.withdrawn_ids)} withdrawn, {report.media_added} picture(s) added "
        f"from package {report.package_id} (key {report.key_id})"
    )
    return 0
