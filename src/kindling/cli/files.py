"""Writing files the person asked for; the application layer owns how (kept here for callers)."""

from kindling.companion.files import write_private

__all__ = ["write_private"]
