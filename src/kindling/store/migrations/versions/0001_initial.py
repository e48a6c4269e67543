"""The first journal schema: sessions, check-ins, critic moments, mindful pauses.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

INSTANT = sa.String(27)


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("medium", sa.String(), nullable=False),
        sa.Column("intention", sa.String(), nullable=True),
        sa.Column("started_at", INSTANT, nullable=False),
        sa.Column("ended_at", INSTANT, nullable=True),
        sa.Column("reflection", sa.String(), nullable=True),
        sa.Column("warmup_completed", sa.Boolean(), nullable=True),
        sa.Column("warmup_seconds", sa.Integer(), nullable=True),
        sa.Column("warmup_pattern", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
    )
    op.create_index("ix_sessions_started_at", "sessions", ["started_at"])
    op.create_index("ix_sessions_ended_at", "sessions", ["ended_at"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("phase", sa.String(6), nullable=False),
        sa.Column("threat", sa.Integer(), nullable=False),
        sa.Column("drive", sa.Integer(), nullable=False),
        sa.Column("soothing", sa.Integer(), nullable=False),
        sa.CheckConstraint("phase IN ('before', 'after')", name="ck_checkins_phase"),
        sa.CheckConstraint("threat BETWEEN 0 AND 10", name="ck_checkins_threat_range"),
        sa.CheckConstraint("drive BETWEEN 0 AND 10", name="ck_checkins_drive_range"),
        sa.CheckConstraint("soothing BETWEEN 0 AND 10", name="ck_checkins_soothing_range"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name="fk_checkins_session_id_sessions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_checkins"),
        sa.UniqueConstraint("session_id", "phase", name="uq_checkins_session_phase"),
    )
    op.create_table(
        "moments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("at", INSTANT, nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("reframe_id", sa.String(), nullable=False),
        sa.Column("reframe_text", sa.String(), nullable=False),
        sa.Column("helped", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name="fk_moments_session_id_sessions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_moments"),
    )
    op.create_index("ix_moments_session_at", "moments", ["session_id", "at"])
    op.create_index("ix_moments_reframe_id", "moments", ["reframe_id"])
    op.create_table(
        "pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("at", INSTANT, nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name="fk_pauses_session_id_sessions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_pauses"),
    )
    op.create_index("ix_pauses_session_id", "pauses", ["session_id"])


def downgrade() -> None:
    op.drop_table("pauses")
    op.drop_table("moments")
    op.drop_table("checkins")
    op.drop_table("sessions")
