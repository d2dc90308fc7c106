"""A store with the first admin, the default categories and one user per role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from danvan_desktop.services import setup, users
from danvan_desktop.services.dto import Actor
from danvan_desktop.services.store import Store
from tests.conftest import TEST_PASSWORD


@dataclass(frozen=True)
class Team:
    admin: Actor
    editor: Actor
    editor2: Actor
    reviewer: Actor
    reviewer2: Actor
    publisher: Actor
    category: str


@pytest.fixture
def team(store: Store) -> Team:
    setup.initialise(store, "admin", TEST_PASSWORD)
    admin = users.authenticate(store, "admin", TEST_PASSWORD)
    people = {}
    for name, roles in (
        ("bientap", ["editor"]),
        ("bientap2", ["editor"]),
        ("duyet", ["reviewer"]),
        ("duyet2", ["reviewer", "editor"]),
        ("xuatban", ["publisher"]),
    ):
        info = users.add_user(store, admin, name, TEST_PASSWORD, roles).value
        people[name] = Actor(info.id, info.username, info.display_name, frozenset(info.roles))
    return Team(
        admin=admin,
        editor=people["bientap"],
        editor2=people["bientap2"],
        reviewer=people["duyet"],
        reviewer2=people["duyet2"],
        publisher=people["xuatban"],
        category="tin-hoat-dong",
    )
