import subprocess
import sys

from danvan_desktop.vietnamese import SpellChecker, apply_fixes, count_text, sort_key
from danvan_desktop.vietnamese.lint import lint

_PROBE = """
import danvan_desktop.vietnamese as v
from danvan_desktop.vietnamese import charsets, lint_rules, spelling, syllables
loaded = [
    f.__name__
    for f in (
        charsets._tcvn3_tables, charsets._vni_tables, spelling._confusions,
        spelling.house_words, spelling.common_syllables, syllables.all_syllables,
        lint_rules.known_acronyms,
    )
    if f.cache_info().currsize
]
print(loaded)
"""


def test_nothing_is_loaded_at_import_time():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_empty_text_everywhere():
    assert lint("") == []
    assert SpellChecker().check("") == []
    assert apply_fixes("", []) == ""
    assert count_text("").syllables == 0
    assert sort_key("") == ""


_FIRST_PAINT_PROBE = """
import sys
from danvan_desktop.vietnamese import nfc, strip_marks
heavy = ("legacy", "lint", "lint_rules", "spelling", "collation", "charsets")
print([name for name in heavy if f"danvan_desktop.vietnamese.{name}" in sys.modules])
"""


def test_a_name_loads_only_its_own_module():
    """The desk's first paint needs `nfc`; the lint rules and charset tables wait."""
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]"


def test_every_public_name_resolves():
    import danvan_desktop.vietnamese as vietnamese

    for name in vietnamese.__all__:
        assert getattr(vietnamese, name) is not None
    assert set(vietnamese.__all__) <= set(dir(vietnamese))
