"""Alembic, driven in-process: stamp a new journal, upgrade an old one, refuse a newer one.

Importing this module loads neither Alembic nor SQLAlchemy: opening a journal already at
the newest schema only needs the revision names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Revision ids, read from the script names (``0002_add_x.py`` is revision ``0002``).

    Reading names instead of loading Alembic keeps opening the journal quick; a test checks
    that this agrees with Alembic's own view of the scripts.
    """
    return {
        script.name.split("_", 1)[0] for script in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")
    }


def head_revision() -> str:
    return max(known_revisions())


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import text

    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def verify_scripts() -> list[str]:
    """Runs every migration on an empty in-memory database; what went wrong, if anything.

    For ``kindling --self-test``: a bundle that left a script (or Alembic's environment) out
    would otherwise fail only on the day someone's older journal needs upgrading.
    """
    from sqlalchemy import create_engine, inspect

    from kindling.store.models import Base

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            upgrade(connection)
            tables = set(inspect(connection).get_table_names())
            revision = current_revision(connection)
    except Exception as error:  # any failure here is the finding, not a crash
        return [f"the migration scripts in {MIGRATIONS_DIR} do not run: {error}"]
    finally:
        engine.dispose()
    problems = []
    if revision != head_revision():
        problems.append(f"migrating stopped at {revision}, not at {head_revision()}")
    missing = sorted(set(Base.metadata.tables) - tables)
    if missing:
        problems.append("migrating left out the tables " + ", ".join(missing))
    return problems
