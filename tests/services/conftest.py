"""The `team` fixture lives in tests/conftest.py; `Team` is re-exported for old imports."""

from tests.conftest import Team

__all__ = ["Team"]
