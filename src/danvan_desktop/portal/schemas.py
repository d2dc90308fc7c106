"""The JSON Schemas of the package, shipped in `resources/schemas/` for the portal too.

Validators are built on first use and kept: a package with a thousand articles
validates a thousand records against the same schema.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from danvan_desktop.portal.errors import PackageError
from danvan_desktop.resource_files import resource_path

SCHEMA_FILES = {
    "manifest": "manifest.schema.json",
    "article": "article.schema.json",
}


def schema_path(kind: str):  # type: ignore[no-untyped-def]
    return resource_path("schemas", SCHEMA_FILES[kind])


@cache
def _validator(kind: str) -> Draft202012Validator:
    schema = json.loads(schema_path(kind).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(kind: str, document: Any) -> None:
    """Raise `PackageError` naming the first place `document` breaks its schema."""
    error = best_match(_validator(kind).iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise PackageError(
            "schema_invalid", f"the {kind} does not follow its schema at {where}: {error.message}"
        )
