"""Full-text search over folded text, edit locks, and the workflow's rules in the database.

The rules the app checks are also enforced below it, so a client that skips the app
(or edits the file) cannot break them: the audit log is append-only; only a user with
the reviewer role is recorded as approver, never the article's creator or last editor;
an approved article names the exact revision approved.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FOUR_EYES = "approved_by IS NULL OR (approved_by <> created_by AND approved_by <> last_edited_by)"
APPROVAL_PINNED = (
    "status <> 'approved' OR (approved_by IS NOT NULL AND approved_hash = current_hash)"
)

LIST_INDEXES = {
    "ix_articles_category_title": ["category_id", "title_sort_key", "id"],
    "ix_articles_category_author": ["category_id", "author_sort_key", "id"],
    "ix_articles_category_status": ["category_id", "status", "id"],
    "ix_articles_title": ["title_sort_key", "id"],
    "ix_articles_author": ["author_sort_key", "id"],
    "ix_articles_updated": ["updated_at", "id"],
}

SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER articles_approver_is_reviewer
       BEFORE UPDATE OF approved_by ON articles
       WHEN NEW.approved_by IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM user_roles WHERE user_id = NEW.approved_by AND role = 'reviewer')
       BEGIN SELECT RAISE(ABORT, 'only a reviewer approves'); END""",
)

POSTGRES_FUNCTIONS = (
    """CREATE FUNCTION danvan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
       END $$""",
    """CREATE FUNCTION danvan_approver_is_reviewer() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE session_user_id integer;
       BEGIN
         IF NEW.approved_by IS NOT NULL AND NEW.approved_by IS DISTINCT FROM OLD.approved_by THEN
           IF NOT EXISTS (SELECT 1 FROM user_roles
                          WHERE user_id = NEW.approved_by AND role = 'reviewer') THEN
             RAISE EXCEPTION 'only a reviewer approves' USING ERRCODE = 'insufficient_privilege';
           END IF;
           -- With per-user database logins, the approver is whoever is connected.
           SELECT id INTO session_user_id FROM users WHERE username = session_user;
           IF session_user_id IS NOT NULL AND session_user_id <> NEW.approved_by THEN
             RAISE EXCEPTION 'an approval is recorded for the connected user only'
               USING ERRCODE = 'insufficient_privilege';
           END IF;
         END IF;
         RETURN NEW;
       END $$""",
)
POSTGRES_FUNCTIONS += (
    # Every write appends an audit event: announce it so open desks refresh at once.
    """CREATE FUNCTION danvan_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('danvan_changes', NEW.seq::text); RETURN NEW; END $$""",
)
POSTGRES_TRIGGERS = (
    """CREATE TRIGGER audit_events_announce AFTER INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION danvan_announce_change()""",
    """CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
       FOR EACH ROW EXECUTE FUNCTION danvan_audit_append_only()""",
    """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
       FOR EACH STATEMENT EXECUTE FUNCTION danvan_audit_append_only()""",
    """CREATE TRIGGER articles_approver_is_reviewer BEFORE UPDATE ON articles
       FOR EACH ROW EXECUTE FUNCTION danvan_approver_is_reviewer()""",
)


def upgrade() -> None:
    from danvan_desktop.vietnamese import fold

    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute(
            "CREATE VIRTUAL TABLE article_search USING fts5("
            "article_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.create_table(
            "article_search",
            sa.Column(
                "article_id",
                sa.String(36),
                sa.ForeignKey("articles.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column("document", sa.dialects.postgresql.TSVECTOR(), nullable=False),
            # Grows on every (re)index, so ordering by it walks the last-saved first.
            sa.Column("seq", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        )
        op.create_index("ix_article_search_seq", "article_search", ["seq"])
        op.create_index(
            "ix_article_search_document", "article_search", ["document"], postgresql_using="gin"
        )
    rows = bind.execute(
        sa.text("SELECT id, title, sapo, body, author_name, feature_caption FROM articles")
    ).all()
    for row in rows:
        title = fold(row.title)
        body = fold(" ".join((row.sapo, row.body, row.author_name, row.feature_caption)))
        if sqlite:
            bind.execute(
                sa.text("INSERT INTO article_search (article_id, title, body) VALUES (:i, :t, :b)"),
                {"i": row.id, "t": title, "b": body},
            )
        else:
            bind.execute(
                sa.text(
                    "INSERT INTO article_search (article_id, document) VALUES (:i, "
                    "setweight(to_tsvector('simple', :t), 'A') || "
                    "setweight(to_tsvector('simple', :b), 'B'))"
                ),
                {"i": row.id, "t": title, "b": body},
            )

    op.create_table(
        "article_locks",
        sa.Column(
            "article_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("articles") as batch:
        # Every sortable column of the article list, in a category and across all of
        # them, with the id as the tie-break the list orders by.
        for name, columns in LIST_INDEXES.items():
            batch.create_index(name, columns)
        batch.drop_column("search_text")
        batch.create_check_constraint("four_eyes", FOUR_EYES)
        batch.create_check_constraint("approval_pinned", APPROVAL_PINNED)
    if sqlite:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        for statement in (*POSTGRES_FUNCTIONS, *POSTGRES_TRIGGERS):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in (
            "audit_events_no_update",
            "audit_events_no_delete",
            "articles_approver_is_reviewer",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS articles_approver_is_reviewer ON articles")
        op.execute("DROP TRIGGER IF EXISTS audit_events_announce ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS danvan_announce_change()")
        op.execute("DROP FUNCTION IF EXISTS danvan_audit_append_only()")
        op.execute("DROP FUNCTION IF EXISTS danvan_approver_is_reviewer()")
    with op.batch_alter_table("articles") as batch:
        for name in LIST_INDEXES:
            batch.drop_index(name)
        batch.drop_constraint("ck_articles_approval_pinned", type_="check")
        batch.drop_constraint("ck_articles_four_eyes", type_="check")
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    op.drop_table("article_locks")
    op.drop_table("article_search")
