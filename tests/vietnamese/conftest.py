import pytest

from danvan_desktop.resource_files import resource_path


@pytest.fixture(scope="session")
def sample_text() -> str:
    return resource_path("samples", "portal-article.txt").read_text(encoding="utf-8")
