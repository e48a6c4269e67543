"""The application layer: the session life cycle and the services the views call. No Qt."""

from kindling.companion.session import (
    Companion,
    NoSessionInProgress,
    NoticedMoment,
    SessionAlreadyInProgress,
)

__all__ = ["Companion", "NoSessionInProgress", "NoticedMoment", "SessionAlreadyInProgress"]
