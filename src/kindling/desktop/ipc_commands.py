"""Turns a forwarded request into a call on the app, and its outcome into a protocol reply."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from kindling.companion import (
    Companion,
    NoSessionInProgress,
    NoticedMoment,
    SessionAlreadyInProgress,
)
from kindling.companion.answer import moment_fields, reframe_fields
from kindling.core.model import Session
from kindling.core.summary import Summary, render_text
from kindling.core.text import TextRefused
from kindling.desktop import ipc_protocol as p

log = logging.getLogger(__name__)


class CommandTarget(Protocol):
    """What the app does for each forwarded command: exactly what its own buttons do."""

    def show(self) -> None: ...

    def start(
        self, medium: str, intention: str | None, warmup: bool, studio: bool = False
    ) -> Session: ...

    def notice_critic(self, note: str | None) -> NoticedMoment: ...

    def end(self, reflection: str | None) -> Summary: ...

    def status(self) -> dict[str, Any]: ...

    def open_studio(self) -> Session | None:
        """The session in progress goes on in studio mode; None when there is none."""
        ...


def handle(target: CommandTarget, command: str, args: dict[str, Any]) -> dict[str, Any]:
    """Runs one command; every outcome, good or not, becomes a reply (never an exception)."""
    try:
        return _run(target, command, args)
    except NoSessionInProgress:
        return p.reply(p.NO_SESSION)
    except SessionAlreadyInProgress:
        return p.reply(p.ALREADY_IN_PROGRESS)
    except TextRefused as error:
        return p.reply(p.REFUSED, message=str(error))
    except (TypeError, ValueError):
        return p.reply(p.BAD_REQUEST)
    except Exception:
        log.exception("a forwarded %s failed", command)
        return p.reply(
            p.FAILED,
            message="Kindling could not do this just now. Everything saved before is safe; "
            "the details are in Kindling's log.",
        )


def _run(target: CommandTarget, command: str, args: dict[str, Any]) -> dict[str, Any]:
    if command == "show":
        target.show()
        return p.reply(p.OK)
    if command == "status":
        return p.reply(p.OK, **target.status())
    if command == "start":
        return _start(target, args)
    if command == "critic":
        noticed = target.notice_critic(_text(args, "note"))
        # Kept in memory when the disk refused it: the command says so, as headless does.
        return p.reply(
            p.OK,
            text=noticed.reframe.text,
            saved=noticed.saved,
            moment=moment_fields(noticed),
            reframe=reframe_fields(noticed.reframe),
        )
    if command == "end":
        summary = target.end(_text(args, "reflection"))
        return p.reply(p.OK, text=render_text(summary))
    return p.reply(p.BAD_REQUEST)


def _text(args: dict[str, Any], name: str) -> str | None:
    value = args.get(name)
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{name} should be text")


def _start(target: CommandTarget, args: dict[str, Any]) -> dict[str, Any]:
    """A new session; with ``studio`` and one already in progress, that one in studio mode."""
    if args.get("studio") and (joined := target.open_studio()) is not None:
        return p.reply(p.OK, text=joined.medium, joined=True)
    session = target.start(
        _text(args, "medium") or "making",
        _text(args, "intention"),
        bool(args.get("warmup")),
        studio=bool(args.get("studio")),
    )
    return p.reply(p.OK, text=session.medium)


class CompanionTarget:
    """Acts on the companion directly (the window follows through its signals)."""

    def __init__(
        self,
        companion: Companion,
        show: Callable[[], None],
        status: Callable[[], dict[str, Any]],
    ) -> None:
        self._companion = companion
        self._show = show
        self._status = status

    def show(self) -> None:
        self._show()

    def start(
        self, medium: str, intention: str | None, warmup: bool, studio: bool = False
    ) -> Session:
        return self._companion.start(medium, intention, studio=studio)

    def notice_critic(self, note: str | None) -> NoticedMoment:
        return self._companion.notice_critic(note)

    def end(self, reflection: str | None) -> Summary:
        return self._companion.end(reflection)

    def status(self) -> dict[str, Any]:
        return self._status()

    def open_studio(self) -> Session | None:
        if self._companion.current is None:
            return None
        return self._companion.mark_studio()
