"""What the `danvan` commands share: the store, the acting user, JSON output."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from datetime import datetime
from enum import Enum
from typing import Any

from danvan_desktop.errors import InvalidInput
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.store import Store, open_store
from danvan_desktop.services.users import authenticate

PASSWORD_VARIABLE = "DANVAN_PASSWORD"


def store_of(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The store the command works on; only `danvan init` may create one."""
    return open_store(args.database, create=create)


def password_for(username: str, *, confirm: bool = False) -> str:
    """The password from DANVAN_PASSWORD, else asked at the terminal (never echoed)."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        return password
    if not sys.stdin.isatty():
        raise InvalidInput(
            "password_missing", f"no password for {username!r}: set {PASSWORD_VARIABLE}"
        )
    password = getpass.getpass(f"Mật khẩu / password for {username}: ")
    if confirm and getpass.getpass("Nhập lại / again: ") != password:
        raise InvalidInput("password_mismatch", "the two passwords differ")
    return password


def acting_user(args: argparse.Namespace, store: Store) -> Actor:
    return authenticate(store, args.as_user, password_for(args.as_user))


def add_as_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        required=True,
        help=f"act as this user (password from {PASSWORD_VARIABLE} or a prompt)",
    )


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> None:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        print(
            "  ".join(
                str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)
            ).rstrip()
        )
