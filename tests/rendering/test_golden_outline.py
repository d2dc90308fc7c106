"""The sample article's page, compared with a reviewed outline of it.

The outline is the element tree of <main> (tag, classes, the start of each
text), so a change in what the page shows produces a readable diff, while
byte-level noise (attribute order, whitespace, a new nh3 release) does not.
Half the input fields are decomposed (NFD) to prove mixed input renders the
same page once the service's NFC has been applied.

After an intended change: DANVAN_UPDATE_GOLDEN=1 pytest tests/rendering, then
review the diff of the golden file like code.
"""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from datetime import datetime
from pathlib import Path

from parsed_html import Element, parse

from danvan_desktop.rendering import PageArticle, RelatedLink, SiteInfo, media_ref, render_page
from danvan_desktop.rendering.sample import sample_article

GOLDEN = Path(__file__).parent / "golden" / "sample-page-outline.txt"
TEXT_SHOWN = 60


def outline(element: Element, depth: int = 0) -> list[str]:
    lines: list[str] = []
    for child in element.children:
        if isinstance(child, str):
            continue
        label = child.tag + "".join(f".{name}" for name in sorted(child.classes))
        for attribute in ("href", "src", "alt", "datetime"):
            value = child.get(attribute)
            if value is not None:
                label += f" {attribute}={value[:TEXT_SHOWN].rstrip()}"
        own_text = " ".join("".join(c for c in child.children if isinstance(c, str)).split())
        if own_text:
            label += f" | {own_text[:TEXT_SHOWN].rstrip()}"
        lines.append("  " * depth + label)
        lines.extend(outline(child, depth + 1))
    return lines


def _mixed_normalisation(article: PageArticle) -> PageArticle:
    """Every other text field decomposed, as pasted text from other tools arrives."""
    changes: dict[str, object] = {}
    for index, field in enumerate(dataclasses.fields(article)):
        value = getattr(article, field.name)
        if isinstance(value, str) and index % 2 == 0:
            changes[field.name] = unicodedata.normalize("NFD", value)
    return dataclasses.replace(article, **changes)


def test_sample_page_matches_the_reviewed_outline() -> None:
    article = dataclasses.replace(
        sample_article(media_ref("ab" * 32)),
        category_name="Dân vận chính quyền",
        category_url="../",
        published_at=datetime(2019, 7, 18, 9, 5),
        tags=("dân vận khéo",),
        source="Ban Dân vận Tỉnh ủy Nghệ An",
        feature_image_url=media_ref("cd" * 32),
        feature_caption="Quang cảnh hội nghị",
        related=(RelatedLink("Xuân Sơn làm tốt công tác dân vận", "../xuan-son/"),),
    )
    site = SiteInfo("Ban Dân vận Tỉnh ủy Nghệ An", "Ban Dân vận Tỉnh ủy Nghệ An")

    def media_url(ref: str) -> str:
        return f"media/{ref.removeprefix('media:')}.jpg"

    html = render_page(_mixed_normalisation(article), site, media_url=media_url)
    actual = "\n".join(outline(parse(unicodedata.normalize("NFC", html)).find("body"))) + "\n"
    if os.environ.get("DANVAN_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    assert actual == GOLDEN.read_text(encoding="utf-8")
