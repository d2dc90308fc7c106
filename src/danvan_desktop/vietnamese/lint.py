"""House-style lint: what a careful sub-editor of the portal would mark in a draft.

Each finding has a stable code (the GUI and scripts key on it), the span it is
about, a message in Vietnamese and in English, and, where the change cannot
alter the meaning, a fix: the text to put in place of the span. "Fix all
safe" applies exactly those fixes.

The rules live in `lint_rules`; this module runs them and applies fixes.
"""

from __future__ import annotations

from collections.abc import Iterable

from danvan_desktop.vietnamese.findings import INFO, WARNING, Finding
from danvan_desktop.vietnamese.lint_rules import RULES
from danvan_desktop.vietnamese.syllables import ToneStyle

__all__ = ["INFO", "WARNING", "Finding", "apply_fixes", "lint"]


def lint(text: str, *, tone_style: ToneStyle | None = None) -> list[Finding]:
    """Every finding in `text`, ordered by position.

    `tone_style` is the house tone style; without one, the style most of the
    text uses is taken as intended and the others are flagged.
    """
    findings: list[Finding] = []
    for rule in RULES:
        findings.extend(rule(text, tone_style))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.code))
    return findings


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """`text` with the fixes of `findings` applied.

    Spans that overlap a fix already taken are skipped (the earlier one wins),
    so applying, linting again and applying again converges.
    """
    chosen: list[Finding] = []
    last_end = -1
    for finding in sorted(
        (f for f in findings if f.fix is not None), key=lambda f: (f.start, f.end)
    ):
        if finding.start < last_end or (finding.start == last_end and finding.start == finding.end):
            continue
        chosen.append(finding)
        last_end = max(last_end, finding.end)
    parts: list[str] = []
    position = 0
    for finding in chosen:
        parts.append(text[position : finding.start])
        parts.append(finding.fix or "")
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)
