"""Full-text search over folded text on both backends; exact diacritics ranked first."""

from __future__ import annotations

from danvan_desktop.services import articles, diagnostics
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.search import search_articles
from danvan_desktop.services.store import Store
from tests.conftest import Team


def _add(store: Store, team: Team, title: str, body: str = "") -> str:
    fields = ArticleFields(title=title, body=body, category_slug=team.category)
    return articles.create_article(store, team.editor, fields).value.id


def test_folded_words_find_marked_text_in_title_and_body(store: Store, team: Team) -> None:
    in_body = _add(store, team, "Kỷ niệm ngày truyền thống", "Vai trò của Đảng bộ xã Hưng Lộc.")
    in_title = _add(store, team, "Đảng viên gương mẫu")
    hits = {h.id for h in search_articles(store, "dang")}
    assert {in_body, in_title} <= hits
    assert [h.id for h in search_articles(store, "KỶ NIỆM truyền")] == [in_body]
    assert [h.id for h in search_articles(store, "hung loc")] == [in_body]


def test_exact_diacritics_rank_first(store: Store, team: Team) -> None:
    dang_adverb = _add(store, team, "Đang triển khai kế hoạch")
    dang_party = _add(store, team, "Đảng bộ huyện Nam Đàn")
    hits = [h.id for h in search_articles(store, "Đảng")]
    assert hits.index(dang_party) < hits.index(dang_adverb)
    assert search_articles(store, "Đảng")[0].rank == 1.0
    hits = [h.id for h in search_articles(store, "đang")]
    assert hits.index(dang_adverb) < hits.index(dang_party)


def test_exact_diacritics_in_the_body_rank_above_folded_matches(store: Store, team: Team) -> None:
    """The audit's case: the folded match was listed first when the exact one was in the body."""
    folded_only = _add(store, team, "Tin thứ hai", "Đồng chí dẫn dắt phong trào.")
    exact_in_body = _add(store, team, "Tin thứ nhất", "Làm tốt công tác dân vận ở cơ sở.")
    ours = [h for h in search_articles(store, "dân") if h.id in (folded_only, exact_in_body)]
    assert [h.id for h in ours] == [exact_in_body, folded_only]
    assert ours[0].rank > ours[1].rank
    hoa = _add(store, team, "Tin thứ ba", "Xây dựng khối đại đoàn kết, hoà hợp dân tộc.")
    found = {h.id: h.rank for h in search_articles(store, "hòa hợp")}
    assert found[hoa] > 0.99  # "hoà" and "hòa": one word in either tone-mark style


def test_the_last_word_matches_as_a_prefix(store: Store, team: Team) -> None:
    article_id = _add(store, team, "Dân vận khéo ở Quỳnh Lưu")
    assert article_id in {h.id for h in search_articles(store, "quynh lu")}


def test_saving_reindexes_and_syntax_is_harmless(store: Store, team: Team) -> None:
    article_id = _add(store, team, "Tin cũ")
    detail = articles.get_article(store, article_id)
    new = ArticleFields(
        **{**detail.fields.as_dict(), "tags": (), "title": "Tin mới về bản Huồi Tụ"}
    )
    articles.save_article(store, team.editor, article_id, new, detail.version)
    assert [h.id for h in search_articles(store, "huoi tu")] == [article_id]
    assert article_id not in {h.id for h in search_articles(store, "tin cu")}
    for query in ('"', "NEAR(", "a OR", "*", "title:x", "'; DROP TABLE articles; --", ""):
        search_articles(store, query)  # no syntax error reaches the user


def test_newest_first(store: Store, team: Team) -> None:
    first = _add(store, team, "Xây dựng nông thôn mới lần một")
    second = _add(store, team, "Xây dựng nông thôn mới lần hai")
    hits = [h.id for h in search_articles(store, "nong thon", order="newest")]
    assert hits[:2] == [second, first]


def test_database_check_is_green_on_a_fresh_store(store: Store, team: Team) -> None:
    report = diagnostics.check_database(store)
    assert report.ok, [c for c in report.checks if not c.ok]
    assert {c.name for c in report.checks} >= {"schema"}
