"""The portal package: build (export), verify and read; one owner of the format.

Qt-free and database-free: it takes plain dataclasses (`model`) from the
services and gives plain data back. See docs/portal-package.md for the format.
"""

from danvan_desktop.portal.build import (
    BuildReport,
    Cancelled,
    Progress,
    build_package,
    package_files,
)
from danvan_desktop.portal.checks import CheckReport, Finding, Severity, check_content
from danvan_desktop.portal.errors import ExportCancelled, PackageError, SigningKeyError
from danvan_desktop.portal.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    CategoryRef,
    MediaFile,
    PackageArticle,
    PackageInput,
    Publisher,
    RelatedArticle,
    Withdrawal,
)
from danvan_desktop.portal.reader import (
    DEFAULT_LIMITS,
    Limits,
    VerifiedPackage,
    read_manifest,
    read_package,
)
from danvan_desktop.portal.render import referenced_media
from danvan_desktop.portal.signing import PublicKey, SigningKey

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BuildReport",
    "Cancelled",
    "CategoryRef",
    "CheckReport",
    "ExportCancelled",
    "Finding",
    "Limits",
    "MediaFile",
    "PackageArticle",
    "PackageError",
    "PackageInput",
    "Progress",
    "PublicKey",
    "Publisher",
    "RelatedArticle",
    "Severity",
    "SigningKey",
    "SigningKeyError",
    "VerifiedPackage",
    "Withdrawal",
    "build_package",
    "check_content",
    "package_files",
    "read_manifest",
    "read_package",
    "referenced_media",
]
