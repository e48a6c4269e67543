"""Alembic migration scripts for the journal, run in-process when it opens."""
