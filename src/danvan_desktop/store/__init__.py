"""The store: SQLAlchemy models, engine and sessions, migrations, audit chain."""
