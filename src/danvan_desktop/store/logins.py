"""Per-user PostgreSQL logins for team mode, with the least the desk needs.

Each Danvan user may connect with a login role of the same name. The login is a member
of `danvan_app`, which may read and write the articles and their companions but only
read and append to the audit log and the revisions, read the roles, and change the
`users` row of the connected user alone (row-level security). Admins' logins are also
members of `danvan_admin`, which manages users and roles. The rule triggers of
migrations 0002 and 0003 know who is connected, so an approval or a revision can be
recorded only for that user. So an editor's login cannot make itself a reviewer,
rewrite someone's password, or forge history, whatever client it uses.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

APP_ROLE = "danvan_app"
ADMIN_ROLE = "danvan_admin"
_PRIVILEGES = (
    f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}, {ADMIN_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}, {ADMIN_ROLE}",
    f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, revisions FROM {APP_ROLE}",
    f"REVOKE INSERT, UPDATE, DELETE ON alembic_version, user_roles FROM {APP_ROLE}",
    f"REVOKE INSERT, DELETE, TRUNCATE ON users FROM {APP_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON users, user_roles TO {ADMIN_ROLE}",
    "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS danvan_users_read ON users",
    "CREATE POLICY danvan_users_read ON users FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS danvan_users_own_row ON users",
    f"CREATE POLICY danvan_users_own_row ON users FOR UPDATE TO {APP_ROLE} "
    "USING (username = session_user) WITH CHECK (username = session_user)",
    "DROP POLICY IF EXISTS danvan_users_admin ON users",
    f"CREATE POLICY danvan_users_admin ON users FOR ALL TO {ADMIN_ROLE} "
    "USING (true) WITH CHECK (true)",
)


def ensure_app_role(connection: Connection) -> None:
    """The two group roles and their privileges (again: new tables get theirs)."""
    for role in (APP_ROLE, ADMIN_ROLE):
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).first()
        if not exists:
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    for statement in _PRIVILEGES:
        connection.execute(text(statement))


def create_login(
    connection: Connection, username: str, password: str, *, admin: bool = False
) -> None:
    """Create (or reset the password of) the login `username`, a member of the app role.

    An admin's login also joins the admin role; a login made before its user became an
    admin gets it when the login is made again (`danvan db add-login`).
    """
    ensure_app_role(connection)
    quoted = connection.dialect.identifier_preparer.quote(username)
    secret = connection.exec_driver_sql("SELECT quote_literal(%(p)s)", {"p": password}).scalar()
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": username}
    ).first()
    verb = "ALTER" if exists else "CREATE"
    connection.exec_driver_sql(f"{verb} ROLE {quoted} LOGIN PASSWORD {secret}")
    connection.exec_driver_sql(f"GRANT {APP_ROLE} TO {quoted}")
    if admin:
        connection.exec_driver_sql(f"GRANT {ADMIN_ROLE} TO {quoted}")
    else:
        connection.exec_driver_sql(f"REVOKE {ADMIN_ROLE} FROM {quoted}")
