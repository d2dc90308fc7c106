"""The workflow's rules also on INSERT, over every revision's author, and a fixed creator.

Migration 0002 checked the approver only when an UPDATE changed it, and only
against the article's creator and last editor. Here, on both backends:
- an article inserted already approved must name a reviewer as approver;
- the approver must not have written any revision of the article (the app's
  rule: state changes and conflict copies are not writing);
- an article's creator never changes (the four-eyes check relies on it);
- on PostgreSQL with per-user logins, a revision is recorded for the
  connected user only (as approvals are).

A downgrade puts the approver trigger back on UPDATE only; its function keeps
the stricter body (the rules it adds hold for the app anyway).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# services.review.NOT_WRITING_KINDS, spelled out: a migration must not move with the code.
_WROTE_A_REVISION = """EXISTS (SELECT 1 FROM revisions
    WHERE revisions.article_id = NEW.id AND revisions.author_id = NEW.approved_by
      AND revisions.kind NOT IN ('state', 'conflict'))"""
_IS_REVIEWER = (
    "EXISTS (SELECT 1 FROM user_roles WHERE user_id = NEW.approved_by AND role = 'reviewer')"
)

SQLITE_TRIGGERS = {
    "articles_approver_is_reviewer_on_insert": f"""
        CREATE TRIGGER articles_approver_is_reviewer_on_insert BEFORE INSERT ON articles
        WHEN NEW.approved_by IS NOT NULL AND NOT {_IS_REVIEWER}
        BEGIN SELECT RAISE(ABORT, 'only a reviewer approves'); END""",
    "articles_approver_wrote_nothing": f"""
        CREATE TRIGGER articles_approver_wrote_nothing BEFORE UPDATE OF approved_by ON articles
        WHEN NEW.approved_by IS NOT NULL AND {_WROTE_A_REVISION}
        BEGIN SELECT RAISE(ABORT, 'a reviewer never approves a text they wrote'); END""",
    "articles_creator_is_fixed": """
        CREATE TRIGGER articles_creator_is_fixed BEFORE UPDATE OF created_by ON articles
        WHEN NEW.created_by IS NOT OLD.created_by
        BEGIN SELECT RAISE(ABORT, 'an article''s creator never changes'); END""",
}

POSTGRES_APPROVER_RULE = f"""
CREATE OR REPLACE FUNCTION danvan_approver_is_reviewer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE session_user_id integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION 'an article''s creator never changes'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.approved_by IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.approved_by IS DISTINCT FROM OLD.approved_by) THEN
    IF NOT {_IS_REVIEWER} THEN
      RAISE EXCEPTION 'only a reviewer approves' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF {_WROTE_A_REVISION} THEN
      RAISE EXCEPTION 'a reviewer never approves a text they wrote'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- With per-user database logins, the approver is whoever is connected.
    SELECT id INTO session_user_id FROM users WHERE username = session_user;
    IF session_user_id IS NOT NULL AND session_user_id <> NEW.approved_by THEN
      RAISE EXCEPTION 'an approval is recorded for the connected user only'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END $$"""

POSTGRES_AUTHOR_RULE = """
CREATE FUNCTION danvan_revision_author_is_connected() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE session_user_id integer;
BEGIN
  SELECT id INTO session_user_id FROM users WHERE username = session_user;
  IF session_user_id IS NOT NULL AND session_user_id <> NEW.author_id THEN
    RAISE EXCEPTION 'a revision is recorded for the connected user only'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)
        return
    op.execute(POSTGRES_APPROVER_RULE)
    op.execute("DROP TRIGGER articles_approver_is_reviewer ON articles")
    op.execute(
        "CREATE TRIGGER articles_approver_is_reviewer BEFORE INSERT OR UPDATE ON articles "
        "FOR EACH ROW EXECUTE FUNCTION danvan_approver_is_reviewer()"
    )
    op.execute(POSTGRES_AUTHOR_RULE)
    op.execute(
        "CREATE TRIGGER revisions_author_is_connected BEFORE INSERT ON revisions "
        "FOR EACH ROW EXECUTE FUNCTION danvan_revision_author_is_connected()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    op.execute("DROP TRIGGER IF EXISTS revisions_author_is_connected ON revisions")
    op.execute("DROP FUNCTION IF EXISTS danvan_revision_author_is_connected()")
    op.execute("DROP TRIGGER IF EXISTS articles_approver_is_reviewer ON articles")
    op.execute(
        "CREATE TRIGGER articles_approver_is_reviewer BEFORE UPDATE ON articles "
        "FOR EACH ROW EXECUTE FUNCTION danvan_approver_is_reviewer()"
    )
