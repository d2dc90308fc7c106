"""The lint panel: the house-style findings of the open article, a click away from the text.

Linting waits for a pause in typing (`DELAY_MS`), runs on a worker thread over
a snapshot of the fields, and a result is shown only if no newer snapshot was
taken meanwhile, so typing never waits and stale findings never show. A
finding keeps the text it was about: a click or a fix first checks the span
still holds it, and asks for a fresh lint otherwise.

"Fix" applies one finding's fix; "Fix all safe" applies every fix that cannot
change what the text says (the same set as "Chuẩn hóa văn bản"), one undo
step per field.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui import text_fields
from danvan_desktop.gui.debounce import Debouncer
from danvan_desktop.vietnamese import Finding
from danvan_desktop.vietnamese.findings import INFO
from danvan_desktop.vietnamese.lint_rules import RULES
from danvan_desktop.vietnamese.standardize import SAFE_CODES

DELAY_MS = 700
CHARS_PER_EXTRA_MS = 250  # characters per extra millisecond of pause: +2 s for 500 KB
log = logging.getLogger(__name__)


def _length(widget: QWidget) -> int:
    if isinstance(widget, QPlainTextEdit):
        return widget.document().characterCount()
    return len(widget.text()) if isinstance(widget, QLineEdit) else 0


FIELD_ORDER = ("title", "sapo", "body", "caption")


@dataclass(frozen=True)
class FieldFinding:
    """A finding in one field, with the paragraph it starts in and the text it covers.

    `paragraph` counts the non-blank lines up to the finding (1-based): the
    editor wraps lines, and Markdown separates paragraphs by blank ones, so
    this is the number a reader counts on screen.
    """

    field: str
    finding: Finding
    paragraph: int
    covered: str

    @property
    def safe(self) -> bool:
        return self.finding.fix is not None and self.finding.code in SAFE_CODES


def lint_fields(
    texts: dict[str, str], tone_style: str, cancelled: Callable[[], bool] = lambda: False
) -> list[FieldFinding] | None:
    """Every finding of every field, fields in reading order; None if `cancelled()` said so.

    Pure, for a worker thread. It runs the rules of `vietnamese.lint` one at a
    time and asks `cancelled` between them, so a lint of a long article stops
    within one rule's time (a tenth of a second for 500 KB) once the editor
    types again, instead of contending with the typing for the interpreter.
    """
    results: list[FieldFinding] = []
    for key in FIELD_ORDER:
        text = texts.get(key, "")
        offsets, numbers, offset, count = [], [], 0, 0  # each line's start and paragraph
        for line in text.split("\n"):
            count += 1 if line.strip() else 0
            offsets.append(offset)
            numbers.append(max(1, count))
            offset += len(line) + 1
        findings: list[Finding] = []
        for rule in RULES if text else ():
            if cancelled():
                return None
            findings.extend(rule(text, tone_style))  # type: ignore[arg-type]
        findings.sort(key=lambda finding: (finding.start, finding.end, finding.code))  # as lint()
        for finding in findings:
            number = numbers[bisect_right(offsets, finding.start) - 1]
            covered = text[finding.start : finding.end]
            results.append(FieldFinding(key, finding, number, covered))
    return results


def shown_text(covered: str, limit: int = 40) -> str:
    """The flagged text as the list shows it: spaces made visible, long passages cut."""
    if not covered.strip():
        return covered.replace("\u00a0", "⍽").replace(" ", "␣").replace("\n", "¶")
    text = " ".join(covered.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LintPanel(QDockWidget):
    """objectName `lintPanel`; shows `FieldFinding`s and edits the fields they came from."""

    findings_shown = Signal(int)  # how many findings are listed

    def __init__(
        self,
        fields: dict[str, QWidget],
        run_in_background: Callable,
        tone_style: Callable[[], str],
        language: Callable[[], str],
        reveal: Callable[[str], None] = lambda _field: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lintPanel")
        self._fields = fields
        self._run = run_in_background
        self._tone_style = tone_style
        self._language = language
        self._reveal = reveal  # shows a field that may be folded away (the caption)
        self._generation = 0
        self._snapshot: dict[str, str] = {}
        self._findings: list[FieldFinding] = []
        self._then: list[Callable[[], None]] = []
        self._in_flight = False
        self._again = False
        self._cancel = threading.Event()
        self._pause = Debouncer(DELAY_MS, self.lint_now, self)
        self.list = QTreeWidget(objectName="lintList")
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemClicked.connect(lambda item, _column: self.jump_to(self._row_of(item)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel(objectName="lintSummary")
        self.summary.setStyleSheet("color: #4b5563;")
        self.fix_button = QPushButton(objectName="lintFixButton")
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_all_button = QPushButton(objectName="lintFixAllButton")
        self.fix_all_button.clicked.connect(self.fix_all_safe)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.fix_button)
        row.addWidget(self.fix_all_button)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.retranslate_ui()
        self._update_buttons()

    # linting -------------------------------------------------------------------
    def schedule(self) -> None:
        """The text changed: lint once typing pauses (longer pauses for long articles).

        Linting 500 KB takes about half a second of Python on a worker thread,
        which contends with typing for the interpreter, so a long article
        waits for a longer pause before it is linted again.
        """
        self._generation += 1  # results of older snapshots are stale from now on
        self._cancel.set()  # a lint under way is about text that is gone
        size = sum(_length(widget) for widget in self._fields.values())
        self._pause.delay_ms = DELAY_MS + size // CHARS_PER_EXTRA_MS
        self._pause.poke()

    def lint_now(self, then: Callable[[], None] | None = None) -> None:
        """Lint the fields as they are now; one lint runs at a time, the latest text next."""
        self._pause.stop()
        if then is not None:
            self._then.append(then)
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self._cancel = threading.Event()
        cancel = self._cancel
        self._generation += 1
        generation = self._generation
        snapshot = {key: text_fields.field_text(widget) for key, widget in self._fields.items()}
        style = self._tone_style()

        def shown(findings: list[FieldFinding] | None) -> None:
            self._in_flight = False
            if self._again:
                self._again = False
                self.lint_now()
                return
            if findings is None or generation != self._generation:
                return  # typed since: the timer will lint the newer text
            self._snapshot = snapshot
            self._show(findings)
            waiting, self._then = self._then, []
            for run in waiting:
                run()

        def failed(error: BaseException) -> None:
            self._in_flight = False
            log.warning("lint failed: %s", error)

        self._run(lambda: lint_fields(snapshot, style, cancel.is_set), shown, failed)

    def clear(self) -> None:
        self._cancel.set()
        self._generation += 1
        self._pause.stop()
        self._snapshot = {}
        self._show([])

    @property
    def findings(self) -> list[FieldFinding]:
        return list(self._findings)

    @property
    def current(self) -> bool:
        """True when the list describes the fields as they are now."""
        return bool(self._snapshot) and all(
            text_fields.field_text(widget) == self._snapshot.get(key, "")
            for key, widget in self._fields.items()
        )

    # the list --------------------------------------------------------------------
    def _show(self, findings: list[FieldFinding]) -> None:
        self._findings = findings
        self.list.clear()
        english = self._language() == "en"
        names = self._field_names()
        items = []
        for number, found in enumerate(findings):
            message = found.finding.message_en if english else found.finding.message_vi
            where = names[found.field]
            if found.field == "body":
                where = self.tr("%1, paragraph %2").replace("%1", where)
                where = where.replace("%2", str(found.paragraph))
            item = QTreeWidgetItem([message, shown_text(found.covered), found.finding.code, where])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(0, message)
            if found.finding.severity == INFO:
                item.setForeground(0, self.palette().placeholderText())
            if found.safe:
                item.setToolTip(2, self.tr("Safe to fix automatically"))
            items.append(item)
        self.list.addTopLevelItems(items)
        safe = sum(1 for found in findings if found.safe)
        if findings:
            text = self.tr("%n finding(s)", "", len(findings))
            text += " · " + self.tr("%n safe to fix", "", safe)
        else:
            text = self.tr("No house-style findings")
        self.summary.setText(text)
        self._update_buttons()
        self.findings_shown.emit(len(findings))

    def _row_of(self, item: QTreeWidgetItem | None) -> int:
        return -1 if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    @property
    def editable(self) -> bool:
        """False while the article is read-only (a reviewer's view, an approved revision)."""
        return not any(widget.isReadOnly() for widget in self._fields.values())

    def _update_buttons(self) -> None:
        row = self._row_of(self.list.currentItem())
        fixable = 0 <= row < len(self._findings) and self._findings[row].finding.fix is not None
        self.fix_button.setEnabled(fixable and self.editable)
        safe = any(found.safe for found in self._findings)
        self.fix_all_button.setEnabled(safe and self.editable)

    def _still_there(self, found: FieldFinding) -> bool:
        widget = self._fields[found.field]
        text = text_fields.field_text(widget)
        return text[found.finding.start : found.finding.end] == found.covered

    # actions --------------------------------------------------------------------
    def jump_to(self, row: int) -> None:
        """Select the finding's span in its field (relinting first if the text moved on)."""
        if not 0 <= row < len(self._findings):
            return
        found = self._findings[row]
        if not self._still_there(found):
            self.lint_now()
            return
        self._reveal(found.field)
        start, end = found.finding.start, found.finding.end
        text_fields.select_span(self._fields[found.field], start, max(end, start))

    def fix_current(self) -> None:
        row = self._row_of(self.list.currentItem())
        if not 0 <= row < len(self._findings):
            return
        found = self._findings[row]
        if not self.editable:
            return
        if found.finding.fix is None or not self._still_there(found):
            self.lint_now()
            return
        span = (found.finding.start, found.finding.end, found.finding.fix)
        text_fields.replace_spans(self._fields[found.field], [span])
        self.lint_now()

    def fix_all_safe(self) -> None:
        """Every safe fix, one undo step per field, on findings that match the text now."""
        if not self.current:
            self.lint_now(then=self._fix_all_current)
            return
        self._fix_all_current()

    def _fix_all_current(self) -> None:
        if not self.current or not self.editable:
            return  # typed again meanwhile; the user can press again
        by_field: dict[str, list[text_fields.Replacement]] = {}
        for found in self._findings:
            if found.safe:
                fix = (found.finding.start, found.finding.end, found.finding.fix or "")
                by_field.setdefault(found.field, []).append(fix)
        for key, replacements in by_field.items():
            text_fields.replace_spans(self._fields[key], replacements)
        self.lint_now()

    # translation ---------------------------------------------------------------------
    def _field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "sapo": self.tr("Sapo"),
            "body": self.tr("Body"),
            "caption": self.tr("Picture caption"),
        }

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("House style"))
        labels = [self.tr("Finding"), self.tr("Text"), self.tr("Code"), self.tr("Where")]
        self.list.setHeaderLabels(labels)
        self.fix_button.setText(self.tr("Fix"))
        self.fix_button.setToolTip(self.tr("Apply the suggested fix of the selected finding"))
        self.fix_all_button.setText(self.tr("Fix all safe findings"))
        self.fix_all_button.setToolTip(
            self.tr("Spaces, quotes, dashes, document numbers and tone marks; one undo step")
        )
        if self._findings or self._snapshot:
            self._show(self._findings)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
