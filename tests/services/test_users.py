"""Users, roles, passwords and lockout."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from danvan_desktop.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from danvan_desktop.services import passwords, users
from danvan_desktop.services.store import Store
from danvan_desktop.store.models import User
from danvan_desktop.workflow import Role
from tests.conftest import TEST_PASSWORD
from tests.services.conftest import Team


def test_passwords_are_argon2id_hashes(store: Store, team: Team) -> None:
    with store.unit() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "bientap"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert TEST_PASSWORD not in stored


def test_repeated_failures_lock_the_account(store: Store, team: Team) -> None:
    for _ in range(passwords.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed) as failed:
            users.authenticate(store, "bientap", "sai-mat-khau")
        assert failed.value.code == "bad_credentials"
    with pytest.raises(AuthenticationFailed) as locked:
        users.authenticate(store, "bientap", TEST_PASSWORD)
    assert locked.value.code == "account_locked"
    # Other accounts are unaffected.
    assert users.authenticate(store, "duyet", TEST_PASSWORD).username == "duyet"


def test_a_success_resets_the_failure_count(store: Store, team: Team) -> None:
    for _ in range(passwords.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(store, "bientap", "sai")
    users.authenticate(store, "bientap", TEST_PASSWORD)
    with pytest.raises(AuthenticationFailed) as failed:
        users.authenticate(store, "bientap", "sai")
    assert failed.value.code == "bad_credentials"


def test_unknown_user_reads_like_a_wrong_password(store: Store, team: Team) -> None:
    with pytest.raises(AuthenticationFailed) as failed:
        users.authenticate(store, "khong-ai", TEST_PASSWORD)
    assert failed.value.code == "bad_credentials"


@pytest.mark.parametrize("who", ["editor", "reviewer", "publisher"])
def test_only_admins_manage_users(store: Store, team: Team, who: str) -> None:
    with pytest.raises(PermissionDenied):
        users.add_user(store, getattr(team, who), "moi", TEST_PASSWORD, ["editor"])


@pytest.mark.parametrize(
    ("username", "password", "roles", "code"),
    [
        ("Ông Ba", TEST_PASSWORD, ["editor"], "invalid_username"),
        ("bientap", TEST_PASSWORD, ["editor"], "username_taken"),
        ("moi", "ngan", ["editor"], "password_too_short"),
        ("moi", TEST_PASSWORD, ["boss"], "unknown_role"),
        ("moi", TEST_PASSWORD, [], "no_role"),
    ],
)
def test_bad_new_users_are_refused(
    store: Store, team: Team, username: str, password: str, roles: list[str], code: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        users.add_user(store, team.admin, username, password, roles)
    assert refused.value.code == code


def test_the_first_admin_only_once(store: Store, team: Team) -> None:
    with pytest.raises(InvalidInput):
        users.create_first_admin(store, "admin2", TEST_PASSWORD)
    assert team.admin.roles == frozenset({Role.ADMIN, Role.EDITOR})


def test_a_role_taken_away_stops_working_at_once(store: Store, team: Team) -> None:
    """The actor object held by an open desk keeps its old roles; the store decides."""
    users.set_roles(store, team.admin, "bientap", ["reviewer"])
    from danvan_desktop.services import articles
    from danvan_desktop.services.dto import ArticleFields

    with pytest.raises(PermissionDenied):
        articles.create_article(
            store, team.editor, ArticleFields(title="Bài", category_slug=team.category)
        )
