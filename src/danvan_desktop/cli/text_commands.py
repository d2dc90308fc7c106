"""`danvan text …`: the Vietnamese text tools of the desk, for scripts and terminals.

Every command reads FILE, or standard input when FILE is omitted, and writes
UTF-8 to standard output. These commands never open the database, so they
work before `danvan init` and on a read-only data directory.

`lint` and `spell` exit 1 when they find something, like other linters, so a
script can gate on them; everything else exits 0 on success.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from pathlib import Path

from danvan_desktop.errors import InvalidInput
from danvan_desktop.services.house_dictionary import user_words
from danvan_desktop.vietnamese import (
    SpellChecker,
    apply_fixes,
    convert,
    count_text,
    fold,
    nfc,
    person_name_sort_key,
    portal_slug,
    sort_key,
    to_style,
)
from danvan_desktop.vietnamese.charsets import from_mixed_bytes, to_bytes
from danvan_desktop.vietnamese.legacy import SOURCES, TARGETS
from danvan_desktop.vietnamese.lint import lint

EXIT_FOUND = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    text = subparsers.add_parser(
        "text",
        help="Vietnamese text tools: legacy charsets, tone style, lint, spelling, slugs…",
        description="Vietnamese text tools. FILE defaults to standard input; output is UTF-8.",
    )
    commands = text.add_subparsers(dest="text_command", metavar="TOOL", required=True)

    command = commands.add_parser(
        "convert",
        help="repair legacy text (TCVN3/.VnTime, VNI, VIQR, CP1258, decomposed Unicode)",
        description="Convert to NFC Unicode (or from Unicode to a legacy charset). A file that "
        "is not UTF-8 is read byte by byte as legacy text. Paragraphs already in Unicode "
        "are left as they are.",
    )
    command.add_argument("--from", dest="source", choices=SOURCES, default="auto")
    command.add_argument("--to", dest="target", choices=TARGETS, default="unicode")
    command.add_argument(
        "--font", metavar="NAME", help="the font the text was set in (.VnTimeH, VNI-Times…)"
    )
    command.add_argument(
        "--legacy-bytes",
        action="store_true",
        help="with --to tcvn3/vni: write the legacy bytes instead of UTF-8",
    )
    _add_file(command)
    command.set_defaults(handler=run_convert)

    command = commands.add_parser(
        "tones",
        help="write tone marks in one style: traditional (hòa, thủy) or reformed (hoà, thuỷ)",
    )
    command.add_argument("--style", required=True, choices=("traditional", "reformed"))
    _add_file(command)
    command.set_defaults(handler=run_tones)

    command = commands.add_parser("lint", help="house-style findings (exit 1 when any)")
    command.add_argument("--json", action="store_true", help="the findings as JSON")
    command.add_argument(
        "--style", choices=("traditional", "reformed"), help="the house tone style"
    )
    command.add_argument(
        "--fix", action="store_true", help="print the text with every safe fix applied"
    )
    command.add_argument("--lang", choices=("vi", "en"), default="vi", help="message language")
    _add_file(command)
    command.set_defaults(handler=run_lint)

    command = commands.add_parser("spell", help="spelling issues (exit 1 when any)")
    command.add_argument("--json", action="store_true", help="the issues as JSON")
    command.add_argument(
        "--dictionary", type=Path, metavar="WORDS", help="extra accepted words, one a line"
    )
    _add_file(command)
    command.set_defaults(handler=run_spell)

    command = commands.add_parser("slug", help="the portal's URL slug of a title")
    command.add_argument("text", metavar="TEXT")
    command.set_defaults(handler=run_slug)

    command = commands.add_parser("sort", help="sort lines in Vietnamese dictionary order")
    command.add_argument(
        "--by-given-name", action="store_true", help="lines are people's names: sort by given name"
    )
    _add_file(command)
    command.set_defaults(handler=run_sort)

    command = commands.add_parser("fold", help="the search form: no marks, đ → d, lowercase")
    command.add_argument("text", metavar="TEXT")
    command.set_defaults(handler=run_fold)

    command = commands.add_parser("count", help="syllables (words), characters, reading time")
    command.add_argument("--json", action="store_true")
    command.add_argument(
        "--rate", type=float, default=220, metavar="N", help="reading speed, syllables a minute"
    )
    _add_file(command)
    command.set_defaults(handler=run_count)


def _add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="default: stdin")


def _read_bytes(path: Path | None) -> bytes:
    if path is None:
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            "file_unreadable", f"cannot read {path}: {error.strerror}", path=str(path)
        ) from error


def _read_text(path: Path | None, *, legacy_ok: bool = False) -> str:
    data = _read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if legacy_ok:
            return from_mixed_bytes(data.removeprefix(codecs.BOM_UTF8))
        where = str(path) if path else "standard input"
        raise InvalidInput(
            "not_utf8",
            f"{where} is not UTF-8 text (try `danvan text convert` first)",
            path=where,
        ) from error


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def run_convert(args: argparse.Namespace) -> int:
    text = _read_text(args.file, legacy_ok=True)
    result = convert(text, args.source, args.target, font_name=args.font)
    if args.legacy_bytes and args.target in ("tcvn3", "vni"):
        sys.stdout.flush()
        sys.stdout.buffer.write(to_bytes(result))
        sys.stdout.buffer.flush()
    else:
        _write(result)
    return 0


def run_tones(args: argparse.Namespace) -> int:
    _write(to_style(nfc(_read_text(args.file)), args.style))
    return 0


def run_lint(args: argparse.Namespace) -> int:
    text = nfc(_read_text(args.file))
    findings = lint(text, tone_style=args.style)
    if args.fix:
        _write(apply_fixes(text, findings))
        return 0
    if args.json:
        rows = []
        for finding in findings:
            line, column = _line_column(text, finding.start)
            rows.append(
                {
                    "code": finding.code,
                    "severity": finding.severity,
                    "start": finding.start,
                    "end": finding.end,
                    "line": line,
                    "column": column,
                    "text": text[finding.start : finding.end],
                    "message_vi": finding.message_vi,
                    "message_en": finding.message_en,
                    "fix": finding.fix,
                }
            )
        _write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            line, column = _line_column(text, finding.start)
            message = finding.message_vi if args.lang == "vi" else finding.message_en
            _write(f"{line}:{column}: {finding.code}: {message}\n")
    return EXIT_FOUND if findings else 0


def run_spell(args: argparse.Namespace) -> int:
    extra = user_words()  # what editors added with "Thêm vào từ điển" on this PC
    if args.dictionary is not None:
        extra += _read_text(args.dictionary).splitlines()
    text = nfc(_read_text(args.file))
    issues = SpellChecker(extra).check(text)
    if args.json:
        rows = []
        for issue in issues:
            line, column = _line_column(text, issue.start)
            rows.append(
                {
                    "word": issue.word,
                    "kind": issue.kind,
                    "start": issue.start,
                    "end": issue.end,
                    "line": line,
                    "column": column,
                    "suggestions": list(issue.suggestions),
                }
            )
        _write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for issue in issues:
            line, column = _line_column(text, issue.start)
            offer = f" → {', '.join(issue.suggestions)}" if issue.suggestions else ""
            _write(f"{line}:{column}: {issue.kind}: {issue.word}{offer}\n")
    return EXIT_FOUND if issues else 0


def run_slug(args: argparse.Namespace) -> int:
    slug = portal_slug(nfc(args.text))
    if not slug:
        raise InvalidInput("empty_slug", "the text has no letters or digits to make a slug from")
    _write(slug + "\n")
    return 0


def run_sort(args: argparse.Namespace) -> int:
    lines = nfc(_read_text(args.file)).splitlines()
    key = person_name_sort_key if args.by_given_name else sort_key
    _write("".join(line + "\n" for line in sorted(lines, key=key)))
    return 0


def run_fold(args: argparse.Namespace) -> int:
    _write(fold(args.text) + "\n")
    return 0


def run_count(args: argparse.Namespace) -> int:
    if args.rate <= 0:
        raise InvalidInput("bad_rate", "the reading rate must be a positive number")
    counts = count_text(nfc(_read_text(args.file)), rate=args.rate)
    if args.json:
        _write(json.dumps(counts.__dict__, ensure_ascii=False) + "\n")
    else:
        _write(
            f"syllables (số chữ): {counts.syllables}\n"
            f"characters: {counts.characters}\n"
            f"characters without spaces: {counts.characters_without_spaces}\n"
            f"paragraphs: {counts.paragraphs}\n"
            f"reading time: {counts.reading_minutes} min\n"
        )
    return 0
