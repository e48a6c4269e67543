"""Column types: times are stored as UTC instants in ISO text, so they sort and compare."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from kindling.store.instants import from_text, utc_text


class UTCInstant(TypeDecorator[datetime]):
    """An aware datetime stored as fixed-width UTC text (``2026-11-26T11:50:43.123456Z``).

    Fixed width matters: text comparison in SQL then orders instants correctly.
    The offset the person was in is not kept in the store; exports write UTC with ``+00:00``.
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_text(value)
