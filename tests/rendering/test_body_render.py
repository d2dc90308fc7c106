"""Markdown bodies render into the portal's shape: figures, headings, text as typed."""

from __future__ import annotations

import threading
import unicodedata

import pytest
from parsed_html import parse

from danvan_desktop.errors import NotFound
from danvan_desktop.rendering import (
    ImageRef,
    extract_images,
    markdown_to_text,
    media_ref,
    preview_media_url,
    render_body,
)

SHA = "0123456789abcdef" * 4
OTHER_SHA = "fedcba9876543210" * 4
CAPTION = "Đ/c Trương Thị Mai - UV Bộ Chính trị, Trưởng Ban dân vận tại lễ khánh thành"


def _top_level(html: str) -> list[str]:
    return [child.tag for child in parse(html).children if not isinstance(child, str)]


def test_a_lone_image_with_a_title_becomes_a_captioned_figure() -> None:
    tree = parse(render_body(f'Mở đầu.\n\n![Ảnh lễ](media:{SHA} "{CAPTION}")\n\nKết.'))
    assert _top_level(render_body(f'![Ảnh lễ](media:{SHA} "{CAPTION}")')) == ["figure"]
    figure = tree.find("figure")
    assert figure.classes == {"image"}
    assert figure.parent is tree  # not wrapped in a paragraph
    image = figure.find("img")
    assert image.get("src") == f"media:{SHA}"
    assert image.get("alt") == "Ảnh lễ"
    assert not image.has("title")
    assert figure.find("figcaption").text() == CAPTION
    assert [c.tag for c in figure.children if not isinstance(c, str)] == ["img", "figcaption"]


def test_without_a_title_the_alt_text_is_the_caption() -> None:
    figure = parse(render_body(f"![{CAPTION}](media:{SHA})")).find("figure")
    assert figure.find("img").get("alt") == CAPTION
    assert figure.find("figcaption").text() == CAPTION


def test_an_image_with_neither_title_nor_alt_has_no_empty_caption() -> None:
    figure = parse(render_body(f"![](media:{SHA})")).find("figure")
    assert figure.find_all("figcaption") == []


def test_a_linked_lone_image_is_a_figure_around_the_link() -> None:
    figure = parse(render_body(f'[![Ảnh](media:{SHA} "Chú thích")](https://nghean.gov.vn)')).find(
        "figure"
    )
    link = figure.find("a")
    assert link.get("href") == "https://nghean.gov.vn"
    assert link.find("img").get("src") == f"media:{SHA}"
    assert figure.find("figcaption").text() == "Chú thích"


def test_an_image_inside_running_text_stays_inline() -> None:
    tree = parse(render_body(f"Biểu tượng ![sao](media:{SHA}) trong câu."))
    assert tree.find_all("figure") == []
    assert tree.find("img").parent is tree.find("p")


def test_two_images_in_one_paragraph_are_not_merged_into_one_figure() -> None:
    tree = parse(render_body(f"![a](media:{SHA})\n![b](media:{OTHER_SHA})"))
    assert tree.find_all("figure") == []
    assert len(tree.find("p").find_all("img")) == 2


def test_media_references_are_resolved_through_media_url() -> None:
    seen: list[str] = []

    def export_url(ref: str) -> str:
        seen.append(ref)
        return f"media/{ref.removeprefix('media:')}.jpg"

    html = render_body(
        f"![a](media:{SHA.upper()})\n\n[tệp](media:{OTHER_SHA})", media_url=export_url
    )
    tree = parse(html)
    assert tree.find("img").get("src") == f"media/{SHA}.jpg"
    assert tree.find("a").get("href") == f"media/{OTHER_SHA}.jpg"
    assert seen == [f"media:{SHA}", f"media:{OTHER_SHA}"]  # canonical, lower-case


def test_preview_media_urls_use_the_preview_scheme() -> None:
    html = render_body(f"![a]({media_ref(SHA)})", media_url=preview_media_url)
    assert parse(html).find("img").get("src") == f"danvan-media:{SHA}"


def test_a_malformed_media_reference_loses_its_url() -> None:
    html = render_body("![a](media:1234)", media_url=preview_media_url)
    assert parse(html).find("img").get("src") is None


def test_headings_sit_under_the_page_title() -> None:
    markdown = "# Một\n\n## Hai\n\n### Ba\n\n#### Bốn\n\n##### Năm\n\n###### Sáu\n\nMục\n===\n"
    assert _top_level(render_body(markdown)) == ["h2", "h3", "h4", "h5", "h6", "h6", "h2"]


def test_text_stays_exactly_as_typed() -> None:
    """No smart quotes, dashes or ellipses: the approved text is the published text."""
    typed = "Ông nói: \"Dân vận khéo\" -- 'gần dân' --- cứu hộ... 5 < 6 & 7 > 3 (c) 1/2"
    assert parse(render_body(typed)).find("p").text() == typed


def test_non_breaking_and_other_spaces_survive() -> None:
    typed = "quần chúng\u00a0 đối với 1\u202f000 người"
    assert parse(render_body(typed)).find("p").text() == typed


def test_tables_align_with_attributes_not_styles() -> None:
    tree = parse(render_body("| Xã | Tỷ lệ |\n|:---|---:|\n| Nam Anh | 52,49% |"))
    assert [th.get("align") for th in tree.find_all("th")] == ["left", "right"]
    assert [td.text() for td in tree.find_all("td")] == ["Nam Anh", "52,49%"]
    assert all(not e.has("style") for e in tree.iter())


def test_lists_keep_their_kind_and_start() -> None:
    tree = parse(render_body("3. Ba\n4. Bốn\n\n- một\n- hai\n"))
    assert tree.find("ol").get("start") == "3"
    assert [li.text() for li in tree.find("ul").find_all("li")] == ["một", "hai"]


def test_links_are_marked_noopener_noreferrer() -> None:
    link = parse(render_body("[Cổng](https://nghean.gov.vn)")).find("a")
    assert link.get("rel") == "noopener noreferrer"


def test_decomposed_vietnamese_renders_like_composed_after_nfc() -> None:
    composed = (
        "# Đổi mới phương thức lãnh đạo\n\n"
        "Ban Thường vụ **Tỉnh ủy** ban hành [Kế hoạch](https://x.vn/kế-hoạch) số 201-KH/TU.\n\n"
        f'![Ảnh hội nghị](media:{SHA} "Quang cảnh hội nghị ở Quỳnh Lưu")\n\n'
        "- Hòa giải\n- Thủy lợi\n"
    )
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    nfd_html = render_body(decomposed)
    assert unicodedata.normalize("NFC", nfd_html) == render_body(composed)
    # The decomposed text is carried through, not mangled: same letters, same marks.
    assert parse(nfd_html).find("figcaption").text() == unicodedata.normalize(
        "NFD", "Quang cảnh hội nghị ở Quỳnh Lưu"
    )


def test_extract_images_lists_every_picture_with_caption_and_alt() -> None:
    markdown = (
        f'![Ảnh một](media:{SHA} "Chú thích một")\n\n'
        "Đoạn có ![biểu tượng](https://nghean.gov.vn/logo.png) nhỏ.\n\n"
        f"![Chú thích hai](media:{OTHER_SHA})\n\n"
        f'<figure class="image"><img src="media:{SHA}" alt="thô">'
        "<figcaption>Từ HTML</figcaption></figure>\n\n"
        '<img src="javascript:alert(1)" alt="bị bỏ">\n'
    )
    images = extract_images(markdown)
    assert images == [
        ImageRef(f"media:{SHA}", "Chú thích một", "Ảnh một"),
        ImageRef("https://nghean.gov.vn/logo.png", "", "biểu tượng"),
        ImageRef(f"media:{OTHER_SHA}", "Chú thích hai", "Chú thích hai"),
        ImageRef(f"media:{SHA}", "Từ HTML", "thô"),
    ]
    assert [image.sha256 for image in images] == [SHA, None, OTHER_SHA, SHA]


def test_markdown_to_text_gives_one_line_per_block() -> None:
    markdown = (
        "# Tiêu đề\n\nĐoạn **một** có [liên kết](https://x.vn).\n\n"
        f'![a](media:{SHA} "Chú thích")\n\n- mục một\n- mục hai\n\n'
        "<script>alert(1)</script>Cuối."
    )
    assert markdown_to_text(markdown).splitlines() == [
        "Tiêu đề",
        "Đoạn một có liên kết.",
        "Chú thích",
        "mục một",
        "mục hai",
        "Cuối.",
    ]


def test_the_reused_converter_forgets_the_previous_document() -> None:
    first = render_body("[xem][ref]\n\n[ref]: https://nghean.gov.vn\n\n*[UBND]: Ủy ban")
    assert parse(first).find("a").get("href") == "https://nghean.gov.vn"
    second = parse(render_body("[xem][ref]"))
    assert second.find_all("a") == []
    assert second.clean_text() == "[xem][ref]"


def test_concurrent_renders_give_the_same_html_as_one_at_a_time() -> None:
    bodies = [
        f"# Bài {n}\n\n" + "Đoạn văn dân vận khéo. " * (50 + n) + f'\n\n![a](media:{SHA} "c{n}")'
        for n in range(8)
    ]
    expected = [render_body(body) for body in bodies]
    results: dict[tuple[int, int], str] = {}

    def work(worker: int) -> None:
        for _ in range(5):
            for index, body in enumerate(bodies):
                results[(worker, index)] = render_body(body)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(html == expected[index] for (_, index), html in results.items())


def test_a_lone_surrogate_from_a_broken_paste_shows_a_replacement_mark() -> None:
    paragraph = parse(render_body("Dân\ud800vận **khéo**")).find("p")
    assert paragraph.text() == "Dân\ufffdvận khéo"


def test_an_error_in_media_url_reaches_the_caller() -> None:
    """The exporter must learn that a picture's file is missing, not ship it without."""

    def missing(ref: str) -> str:
        raise NotFound("media.not_found", f"no file for {ref}", ref=ref)

    with pytest.raises(NotFound) as raised:
        render_body(f"Đoạn.\n\n![a](media:{SHA})", media_url=missing)
    assert raised.value.params == {"ref": f"media:{SHA}"}
