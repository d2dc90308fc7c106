"""The workflow's key rules hold in the database itself, tested with raw SQL.

A client that skips the app (a script, a SQL console, a tampered build) still cannot
rewrite the audit log, record a non-reviewer as approver, let an author approve their
own article, or mark an article approved without pinning the approved revision.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from danvan_desktop.services import articles, review
from danvan_desktop.services.dto import ArticleFields
from danvan_desktop.services.store import Store
from tests.services.conftest import Team


@pytest.fixture
def submitted(store: Store, team: Team) -> str:
    fields = ArticleFields(title="Bài kiểm tra quy tắc", category_slug=team.category)
    article_id = articles.create_article(store, team.editor, fields).value.id
    review.submit_for_review(store, team.editor, article_id)
    return article_id


# A "saved" revision of article :id written in the name of :who, past the app.
_FORGED_REVISION = (
    "INSERT INTO revisions (article_id, number, content_hash, fields, kind, status, "
    "author_id, created_at) SELECT id, 99, current_hash, '{}', 'saved', status, :who, "
    "updated_at FROM articles WHERE id = :id"
)


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_the_audit_log_is_append_only(store: Store, team: Team) -> None:
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(store, "UPDATE audit_events SET actor = 'x' WHERE seq = 1")
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(store, "DELETE FROM audit_events WHERE seq = 1")
    if store.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(store, "TRUNCATE audit_events")


def test_only_a_reviewer_is_recorded_as_approver(store: Store, team: Team, submitted: str) -> None:
    with pytest.raises(DBAPIError, match="only a reviewer approves"):
        _raw(
            store,
            "UPDATE articles SET approved_by = :who WHERE id = :id",
            who=team.publisher.id,
            id=submitted,
        )


def test_the_author_cannot_be_the_approver(store: Store, team: Team) -> None:
    fields = ArticleFields(title="Bài của người duyệt", category_slug=team.category)
    article_id = articles.create_article(store, team.reviewer2, fields).value.id
    with pytest.raises(DBAPIError, match=r"four_eyes|never approves a text they wrote"):
        _raw(
            store,
            "UPDATE articles SET approved_by = :who WHERE id = :id",
            who=team.reviewer2.id,
            id=article_id,
        )


def test_a_reviewer_who_wrote_any_revision_cannot_be_the_approver(
    store: Store, team: Team, submitted: str
) -> None:
    """Not only the creator and the last editor: every writer of the text (the app's rule)."""
    _raw(
        store,
        _FORGED_REVISION,
        who=team.reviewer.id,
        id=submitted,
    )
    with pytest.raises(DBAPIError, match="never approves a text they wrote"):
        _raw(
            store,
            "UPDATE articles SET status = 'approved', approved_by = :who, "
            "approved_hash = current_hash WHERE id = :id",
            who=team.reviewer.id,
            id=submitted,
        )


def test_an_article_cannot_be_inserted_already_approved_by_a_non_reviewer(
    store: Store, team: Team, submitted: str
) -> None:
    columns = (
        "title, slug, sapo, body, author_name, author_position, source, category_id, "
        "tags, feature_image, feature_caption, current_hash, created_by, last_edited_by, "
        "created_at, updated_at, version, title_sort_key, author_sort_key"
    )
    with pytest.raises(DBAPIError, match="only a reviewer approves"):
        _raw(
            store,
            f"INSERT INTO articles (id, status, approved_by, approved_hash, {columns}) "
            f"SELECT 'forged-approval', 'approved', :who, current_hash, {columns} "
            "FROM articles WHERE id = :id",
            who=team.editor2.id,
            id=submitted,
        )


def test_an_articles_creator_never_changes(store: Store, team: Team, submitted: str) -> None:
    with pytest.raises(DBAPIError, match="creator never changes"):
        _raw(
            store,
            "UPDATE articles SET created_by = :who WHERE id = :id",
            who=team.admin.id,
            id=submitted,
        )


def test_approved_means_a_pinned_revision(store: Store, team: Team, submitted: str) -> None:
    with pytest.raises(DBAPIError, match="approval_pinned"):
        _raw(store, "UPDATE articles SET status = 'approved' WHERE id = :id", id=submitted)
    with pytest.raises(DBAPIError, match="approval_pinned"):
        _raw(
            store,
            "UPDATE articles SET status = 'approved', approved_by = :who, approved_hash = 'x' "
            "WHERE id = :id",
            who=team.reviewer.id,
            id=submitted,
        )


def test_a_proper_approval_passes_the_database_rules(
    store: Store, team: Team, submitted: str
) -> None:
    _raw(
        store,
        "UPDATE articles SET status = 'approved', approved_by = :who, "
        "approved_hash = current_hash WHERE id = :id",
        who=team.reviewer.id,
        id=submitted,
    )
    assert articles.get_article(store, submitted).approval_valid


@contextmanager
def _own_login(store: Store, team: Team, username: str) -> Iterator[Engine]:
    """An engine connected with `username`'s own PostgreSQL login (dropped afterwards)."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("per-user database logins are a PostgreSQL (team mode) feature")
    from danvan_desktop.services.team_mode import add_database_login

    add_database_login(store, team.admin, username, "mat-khau-rieng-2026")
    url = store.engine.url.set(username=username, password="mat-khau-rieng-2026")
    engine = create_engine(url.render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        engine.dispose()
        with store.engine.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{username}"'))
            connection.execute(text(f'DROP ROLE "{username}"'))


_APPROVE = (
    "UPDATE articles SET status = 'approved', approved_by = :who, "
    "approved_hash = current_hash WHERE id = :id"
)


def test_per_user_logins_append_only_and_approve_only_as_themselves(
    store: Store, team: Team, submitted: str
) -> None:
    """On PostgreSQL, a user's own login cannot rewrite the audit log or approve for another."""
    with _own_login(store, team, "duyet2") as as_duyet2:
        with pytest.raises(DBAPIError, match="permission denied"), as_duyet2.begin() as c:
            c.execute(text("UPDATE audit_events SET actor = 'x'"))
        with pytest.raises(DBAPIError, match="connected user only"), as_duyet2.begin() as c:
            c.execute(text(_APPROVE), {"who": team.reviewer.id, "id": submitted})
        with as_duyet2.begin() as c:  # approving as oneself passes the database's rules
            c.execute(text(_APPROVE), {"who": team.reviewer2.id, "id": submitted})


def test_a_users_own_login_cannot_raise_itself_or_forge_history(
    store: Store, team: Team, submitted: str
) -> None:
    """An editor's login, in any SQL client: no new role, no one else's row, no forged revision."""
    me = team.editor2.id
    with _own_login(store, team, "bientap2") as as_editor:
        with pytest.raises(DBAPIError, match="permission denied"), as_editor.begin() as c:
            c.execute(
                text("INSERT INTO user_roles (user_id, role) VALUES (:me, 'reviewer')"), {"me": me}
            )
        with as_editor.begin() as c:  # someone else's row is out of reach
            changed = c.execute(
                text("UPDATE users SET password_hash = 'x' WHERE username = 'admin'")
            ).rowcount
            own = c.execute(
                text("UPDATE users SET failed_logins = 0 WHERE id = :me"), {"me": me}
            ).rowcount
        assert (changed, own) == (0, 1)
        with pytest.raises(DBAPIError, match="permission denied"), as_editor.begin() as c:
            c.execute(text("UPDATE revisions SET author_id = :me"), {"me": me})
        with pytest.raises(DBAPIError, match="connected user only"), as_editor.begin() as c:
            c.execute(text(_FORGED_REVISION), {"who": team.editor.id, "id": submitted})
        with pytest.raises(DBAPIError, match="creator never changes"), as_editor.begin() as c:
            c.execute(
                text("UPDATE articles SET created_by = :me WHERE id = :id"),
                {"me": me, "id": submitted},
            )


def test_an_admins_login_manages_users_and_roles(store: Store, team: Team) -> None:
    with _own_login(store, team, team.admin.username) as as_admin, as_admin.begin() as c:
        c.execute(
            text("INSERT INTO user_roles (user_id, role) VALUES (:who, 'reviewer')"),
            {"who": team.editor2.id},
        )
        changed = c.execute(
            text("UPDATE users SET failed_logins = 0 WHERE id = :who"), {"who": team.editor.id}
        ).rowcount
    assert changed == 1


def test_logins_are_refused_on_sqlite_with_a_reason(store: Store, team: Team) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("the SQLite answer")
    from danvan_desktop.errors import InvalidInput
    from danvan_desktop.services.team_mode import add_database_login

    with pytest.raises(InvalidInput, match="team mode"):
        add_database_login(store, team.admin, "duyet2", "mat-khau-rieng-2026")
