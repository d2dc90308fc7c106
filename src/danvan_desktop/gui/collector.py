"""Keep Python's full garbage collections short while the desk runs.

A full collection walks every object the collector tracks. The desk holds
about 150,000 that live as long as the process (modules, classes, Qt
wrappers, the spell checker's tables), and each full collection took around
100 ms on the 2-core bench machine: a visible stall while scrolling the
100,000-article list (bench/bench_list_100k.py --full-desk).
`freeze_long_lived` moves what exists into the permanent generation
(`gc.freeze`), so later collections walk only what came after. It is called
when such objects have just been made: the session's panels built, the spell
checker's tables arrived. Garbage is collected first, so only live objects are
frozen; cycles among them would never be collected, which for objects that
live as long as the desk costs nothing. When the window closes, `thaw` hands
them back to the collector (the session's objects may die from then on).
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    gc.collect()
    gc.freeze()


def thaw() -> None:
    gc.unfreeze()
