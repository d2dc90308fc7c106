"""How long the Vietnamese text core takes on real-sized input.

Run: python bench/bench_text.py [--rounds N]

Cases (goals from issue 6):
- lint + spell of the sample article (resources/samples, ~18 KB): ≤ 50 ms together;
- converting 1 MB of TCVN3 text to Unicode, detection included: ≤ 1 s;
- spell-checking one paragraph, what the editor's highlighter does per
  keystroke, and a whole 500 KB article, which it never does on a keystroke;
- the one-off warm-up (generating the syllable set, loading tables) that the
  desk pays once, in the background, at start.

Prints medians (and the minimum) over the rounds; not a unit test, since
timings on a shared machine move by tens of percent between runs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from danvan_desktop.resource_files import resource_path
from danvan_desktop.vietnamese import SpellChecker, convert
from danvan_desktop.vietnamese.charsets import encode_tcvn3
from danvan_desktop.vietnamese.legacy import detect_encoding
from danvan_desktop.vietnamese.lint import lint


def _time(function: Callable[[], object], rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _report(name: str, timings: list[float], goal_ms: float | None = None) -> None:
    median = statistics.median(timings)
    verdict = ""
    if goal_ms is not None:
        verdict = f"  goal ≤ {goal_ms:g} ms: {'ok' if median <= goal_ms else 'MISSED'}"
    print(f"{name:<48} median {median:9.2f} ms   min {min(timings):9.2f} ms{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds

    sample = resource_path("samples", "portal-article.txt").read_text(encoding="utf-8")
    started = time.perf_counter()
    checker = SpellChecker(style="traditional")
    checker.check(sample)
    lint(sample)
    warm_up = 1000 * (time.perf_counter() - started)
    print(f"{'warm-up (syllable set, tables), once':<48} {warm_up:9.2f} ms")

    _report(
        "lint + spell, sample article",
        _time(lambda: (lint(sample), checker.check(sample)), rounds),
        50,
    )
    _report("lint, sample article", _time(lambda: lint(sample), rounds))
    _report("spell, sample article", _time(lambda: checker.check(sample), rounds))

    legacy = encode_tcvn3(sample)
    megabyte = legacy * (1024 * 1024 // len(legacy.encode("cp1252", errors="replace")) + 1)
    _report(
        f"convert {len(megabyte) / 1e6:.1f} M chars TCVN3, auto",
        _time(lambda: convert(megabyte), max(3, rounds // 3)),
        1000,
    )
    _report(
        "convert same, --from tcvn3",
        _time(lambda: convert(megabyte, "tcvn3"), max(3, rounds // 3)),
        1000,
    )
    _report("detect_encoding on the same", _time(lambda: detect_encoding(megabyte), rounds))

    paragraphs = [p for p in sample.split("\n") if len(p) > 400]
    longest = max(paragraphs, key=len)
    _report(
        f"spell one paragraph ({len(longest)} chars), per keystroke",
        _time(lambda: checker.check(longest), rounds * 10),
    )
    big = (sample + "\n\n") * (500 * 1024 // len(sample.encode()) + 1)
    _report(
        f"spell whole {len(big.encode()) // 1024} KB article",
        _time(lambda: checker.check(big), max(3, rounds // 3)),
    )
    _report(
        f"lint whole {len(big.encode()) // 1024} KB article",
        _time(lambda: lint(big), max(3, rounds // 3)),
    )


if __name__ == "__main__":
    main()
