"""Alembic environment: run by `store.schema.upgrade_to_head` with a live connection."""

from alembic import context

from danvan_desktop.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
