"""Per-user PostgreSQL logins for team mode, with the least the desk needs.

Each Danvan user may connect with a login role of the same name. The login is a member
of `danvan_app`, which may read and write the tables but only read and append to the
audit log; the rule triggers of migration 0002 then know who is connected, so an
approval can be recorded only for that user.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

APP_ROLE = "danvan_app"


def ensure_app_role(connection: Connection) -> None:
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
    ).first()
    if not exists:
        connection.execute(text(f"CREATE ROLE {APP_ROLE} NOLOGIN"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}"))
    connection.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}")
    )
    connection.execute(text(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM {APP_ROLE}"))
    connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {APP_ROLE}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}"))


def create_login(connection: Connection, username: str, password: str) -> None:
    """Create (or reset the password of) the login `username`, a member of the app role."""
    ensure_app_role(connection)
    quoted = connection.dialect.identifier_preparer.quote(username)
    secret = connection.exec_driver_sql("SELECT quote_literal(%(p)s)", {"p": password}).scalar()
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": username}
    ).first()
    verb = "ALTER" if exists else "CREATE"
    connection.exec_driver_sql(f"{verb} ROLE {quoted} LOGIN PASSWORD {secret}")
    connection.exec_driver_sql(f"GRANT {APP_ROLE} TO {quoted}")
