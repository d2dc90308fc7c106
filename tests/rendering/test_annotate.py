"""Commented passages marked on the preview page, and nowhere they should not be."""

from __future__ import annotations

from html.parser import HTMLParser

from danvan_desktop.rendering import PageArticle, SiteInfo, render_page
from danvan_desktop.rendering.annotate import Passage, mark_passages

SITE = SiteInfo(name="Ban Dân vận", banner_text="BAN DÂN VẬN")


class Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self._title: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._title, self._text = dict(attrs).get("title", ""), []

    def handle_data(self, data):
        if self._title is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "mark" and self._title is not None:
            self.marks.append(("".join(self._text), self._title))
            self._title = None


def _marks(page: str) -> list[tuple[str, str]]:
    parser = Marks()
    parser.feed(page)
    return parser.marks


def _page(body: str, title: str = "Dân vận khéo ở Nam Đàn") -> str:
    return render_page(PageArticle(title=title, sapo="Tóm tắt.", body_markdown=body), SITE)


def test_a_passage_is_marked_once_with_its_note_escaped() -> None:
    page = _page("Đoạn một nói về công tác dân vận.\n\nĐoạn hai cũng nói về công tác dân vận.")
    note = 'Trần Văn Duyệt: thêm số liệu <script>alert("x")</script>'
    marked = mark_passages(page, [Passage("công tác dân vận", note, 1)])
    assert _marks(marked) == [("công tác dân vận", note)]
    assert "<script>" not in marked
    assert 'class="comment-ref">1</sup>' in marked


def test_text_with_entities_and_the_title_field() -> None:
    page = _page("Khẩu hiệu “4 xin, 4 luôn” & lời hứa.", title="Dân vận khéo")
    marked = mark_passages(
        page, [Passage("“4 xin, 4 luôn” & lời", "a", 1), Passage("Dân vận khéo", "b", 2)]
    )
    assert sorted(_marks(marked)) == [("Dân vận khéo", "b"), ("“4 xin, 4 luôn” & lời", "a")]


def test_the_head_is_never_marked_and_missing_passages_change_nothing() -> None:
    page = _page("Nội dung.")
    assert mark_passages(page, [Passage("Không có ở đây", "x", 1)]) == page
    marked = mark_passages(page, [Passage("Ban Dân vận", "x", 1)])
    head, _, _ = marked.partition("</head>")
    assert "comment-mark" not in head


def test_the_export_path_never_marks() -> None:
    """render_page alone (what the export calls) carries no marks."""
    assert "comment-mark" not in _page("Đoạn có góp ý.")
