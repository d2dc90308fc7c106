"""The review dock of the desk: the queue and the review view, wired to the editor.

The main window needs three lines (see `ReviewDock.attach`): make the dock, dock
it, attach it, and `start()` it once the user has signed in. The review view
pins the revision the editor loaded, so Approve names the text on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QDockWidget, QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit

from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.review_queue import ReviewQueuePanel
from danvan_desktop.gui.review_view import ReviewPanel
from danvan_desktop.gui.text_fields import plain_text
from danvan_desktop.workflow import Role

# Article fields a comment may point into, and the editor widget that shows each.
FIELD_WIDGETS = {
    "title": "title_edit",
    "sapo": "sapo_edit",
    "body": "body",
    "feature_caption": "caption_edit",
    "author_name": "author_edit",
    "author_position": "position_edit",
    "source": "source_edit",
}
COUNTS_REFRESH_MS = 60_000  # in team mode others submit and return articles too
COMMENT_MARK = QTextFormat.Property.UserProperty + 71  # tags our extra selections
COMMENT_BACKGROUND = "#fff1b8"


def to_index(text: str, qt_position: int) -> int:
    """A Qt position (UTF-16 units) as the core's offset (code points) in `text`."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return qt_position
    return len(text.encode("utf-16-le")[: 2 * qt_position].decode("utf-16-le", "ignore"))


def to_qt(text: str, index: int) -> int:
    """The core's offset (code points) as a Qt position (UTF-16 units) in `text`."""
    return len(text[:index].encode("utf-16-le")) // 2


def _text_of(widget) -> str:
    return plain_text(widget) if isinstance(widget, QPlainTextEdit) else widget.text()


def selection_anchor(editor) -> object | None:
    """The editor's selected passage as a `services.comments.Anchor`, or None.

    Qt counts UTF-16 units and the core code points; they differ only past a
    character outside the Basic Multilingual Plane (an emoji), and are converted.
    """
    from danvan_desktop.services.comments import Anchor

    for field, name in FIELD_WIDGETS.items():
        widget = getattr(editor, name, None)
        start = end = None
        if isinstance(widget, QPlainTextEdit) and widget.textCursor().hasSelection():
            cursor = widget.textCursor()
            if widget.hasFocus() or field == "body":
                start, end = cursor.selectionStart(), cursor.selectionEnd()
        elif isinstance(widget, QLineEdit) and widget.hasSelectedText() and widget.hasFocus():
            start = widget.selectionStart()
            end = start + len(widget.selectedText().encode("utf-16-le")) // 2
        if start is not None and end is not None:
            text = _text_of(widget)
            return Anchor(field, to_index(text, start), to_index(text, end))
    return None


def select_passage(editor, field: str, start: int, end: int) -> bool:
    """Show a comment's passage: select it in its field and scroll it into view."""
    widget = getattr(editor, FIELD_WIDGETS.get(field, ""), None)
    if isinstance(widget, QPlainTextEdit | QLineEdit):
        text = _text_of(widget)
        start, end = to_qt(text, start), to_qt(text, end)
    if isinstance(widget, QPlainTextEdit):
        last = widget.document().characterCount() - 1
        cursor = widget.textCursor()
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    elif isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    else:
        return False
    widget.setFocus()
    return True


def highlight_comments(editor, threads) -> int:
    """Mark the passages of open comments in the editor's text fields; returns how many.

    Only our own extra selections are replaced (they carry `COMMENT_MARK`), so
    other features may add theirs. The cursors follow later typing by themselves.
    """
    wanted: dict[str, list[tuple[int, int]]] = {}
    for thread in threads:
        root = thread.root
        place = root.place
        if root.resolved or root.field is None or place.start is None or place.end is None:
            continue
        wanted.setdefault(root.field, []).append((place.start, place.end))
    marked = 0
    for field, name in FIELD_WIDGETS.items():
        widget = getattr(editor, name, None)
        if not isinstance(widget, QPlainTextEdit):
            continue
        kept = [s for s in widget.extraSelections() if not s.format.property(COMMENT_MARK)]
        last = widget.document().characterCount() - 1
        text = plain_text(widget)
        for index_start, index_end in wanted.get(field, ()):
            start, end = to_qt(text, index_start), to_qt(text, index_end)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(widget.document())
            cursor.setPosition(min(start, last))
            cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(COMMENT_BACKGROUND))
            text_format.setProperty(COMMENT_MARK, True)
            selection.cursor = cursor
            selection.format = text_format
            kept.append(selection)
            marked += 1
        widget.setExtraSelections(kept)
    return marked


class ReviewDock(QDockWidget):
    """objectName `reviewDock`; `counts_changed(QueueCounts)` feeds the window's badges."""

    counts_changed = Signal(object)
    open_requested = Signal(str)  # an article chosen in the queue

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDock")
        self.queue = ReviewQueuePanel(context)
        self.review = ReviewPanel(context)
        self.tabs = QTabWidget(objectName="reviewDockTabs")
        self.tabs.addTab(self.review, "")
        self.tabs.addTab(self.queue, "")
        self.setWidget(self.tabs)
        self._refresh = QTimer(self, interval=COUNTS_REFRESH_MS)
        self._refresh.timeout.connect(self.queue.reload)
        self.queue.counts_changed.connect(self._counts)
        self.queue.article_chosen.connect(self.open_requested)
        self._context = context
        self.audit_action = QAction(self, objectName="auditLogAction")
        self.audit_action.triggered.connect(self.show_audit_log)
        self.audit_action.setEnabled(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        counts = self.queue.counts
        waiting = counts.waiting_for_me if counts else 0
        returned = counts.returned_to_me if counts else 0
        self.setWindowTitle(self.tr("Review"))
        self.audit_action.setText(self.tr("Audit log…"))
        self.toggleViewAction().setText(self.tr("Review panel"))
        self.tabs.setTabText(0, self.tr("This article"))
        queue = self.tr("Review queue")
        if waiting or returned:
            queue += f" ({waiting} · {returned})"
        self.tabs.setTabText(1, queue)
        self.tabs.setTabToolTip(
            1,
            self.tr("Waiting for me: %1 · returned to me: %2")
            .replace("%1", str(waiting))
            .replace("%2", str(returned)),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def attach(self, window) -> None:
        """Wire the dock to a `MainWindow`, after creating it::

        self.review_dock = ReviewDock(context, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_dock)
        self.review_dock.attach(self)       # and in start_session: self.review_dock.start()

        Menus may add `toggleViewAction()` (show the panel) and `audit_action`
        (the admins' audit log; enabled for admins once `start` ran).
        """
        editing, editor = window.editing, window.editor
        editing.loaded.connect(self._loaded)
        editing.saved.connect(self._saved)
        self.open_requested.connect(window.articles.article_chosen)
        self.review.passage_requested.connect(
            lambda field, start, end: select_passage(editor, field, start, end)
        )
        self.review.article_changed.connect(lambda detail: self._changed(window, detail))
        self.review.state_loaded.connect(
            lambda state: highlight_comments(editor, () if editing.dirty else state.threads)
        )

        def selection_moved() -> None:
            # Offsets name stored text: while the editor has unsaved changes they would not.
            self.review.set_selection(None if editing.dirty else selection_anchor(editor))

        for name in FIELD_WIDGETS.values():
            widget = getattr(editor, name, None)
            if isinstance(widget, QPlainTextEdit | QLineEdit):
                widget.selectionChanged.connect(selection_moved)
        if editing.current is not None:  # an article opened before the dock was attached
            self._loaded(editing.current)

    def start(self) -> None:
        """The user has signed in: fill the queue and keep the counts fresh."""
        self.queue.reload()
        self._refresh.start()
        actor = self._context.actor
        self.audit_action.setEnabled(actor is not None and actor.has(Role.ADMIN))

    def show_queue(self, kind: str) -> None:
        """Show the dock on one list of the queue ("waiting_for_me", "returned_to_me"…)."""
        self.setVisible(True)
        self.raise_()
        self.tabs.setCurrentWidget(self.queue)
        self.queue.choose(kind)

    def show_audit_log(self) -> None:
        from danvan_desktop.gui.audit_view import AuditDialog

        dialog = AuditDialog(self._context, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.load()

    def _saved(self, detail) -> None:
        """The desk saved or took a workflow step: what it shows is the new revision."""
        self.queue.reload()
        self.review.show_article(detail.id, detail.current_hash)

    def _loaded(self, loaded) -> None:
        if loaded.stored:
            self.review.show_article(loaded.article_id, loaded.current_hash)
        else:
            self.review.show_article(None)

    def _changed(self, window, detail) -> None:
        """A step taken in the review view: the editor and the lists show the new state."""
        self.queue.reload()
        window.articles.reload(select=detail.id)
        if not window.editing.dirty:
            window.editing.open_article(detail.id)

    def _counts(self, counts) -> None:
        self.retranslate_ui()
        self.counts_changed.emit(counts)
