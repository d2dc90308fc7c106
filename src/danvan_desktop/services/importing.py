"""Bringing many files in at once: each one a draft of the importing editor, or a reason why not.

A batch is what an editor drops on the desk on a Monday: a folder of Word files
from the district committees, a few saved web pages, an old .txt archive. Each
file is its own transaction (its pictures, the draft, its revision and audit
events), so a file that fails leaves nothing behind and the rest goes on.

A file already imported once (the same bytes, by SHA-256) is skipped: its
hash is kept in the details of the "article.import" audit event, which the
hash chain already protects, so no schema change is needed to remember it.

Parsing happens outside any transaction; only the writes hold the database.
The caller passes a plain progress callback and a cancel check (the desk wraps
them in Qt signals, the CLI ignores them).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from danvan_desktop.errors import DanvanError, InvalidInput
from danvan_desktop.importers.files import (
    SUPPORTED_SUFFIXES,
    folder_resources,
    import_document,
    max_bytes_for,
    read_limited,
)
from danvan_desktop.importers.model import ImportedArticle, ImportedImage
from danvan_desktop.services.articles import ARTICLE_CHANGES, insert_article, normalise_fields
from danvan_desktop.services.categories import category_by_slug
from danvan_desktop.services.dto import Actor, ArticleFields, Change
from danvan_desktop.services.guard import require_permission
from danvan_desktop.services.media import MAX_IMAGE_BYTES, sniff_image
from danvan_desktop.services.store import Store
from danvan_desktop.store.audit import append_event
from danvan_desktop.store.models import Article, AuditEvent, Media, utcnow
from danvan_desktop.vietnamese import normalize_field

IMPORT_ACTION = "article.import"
MAX_FILES = 5_000

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class FileStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file. `code` and `message` say why it failed or was skipped."""

    path: str
    status: FileStatus
    article_id: str | None = None
    title: str = ""
    code: str = ""
    message: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    results: tuple[FileResult, ...]
    cancelled: bool
    changes: frozenset[Change]

    def count(self, status: FileStatus) -> int:
        return sum(1 for result in self.results if result.status is status)

    @property
    def ok(self) -> bool:
        """Nothing failed (duplicates skipped and a cancel are not failures)."""
        return not self.count(FileStatus.FAILED)


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: each file named, and the supported files inside each folder.

    Folders are walked in name order, skipping hidden files and Word's "~$"
    lock files, so the report reads in the order the editor sees in Explorer.
    """
    found: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if not path.is_dir():
            found.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(names):
                if name.startswith((".", "~$")):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(Path(folder) / name)
    return found


def import_files(
    store: Store,
    actor: Actor,
    paths: Iterable[Path | str],
    category_slug: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import files and folders as drafts of `actor` in the category `category_slug`.

    Raises only for what makes the whole batch impossible (no "article.create"
    permission, an unknown category, too many files); everything about a
    single file goes into its `FileResult`, in the order the files were taken.

    `progress(done, total, name)` is called before each file (files finished so
    far, the count, the name about to be read) and once at the end with
    `(total, total, "")`. `cancelled()` is asked between files: the file being
    imported finishes (or fails) whole, and every file after it is reported
    CANCELLED. Both run on the caller's thread; neither knows about Qt.
    """
    with store.unit() as session:
        require_permission(session, actor, "article.create")
        category_by_slug(session, category_slug)
    files = collect_files(paths)
    if len(files) > MAX_FILES:
        raise InvalidInput("too_many_files", f"at most {MAX_FILES} files can be imported at once")
    results: list[FileResult] = []
    stopped = False
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files), path.name)
        if cancelled is not None and cancelled():
            stopped = True
            results.extend(FileResult(str(p), FileStatus.CANCELLED) for p in files[index:])
            break
        results.append(_import_one(store, actor, path, category_slug))
    if progress is not None and not stopped:
        progress(len(files), len(files), "")
    imported = any(result.status is FileStatus.IMPORTED for result in results)
    changes = ARTICLE_CHANGES | {Change.MEDIA} if imported else frozenset()
    return ImportReport(tuple(results), stopped, frozenset(changes))


def _import_one(store: Store, actor: Actor, path: Path, category_slug: str) -> FileResult:
    name = str(path)
    try:
        if not path.is_file():
            return FileResult(
                name, FileStatus.FAILED, code="file_not_found", message="no such file"
            )
        data = read_limited(path, max_bytes_for(path.name))
        digest = hashlib.sha256(data).hexdigest()
        with store.unit() as session:
            earlier = previous_import(session, digest)
        if earlier is not None:
            return _duplicate(name, earlier)
        article = import_document(data, path.name, resources=folder_resources(path.parent))
        with store.unit() as session:
            require_permission(session, actor, "article.create")
            earlier = previous_import(session, digest)
            if earlier is not None:  # another desk imported it while we were parsing
                return _duplicate(name, earlier)
            article_id = _write(session, actor, article, category_slug, path.name, digest)
    except DanvanError as error:
        return FileResult(name, FileStatus.FAILED, code=error.code, message=error.message)
    return FileResult(
        name,
        FileStatus.IMPORTED,
        article_id=article_id,
        title=normalize_field(article.title),
        warnings=article.warnings,
    )


def _duplicate(name: str, article_id: str) -> FileResult:
    return FileResult(
        name,
        FileStatus.DUPLICATE,
        article_id=article_id,
        code="already_imported",
        message=f"the same file was imported before as article {article_id}",
    )


def previous_import(session: Session, source_sha256: str) -> str | None:
    """The id of the article an identical file became, if it was imported before."""
    needle = f'"source_sha256":"{source_sha256}"'
    subject = session.scalar(
        select(AuditEvent.subject)
        .where(AuditEvent.action == IMPORT_ACTION, AuditEvent.details.contains(needle))
        .order_by(AuditEvent.seq)
        .limit(1)
    )
    return subject.partition(":")[2] if subject else None


def _write(
    session: Session,
    actor: Actor,
    article: ImportedArticle,
    category_slug: str,
    file_name: str,
    digest: str,
) -> str:
    for image in article.images:
        _store_image(session, actor, image)
    fields = normalise_fields(
        ArticleFields(
            title=article.title,
            sapo=article.sapo,
            body=article.body_markdown,
            author_name=_fit(article.author_name, Article.author_name),
            author_position=_fit(article.author_position, Article.author_position),
            source=_fit(article.source, Article.source),
            category_slug=category_slug,
            feature_caption=article.captions[0] if article.captions else "",
        )
    )
    row = insert_article(session, actor, fields)
    append_event(
        session,
        actor=actor.username,
        action=IMPORT_ACTION,
        subject=f"article:{row.id}",
        details={
            "file": normalize_field(file_name),
            "source_sha256": digest,
            "images": len(article.images),
            "warnings": [warning.partition(":")[0] for warning in article.warnings],
        },
    )
    return row.id


def _fit(text: str, column: InstrumentedAttribute[str]) -> str:
    """Text cut to its column's length: a guessed signature must not fail the file on PostgreSQL."""
    length = getattr(column.type, "length", None)
    text = normalize_field(text)
    return text if length is None or len(text) <= length else text[: length - 1].rstrip() + "…"


def _store_image(session: Session, actor: Actor, image: ImportedImage) -> None:
    """Keep a picture in the same transaction as the draft that shows it.

    `services.media.add_media` commits on its own; an import must not leave
    pictures behind when its draft fails, so the row is written here, with the
    same checks and the same audit event.
    """
    if len(image.data) > MAX_IMAGE_BYTES:
        raise InvalidInput(
            "image_too_large",
            f"a picture is larger than {MAX_IMAGE_BYTES} bytes ({image.filename})",
        )
    mime, width, height = sniff_image(image.data)
    sha = image.sha256
    if session.get(Media, sha) is not None:
        return
    session.add(
        Media(
            sha256=sha,
            mime=mime,
            size=len(image.data),
            width=width,
            height=height,
            original_name=normalize_field(image.filename)[:255],
            data=image.data,
            created_at=utcnow(),
        )
    )
    append_event(
        session,
        actor=actor.username,
        action="media.add",
        subject=f"media:{sha}",
        details={"mime": mime, "size": len(image.data), "name": normalize_field(image.filename)},
    )
    session.flush()
