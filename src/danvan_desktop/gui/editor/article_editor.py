"""The article form on the right: title, sapo, signature, metadata and the Markdown body.

A view with a little behaviour: it lays out the fields, exposes `fields()` and
`load()`, runs the formatting commands on the body, and says `edited` whenever
the editor changes anything (never while loading). Saving, autosave and the
workflow live in `gui/editing.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.gui.editor.find_bar import FindBar
from danvan_desktop.gui.editor.highlighter import MarkdownHighlighter
from danvan_desktop.gui.editor.markdown_edit import MarkdownEdit
from danvan_desktop.gui.editor.title_edit import TitleEdit
from danvan_desktop.gui.editor.vietnamese_input import VietnameseLineEdit, VietnameseTextEdit
from danvan_desktop.gui.icons import icon
from danvan_desktop.gui.text_fields import plain_text
from danvan_desktop.services.dto import ArticleFields, CategoryNode
from danvan_desktop.vietnamese import nfc


class ArticleEditor(QWidget):
    """objectName `articleEditor`; the body is `markdownEditor`."""

    edited = Signal()
    choose_feature_image = Signal()
    insert_image_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self._loading = False
        self._feature_image: str | None = None
        self.title_edit = TitleEdit()
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_edit.setFrame(False)
        self.sapo_edit = VietnameseTextEdit(objectName="sapoEdit")
        self.sapo_edit.setTabChangesFocus(True)
        self.sapo_edit.setFixedHeight(64)
        sapo_font = QFont(self.sapo_edit.font())
        sapo_font.setBold(True)
        self.sapo_edit.setFont(sapo_font)
        self.category_combo = QComboBox(objectName="categoryCombo")
        self.author_edit = VietnameseLineEdit(objectName="authorEdit")
        self.position_edit = VietnameseLineEdit(objectName="positionEdit")
        self.source_edit = VietnameseLineEdit(objectName="sourceEdit")
        self.tags_edit = VietnameseLineEdit(objectName="tagsEdit")
        self.image_button = QPushButton(objectName="featureImageButton")
        self.image_button.setIcon(icon("format.image"))
        self.image_label = QLabel(objectName="featureImageLabel")
        self.image_label.setStyleSheet("color: #6b7280;")
        self.caption_edit = VietnameseLineEdit(objectName="featureCaptionEdit")
        self.body = MarkdownEdit()
        self.highlighter = MarkdownHighlighter(self.body.document())
        self.find_bar = FindBar(self.body)
        self.find_bar.hide()
        self.format_bar = QToolBar(objectName="formatBar")
        self.format_bar.setIconSize(self.format_bar.iconSize() * 0.9)
        self.details_toggle = QToolButton(objectName="detailsToggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setChecked(True)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self._labels: dict[str, QLabel] = {}
        self._actions: dict[str, QAction] = {}
        self._build_layout()
        self._build_format_actions()
        self._connect_signals()
        self.retranslate_ui()

    # layout ----------------------------------------------------------------
    def _label(self, key: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #4b5563;")
        self._labels[key] = label
        return label

    def _build_layout(self) -> None:
        self.details = QFrame(objectName="articleDetails")
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._label("category"), 0, 0)
        grid.addWidget(self.category_combo, 0, 1)
        grid.addWidget(self._label("source"), 0, 2)
        grid.addWidget(self.source_edit, 0, 3)
        grid.addWidget(self._label("author"), 1, 0)
        grid.addWidget(self.author_edit, 1, 1)
        grid.addWidget(self._label("position"), 1, 2)
        grid.addWidget(self.position_edit, 1, 3)
        grid.addWidget(self._label("tags"), 2, 0)
        grid.addWidget(self.tags_edit, 2, 1, 1, 3)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_button)
        image_row.addWidget(self.image_label)
        image_row.addWidget(self.caption_edit, 1)
        grid.addWidget(self._label("image"), 3, 0)
        grid.addLayout(image_row, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.sapo_edit)
        layout.addWidget(self.details_toggle)
        layout.addWidget(self.details)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.find_bar)

    def _add_action(
        self, key: str, icon_name: str, shortcut: QKeySequence | str, run: Callable[[], None]
    ) -> QAction:
        action = QAction(icon(icon_name), "", self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(run)
        self.format_bar.addAction(action)
        self.addAction(action)
        self._actions[key] = action
        return action

    def _build_format_actions(self) -> None:
        body = self.body
        add = self._add_action
        add("undo", "edit.undo", QKeySequence.StandardKey.Undo, body.undo)
        add("redo", "edit.redo", QKeySequence.StandardKey.Redo, body.redo)
        self.format_bar.addSeparator()
        add("bold", "format.bold", "Ctrl+B", lambda: body.toggle_wrap("**", self.tr("bold text")))
        add("italic", "format.italic", "Ctrl+I", lambda: body.toggle_wrap("*", self.tr("italic")))
        add("heading", "format.heading", "Ctrl+2", lambda: body.set_heading(2))
        add("heading3", "format.heading", "Ctrl+3", lambda: body.set_heading(3))
        self.format_bar.removeAction(self._actions["heading3"])
        add("bullets", "format.bullets", "Ctrl+Shift+8", self._bullets)
        add("numbers", "format.numbers", "Ctrl+Shift+7", self._numbers)
        add("quote", "format.quote", "Ctrl+Shift+9", self._quote)
        self.format_bar.addSeparator()
        add("link", "format.link", "Ctrl+K", self._ask_link)
        add("image", "format.image", "Ctrl+Shift+I", self.insert_image_requested.emit)
        add("table", "format.table", "Ctrl+Alt+T", self._table)
        add("rule", "format.rule", "Ctrl+Alt+R", lambda: body.insert_snippet("---"))
        self.format_bar.addSeparator()
        add("find", "find", QKeySequence.StandardKey.Find, self.find_bar.show_bar)
        add("replace", "find", QKeySequence.StandardKey.Replace, self.find_bar.show_bar)
        self.format_bar.removeAction(self._actions["replace"])
        body.undoAvailable.connect(self._actions["undo"].setEnabled)
        body.redoAvailable.connect(self._actions["redo"].setEnabled)
        self._actions["undo"].setEnabled(False)
        self._actions["redo"].setEnabled(False)

    def _bullets(self) -> None:
        self.body.set_line_prefix(lambda _n: "- ", r"^\s*[-+*]\s")

    def _numbers(self) -> None:
        self.body.set_line_prefix(lambda n: f"{n}. ", r"^\s*\d+[.)]\s")

    def _quote(self) -> None:
        self.body.set_line_prefix(lambda _n: "> ", r"^\s*>\s")

    def _table(self) -> None:
        header = self.tr("Column")
        snippet = f"| {header} 1 | {header} 2 |\n| --- | --- |\n|  |  |"
        self.body.insert_snippet(snippet, select=f"{header} 1")

    def _ask_link(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Insert link"), self.tr("Web address:"))
        if ok and url.strip():
            self.body.insert_link(url, "")

    def _connect_signals(self) -> None:
        # contentsChange, not textChanged: a highlighter repainting (spelling
        # underlines arrive later) emits textChanged without any edit.
        for text in (self.title_edit, self.sapo_edit, self.body):
            text.document().contentsChange.connect(self._content_changed)
        for line in (
            self.author_edit,
            self.position_edit,
            self.source_edit,
            self.tags_edit,
            self.caption_edit,
        ):
            line.textChanged.connect(self._changed)
        self.category_combo.currentIndexChanged.connect(self._changed)
        self.image_button.clicked.connect(self.choose_feature_image.emit)
        self.details_toggle.toggled.connect(self._toggle_details)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_toggle.setArrowType(arrow)

    def _content_changed(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._changed()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # translation -------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.sapo_edit.setPlaceholderText(self.tr("Sapo: the lead that sums up the article"))
        self.details_toggle.setText(self.tr("Signature, category and picture"))
        texts = {
            "category": self.tr("Category"),
            "source": self.tr("Source"),
            "author": self.tr("Author"),
            "position": self.tr("Position"),
            "tags": self.tr("Tags"),
            "image": self.tr("Picture"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.author_edit.setPlaceholderText(self.tr("Name in the signature"))
        self.position_edit.setPlaceholderText(self.tr("e.g. Ban Dân vận Huyện ủy Quỳnh Lưu"))
        self.source_edit.setPlaceholderText(self.tr("Where the article comes from"))
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.caption_edit.setPlaceholderText(self.tr("Caption of the feature picture"))
        self.image_button.setText(self.tr("Choose…"))
        self.body.setPlaceholderText(self.tr("Write the article here (Markdown)…"))
        tips = {
            "undo": self.tr("Undo"),
            "redo": self.tr("Redo"),
            "bold": self.tr("Bold"),
            "italic": self.tr("Italic"),
            "heading": self.tr("Heading"),
            "heading3": self.tr("Subheading"),
            "bullets": self.tr("Bulleted list"),
            "numbers": self.tr("Numbered list"),
            "quote": self.tr("Quote"),
            "link": self.tr("Link"),
            "image": self.tr("Picture with caption"),
            "table": self.tr("Table"),
            "rule": self.tr("Horizontal rule"),
            "find": self.tr("Find and replace"),
            "replace": self.tr("Replace"),
        }
        for key, text in tips.items():
            action = self._actions[key]
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        self._show_image_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # data --------------------------------------------------------------------
    def set_categories(self, nodes: list[CategoryNode]) -> None:
        current = self.category_combo.currentData()
        self._loading, was_loading = True, self._loading
        self.category_combo.clear()
        for node in nodes:
            self.category_combo.addItem(" › ".join(node.path), node.slug)
        if current:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self._loading = was_loading

    def load(self, fields: ArticleFields) -> None:
        """Show `fields` (NFC) without emitting `edited`."""
        self._loading = True
        try:
            self.title_edit.setText(nfc(fields.title))
            self.sapo_edit.setPlainText(nfc(fields.sapo))
            index = self.category_combo.findData(fields.category_slug)
            self.category_combo.setCurrentIndex(max(0, index))
            self.author_edit.setText(nfc(fields.author_name))
            self.position_edit.setText(nfc(fields.author_position))
            self.source_edit.setText(nfc(fields.source))
            self.tags_edit.setText(", ".join(fields.tags))
            self.caption_edit.setText(nfc(fields.feature_caption))
            self._feature_image = fields.feature_image
            self._show_image_label()
            self.body.set_markdown(fields.body)
            for line in (self.title_edit, self.author_edit, self.position_edit):
                line.setCursorPosition(0)  # show the start of long text, not its end
            for line in (self.source_edit, self.tags_edit, self.caption_edit):
                line.setCursorPosition(0)
        finally:
            self._loading = False

    def fields(self) -> ArticleFields:
        tags = tuple(t.strip() for t in nfc(self.tags_edit.text()).split(",") if t.strip())
        return ArticleFields(
            title=nfc(self.title_edit.text()),
            sapo=nfc(plain_text(self.sapo_edit)),
            body=plain_text(self.body),
            author_name=nfc(self.author_edit.text()),
            author_position=nfc(self.position_edit.text()),
            source=nfc(self.source_edit.text()),
            category_slug=self.category_combo.currentData() or "",
            tags=tags,
            feature_image=self._feature_image,
            feature_caption=nfc(self.caption_edit.text()),
        )

    def set_feature_image(self, sha256: str | None) -> None:
        self._feature_image = sha256
        self._show_image_label()
        self._changed()

    def _show_image_label(self) -> None:
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText("" if self._feature_image else self.tr("No picture"))

    def show_feature_thumbnail(self, sha256: str, data: bytes) -> None:
        """A small picture beside the caption, once its bytes have come from the store."""
        if sha256 != self._feature_image:
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            height = self.caption_edit.sizeHint().height()
            self.image_label.setPixmap(
                pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
            )

    @property
    def feature_image(self) -> str | None:
        return self._feature_image

    def apply_tone_style(self, style: str) -> bool:
        """Write oa/oe/uy tone marks in the house style ("hòa" or "hoà"); one undo in the body."""
        from danvan_desktop.vietnamese.tones import to_style

        changed = False
        lines = (self.title_edit, self.author_edit, self.position_edit, self.source_edit)
        for line in (*lines, self.tags_edit, self.caption_edit):
            styled = to_style(line.text(), style)  # type: ignore[arg-type]
            if styled != line.text():
                line.setText(styled)
                changed = True
        sapo = to_style(plain_text(self.sapo_edit), style)  # type: ignore[arg-type]
        if sapo != plain_text(self.sapo_edit):
            self.sapo_edit.setPlainText(sapo)
            changed = True
        body = to_style(plain_text(self.body), style)  # type: ignore[arg-type]
        if body != plain_text(self.body):
            cursor = self.body.textCursor()
            position = cursor.position()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(body)
            cursor.endEditBlock()
            cursor.setPosition(min(position, len(body)))
            self.body.setTextCursor(cursor)
            changed = True
        return changed

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.title_edit, self.author_edit, self.position_edit):
            line.setReadOnly(read_only)
        for line in (self.source_edit, self.tags_edit, self.caption_edit):
            line.setReadOnly(read_only)
        self.sapo_edit.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.category_combo.setEnabled(not read_only)
        self.image_button.setEnabled(not read_only)
        self.format_bar.setEnabled(not read_only)
