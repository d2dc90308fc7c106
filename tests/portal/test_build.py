"""Building a package without a store: layout, determinism, atomicity, clean pictures."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from danvan_desktop.portal import (
    ExportCancelled,
    PackageError,
    build_package,
    read_package,
    signing,
)
from danvan_desktop.portal.metadata import strip_metadata
from danvan_desktop.rendering import portal_css
from tests.portal.conftest import sample_input
from tests.portal.images import EXIF_GPS, IPTC, XMP, gif, jpeg, png, webp
from tests.rendering.parsed_html import parse


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def test_same_input_and_key_give_the_same_bytes(key: signing.SigningKey, tmp_path: Path) -> None:
    package = sample_input()
    first = build_package(package, tmp_path / "a.zip", key)
    second = build_package(package, tmp_path / "b.zip", key)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert (
        first.sha256
        == second.sha256
        == hashlib.sha256((tmp_path / "a.zip").read_bytes()).hexdigest()
    )


def test_layout_is_sorted_and_complete(key: signing.SigningKey, tmp_path: Path) -> None:
    report = build_package(sample_input(), tmp_path / "p.zip", key)
    names = _names(tmp_path / "p.zip")
    assert names == sorted(names)
    assert {
        "manifest.json",
        "manifest.json.minisig",
        "portal.css",
        "feed.xml",
        "sitemap.xml",
        "articles/doi-moi-phuong-thuc/index.html",
        "articles/doi-moi-phuong-thuc/article.json",
        "articles/tin-so-1/index.html",
        "categories/nghien-cuu--trao-doi/index.html",
    } <= set(names)
    assert report.media_files == 2 == sum(name.startswith("media/") for name in names)
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        assert archive.read("portal.css").decode() == portal_css()
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 26, 9, 30, 0)}


def test_manifest_names_every_file_with_hash_and_size(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    build_package(sample_input(), tmp_path / "p.zip", key)
    verified = read_package(tmp_path / "p.zip", key.public)
    manifest = verified.manifest
    assert (manifest["format"], manifest["version"]) == ("danvan-portal-package", "1")
    assert manifest["publisher"]["username"] == "xuatban"
    assert manifest["audit_head_hash"] == "ab" * 32
    listed = {item["path"]: item for item in manifest["files"]}
    assert set(listed) == set(verified.files)
    for path, data in verified.files.items():
        assert listed[path]["sha256"] == hashlib.sha256(data).hexdigest()
        assert listed[path]["size"] == len(data)
    entry = manifest["articles"][0]
    assert entry["slug"] == "doi-moi-phuong-thuc"
    assert entry["category"]["path"] == ["Nghiên cứu – Trao đổi"]
    assert (entry["author"], entry["approver"]) == ("bientap", "duyet")
    assert entry["approved_at"] == entry["published_at"] == "2026-11-26T09:30:00Z"


def test_page_links_are_relative_and_media_named_by_clean_hash(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    build_package(sample_input(), tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    page = parse(files["articles/doi-moi-phuong-thuc/index.html"].decode())
    stylesheet = [link for link in page.find_all("link") if link.get("rel") == "stylesheet"]
    assert [link.get("href") for link in stylesheet] == ["../../portal.css"]
    for image in page.find_all("img"):
        src = image.get("src") or ""
        assert src.startswith("../../media/")
        data = files[src.removeprefix("../../")]
        assert src.endswith(hashlib.sha256(data).hexdigest() + Path(src).suffix)
    related = page.find("section", "related")
    assert [a.get("href") for a in related.find_all("a")] == ["../xuan-son/index.html"]
    breadcrumb = page.find("nav", "breadcrumb")
    assert "../../categories/nghien-cuu--trao-doi/index.html" in [
        a.get("href") for a in breadcrumb.find_all("a")
    ]
    assert page.find("p", "signature-name").text().strip() == "Nguyễn Mạnh Khôi"
    assert "09/11" not in page.find("p", "article-meta").text()  # shown in Vietnam time
    assert "16:30" in page.find("p", "article-meta").text()


def test_article_record_has_fields_schema_org_and_ninjs(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    build_package(sample_input(), tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    record = json.loads(files["articles/doi-moi-phuong-thuc/article.json"])
    assert record["author"] == {
        "name": "Nguyễn Mạnh Khôi",
        "position": "Phó Trưởng ban TT Ban Dân vận Tỉnh ủy",
    }
    assert record["tags"] == ["dân vận", "Nghệ An"]
    roles = [image["role"] for image in record["images"]]
    assert roles[0] == "feature" and roles.count("body") == 2
    for image in record["images"]:
        assert image["caption"] and image["file"] in files
        assert f"media:{image['sha256']}" in record["body_markdown"] or image["role"] == "feature"
    assert record["related"] == [
        {
            "title": "Xuân Sơn làm tốt công tác dân vận",
            "slug": "xuan-son",
            "href": "../xuan-son/index.html",
        }
    ]
    schema_org = record["schema_org"]
    assert schema_org["@type"] == "NewsArticle"
    assert schema_org["author"]["name"] == "Nguyễn Mạnh Khôi"
    assert schema_org["url"] == "https://dvnghean.vn/articles/doi-moi-phuong-thuc/index.html"
    assert "Ban Thường vụ Tỉnh ủy" in schema_org["articleBody"]
    ninjs = record["ninjs"]
    assert ninjs["uri"] == f"urn:uuid:{record['id']}"
    assert ninjs["headlines"][0]["value"] == record["title"]
    assert ninjs["bodies"][0]["value"] == record["body_html"]
    assert "featureimage" in ninjs["associations"]


def test_feed_and_sitemap_parse_and_list_the_articles(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    build_package(sample_input(count=3), tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    rss = ElementTree.fromstring(files["feed.xml"])
    assert rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert len(items) == 3
    content = "{http://purl.org/rss/1.0/modules/content/}encoded"
    media = "{http://search.yahoo.com/mrss/}content"
    for item in items:
        assert item.findtext(content)
        urls = [m.get("url") for m in item.findall(media)]
        assert urls and all(u.startswith("https://dvnghean.vn/media/") for u in urls)
    sitemap = ElementTree.fromstring(files["sitemap.xml"])
    locs = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://dvnghean.vn/articles/tin-so-2/index.html" in locs
    assert "https://dvnghean.vn/categories/nghien-cuu--trao-doi/index.html" in locs
    listing = parse(files["categories/nghien-cuu--trao-doi/index.html"].decode())
    links = [a.get("href") for a in listing.find_all("a") if "articles" in (a.get("href") or "")]
    assert len(links) == 3 and all(h.startswith("../../articles/") for h in links)


def test_pictures_lose_exif_gps_xmp_iptc_but_keep_colour(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    build_package(sample_input(), tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    pictures = [data for name, data in files.items() if name.startswith("media/")]
    assert len(pictures) == 2
    for data in pictures:
        for secret in (b"GPSLatitude", b"Nikon", b"by-line", b"Vinh city", b"GPS 18.67N"):
            assert secret not in data
    photo = next(d for d in pictures if d.startswith(b"\xff\xd8"))
    assert b"JFIF" in photo and b"ICC_PROFILE" in photo
    assert photo == jpeg(7, metadata=False)
    assert next(d for d in pictures if d.startswith(b"\x89PNG")) == png(metadata=False)


def test_stripping_is_idempotent_and_leaves_clean_files_alone() -> None:
    clean = jpeg(3, metadata=False)
    assert strip_metadata(clean, "image/jpeg") == clean
    once = strip_metadata(jpeg(3), "image/jpeg")
    assert strip_metadata(once, "image/jpeg") == once == clean
    assert EXIF_GPS not in once and XMP not in once and IPTC not in once
    with pytest.raises(PackageError) as refused:
        strip_metadata(b"\xff\xd8\xff\xe1\x00", "image/jpeg")
    assert refused.value.code == "image_unreadable"


@pytest.mark.parametrize("cancel_at_poll", [2, 5], ids=["while-rendering", "zip-written"])
def test_cancel_leaves_nothing_at_the_destination(
    key: signing.SigningKey, tmp_path: Path, cancel_at_poll: int
) -> None:
    target = tmp_path / "out" / "package.zip"
    target.parent.mkdir()
    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) >= cancel_at_poll

    with pytest.raises(ExportCancelled):
        build_package(sample_input(count=3), target, key, cancelled=cancelled)
    assert len(polls) == cancel_at_poll
    assert list(target.parent.iterdir()) == []


def test_failure_before_rename_keeps_the_old_file(key: signing.SigningKey, tmp_path: Path) -> None:
    target = tmp_path / "out" / "package.zip"
    target.parent.mkdir()
    target.write_bytes(b"the previous package")

    def commit_fails(report) -> None:  # type: ignore[no-untyped-def]
        assert Path(report.path) == target
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        build_package(sample_input(), target, key, before_rename=commit_fails)
    assert target.read_bytes() == b"the previous package"
    assert sorted(p.name for p in target.parent.iterdir()) == ["package.zip"]


def test_progress_reaches_the_total(key: signing.SigningKey, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_package(
        sample_input(count=4), tmp_path / "p.zip", key, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_picture_missing_from_the_store_stops_the_export(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    package = sample_input()
    from dataclasses import replace

    broken = replace(package, media={})
    with pytest.raises(PackageError) as refused:
        build_package(broken, tmp_path / "p.zip", key)
    assert refused.value.code == "media_missing"
    assert not (tmp_path / "p.zip").exists()


def test_the_page_is_what_the_preview_renderer_makes(
    key: signing.SigningKey, tmp_path: Path
) -> None:
    """One Markdown pass serves page and record; the page is still `render_page`'s own."""
    from danvan_desktop.portal.render import page_article
    from danvan_desktop.rendering import render_page

    package = sample_input(count=1)
    build_package(package, tmp_path / "p.zip", key)
    files = read_package(tmp_path / "p.zip", key.public).files
    record = json.loads(files["articles/doi-moi-phuong-thuc/article.json"])
    names = {sha: name for name in files if name.startswith("media/") for sha in [name[6:70]]}
    stored_to_packed = {
        stored: names[hashlib.sha256(strip_metadata(m.data, m.mime)).hexdigest()]
        for stored, m in package.media.items()
    }

    def media_url(ref: str) -> str:
        return "../../" + stored_to_packed[ref.removeprefix("media:")]

    expected = render_page(
        page_article(package.articles[0]),
        package.site,
        media_url=media_url,
        css_href="../../portal.css",
        extra_head='<link rel="canonical" '
        'href="https://dvnghean.vn/articles/doi-moi-phuong-thuc/index.html">',
    )
    assert files["articles/doi-moi-phuong-thuc/index.html"].decode() == expected
    assert record["body_html"] in expected


@pytest.mark.parametrize("make, mime", [(webp, "image/webp"), (gif, "image/gif")])
def test_webp_and_gif_lose_their_metadata(make, mime: str) -> None:  # type: ignore[no-untyped-def]
    cleaned = strip_metadata(make(metadata=True), mime)
    assert cleaned == make(metadata=False)
    assert b"GPS" not in cleaned and b"Nikon" not in cleaned
    if mime == "image/gif":
        assert b"NETSCAPE2.0" in cleaned  # the animation still loops


def test_the_zip_writer_refuses_entries_out_of_order(tmp_path: Path) -> None:
    from danvan_desktop.portal.archive import ZipStreamWriter
    from tests.portal.conftest import MOMENT

    with (
        open(tmp_path / "x.zip", "wb") as stream,
        pytest.raises(ValueError),
        ZipStreamWriter(stream, MOMENT) as archive,
    ):
        archive.add("b.txt", b"b")
        archive.add("a.txt", b"a")


def test_a_failing_disk_stops_the_writer() -> None:
    """The writer thread's error reaches the thread that feeds it."""
    import io

    from danvan_desktop.portal.archive import ZipStreamWriter
    from tests.portal.conftest import MOMENT

    class FullDisk(io.BytesIO):
        def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
            if self.tell() > 10_000:
                raise OSError(28, "No space left on device")
            return super().write(data)

    with pytest.raises(OSError, match="No space"), ZipStreamWriter(FullDisk(), MOMENT) as archive:
        for number in range(100):
            archive.add(f"f{number:03d}.txt", bytes(range(256)) * 50)
