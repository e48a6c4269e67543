"""At most one session in progress, held by the schema: a partial unique index.

Journals written before this could hold several unfinished sessions (parallel `kindling start`,
imported unfinished sessions). The newest one that began before now stays in progress; every
other is ended at its last moment or pause, so no word in it is lost and it stays in the
history. The journal is backed up before this runs, as before every upgrade.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

INDEX = "uq_sessions_one_in_progress"

_CLOSE_AT_LAST_ACTIVITY = """
UPDATE sessions SET ended_at = max(
    started_at,
    coalesce((SELECT max(at) FROM moments WHERE session_id = sessions.id), ''),
    coalesce((SELECT max(at) FROM pauses WHERE session_id = sessions.id), ''))
WHERE ended_at IS NULL AND id IS NOT :kept
"""


def upgrade() -> None:
    connection = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    kept = connection.execute(
        sa.text(
            "SELECT id FROM sessions WHERE ended_at IS NULL"
            " ORDER BY started_at <= :now DESC, started_at DESC LIMIT 1"
        ),
        {"now": now},
    ).scalar()
    connection.execute(sa.text(_CLOSE_AT_LAST_ACTIVITY), {"kept": kept})
    op.create_index(
        INDEX,
        "sessions",
        [sa.text("(ended_at IS NULL)")],
        unique=True,
        sqlite_where=sa.text("ended_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="sessions")
