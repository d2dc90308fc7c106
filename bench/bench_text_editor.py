"""What spelling-as-you-type costs the body editor, in a 500 KB article; prints medians in ms.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_text_editor.py [--rounds N]

Cases (goal from issue 6: the spell check never delays a keystroke in a 500 KB
article):
- keystroke: ASCII keys and Vietnamese input-method commits typed into the
  middle of a long paragraph of a 500 KB article, in the Markdown editor with
  its highlighter, spelling off and on (the checker warm, as it is once the
  desk has started);
- the same while typing an English word, every prefix of which is misspelt
  (the highlighter asks for no suggestions, so this stays cheap);
- loading the 500 KB article into the editor (every block highlighted once),
  spelling off and on;
- ASCII keys while the lint panel lints the whole article on a worker thread
  (it waits for a pause in typing, but a long lint can overlap the next words),
  with the lint never stopping (worst case) and cancelled by the first key, as
  the panel does;
- re-underlining the whole article after "add to dictionary" or when the
  checker becomes ready, which runs in slices between keystrokes: the total,
  and the longest slice (what a keystroke could wait behind).
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from danvan_desktop.gui.editor.highlighter import MarkdownHighlighter
    from danvan_desktop.gui.editor.markdown_edit import MarkdownEdit
    from danvan_desktop.gui.editor.spelling import Rehighlighter, SpellingLayer
    from danvan_desktop.gui.lint_panel import lint_fields
    from danvan_desktop.services.setup import sample_fields
    from danvan_desktop.vietnamese import SpellChecker

    app = QApplication.instance() or QApplication([])
    body = sample_fields().body
    parts: list[str] = []
    size = 0
    while size < 500 * 1024:  # numbered copies: no sentence repeats, so no cache hit is free
        copy = "\n".join(
            f"{line} (Phần {len(parts) + 1}.{number})" if line.strip() else line
            for number, line in enumerate(body.split("\n"))
        )
        copy = copy.replace(". ", f" {len(parts) + 1}. ")
        parts.append(copy)
        size += len(copy.encode())
    big = "\n\n".join(parts)
    checker = SpellChecker(style="traditional")  # warm-up: see bench_text.py
    checker.check("Đổi mới phương thức")

    edit = MarkdownEdit()
    edit.resize(700, 900)
    edit.show()
    highlighter = MarkdownHighlighter(edit.document())
    layer = SpellingLayer()
    layer.set_checker(checker)

    def load(spelling: bool) -> float:
        highlighter.spelling = layer if spelling else None
        started = time.perf_counter()
        edit.set_markdown(big)
        app.processEvents()
        elapsed = _ms(started)
        layer.finish()  # underline what was deferred, so typing below starts from a calm editor
        return elapsed

    for spelling in (False, True):
        timings = [load(spelling) for _ in range(max(2, rounds // 2))]
        label = f"load {len(big.encode()) // 1024} KB, spelling {'on' if spelling else 'off'}"
        print(f"{label:<58} median {statistics.median(timings):8.1f} ms")

    lines = big.split("\n")
    half = len(lines) // 2
    row = max(range(half, len(lines)), key=lambda r: len(lines[r]))
    longest = lines[row]
    middle = sum(len(line) + 1 for line in lines[:row]) + len(longest) // 2

    def typing(keys, spelling: bool) -> list[float]:
        highlighter.spelling = layer if spelling else None
        edit.setFocus()
        cursor = edit.textCursor()
        cursor.setPosition(middle)
        edit.setTextCursor(cursor)
        app.processEvents()
        times = []
        for key in keys:
            started = time.perf_counter()
            if isinstance(key, str) and not key.isascii():
                event = QInputMethodEvent("", [])
                event.setCommitString(key)
                QApplication.sendEvent(edit, event)
            else:
                QTest.keyClick(edit, key)
            app.processEvents()
            times.append(_ms(started))
        typed = QTextCursor(edit.document())  # take the words out again: every run types
        typed.setPosition(middle)  # into the same sentence, which would otherwise grow
        typed.setPosition(edit.textCursor().position(), QTextCursor.MoveMode.KeepAnchor)
        typed.removeSelectedText()
        app.processEvents()
        return times

    ascii_keys = [Qt.Key.Key_Space if c == " " else c for c in "dan van kheo "] * 6
    vietnamese = ["dân ", "vận ", "khéo ", "hòan ", "người "] * 6
    english = [Qt.Key.Key_Space if c == " " else c for c in " extraordinary "] * 4
    print(f"keystroke in the middle of a {len(longest)}-char paragraph (per key, ms):")
    for name, keys in (
        ("ASCII keys", ascii_keys),
        ("Vietnamese IME commits", vietnamese),
        ("an English word (misspelt)", english),
    ):
        off, on = [], []
        for _ in range(rounds):
            off += typing(keys, False)
            on += typing(keys, True)
        ratio = statistics.median(on) / max(statistics.median(off), 1e-6)
        print(
            f"  {name:<32} spelling off median {statistics.median(off):6.2f}"
            f" · on {statistics.median(on):6.2f}  ({ratio:.2f}×)"
            f"  p95 off {_p95(off):6.2f} · on {_p95(on):6.2f}"
        )

    # The lint panel lints on a worker thread after a pause; when typing resumes
    # it cancels the lint between two rules. Worst case first: a lint that never
    # stops (the UI thread shares the interpreter with it); then the panel's way.
    def typing_during_lint(cancel_on_key: bool) -> list[float]:
        times: list[float] = []
        for _ in range(rounds):
            cancel = threading.Event()

            def lint_until_cancelled(cancel=cancel) -> None:
                while not cancel.is_set():
                    lint_fields({"body": big}, "traditional", cancel.is_set)

            worker = threading.Thread(target=lint_until_cancelled, daemon=True)
            worker.start()
            time.sleep(0.05)  # the lint is under way when the first key comes
            if cancel_on_key:
                edit.textChanged.connect(cancel.set)  # what LintPanel.schedule does
            times += typing(ascii_keys, True)
            if cancel_on_key:
                edit.textChanged.disconnect(cancel.set)
            cancel.set()
            worker.join()
        return times

    for name, cancelling in (("never cancelled (worst)", False), ("cancelled on a key", True)):
        busy = typing_during_lint(cancelling)
        print(
            f"  ASCII keys while a 500 KB lint runs, {name:<24} median"
            f" {statistics.median(busy):6.2f}  p95 {_p95(busy):6.2f}  max {max(busy):6.1f}"
        )

    highlighter.spelling = layer
    again = Rehighlighter(highlighter)
    slices: list[float] = []
    original = again._slice

    def timed_slice(budget_ms=None):
        started = time.perf_counter()
        original(budget_ms)
        slices.append(_ms(started))

    again._slice = timed_slice  # type: ignore[method-assign]
    layer.add_word("Kheo")  # clears the cache, as adding a word does
    started = time.perf_counter()
    again.start()
    while again.running:
        app.processEvents()
    print(
        f"{'re-underline the whole article, in slices':<58} total {_ms(started):8.1f} ms;"
        f" {len(slices)} slices, longest {max(slices):5.1f} ms"
    )


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


if __name__ == "__main__":
    main()
