"""Where the bundled resources (templates, CSS, samples, dictionaries…) are.

The repository keeps them in the top-level `resources/`. A wheel carries them as
`danvan_desktop/resources/`; an editable install imports the package from `src/`
where there is no such folder, so we fall back to the repository's copy.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


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
