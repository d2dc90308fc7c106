"""Where the bundled resources (templates, CSS, samples, dictionaries…) are.

The repository keeps them in the top-level `resources/`. A wheel carries them as
`danvan_desktop/resources/`; an editable install imports the package from `src/`
where there is no such folder, so we fall back to the repository's copy.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

GUIDE_NAME = "huong-dan-su-dung.md"


@cache
def resources_root() -> Path:
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "resources", package_dir.parent.parent / "resources"):
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError(f"bundled resources not found beside {package_dir}")


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. `resource_path("templates", "article.html")`."""
    return resources_root().joinpath(*parts)


@cache
def guide_path() -> Path:
    """The Vietnamese user guide (docs/huong-dan-su-dung.md) and, beside it, its screenshots.

    One copy of the text: the repository keeps it in `docs/`, a wheel and the
    bundle carry it as `danvan_desktop/docs/`.
    """
    package_dir = Path(__file__).resolve().parent
    for docs in (package_dir / "docs", package_dir.parent.parent / "docs"):
        if (docs / GUIDE_NAME).is_file():
            return docs / GUIDE_NAME
    raise FileNotFoundError(f"the user guide was not found beside {package_dir}")
