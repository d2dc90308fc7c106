"""Proofing on the desk: spelling as you type, the lint panel, legacy-text repair and "normalise".

The main window builds one `Proofing` and forgets it; this module wires the
pieces (gui/editor/spelling.py, gui/lint_panel.py, gui/legacy_paste.py,
gui/normalize_action.py) into the article editor through its public widgets and
signals, and adds the "Text" menu and the normalise button. The house tone
style and the interface language are read from the desk's settings each time
they matter, so a change in the settings dialog applies at once.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QSyntaxHighlighter
from PySide6.QtWidgets import QMainWindow

from danvan_desktop.gui.collector import freeze_long_lived
from danvan_desktop.gui.editor.spelling import Rehighlighter, SpellingLayer
from danvan_desktop.gui.editor.spelling_menu import SpellingMenu
from danvan_desktop.gui.icons import icon
from danvan_desktop.gui.legacy_paste import LegacyBar, LegacyPasteOffer
from danvan_desktop.gui.lint_panel import LintPanel
from danvan_desktop.gui.normalize_action import normalize_fields

log = logging.getLogger(__name__)
WARM_UP_DELAY_MS = 1500  # after the first paint and the store's first queries
NORMALIZE_SHORTCUT = "Ctrl+Shift+N"
PANEL_HEIGHT = 170


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines only: for the title and sapo, which have no Markdown to colour."""

    def __init__(self, document, layer: SpellingLayer) -> None:
        super().__init__(document)
        self.spelling = layer

    def highlightBlock(self, text: str) -> None:
        self.spelling.underline(self, text)


class Proofing(QObject):
    """Owns the proofing tools of one main window (`window.editor`, `window.editing`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._context = window.context
        editor = window.editor
        self.fields = {
            "title": editor.title_edit,
            "sapo": editor.sapo_edit,
            "body": editor.body,
            "caption": editor.caption_edit,
        }
        self._build_spelling(editor)
        self.lint_panel = LintPanel(
            self.fields,
            self._context.runner.background,
            lambda: self._context.settings.tone_style,
            lambda: self._context.settings.language,
            reveal=self._reveal,
            parent=window,
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.lint_panel)
        # About seven findings: the body keeps most of the height; F7 hides the panel.
        window.resizeDocks([self.lint_panel], [PANEL_HEIGHT], Qt.Orientation.Vertical)
        self.legacy_bar = LegacyBar()
        layout = editor.layout()
        layout.insertWidget(layout.indexOf(editor.body), self.legacy_bar)
        self.legacy = LegacyPasteOffer(editor.body, self.legacy_bar, self)
        self.legacy.watch(editor.title_edit)
        self.legacy.watch(editor.sapo_edit)
        self._build_actions(window, editor)
        editor.body.pasted.connect(self.legacy.pasted)
        editor.edited.connect(self.lint_panel.schedule)
        window.editing.loaded.connect(self._article_loaded)
        window.editing.state_changed.connect(self._state_changed)
        window.installEventFilter(self)
        self.retranslate_ui()
        QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)

    # spelling ----------------------------------------------------------------------
    def _build_spelling(self, editor) -> None:
        self.spelling = SpellingLayer(self)
        editor.highlighter.spelling = self.spelling
        self._highlighters: list[QSyntaxHighlighter] = [
            editor.highlighter,
            SpellingHighlighter(editor.title_edit.document(), self.spelling),
            SpellingHighlighter(editor.sapo_edit.document(), self.spelling),
        ]
        self._rehighlighters = [Rehighlighter(h, self) for h in self._highlighters]
        self.spelling.changed.connect(self.underline_again)
        self.spelling.checker_ready.connect(freeze_long_lived)  # its tables live as long
        editor.body.before_typing = partial(self.spelling.typing_in, editor.body)
        self._menus = [
            SpellingMenu(edit, self.spelling, self.add_to_dictionary, self)
            for edit in (editor.body, editor.title_edit, editor.sapo_edit)
        ]
        self._checker_style: str | None = None  # of the checker built or being built

    def warm_up(self) -> None:
        """Build the spell checker off the UI thread; underlines appear when it is ready.

        Built once, and again only if the house tone style changed in the
        settings (its suggestions come in that style first).
        """
        style = self._context.settings.tone_style
        if style == self._checker_style:
            return
        self._checker_style = style
        from danvan_desktop.services.house_dictionary import user_words

        self.spelling.warm_up(self._context.runner.background, user_words, style)

    def underline_again(self, word: str = "") -> None:
        """Re-highlight in slices (only blocks containing `word` when one is given)."""
        folded = word.casefold() if word else None
        for rehighlighter in self._rehighlighters:
            rehighlighter.start(None if folded is None else lambda text: folded in text.casefold())

    def finish_underlining(self) -> None:
        for rehighlighter in self._rehighlighters:
            rehighlighter.finish()
        self.spelling.finish()

    def add_to_dictionary(self, word: str) -> None:
        """Accept `word` now; keep it in the user's dictionary file (written off the UI thread)."""
        from danvan_desktop.services.house_dictionary import add_user_word

        self.spelling.add_word(word)
        self._context.runner.background(
            lambda: add_user_word(word), None, lambda error: log.warning("dictionary: %s", error)
        )

    # actions ------------------------------------------------------------------------
    def _build_actions(self, window: QMainWindow, editor) -> None:
        self.normalize_action = QAction(icon("text.normalize"), "", window)
        self.normalize_action.setObjectName("normalizeAction")
        self.normalize_action.setShortcut(QKeySequence(NORMALIZE_SHORTCUT))
        self.normalize_action.triggered.connect(self.normalize)
        self.fix_all_action = QAction(icon("text.fix"), "", window)
        self.fix_all_action.triggered.connect(self.lint_panel.fix_all_safe)
        self.spelling_action = QAction(icon("text.spelling"), "", window)
        self.spelling_action.setCheckable(True)
        self.spelling_action.setChecked(True)
        self.spelling_action.toggled.connect(self.spelling.set_enabled)
        self.panel_action = self.lint_panel.toggleViewAction()
        self.panel_action.setIcon(icon("text.lint"))
        self.panel_action.setShortcut(QKeySequence("F7"))
        editor.format_bar.addSeparator()
        editor.format_bar.addAction(self.normalize_action)
        editor.format_bar.addAction(self.spelling_action)
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("textMenu")
        for action in (self.normalize_action, self.fix_all_action, None, self.spelling_action):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.menu.addAction(self.panel_action)
        window.addAction(self.normalize_action)

    def normalize(self) -> list[str]:
        """ "Chuẩn hóa văn bản" over every text field: one undo step in each that changed."""
        if any(edit.isReadOnly() for edit in self.fields.values()):
            return []
        changed = normalize_fields(self.fields, self._context.settings.tone_style)
        if changed:
            self.lint_panel.lint_now()
        message = (
            self.tr("Text normalised: %n field(s) changed", "", len(changed))
            if changed
            else self.tr("The text is already normalised")
        )
        self._window.statusBar().showMessage(message, 4000)
        return changed

    def _article_loaded(self, _loaded=None) -> None:
        self.warm_up()
        self.lint_panel.lint_now()
        self.legacy.opened()
        self._state_changed()

    def _state_changed(self, _state=None) -> None:
        if self._window.editing.current is None:  # the article was closed
            self.lint_panel.clear()
            self.legacy.reject()
        editable = self._window.editing.current is not None and self.lint_panel.editable
        self.normalize_action.setEnabled(editable)
        self.fix_all_action.setEnabled(editable)

    def _reveal(self, field: str) -> None:
        if field == "caption":
            self._window.editor.details_toggle.setChecked(True)

    # translation ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Text"))
        texts = {
            self.normalize_action: (
                self.tr("Normalise text"),
                self.tr("Unicode, house tone marks, spaces and quotes in every field (%1)"),
            ),
            self.fix_all_action: (
                self.tr("Fix all safe findings"),
                self.tr("Apply every safe fix listed in the house-style panel"),
            ),
            self.spelling_action: (
                self.tr("Check spelling as you type"),
                self.tr("Underline misspelt words and known confusions"),
            ),
            self.panel_action: (self.tr("House-style panel"), self.tr("Show or hide (F7)")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(tip.replace("%1", shortcut))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
