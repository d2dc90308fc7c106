"""The spelling part of the editor's context menu and tooltips.

Right-clicking an underlined word puts the suggestions (each replaces the word
as one undo step), "add to dictionary" and "ignore" above Qt's own entries;
hovering it says why it is underlined, since a blue underline on two valid
syllables ("xẩy ra") puzzles anyone who has not met one before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from danvan_desktop.gui.editor.spelling import SpellingLayer
from danvan_desktop.gui.text_fields import python_offset, utf16_offset
from danvan_desktop.vietnamese import SpellIssue
from danvan_desktop.vietnamese.spelling import CONFUSION, TONE_POSITION

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class SpellingMenu(QObject):
    """The spelling part of the body editor's context menu, over Qt's standard one."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        layer: SpellingLayer,
        add_to_dictionary: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or edit)
        self._edit = edit
        self._layer = layer
        self._add_to_dictionary = add_to_dictionary
        edit.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            position = self._edit.cursorForPosition(event.pos()).position()
            menu = self.menu_at(position)
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self._edit.cursorForPosition(event.pos()).position()
            tip = self.tip_at(position)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self._edit.viewport())
            else:
                QToolTip.hideText()
            return True
        return False

    def _issue_at(self, position: int) -> tuple[SpellIssue, int, int] | None:
        """The issue at document `position`, with its start and length in document units."""
        block = self._edit.document().findBlock(position)
        text = block.text()
        offset = position - block.position()
        if _ASTRAL.search(text):
            offset = python_offset(text, offset)
        issue = self._layer.issue_at(text, offset)
        if issue is None:
            return None
        start, end = utf16_offset(text, issue.start), utf16_offset(text, issue.end)
        return issue, block.position() + start, end - start

    def tip_at(self, position: int) -> str:
        """What the underline at `position` means, for the tooltip ("" if none)."""
        found = self._issue_at(position)
        if found is None:
            return ""
        issue = found[0]
        if issue.kind == CONFUSION:
            tip = self.tr("Often confused: did you mean “%1”?")
            return tip.replace("%1", issue.suggestions[0] if issue.suggestions else "")
        if issue.kind == TONE_POSITION:
            return self.tr("The tone mark is on the wrong letter. Right-click for suggestions.")
        return self.tr("Not in the dictionary. Right-click for suggestions.")

    def menu_at(self, position: int) -> QMenu | None:
        """The menu for a right-click at document `position`; None when no issue is there."""
        found = self._issue_at(position)
        if found is None:
            return None
        issue, start, length = found
        menu = self._edit.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        ours: list[QAction] = []
        suggestions = () if self._edit.isReadOnly() else self._layer.suggestions(issue)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self.replace(start, length, s)
            )
            ours.append(action)
        if not suggestions and not self._edit.isReadOnly():
            empty = QAction(self.tr("(no suggestions)"), menu)
            empty.setEnabled(False)
            ours.append(empty)
        if issue.kind != CONFUSION:
            add = QAction(self.tr("Add to dictionary"), menu)
            add.triggered.connect(lambda: self._add_to_dictionary(issue.word))
            ours.append(add)
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.triggered.connect(lambda: self._layer.ignore(issue.word))
        ours.append(ignore)
        menu.insertActions(first, ours)
        menu.insertSeparator(first)
        return menu

    def replace(self, start: int, length: int, text: str) -> None:
        """Put `text` in place of the word: one undo step, the cursor after it."""
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self._edit.setTextCursor(cursor)
