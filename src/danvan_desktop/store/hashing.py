"""The content hash of a revision: SHA-256 over the normalised fields in canonical JSON."""

from __future__ import annotations

import hashlib
from typing import Any

from danvan_desktop.store.audit import canonical_json

# The fields a revision snapshots, in the order people read them.
REVISION_FIELDS = (
    "title",
    "sapo",
    "body",
    "author_name",
    "author_position",
    "source",
    "category_slug",
    "tags",
    "feature_image",
    "feature_caption",
)


def content_hash(fields: dict[str, Any]) -> str:
    snapshot = {name: fields.get(name) for name in REVISION_FIELDS}
    return hashlib.sha256(canonical_json(snapshot).encode("utf-8")).hexdigest()
