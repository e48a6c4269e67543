"""The tables, as SQLAlchemy 2 typed models. Only the store sees these; others get dataclasses."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kindling.store.types import UTCInstant

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SessionRecord(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    medium: Mapped[str]
    intention: Mapped[str | None]
    started_at: Mapped[datetime] = mapped_column(UTCInstant())
    ended_at: Mapped[datetime | None] = mapped_column(UTCInstant())
    reflection: Mapped[str | None]
    warmup_completed: Mapped[bool | None]
    warmup_seconds: Mapped[int | None]
    warmup_pattern: Mapped[str | None]
    # Made in studio mode (migration 0005); the export format leaves it out.
    studio: Mapped[bool] = mapped_column(server_default=text("0"), default=False)

    checkins: Mapped[list[CheckInRecord]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )
    moments: Mapped[list[MomentRecord]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MomentRecord.at",
    )
    pauses: Mapped[list[PauseRecord]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PauseRecord.at",
    )

    __table_args__ = (
        Index("ix_sessions_started_at", "started_at"),
        Index("ix_sessions_ended_at", "ended_at"),
        Index("ix_sessions_medium", "medium"),
        # At most one session in progress (migration 0004): every unfinished session has the
        # same key, so a second one is refused by SQLite itself.
        Index(
            "uq_sessions_one_in_progress",
            text("(ended_at IS NULL)"),
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
        ),
    )


class CheckInRecord(Base):
    """Threat, drive and soothing, 0 to 10, taken before or after a session."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    phase: Mapped[str] = mapped_column(String(6))
    threat: Mapped[int]
    drive: Mapped[int]
    soothing: Mapped[int]

    session: Mapped[SessionRecord] = relationship(back_populates="checkins")

    __table_args__ = (
        UniqueConstraint("session_id", "phase", name="uq_checkins_session_phase"),
        CheckConstraint("phase IN ('before', 'after')", name="phase"),
        CheckConstraint("threat BETWEEN 0 AND 10", name="threat_range"),
        CheckConstraint("drive BETWEEN 0 AND 10", name="drive_range"),
        CheckConstraint("soothing BETWEEN 0 AND 10", name="soothing_range"),
    )


class MomentRecord(Base):
    """A noticed critic, with the reframe shown for it (its words as shown then)."""

    __tablename__ = "moments"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCInstant())
    note: Mapped[str | None]
    reframe_id: Mapped[str]
    reframe_text: Mapped[str]
    helped: Mapped[bool | None]

    session: Mapped[SessionRecord] = relationship(back_populates="moments")

    __table_args__ = (
        Index("ix_moments_session_at", "session_id", "at"),
        Index("ix_moments_reframe_id", "reframe_id"),
    )


class PauseRecord(Base):
    """A mindful pause taken during a session."""

    __tablename__ = "pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCInstant())
    seconds: Mapped[int]

    session: Mapped[SessionRecord] = relationship(back_populates="pauses")

    __table_args__ = (Index("ix_pauses_session_id", "session_id"),)


class OwnReframeRecord(Base):
    """A reframe the person wrote themselves, answering one critic group."""

    __tablename__ = "own_reframes"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    group_id: Mapped[str]
    text: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(UTCInstant())
    updated_at: Mapped[datetime] = mapped_column(UTCInstant())


class HiddenReframeRecord(Base):
    """A reframe (built-in or the person's own) they chose not to be offered; never deleted."""

    __tablename__ = "hidden_reframes"

    reframe_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    hidden_at: Mapped[datetime] = mapped_column(UTCInstant())
