"""The portal package: build (export), verify and read; one owner of the format.

Qt-free and database-free: it takes plain dataclasses (`model`) from the
services and gives plain data back. See docs/portal-package.md for the format.

A name's module is imported when the name is first used (PEP 562): the desk's
preview needs only `model`, and signing (cryptography) and the schemas
(jsonschema) would add ~18 MB to its process for nothing.
"""

from __future__ import annotations

from danvan_desktop.lazy_exports import lazy_exports

_MODULE_OF = {
    "build_package": "build",
    "BuildReport": "build",
    "Cancelled": "build",
    "CategoryRef": "model",
    "check_content": "checks",
    "CheckReport": "checks",
    "DEFAULT_LIMITS": "reader",
    "ExportCancelled": "errors",
    "Finding": "checks",
    "FORMAT_NAME": "model",
    "FORMAT_VERSION": "model",
    "Limits": "reader",
    "MediaFile": "model",
    "package_files": "build",
    "PackageArticle": "model",
    "PackageError": "errors",
    "PackageInput": "model",
    "Progress": "build",
    "PublicKey": "signing",
    "Publisher": "model",
    "read_manifest": "reader",
    "read_package": "reader",
    "referenced_media": "render",
    "RelatedArticle": "model",
    "Severity": "checks",
    "SigningKey": "signing",
    "SigningKeyError": "errors",
    "VerifiedPackage": "reader",
    "Withdrawal": "model",
}

__all__ = sorted(_MODULE_OF)

__getattr__, __dir__ = lazy_exports(__name__, _MODULE_OF)
