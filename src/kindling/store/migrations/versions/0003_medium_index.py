"""An index on the kind of making, so the history's medium filter lists quickly.

Without it, listing the distinct mediums reads every session (about 4 ms for ten years of
daily sessions), which was most of what a long history added to opening the history view.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_sessions_medium", "sessions", ["medium"])


def downgrade() -> None:
    op.drop_index("ix_sessions_medium", table_name="sessions")
