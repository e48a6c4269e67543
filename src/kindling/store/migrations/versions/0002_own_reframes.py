"""The person's own reframes, and the reframes they chose to hide.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

INSTANT = sa.String(27)


def upgrade() -> None:
    op.create_table(
        "own_reframes",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("group_id", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("updated_at", INSTANT, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_own_reframes"),
    )
    op.create_table(
        "hidden_reframes",
        sa.Column("reframe_id", sa.String(40), nullable=False),
        sa.Column("hidden_at", INSTANT, nullable=False),
        sa.PrimaryKeyConstraint("reframe_id", name="pk_hidden_reframes"),
    )


def downgrade() -> None:
    op.drop_table("hidden_reframes")
    op.drop_table("own_reframes")
