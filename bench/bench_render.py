"""How long the preview/export renderer takes, against plain Python-Markdown in the same run.

Run: python bench/bench_render.py [--rounds N]

Cases, for the sample article (resources/samples, ~18 KB of Vietnamese) and a
500 KB article built from it (headings, pictures and paragraphs repeated):
- baseline: `markdown.markdown(text)`, a new converter per call, no sanitising;
- body: `render_body`, our extensions plus the nh3 sanitiser;
- page: `render_page` as the preview calls it (inlined CSS, preview media URLs).

Rounds are interleaved so that drift on a shared machine hits every case alike;
absolute times move by tens of percent between runs here, ratios far less.
Goal (issue 3): the sample's full page ≤ 25 ms median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import markdown

from danvan_desktop.rendering import (
    SiteInfo,
    media_ref,
    preview_media_url,
    render_body,
    render_page,
)
from danvan_desktop.rendering.page import PageArticle
from danvan_desktop.rendering.sample import sample_article

SAMPLE_PAGE_GOAL_MS = 25.0
BIG_TARGET_BYTES = 500 * 1024
SITE = SiteInfo(
    name="Trang thông tin điện tử Ban Dân vận Tỉnh ủy Nghệ An",
    banner_text="Ban Dân vận Tỉnh ủy Nghệ An",
)


def big_article(sample: PageArticle) -> PageArticle:
    """The sample's body repeated as numbered sections until it passes 500 KB."""
    sections: list[str] = []
    size = 0
    number = 0
    while size < BIG_TARGET_BYTES:
        number += 1
        section = f"## Phần {number}\n\n{sample.body_markdown}"
        sections.append(section)
        size += len(section.encode("utf-8")) + 2
    return PageArticle(
        title=sample.title,
        sapo=sample.sapo,
        body_markdown="\n\n".join(sections),
        author_name=sample.author_name,
        author_position=sample.author_position,
        related=sample.related,
    )


def measure(cases: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    for run in cases.values():
        run()  # warm: converters built, template and CSS loaded
    times: dict[str, list[float]] = {name: [] for name in cases}
    names = list(cases)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            cases[name]()
            times[name].append((time.perf_counter() - start) * 1000)
    return times


def report(title: str, times: dict[str, list[float]], baseline: str) -> dict[str, float]:
    base = statistics.median(times[baseline])
    print(f"\n{title}")
    print(f"  {'case':<10} {'min':>9} {'median':>9} {'max':>9}  {'× baseline':>10}")
    medians = {}
    for name, values in times.items():
        median = statistics.median(values)
        medians[name] = median
        print(
            f"  {name:<10} {min(values):9.2f} {median:9.2f} {max(values):9.2f}"
            f"  {median / base:10.2f}"
        )
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=31, help="rounds for the sample (default 31)")
    parser.add_argument("--big-rounds", type=int, default=7, help="rounds for 500 KB (default 7)")
    args = parser.parse_args(argv)

    sample = sample_article(media_ref("ab" * 32))
    big = big_article(sample)
    for label, article in (("sample", sample), ("500 KB", big)):
        size = len(article.body_markdown.encode("utf-8")) / 1024
        print(f"{label}: body {size:.1f} KB of Markdown")

    def cases(article: PageArticle) -> dict[str, Callable[[], object]]:
        text = article.body_markdown
        return {
            "baseline": lambda: markdown.markdown(text),
            "body": lambda: render_body(text, media_url=preview_media_url),
            "page": lambda: render_page(
                article, SITE, media_url=preview_media_url, inline_css=True
            ),
        }

    print("times in ms; baseline = markdown.markdown(text), new converter, no sanitising")
    small = report("sample article", measure(cases(sample), args.rounds), "baseline")
    report("500 KB article", measure(cases(big), args.big_rounds), "baseline")

    ok = small["page"] <= SAMPLE_PAGE_GOAL_MS
    verdict = "meets" if ok else "MISSES"
    print(
        f"\nsample page median {small['page']:.2f} ms {verdict} the {SAMPLE_PAGE_GOAL_MS:.0f} ms"
        f" goal ({small['page'] / small['baseline']:.2f}× plain Markdown)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
