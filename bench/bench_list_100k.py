"""The desk's article list over a 100,000-article category: open, sort, scroll, memory.

Run on a copy of the corpus (the run writes nothing, but SQLite's WAL files appear):

    python bench/corpus.py --articles 100000 --database sqlite:////tmp/big.sqlite3
    cp /tmp/big.sqlite3 /tmp/desk100k.sqlite3
    QT_QPA_PLATFORM=offscreen python bench/bench_list_100k.py \
        --database sqlite:////tmp/desk100k.sqlite3

Cases (goals from issue 8), medians in ms, each beside a floor from the same run:
- open: the desk's list panel (`ArticleListPanel`, the same model, view and
  database thread as the desk) shows the 100k category: from the click to the
  first page in the model and painted. Floor: `services.articles.list_articles`
  called directly (the SQL and the row objects, no Qt, no thread hop).
- sort: a click on each column header, both orders (the model's `sort` asks the
  store); same floor for the same order. Goal for both: ≤ 100 ms.
- scroll: a timer ticking every 16 ms moves the scroll bar ten screens down until
  the last of the 100k rows is on screen (rows arrive 200 at a time through
  `fetchMore`). Counted: frames painted, the longest gap between two ticks of
  the event loop (a stall is anything over 100 ms), and the total time.
- memory: RSS and PSS of this process (`/proc/self/smaps_rollup`) with the list
  open, and after the scroll, with all 100k rows held by the model. Goal ≤ 300 MB.

`--full-desk` runs the same cases in the whole main window, signed in: the editor
with the newest article, the QtWebEngine preview (whose helper processes' PSS is
reported too), the review dock and the live refresh.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CATEGORY_SLUG = "tin-hoat-dong"  # bench/corpus.py puts every article here
TICK_MS = 16
STALL_MS = 100


def memory_mb() -> tuple[float, float]:
    """(RSS, PSS) of this process in MB."""
    values = {}
    with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                values[name] = int(rest.split()[0]) / 1024
    return values["Rss"], values["Pss"]


def children_pss_mb() -> float:
    """PSS of every process this one started (QtWebEngine's), in MB."""
    total, pending = 0.0, [os.getpid()]
    while pending:
        pid = pending.pop()
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as listed:
                    pending.extend(int(child) for child in listed.read().split())
            except OSError:
                continue
        if pid == os.getpid():
            continue
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="sqlite:////tmp/desk100k.sqlite3")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--full-desk",
        action="store_true",
        help="the whole main window (editor, preview, review dock) instead of the list alone",
    )
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    if args.full_desk:
        from danvan_desktop.gui.app import create_application

        app = create_application(sys.argv[:1])
    else:
        app = QApplication(sys.argv[:1])
    rss0, pss0 = memory_mb()

    from danvan_desktop.gui.article_list import ArticleListPanel
    from danvan_desktop.gui.article_table import COLUMNS
    from danvan_desktop.gui.category_tree import ALL_ARTICLES
    from danvan_desktop.gui.context import DeskContext
    from danvan_desktop.gui.tasks import TaskRunner
    from danvan_desktop.services import articles, categories
    from danvan_desktop.services.dto import Actor
    from danvan_desktop.services.store import open_store
    from danvan_desktop.settings import AppSettings
    from danvan_desktop.workflow import Role

    store = open_store(args.database, migrate=False)
    category = next(c for c in categories.list_categories(store) if c.slug == CATEGORY_SLUG)
    actor = Actor(1, "admin", "Quản trị", frozenset({Role.ADMIN}))  # the list needs no login
    runner = TaskRunner()
    context = DeskContext(runner, AppSettings(), store, actor)
    window = None
    if args.full_desk:
        from danvan_desktop.gui.main_window import MainWindow

        context.store = context.actor = None
        window = MainWindow(context)
        window.show()
        window.start_session(store, actor)  # opens the newest article and the preview
        settle = time.perf_counter() + 5
        while time.perf_counter() < settle:
            app.processEvents()
        panel = window.articles
    else:
        panel = ArticleListPanel(context)
        panel.resize(900, 800)
        panel.show()
    view = panel.table
    loaded: list[int] = []
    panel.loaded.connect(loaded.append)

    class Painted(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                Painted.count += 1
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)

    def wait_loaded(count: int) -> None:
        while len(loaded) == count:
            app.processEvents()
        view.viewport().repaint()  # the rows painted, as the user sees them

    def open_category() -> float:
        count = len(loaded)
        panel.show_category(ALL_ARTICLES)  # away first, so that each round really opens
        wait_loaded(count)
        count = len(loaded)
        started = time.perf_counter()
        panel.show_category(category.id)
        wait_loaded(count)
        return (time.perf_counter() - started) * 1000

    def sort_by(column: int, order: Qt.SortOrder) -> float:
        count = len(loaded)
        started = time.perf_counter()
        view.sortByColumn(column, order)
        wait_loaded(count)
        return (time.perf_counter() - started) * 1000

    def service_floor(key: str, descending: bool) -> float:
        started = time.perf_counter()
        articles.list_articles(
            store, category_id=category.id, sort=key, descending=descending, limit=200
        )  # type: ignore[arg-type]
        return (time.perf_counter() - started) * 1000

    # warm-up: the disk cache and SQLite's page cache, as on a desk that has been open
    for key in COLUMNS:
        service_floor(key, False)
    panel.show_category(category.id)
    wait_loaded(0)

    print(f"category: {panel.model.total} articles; {args.rounds} rounds; medians in ms")
    opened, floors = [], []
    for _ in range(args.rounds):
        opened.append(open_category())
        floors.append(service_floor("updated", True))
    o, f = _median(opened), _median(floors)
    print(f"open the category (updated, newest first): {o:.1f} (≤ 100) | floor {f:.1f}")
    results = [("open (by updated ↓)", o, f)]
    for column, key in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            descending = order == Qt.SortOrder.DescendingOrder
            desk = [sort_by(column, order)]
            floor = [service_floor(key, descending)]
            for _ in range(args.rounds - 1):
                other = Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder
                sort_by(column, other)
                desk.append(sort_by(column, order))
                floor.append(service_floor(key, descending))
            d, fl = _median(desk), _median(floor)
            label = f"sort by {key} {'↓' if descending else '↑'}"
            print(f"{label}: {d:.1f} (≤ 100) | floor {fl:.1f}")
            results.append((label, d, fl))
    rss1, pss1 = memory_mb()

    # scroll from the top to the last row ------------------------------------------
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_loaded(len(loaded))
    view.scrollToTop()
    bar = view.verticalScrollBar()
    total = panel.model.total
    gaps: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]
    frames_before = Painted.count
    timer = QTimer(interval=TICK_MS)

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now
        bar.setValue(min(bar.maximum(), bar.value() + 10 * bar.pageStep()))
        if panel.model.rowCount() >= total and bar.value() >= bar.maximum():
            timer.stop()
            app.quit()

    asked: dict[int, float] = {}
    fetches: list[tuple[int, float]] = []  # (offset, ms from fetchMore to rows in the model)
    panel.model.more_requested.connect(lambda offset: asked.setdefault(offset, time.perf_counter()))

    def arrived(_parent, first: int, _last: int) -> None:
        if first in asked:
            fetches.append((first, (time.perf_counter() - asked.pop(first)) * 1000))

    panel.model.rowsInserted.connect(arrived)
    timer.timeout.connect(tick)
    clock.start()
    started = time.perf_counter()
    timer.start()
    app.exec()
    scrolled = time.perf_counter() - started
    frames = Painted.count - frames_before
    longest = max(gaps[1:]) if len(gaps) > 1 else 0.0
    stalls = sum(1 for g in gaps[1:] if g > STALL_MS)
    rss2, pss2 = memory_mb()
    print(
        f"scroll to row {panel.model.rowCount()} of {total}: {scrolled:.1f} s, {frames} frames, "
        f"{len(gaps)} ticks, longest gap {longest:.0f} ms, stalls over {STALL_MS} ms: {stalls}, "
        f"median tick {_median(gaps[1:]):.1f} ms"
    )
    shallow = [ms for offset, ms in fetches if offset < 10_000]
    deep = [ms for offset, ms in fetches if offset >= 90_000]
    if shallow and deep:
        print(
            f"  a page of 200 rows (fetchMore → rows in the model): {_median(shallow):.0f} ms "
            f"in the first 10,000 rows, {_median(deep):.0f} ms past row 90,000 "
            f"({len(fetches)} pages)"
        )
    print(f"memory: before the desk RSS {rss0:.0f} MB / PSS {pss0:.0f} MB")
    print(f"memory: list open RSS {rss1:.0f} MB / PSS {pss1:.0f} MB (≤ 300)")
    print(f"memory: after the scroll (all rows in the model) RSS {rss2:.0f} / PSS {pss2:.0f} MB")
    helpers = children_pss_mb()
    if helpers:
        print(f"memory: helper processes (QtWebEngine) PSS {helpers:.0f} MB in total")
    runner.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
