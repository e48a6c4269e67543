"""The SQLAlchemy engine for the journal: history, insights, import and upgrades go through it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from kindling.store.pragmas import apply_pragmas, restrict_permissions


def make_engine(path: Path, connection: sqlite3.Connection | None = None) -> Engine:
    """One engine per open journal. A single pooled connection: Kindling has one writer.

    Given the journal's open ``connection``, the engine uses that very connection, so raw
    writes and SQLAlchemy's see one another at once and share one lock.
    """
    options: dict[str, Any] = {}
    if connection is not None:
        options["creator"] = lambda: connection
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        poolclass=StaticPool,
        # Bound values are what a person wrote: keep them out of error messages and logs.
        hide_parameters=True,
        connect_args={"check_same_thread": False},
        **options,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)
        restrict_permissions(path)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
