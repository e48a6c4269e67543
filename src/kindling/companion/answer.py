"""A noticed moment and the words it got, as the plain fields the command line prints."""

from __future__ import annotations

from typing import Any

from kindling.companion.session import NoticedMoment
from kindling.core.reframes import Reframe
from kindling.core.timefmt import to_iso


def moment_fields(noticed: NoticedMoment) -> dict[str, Any]:
    """``{"id", "at", "note"}``; the id is null while the moment waits in memory for the disk."""
    moment = noticed.moment
    return {
        "id": moment.id if noticed.saved else None,
        "at": to_iso(moment.at),
        "note": moment.note,
    }


def reframe_fields(reframe: Reframe) -> dict[str, Any]:
    """``{"id", "group", "text"}``: group ``support`` for a note suggesting danger."""
    return {"id": reframe.id, "group": reframe.group, "text": reframe.text}
