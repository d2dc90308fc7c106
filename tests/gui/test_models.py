"""The item models pass Qt's model tester; sorting and filtering go to the store."""

from __future__ import annotations

import gc
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from danvan_desktop.gui.article_table import ArticleIdRole, ArticleTableModel
from danvan_desktop.gui.category_tree import ALL_ARTICLES, CategoryIdRole, CategoryTreeModel
from danvan_desktop.services import articles, categories
from danvan_desktop.services.dto import ArticleFields, ArticlePage, ArticleSummary, CategoryNode
from danvan_desktop.workflow import ArticleStatus


def _node(id_: int, parent: int | None, name: str, position: int, count: int) -> CategoryNode:
    path = (name,) if parent is None else ("Cha", name)
    return CategoryNode(id_, parent, name, f"slug-{id_}", position, count, path)


def test_category_tree_model(qtmodeltester) -> None:
    model = CategoryTreeModel()
    nodes = [
        _node(1, None, "Tin hoạt động", 1, 3),
        _node(2, 1, "Cơ sở", 1, 2),
        _node(3, 1, "Huyện", 2, 0),
        _node(4, None, "Dân vận khéo", 2, 5),
    ]
    model.set_nodes(nodes, total=10, all_label="All articles")
    qtmodeltester.check(model)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["All articles", "Tin hoạt động", "Dân vận khéo"]
    child = model.index(0, 0, model.index(1, 0))
    assert child.data() == "Cơ sở"
    assert child.siblingAtColumn(1).data() == "2"
    assert model.index(0, 0).data(CategoryIdRole) == ALL_ARTICLES
    assert model.parent(child) == model.index(1, 0)


def test_category_drop_asks_the_service_instead_of_moving(qtbot) -> None:
    model = CategoryTreeModel()
    model.set_nodes([_node(1, None, "A", 1, 0), _node(2, None, "B", 2, 0)], total=0, all_label="*")
    model.set_can_move(True)
    data = model.mimeData([model.index(2, 0)])
    with qtbot.waitSignal(model.move_requested) as signal:
        accepted = model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0))
    assert not accepted  # nothing moves until the store says so
    assert signal.args == [2, 1, 0]


def _row(number: int, status: ArticleStatus) -> ArticleSummary:
    return ArticleSummary(
        id=f"id-{number}",
        title=f"Bài {number}",
        status=status,
        author_name="Lê Văn Tác",
        category_id=1,
        category_name="Tin",
        updated_at=datetime(2026, 11, 26, 8, number, tzinfo=UTC),
        created_by="bientap",
    )


def test_article_table_model_and_paging(qtmodeltester, qtbot) -> None:
    model = ArticleTableModel()
    rows = tuple(_row(i, list(ArticleStatus)[i % 6]) for i in range(10))
    model.set_page(ArticlePage(rows[:5], total=10))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Bài 0"
    assert model.index(1, 1).data() == "In review"
    assert model.index(2, 0).data(ArticleIdRole) == "id-2"
    model = ArticleTableModel()  # the tester itself asked for more rows; start afresh
    model.set_page(ArticlePage(rows[:5], total=10))
    assert model.canFetchMore()
    with qtbot.waitSignal(model.more_requested) as signal:
        model.fetchMore()
    assert signal.args == [5]
    model.append_page(ArticlePage(rows[5:], total=10), 5)
    assert model.rowCount() == 10 and not model.canFetchMore()
    with qtbot.waitSignal(model.sort_requested) as sort:
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert sort.args == ["title", False]


def test_rows_held_by_the_list_cost_the_garbage_collector_nothing(qtbot) -> None:
    """100,000 rows as objects made each full collection pause the desk for 100 ms."""

    def page(offset: int) -> ArticlePage:  # as the store sends them: new objects each time
        return ArticlePage(
            tuple(_row(i % 60, ArticleStatus.DRAFT) for i in range(offset, offset + 200)), 5000
        )

    model = ArticleTableModel()
    gc.collect()
    before = len(gc.get_objects())
    model.set_page(page(0))
    for offset in range(200, 5000, 200):
        model.append_page(page(offset), offset)
    gc.collect()
    assert model.rowCount() == 5000
    assert len(gc.get_objects()) - before < 50  # the rows are not tracked
    assert model.article(4999) == _row(4999 % 60, ArticleStatus.DRAFT)  # and come back whole


def test_list_panel_sorts_and_searches_in_the_store(qtbot, open_desk, desk_store) -> None:
    store = desk_store.store
    category = next(c for c in categories.list_categories(store) if c.name == "Tin hoạt động")
    for title in ("Đảng bộ xã", "Ân tình", "Dân vận khéo", "Bản làng", "Zalo dân vận", "Ăn ở"):
        articles.create_article(
            store, desk_store.admin, ArticleFields(title=title, category_slug=category.slug)
        )
    window = open_desk(desk_store.admin)
    panel = window.articles
    window.categories.select(category.id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=10_000)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    order = ["Ăn ở", "Ân tình", "Bản làng", "Dân vận khéo", "Đảng bộ xã", "Zalo dân vận"]

    def titles() -> list[str]:
        return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]

    qtbot.waitUntil(lambda: titles() == order, timeout=10_000)
    search = window.findChild(type(panel.search_box), "searchBox")
    search.setText("dan van")
    qtbot.waitUntil(lambda: titles() == ["Dân vận khéo", "Zalo dân vận"], timeout=10_000)
    search.setText("dang")
    qtbot.waitUntil(lambda: titles() == ["Đảng bộ xã"], timeout=10_000)
    assert panel.count_label.text() == "1 article(s)"
    search.setText("")
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(ArticleStatus.APPROVED))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(ArticleStatus.DRAFT))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=10_000)


def test_dropping_categories_puts_them_where_the_indicator_showed(qtbot, desk_store) -> None:
    """Up and down, at the top level (under "All articles") and among children."""
    store, admin = desk_store.store, desk_store.admin
    model = CategoryTreeModel()

    def reload() -> None:
        nodes = categories.list_categories(store)
        model.set_nodes(nodes, total=0, all_label="*")

    def names(parent_id: int | None) -> list[str]:
        return [n.name for n in categories.list_categories(store) if n.parent_id == parent_id]

    model.move_requested.connect(
        lambda category, parent, position: categories.move_category(
            store, admin, category, parent, position
        )
    )
    model.set_can_move(True)

    def drag(name: str, row: int, parent_name: str | None = None) -> None:
        reload()
        node = next(n for n in categories.list_categories(store) if n.name == name)
        parent = (
            model.index_of(
                next(n.id for n in categories.list_categories(store) if n.name == parent_name)
            )
            if parent_name
            else QModelIndex()
        )
        data = model.mimeData([model.index_of(node.id)])
        model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)

    top = names(None)
    drag(top[1], 1)  # the second category dropped above the first (row 0 is "All articles")
    assert names(None)[:2] == [top[1], top[0]]
    top = names(None)
    drag(top[0], 3)  # the first dropped above the third: it lands between the 2nd and the 3rd
    assert names(None)[:3] == [top[1], top[0], top[2]]
    top = names(None)
    drag(top[0], -1)  # onto the empty space below: the end
    assert names(None)[-1] == top[0]
    parent = names(None)[0]
    parent_id = next(n.id for n in categories.list_categories(store) if n.name == parent)
    for name in ("Con A", "Con B", "Con C"):
        categories.add_category(store, admin, name, parent_id=parent_id)
    drag("Con A", 2, parent)  # above "Con C"
    assert names(parent_id) == ["Con B", "Con A", "Con C"]
    drag("Con C", 0, parent)  # to the top
    assert names(parent_id) == ["Con C", "Con B", "Con A"]
