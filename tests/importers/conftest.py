"""The `team` fixture (users per role, default categories) for import tests.

It is moving from tests/services/conftest.py to tests/conftest.py; take it from
wherever it is so these tests run on either side of that move.
"""

import tests.conftest as _root

if not hasattr(_root, "team"):
    from tests.services.conftest import team  # noqa: F401
