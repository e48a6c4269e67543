"""Sessions made in studio mode, away from the keyboard: a flag on the session row.

Every session before this was made at the keyboard, so the column starts false. The export
format (version 1) does not carry it: an exported studio session imports as the same session.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy of the table: the copy would drop 0004's
    # expression index (SQLAlchemy cannot reflect it).
    op.add_column(
        "sessions",
        sa.Column("studio", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )


def downgrade() -> None:
    op.drop_column("sessions", "studio")  # SQLite 3.35+ drops a plain column in place
