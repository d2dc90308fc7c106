"""The desk's main window: composes the panels and routes actions; no feature logic here.

Shown before the store is open (`start_session` arrives once the user has
signed in), so the window is on screen in a fraction of a second while
SQLAlchemy and QtWebEngine load behind it. The panels that only matter to a
signed-in user (proofing, review dock, edit lock, live refresh, import and
backup) are imported and built by the first `start_session`, after the first
paint: that halves the time to the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.article_list import ArticleListPanel
from danvan_desktop.gui.category_panel import CategoryPanel
from danvan_desktop.gui.collector import freeze_long_lived, thaw
from danvan_desktop.gui.context import DeskContext
from danvan_desktop.gui.dialogs import CommentDialog
from danvan_desktop.gui.editing import ArticleEditing, SaveState
from danvan_desktop.gui.editor.article_editor import ArticleEditor
from danvan_desktop.gui.help_menu import HelpMenu
from danvan_desktop.gui.icons import icon
from danvan_desktop.gui.message_bar import MessageBar
from danvan_desktop.gui.messages import error_text
from danvan_desktop.gui.pictures import PictureController
from danvan_desktop.gui.preview import PreviewPane
from danvan_desktop.gui.status_bar import DeskStatusBar
from danvan_desktop.gui.unsaved_work import UnsavedWork
from danvan_desktop.workflow import Action, Role


class MainWindow(QMainWindow):
    """objectName `mainWindow`."""

    settings_requested = Signal()

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.resize(1500, 920)
        self.categories = CategoryPanel(context)
        self.articles = ArticleListPanel(context)
        self.editor = ArticleEditor()
        self.preview = PreviewPane(context)
        self.message_bar = MessageBar()
        self.editing = ArticleEditing(context, self.editor, self)
        self.unsaved = UnsavedWork(self)  # nothing unsaved is parked out of sight
        self._actions: dict[str, QAction] = {}
        self._open_first_article = False
        self._saved_id: str | None = None
        self._session_panels_built = False
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self._connect_signals()
        self.help_menu = HelpMenu(self)  # the user guide (F1) and About
        self.retranslate_ui()
        self._update_actions()

    def _build_session_panels(self) -> None:
        """Build what only a signed-in user needs; imported here, after the first paint."""
        from danvan_desktop.gui.backup_dialogs import BackupMenu
        from danvan_desktop.gui.edit_lock import EditLock
        from danvan_desktop.gui.import_dialog import ImportMenu
        from danvan_desktop.gui.live_refresh import LiveRefresh
        from danvan_desktop.gui.proofing import Proofing
        from danvan_desktop.gui.queue_badges import QueueBadges
        from danvan_desktop.gui.review_dock import ReviewDock

        self._session_panels_built = True
        self.proofing = Proofing(self)  # spelling, lint panel, legacy text, normalise
        self.backup_menu = BackupMenu(self, self._menus["file"], self._actions["settings"])
        self.import_menu = ImportMenu(self, self._menus["file"], self._actions["save"])
        self.edit_lock = EditLock(self)  # "being edited by …", heartbeats, take-over
        self.live = LiveRefresh(self, self.edit_lock)  # other desks' changes
        self.review_dock = ReviewDock(self.context, self)  # queue, review view, history, audit
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_dock)
        self.review_dock.attach(self)
        self.review_dock.review.state_loaded.connect(  # comments are marked in the preview
            lambda _state: self.preview.mark_outdated(self._preview_fields)
        )
        self.badges = QueueBadges(self, self.toolbar, self._actions["preview"], self.review_dock)
        self._menus["view"].addAction(self.review_dock.toggleViewAction())
        self._menus["view"].addAction(self.review_dock.audit_action)

    # layout ------------------------------------------------------------------
    def _build_layout(self) -> None:
        editor_column = QWidget()
        column = QVBoxLayout(editor_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.message_bar)
        column.addWidget(self.editor, 1)
        self.work_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.work_splitter.addWidget(editor_column)
        self.work_splitter.addWidget(self.preview)
        self.work_splitter.setSizes([610, 610])
        # Categories above the list: the list gets the width its titles need.
        self.browse_splitter = QSplitter(Qt.Orientation.Vertical, objectName="browseSplitter")
        self.browse_splitter.addWidget(self.categories)
        self.browse_splitter.addWidget(self.articles)
        self.browse_splitter.setSizes([200, 700])
        self.browse_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="deskSplitter")
        self.splitter.addWidget(self.browse_splitter)
        self.splitter.addWidget(self.work_splitter)
        self.splitter.setSizes([460, 1220])
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.browse_splitter.setMinimumWidth(300)

    def _action(self, key: str, icon_name: str | None, shortcut=None, run=None) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if run is not None:
            action.triggered.connect(run)
        self._actions[key] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        a("new", "article.new", QKeySequence.StandardKey.New, self._new_article)
        a("save", "article.save", QKeySequence.StandardKey.Save, lambda: self.editing.save())
        a("submit", "article.submit", "Ctrl+Shift+S", lambda: self._step(Action.SUBMIT))
        a("approve", "article.approve", "Ctrl+Shift+A", lambda: self._step(Action.APPROVE))
        a("request_changes", "article.request_changes", None, self._request_changes)
        a("publish", "article.publish", None, self._publish)
        a("tone_style", None, "Ctrl+Alt+D", self._apply_tone_style)
        a("settings", "settings", QKeySequence.StandardKey.Preferences, self.settings_requested)
        a("quit", None, QKeySequence.StandardKey.Quit, self.close)
        a("preview", "preview", "F9", self._toggle_preview).setCheckable(True)
        self._actions["preview"].setChecked(True)
        toolbar = QToolBar(objectName="mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("new", "save", None, "submit", "approve", "request_changes", "publish"):
            toolbar.addSeparator() if key is None else toolbar.addAction(self._actions[key])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self._actions["preview"])
        toolbar.addAction(self._actions["settings"])
        self.addToolBar(toolbar)
        self.toolbar = toolbar  # the session's badges go in it too
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(""),
            "article": bar.addMenu(""),
            "view": bar.addMenu(""),
        }
        for key in ("new", "save", None, "settings", None, "quit"):
            menu = self._menus["file"]
            menu.addSeparator() if key is None else menu.addAction(self._actions[key])
        for key in ("submit", "approve", "request_changes", "publish", None, "tone_style"):
            menu = self._menus["article"]
            menu.addSeparator() if key is None else menu.addAction(self._actions[key])
        self._menus["view"].addAction(self._actions["preview"])

    def _build_status_bar(self) -> None:
        self.status = DeskStatusBar(self.context, self.editor.body.toPlainText)
        self.setStatusBar(self.status)
        self.user_label = self.status.user_label
        self.database_label = self.status.database_label
        self.count_label = self.status.count_label
        self.save_label = self.status.save_label

    def _connect_signals(self) -> None:
        self.categories.category_chosen.connect(self.articles.show_category)
        self.articles.article_chosen.connect(self._open_article)
        self.editor.edited.connect(self._editor_changed)
        self.pictures = PictureController(self.context, self.editor, self.show_error, self)
        self.editing.loaded.connect(self._article_loaded)
        self.editing.state_changed.connect(self._show_save_state)
        self.editing.saved.connect(self._article_saved)
        self.editing.changes_applied.connect(self._changes_applied)
        self.editing.error.connect(self.show_error)
        self.context.runner.failed.connect(self.show_error)
        self.preview.render_failed.connect(self._preview_failed)
        self.categories.changed.connect(self.articles.reload)
        self.articles.loaded.connect(self._list_loaded)
        self.categories.nodes_loaded.connect(self.editor.set_categories)
        self.categories.error.connect(self.show_error)
        scroll = self.editor.body.verticalScrollBar()
        scroll.valueChanged.connect(
            lambda v: self.preview.follow_editor(v / scroll.maximum() if scroll.maximum() else 0)
        )

    # translation -------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Danvan Desktop — the editor's desk"))
        texts = {
            "new": (self.tr("New article"), self.tr("Start a new article in this category")),
            "save": (self.tr("Save"), self.tr("Save a revision (Ctrl+S)")),
            "submit": (self.tr("Submit for review"), self.tr("Send the article to a reviewer")),
            "approve": (self.tr("Approve"), self.tr("Approve this revision for publishing")),
            "request_changes": (
                self.tr("Request changes"),
                self.tr("Send the article back to its editor with a comment"),
            ),
            "publish": (
                self.tr("Publish"),
                self.tr("Export approved articles as a signed package for the portal"),
            ),
            "settings": (self.tr("Settings"), self.tr("Language, tone marks, autosave, database")),
            "quit": (self.tr("Quit"), ""),
            "tone_style": (
                self.tr("Apply the house tone-mark style"),
                self.tr("Write oa, oe, uy tone marks the way Settings say (hòa or hoà)"),
            ),
            "preview": (self.tr("Preview"), self.tr("Show or hide the portal preview (F9)")),
        }
        for key, (text, tip) in texts.items():
            self._actions[key].setText(text)
            self._actions[key].setToolTip(tip or text)
        self._menus["file"].setTitle(self.tr("&File"))
        self._menus["article"].setTitle(self.tr("&Article"))
        self._menus["view"].setTitle(self.tr("&View"))
        self.status.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # session -----------------------------------------------------------------
    def start_session(self, store, actor) -> None:
        """The user is signed in and the store open: fill the desk."""
        self.context.store = store
        self.context.actor = actor
        if not self._session_panels_built:
            self._build_session_panels()
            QTimer.singleShot(0, freeze_long_lived)  # the panels and their modules stay
        self._open_first_article = True  # a fresh desk opens the newest article
        self._show_session()
        self.categories.reload(select_first=True)
        self._update_actions()
        self.preview.ensure_view()
        self.unsaved.find_kept()
        self.live.start()
        self.review_dock.start()
        # Reviewers work in the dock; for everyone else it is one click away (View menu).
        self.review_dock.setVisible(actor.has(Role.REVIEWER))
        self.resizeDocks([self.review_dock], [420], Qt.Orientation.Horizontal)

    def _show_session(self) -> None:
        self.status.show_session()

    def _list_loaded(self, total: int) -> None:
        if self._open_first_article:
            self._open_first_article = False
            first = self.articles.model.article(0)
            if first is not None and self.editing.current is None:
                self.articles.select_article(first.id)

    # articles ----------------------------------------------------------------
    def _open_article(self, article_id: str) -> None:
        current = self.editing.current
        if current is not None and current.article_id == article_id:
            return

        def open_it() -> None:
            self.message_bar.hide()
            self.editing.open_article(article_id)
            self.unsaved.offer_next()

        self.unsaved.leave_current(open_it, stay=self._show_current_in_list)

    def _new_article(self) -> None:
        slug = self.categories.current_slug() or ""

        def start_new() -> None:
            self.message_bar.hide()
            self.editing.new_article(slug)
            self.unsaved.offer_next()

        self.unsaved.leave_current(start_new, stay=self._show_current_in_list)

    def _show_current_in_list(self) -> None:
        """The list follows the editor: after a cancelled switch, or a save and a switch."""
        current = self.editing.current
        if current is None or not self.articles.select_article(current.article_id, emit=False):
            self.articles.clear_selection()

    def _article_loaded(self, loaded) -> None:
        self._show_current_in_list()
        self._update_actions()
        self.pictures.load_thumbnail()
        self.preview.show_fields(self.editor.fields(), loaded.article_id if loaded.stored else None)
        self.status.recount_later()

    def _article_saved(self, detail) -> None:
        self._saved_id = detail.id
        self._update_actions()

    def _changes_applied(self, changes) -> None:
        """Refresh only what the service said it changed (nothing, for an unchanged save)."""
        from danvan_desktop.services.dto import Change

        if Change.CATEGORIES in changes:
            self.categories.reload()  # article counts
        if Change.ARTICLE_LIST in changes:
            self.articles.reload(select=self._saved_id)

    def _editor_changed(self) -> None:
        # Per keystroke: only timers. The fields are read when the preview renders.
        if self.editing.current is not None:
            self.preview.mark_outdated(self._preview_fields)
        self.status.recount_later()

    def _preview_fields(self):
        current = self.editing.current
        if current is None:
            return None
        return self.editor.fields(), current.article_id if current.stored else None

    def _show_save_state(self, state: SaveState) -> None:
        self.status.show_save_state(state)
        self._update_actions()

    def _update_actions(self) -> None:
        editing = self.editing
        ready = self.context.ready
        actor = self.context.actor
        from danvan_desktop.workflow import Role

        self._actions["new"].setEnabled(ready and actor is not None and actor.has(Role.EDITOR))
        self._actions["save"].setEnabled(ready and editing.can_edit() and editing.dirty)
        self._actions["submit"].setEnabled(editing.may(Action.SUBMIT))
        self._actions["approve"].setEnabled(editing.may(Action.APPROVE) and not editing.dirty)
        self._actions["request_changes"].setEnabled(editing.may(Action.REQUEST_CHANGES))
        self._actions["publish"].setEnabled(
            ready and actor is not None and actor.has(Role.PUBLISHER)
        )
        self._actions["tone_style"].setEnabled(editing.can_edit())

    def _step(self, action: Action) -> None:
        self.message_bar.hide()
        self.editing.run_action(action)

    def _request_changes(self) -> None:
        dialog = CommentDialog(self.editor.title_edit.text(), self)
        if dialog.exec():
            self.editing.run_action(Action.REQUEST_CHANGES, dialog.comment())

    def _apply_tone_style(self) -> None:
        if self.editing.can_edit():
            self.editor.apply_tone_style(self.context.settings.tone_style)

    def _publish(self) -> None:
        from danvan_desktop.gui.publish_dialog import open_publish_dialog

        open_publish_dialog(self)

    def _toggle_preview(self, shown: bool) -> None:
        self.preview.setVisible(shown)

    def _preview_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(error_text(error), 5000)

    def show_error(self, error: BaseException) -> None:
        buttons = []
        current = self.editing.current
        if getattr(error, "code", "") == "stale_version" and current is not None:
            # The text is kept (and autosaved); reopening offers it back beside theirs.
            article_id = current.article_id
            buttons = [
                (self.tr("Copy my text"), self._copy_body),
                (self.tr("Open the saved version"), lambda: self.editing.open_article(article_id)),
                (self.tr("Compare"), lambda: self.live.compare_conflict(error)),
            ]
        self.message_bar.show_message(error_text(error), "error", buttons)

    def _copy_body(self) -> None:
        QApplication.clipboard().setText(self.editor.body.toPlainText())

    # closing -----------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved.may_close():
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        thaw()
        super().closeEvent(event)
