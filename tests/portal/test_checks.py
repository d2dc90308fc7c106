"""The pre-export check on an article's own content: what blocks and what warns."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest

from danvan_desktop.portal import PackageArticle, Severity, check_content
from danvan_desktop.rendering import media_ref
from tests.portal.conftest import sample_input

BASE = sample_input(count=1)
SAMPLE = BASE.articles[0]
ARTICLE = dataclasses.replace(SAMPLE, sapo="Nghệ An đổi mới phương thức lãnh đạo công tác dân vận.")
MEDIA = BASE.media


def _codes(article: PackageArticle, media=MEDIA) -> dict[str, Severity]:  # type: ignore[no-untyped-def]
    return {f.code: f.severity for f in check_content(article, media)}


def test_the_sample_article_passes_with_one_warning() -> None:
    """The real page repeats its sapo as the first paragraph, as the portal's template did."""
    assert _codes(SAMPLE) == {"sapo_repeated": Severity.WARN}
    assert _codes(ARTICLE) == {}


def test_a_picture_without_caption_blocks() -> None:
    body = ARTICLE.body_markdown + f"\n![]({media_ref(ARTICLE.feature_image or '')})\n"
    assert _codes(dataclasses.replace(ARTICLE, body_markdown=body)) == {
        "image_without_caption": Severity.BLOCK
    }
    assert _codes(dataclasses.replace(ARTICLE, feature_caption=" ")) == {
        "image_without_caption": Severity.BLOCK
    }


def test_a_picture_missing_from_the_store_blocks() -> None:
    assert _codes(ARTICLE, media={}) == {"media_missing": Severity.BLOCK}
    known = [f for f in check_content(ARTICLE, {}, known_media=MEDIA)]
    assert known == []


@pytest.mark.parametrize("field", ["title", "sapo", "body_markdown", "author_name"])
def test_decomposed_text_blocks(field: str) -> None:
    nfd = unicodedata.normalize("NFD", "Tỉnh ủy Nghệ An")
    changed = dataclasses.replace(ARTICLE, **{field: nfd})
    assert _codes(changed).get("not_nfc") is Severity.BLOCK


def test_eth_lookalike_of_d_bar_blocks() -> None:
    changed = dataclasses.replace(ARTICLE, title="Ðổi mới phương thức")  # Icelandic Ð
    assert _codes(changed).get("not_nfc") is Severity.BLOCK


@pytest.mark.parametrize(
    "legacy",
    [
        "§æi míi ph\u00adw¬ng thøc l·nh ®¹o cña §¶ng",  # TCVN3 read as Latin-1
        "Ñoåi môùi phöông thöùc laõnh ñaïo cuûa Ñaûng",  # VNI read as Latin-1
    ],
    ids=["tcvn3", "vni"],
)
def test_legacy_encoded_text_blocks(legacy: str) -> None:
    pytest.importorskip("danvan_desktop.vietnamese.legacy")
    changed = dataclasses.replace(ARTICLE, sapo=legacy)
    assert _codes(changed).get("legacy_encoding") is Severity.BLOCK


def test_style_matters_only_warn() -> None:
    first_paragraph = "Mở đầu bài viết về công tác dân vận."
    cases = {
        "missing_sapo": dataclasses.replace(ARTICLE, sapo=""),
        "sapo_repeated": dataclasses.replace(
            ARTICLE,
            sapo=first_paragraph,
            body_markdown=f"{first_paragraph}\n\n{ARTICLE.body_markdown}",
        ),
        "empty_signature": dataclasses.replace(ARTICLE, author_name=""),
    }
    for code, article in cases.items():
        assert _codes(article) == {code: Severity.WARN}, code


def test_english_and_codes_are_not_mistaken_for_legacy_text() -> None:
    changed = dataclasses.replace(
        ARTICLE, sapo="Kế hoạch số 201-KH/TU ngày 25/6/2019 (Report on mass mobilisation, 2019)."
    )
    assert _codes(changed) == {}


def test_a_picture_type_the_portal_does_not_take_blocks() -> None:
    from danvan_desktop.portal import MediaFile

    feature = ARTICLE.feature_image or ""
    media = {**MEDIA, feature: MediaFile(feature, "image/svg+xml", b"<svg onload=alert(1)/>")}
    assert _codes(ARTICLE, media) == {"image_type_refused": Severity.BLOCK}


def test_an_address_the_portal_would_refuse_blocks_before_export() -> None:
    too_long = dataclasses.replace(ARTICLE, slug="dan-van-" * 30)
    assert _codes(too_long) == {"slug_invalid": Severity.BLOCK}


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        '<p onclick="alert(1)">bấm</p>',
        "[bấm vào](javascript:alert(1))",
        '<a href="data:text/html,x">x</a>',
        "<iframe src=https://example.com></iframe>",
    ],
)
def test_raw_html_the_pages_leave_out_is_a_warning(markup: str) -> None:
    changed = dataclasses.replace(ARTICLE, body_markdown=f"{ARTICLE.body_markdown}\n\n{markup}")
    assert _codes(changed) == {"unsafe_markup": Severity.WARN}


def test_prose_about_data_or_events_is_not_markup() -> None:
    prose = "Big data: kho dữ liệu dân cư; sự kiện on-line = trực tuyến; 3 < 5 > 2."
    changed = dataclasses.replace(ARTICLE, body_markdown=f"{ARTICLE.body_markdown}\n\n{prose}")
    assert _codes(changed) == {}
