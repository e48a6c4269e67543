"""Short transactions on the journal's plain sqlite3 connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from kindling.store.errors import WriteFailed, plain_reason


@contextmanager
def writing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, or none of it.

    A failure to reach the disk (full, read-only, locked) becomes :class:`WriteFailed`; any
    other exception rolls back and passes through unchanged.
    """
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:  # SQLite may have rolled back already
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise WriteFailed(plain_reason(error)) from error


@contextmanager
def reading(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see one state of the journal (a deferred, read-only transaction)."""
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.execute("COMMIT")
