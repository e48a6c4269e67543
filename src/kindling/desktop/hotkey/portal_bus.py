"""The conversation with the GlobalShortcuts portal over the session D-Bus; no Qt.

Followed: version 1 of ``org.freedesktop.portal.GlobalShortcuts`` as documented in
xdg-desktop-portal's ``data/org.freedesktop.portal.GlobalShortcuts.xml`` (CreateSession,
BindShortcuts, the Request's Response signal, Activated, Session.Close); nothing from
version 2 (ConfigureShortcuts) is needed.

Spoken with jeepney rather than QtDBus: PySide6 cannot marshal BindShortcuts' ``a(sa{sv})``
argument (that needs ``qDBusRegisterMetaType``, which PySide6 does not offer; trying aborts
the process inside libdbus). jeepney speaks only ``unix:`` bus addresses, so this code can
never open a network connection. Tested against a fake portal on a private bus (see
tests/system/fake_portal.py), not on a real GNOME or KDE desktop.
"""

from __future__ import annotations

import os
import secrets
import select
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
SHORTCUT_ID = "critic-noticed"
ANSWER_SECONDS = 5  # for plain method replies; a Response may wait on the person, so it has none


class PortalError(Exception):
    """The bus or the portal could not be reached, or answered with an error."""


class PortalDeclined(Exception):
    """The portal's Response said no: 1 the person cancelled, 2 it ended another way."""

    def __init__(self, code: int) -> None:
        super().__init__(f"the portal answered {code}")
        self.code = code


class PortalBoundNothing(Exception):
    """The desktop answered yes, but neither answer nor ListShortcuts holds our shortcut."""


class PortalUnexpected(PortalError):
    """An answer the GlobalShortcuts spec rules out (a missing field, a wrong type)."""


class Woken(Exception):
    """Kindling asked the conversation to stop while it waited."""


@dataclass(frozen=True)
class Binding:
    """What the desktop bound: its own words for the trigger (it may differ from ours)."""

    session: str
    trigger: str | None


def session_bus_address() -> str | None:
    """The session bus to use: $DBUS_SESSION_BUS_ADDRESS, else the usual per-user socket.

    libdbus would also try to start a bus through X11 ("autolaunch"); Kindling never starts
    one: without a bus there is no portal to ask.
    """
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").is_socket():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


class PortalConversation:
    """One connection to the session bus, used by one thread at a time."""

    def __init__(self, address: str, wake: int | None = None) -> None:
        try:
            self._bus: DBusConnection = open_dbus_connection(address)
        except (OSError, RuntimeError, ValueError, TimeoutError) as error:
            raise PortalError(f"no session bus at {address}") from error
        self._wake = wake
        self._backlog: deque[Message] = deque()
        self._portal = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self.session: str | None = None
        for rule in (
            MatchRule(type="signal", interface=REQUEST, member="Response"),
            MatchRule(type="signal", interface=INTERFACE, member="Activated", path=PATH),
        ):
            self._call(message_bus.AddMatch(rule))

    def close(self) -> None:
        """Closes the portal session (the desktop lets the shortcut go), then the connection."""
        self._wake = None  # a wake-up already sent must not cut the goodbye short
        try:
            if self.session is not None:
                session = DBusAddress(self.session, bus_name=SERVICE, interface=SESSION)
                self._call(new_method_call(session, "Close"))
        except (PortalError, OSError):
            pass  # the bus or the portal is gone already, and the shortcut with it
        finally:
            self.session = None
            self._bus.close()

    def version(self) -> int | None:
        """The interface version the portal offers, or None when it offers none."""
        properties = DBusAddress(
            PATH, bus_name=SERVICE, interface="org.freedesktop.DBus.Properties"
        )
        try:
            reply = self._call(new_method_call(properties, "Get", "ss", (INTERFACE, "version")))
        except PortalError:
            return None
        signature, value = reply[0]
        return value if signature == "u" and isinstance(value, int) else None

    def bind(self, trigger: str, description: str) -> Binding:
        """CreateSession, then BindShortcuts for our one shortcut; waits for both answers.

        The shortcut goes in both: KDE Plasma before 6.1 binds only what CreateSession's
        options carry and binds nothing in BindShortcuts; others bind in BindShortcuts. What
        either answer lists (or, failing that, ListShortcuts) is what the desktop bound.
        Raises PortalDeclined when the desktop (or the person) said no, PortalBoundNothing
        when it said yes but bound nothing, PortalUnexpected for an answer the spec rules out.
        """
        shortcut = {"description": ("s", description), "preferred_trigger": ("s", trigger)}
        ours = ("a(sa{sv})", [(SHORTCUT_ID, shortcut)])
        results = self._request(
            "CreateSession",
            "a{sv}",
            lambda token: (
                {
                    "handle_token": ("s", token),
                    "session_handle_token": ("s", _token()),
                    "shortcuts": ours,
                },
            ),
        )
        handle = results.get("session_handle")
        if not (isinstance(handle, tuple) and len(handle) == 2 and isinstance(handle[1], str)):
            raise PortalUnexpected("CreateSession answered without a session_handle")
        self.session = handle[1]  # an object path sent as "s" (see spec)
        bound = _shortcuts(results)
        try:
            results = self._request(
                "BindShortcuts",
                "oa(sa{sv})sa{sv}",
                lambda token: (self.session, ours[1], "", {"handle_token": ("s", token)}),
            )
            bound.update(_shortcuts(results))
        except PortalDeclined:
            if SHORTCUT_ID not in bound:
                raise
        if SHORTCUT_ID not in bound:
            bound.update(self._listed())
        if SHORTCUT_ID not in bound:
            raise PortalBoundNothing
        described = bound[SHORTCUT_ID].get("trigger_description")
        text = described[1] if isinstance(described, tuple) and len(described) == 2 else None
        return Binding(self.session, str(text) if text else None)

    def _listed(self) -> dict[str, dict[str, Any]]:
        """ListShortcuts: what the session holds, for a desktop that bound at CreateSession."""
        try:
            return _shortcuts(
                self._request(
                    "ListShortcuts",
                    "oa{sv}",
                    lambda token: (self.session, {"handle_token": ("s", token)}),
                )
            )
        except (PortalError, PortalDeclined):
            return {}

    def activations(self) -> Iterator[int]:
        """Yields the portal's timestamp (ms) of each press of our shortcut, until woken."""
        while True:
            message = self._next()
            if _is_signal(message, INTERFACE, "Activated") and message.body[:2] == (
                self.session,
                SHORTCUT_ID,
            ):
                yield int(message.body[2])

    # --- the plumbing: requests, replies, and waiting without missing a signal --------------

    def _request(self, method: str, signature: str, body: Any) -> dict[str, Any]:
        """Calls a portal method that answers through a Request object's Response signal."""
        token = _token()
        sender = self._bus.unique_name.lstrip(":").replace(".", "_")
        expected = f"{PATH}/request/{sender}/{token}"
        handle = str(self._call(new_method_call(self._portal, method, signature, body(token)))[0])
        # An old portal may ignore handle_token: its answer comes on the path it returned.
        while True:
            message = self._next()
            path = message.header.fields.get(HeaderFields.path)
            if _is_signal(message, REQUEST, "Response") and path in (expected, handle):
                code, results = message.body
                if code != 0:
                    raise PortalDeclined(int(code))
                return dict(results)
            if _is_signal(message, INTERFACE, "Activated"):
                self._backlog.append(message)

    def _call(self, message: Message) -> tuple[Any, ...]:
        """Sends a method call and waits for its reply; signals meanwhile are kept for later."""
        serial = next(self._bus.outgoing_serial)
        self._bus.send(message, serial=serial)
        while True:
            reply = self._receive(ANSWER_SECONDS)
            if reply.header.fields.get(HeaderFields.reply_serial) != serial:
                self._backlog.append(reply)
                continue
            if reply.header.message_type is MessageType.error:
                name = reply.header.fields.get(HeaderFields.error_name)
                raise PortalError(f"{name}: {reply.body[0] if reply.body else ''}")
            return tuple(reply.body)

    def _next(self) -> Message:
        return self._backlog.popleft() if self._backlog else self._receive(None)

    def _receive(self, seconds: float | None) -> Message:
        try:
            return self._bus.receive(timeout=0)  # one already read, or waiting on the socket
        except TimeoutError:
            pass
        watched = [self._bus.sock] + ([self._wake] if self._wake is not None else [])
        try:
            readable, _, _ = select.select(watched, [], [], seconds)
        except OSError as error:
            raise PortalError("the session bus went away") from error
        if self._wake is not None and self._wake in readable:
            raise Woken
        if not readable:
            raise PortalError("the portal did not answer")
        try:
            return self._bus.receive(timeout=ANSWER_SECONDS)
        except (OSError, TimeoutError) as error:
            raise PortalError("the session bus went away") from error


def _shortcuts(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{id: properties} from a Response's "shortcuts" ("a(sa{sv})"), however malformed."""
    value = results.get("shortcuts")
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list)):
        return {}
    found: dict[str, dict[str, Any]] = {}
    for entry in value[1]:
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], dict):
            found[str(entry[0])] = entry[1]
    return found


def _is_signal(message: Message, interface: str, member: str) -> bool:
    fields = message.header.fields
    return (
        message.header.message_type is MessageType.signal
        and fields.get(HeaderFields.interface) == interface
        and fields.get(HeaderFields.member) == member
    )


def _token() -> str:
    """A fresh object-path element for handle_token and session_handle_token."""
    return f"kindling_{secrets.token_hex(6)}"
