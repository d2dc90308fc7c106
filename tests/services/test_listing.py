"""The article list: Vietnamese order, status filter and diacritic-blind search, all in SQL."""

from __future__ import annotations

import pytest

from danvan_desktop.errors import InvalidInput, PermissionDenied
from danvan_desktop.services import articles, categories, review
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from danvan_desktop.workflow import ArticleStatus
from tests.services.conftest import Team

TITLES = [
    "Đảng viên gương mẫu",
    "Dân vận khéo ở Nam Đàn",
    "Ăn Tết cùng dân",
    "Anh hùng lao động",
    "Bà mẹ Việt Nam",
]


def _category_id(store: Store, slug: str) -> int:
    return next(c.id for c in categories.list_categories(store) if c.slug == slug)


def _fill(store: Store, team: Team) -> dict[str, str]:
    ids = {}
    for title in TITLES:
        fields = ArticleFields(title=title, category_slug=team.category)
        ids[title] = articles.create_article(store, team.editor, fields).value.id
    return ids


def test_titles_sort_in_vietnamese_order(store: Store, team: Team) -> None:
    _fill(store, team)
    page = articles.list_articles(
        store, category_id=_category_id(store, team.category), sort="title", descending=False
    )
    assert [r.title for r in page.rows] == [
        "Anh hùng lao động",
        "Ăn Tết cùng dân",
        "Bà mẹ Việt Nam",
        "Dân vận khéo ở Nam Đàn",
        "Đảng viên gương mẫu",
    ]
    assert page.total == 5


def test_search_ignores_diacritics_and_folds_d(store: Store, team: Team) -> None:
    _fill(store, team)
    mine = _category_id(store, team.category)
    found = articles.list_articles(store, category_id=mine, query="dan van")
    assert [r.title for r in found.rows] == ["Dân vận khéo ở Nam Đàn"]
    found = articles.list_articles(store, category_id=mine, query="dang")
    assert [r.title for r in found.rows] == ["Đảng viên gương mẫu"]
    assert articles.list_articles(store, category_id=mine, query="DÂN VẬN").total == 1
    everywhere = articles.list_articles(store, query="dan van")
    assert "Dân vận khéo ở Nam Đàn" in [r.title for r in everywhere.rows]
    assert everywhere.total == 2  # the sample article speaks of "công tác dân vận" too


def test_status_filter_and_counts(store: Store, team: Team) -> None:
    ids = _fill(store, team)
    review.submit_for_review(store, team.editor, ids["Bà mẹ Việt Nam"])
    in_review = articles.list_articles(store, status=ArticleStatus.IN_REVIEW)
    assert [r.title for r in in_review.rows] == ["Bà mẹ Việt Nam"]
    counts = {c.slug: c.article_count for c in categories.list_categories(store)}
    assert counts[team.category] == 5


def test_paging(store: Store, team: Team) -> None:
    _fill(store, team)
    first = articles.list_articles(store, sort="title", descending=False, limit=2)
    rest = articles.list_articles(store, sort="title", descending=False, offset=2)
    assert first.total == rest.total
    assert len(first.rows) == 2
    assert {r.id for r in first.rows}.isdisjoint({r.id for r in rest.rows})


def test_keyset_pages_match_offset_pages_for_every_order(store: Store, team: Team) -> None:
    """Paging after the last row (as the desk scrolls) gives the rows OFFSET gives, in order,
    including runs of equal keys (every state and author here is shared)."""
    for number in range(23):
        title = f"{TITLES[number % len(TITLES)]} {number % 4}"
        fields = ArticleFields(title=title, author_name="Hồ Sỹ Đông", category_slug=team.category)
        articles.create_article(store, team.editor, fields)
    category_id = _category_id(store, team.category)
    for sort in ("title", "status", "author", "updated", "created"):
        for descending in (False, True):
            whole = articles.list_articles(
                store, category_id=category_id, sort=sort, descending=descending
            )
            paged, after = [], None
            while len(paged) < whole.total:
                page = articles.list_articles(
                    store,
                    category_id=category_id,
                    sort=sort,
                    descending=descending,
                    offset=len(paged),
                    limit=5,
                    after_id=after,
                )
                assert page.rows, (sort, descending)
                paged.extend(page.rows)
                after = page.rows[-1].id
            assert [r.id for r in paged] == [r.id for r in whole.rows], (sort, descending)


def test_a_vanished_anchor_falls_back_to_the_offset(store: Store, team: Team) -> None:
    _fill(store, team)
    first = articles.list_articles(store, sort="title", descending=False, limit=2)
    rest = articles.list_articles(
        store, sort="title", descending=False, offset=2, after_id="no-such-article"
    )
    assert [r.id for r in first.rows + rest.rows] == [
        r.id for r in articles.list_articles(store, sort="title", descending=False).rows
    ]


def test_sorting_by_state_follows_the_workflow_not_the_codes(store: Store, team: Team) -> None:
    """Draft, in review, changes requested, approved: the codes' alphabet would start at
    'approved' and put 'draft' between 'changes_requested' and 'in_review'."""
    made = {}
    for title in ("Bài nháp", "Bài chờ duyệt", "Bài trả lại", "Bài đã duyệt"):
        fields = ArticleFields(title=title, category_slug=team.category)
        made[title] = articles.create_article(store, team.editor, fields).value.id
    for title in ("Bài chờ duyệt", "Bài trả lại", "Bài đã duyệt"):
        review.submit_for_review(store, team.editor, made[title])
    review.request_changes(store, team.reviewer, made["Bài trả lại"], "Sửa lại sapo")
    review.approve(store, team.reviewer, made["Bài đã duyệt"])
    category_id = _category_id(store, team.category)
    for descending in (False, True):
        rows = articles.list_articles(
            store, category_id=category_id, sort="status", descending=descending
        ).rows
        states = [row.status for row in rows if row.id in made.values()]
        expected = [
            ArticleStatus.DRAFT,
            ArticleStatus.IN_REVIEW,
            ArticleStatus.CHANGES_REQUESTED,
            ArticleStatus.APPROVED,
        ]
        assert states == (expected[::-1] if descending else expected)


def test_a_long_title_still_gets_an_address_the_portal_takes(store: Store, team: Team) -> None:
    title = "Đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận " * 4
    fields = ArticleFields(title=title, category_slug=team.category)
    first = articles.create_article(store, team.editor, fields).value
    second = articles.create_article(store, team.editor, fields).value
    assert len(first.slug) <= 200 and second.slug == f"{first.slug}-2"


def test_a_category_is_renamed_with_its_address_kept_and_spaces_collapsed(
    store: Store, team: Team
) -> None:
    node = categories.add_category(store, team.admin, "  Dân vận   khéo\u00a0cơ sở ").value
    assert node.name == "Dân vận khéo cơ sở"
    renamed = categories.rename_category(store, team.admin, node.id, "Dân vận  khéo mới").value
    assert renamed.name == "Dân vận khéo mới"
    assert renamed.slug == node.slug  # published links keep working
    with pytest.raises(InvalidInput):
        categories.rename_category(store, team.admin, node.id, "   ")
    with pytest.raises(PermissionDenied):
        categories.rename_category(store, team.editor, node.id, "Khác")
