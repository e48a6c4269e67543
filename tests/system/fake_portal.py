"""A stand-in for the desktop's shortcuts portal, on a private test bus (run as a script).

FAKE, and said so: this machine has no GNOME or KDE to ask, so this process plays the desktop
side of ``org.freedesktop.portal.GlobalShortcuts`` version 1 (CreateSession, BindShortcuts,
the Request's Response, Activated, Session.Close) following xdg-desktop-portal's
``data/org.freedesktop.portal.GlobalShortcuts.xml``. It is written with jeepney's low-level
messages, not through Kindling's own code, so a mistake there is not mirrored here.

    fake_portal.py ADDRESS [--refuse] [--trigger TEXT] [--version N]
                           [--bind-at-create] [--no-session-handle]

--bind-at-create plays KDE Plasma before 6.1 (xdg-desktop-portal-kde 5.27): it binds the
shortcuts CreateSession's options carry, binds nothing in BindShortcuts, and lists the bound
ones in ListShortcuts. --no-session-handle answers CreateSession without its session_handle.

Prints what it is asked (READY, SESSION path, BIND json, CLOSED path) one per line; each
line read on stdin, ``activate [TIMESTAMP]``, emits Activated for the last bound shortcut.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import sys
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"


class FakePortal:
    def __init__(self, address: str, refuse: bool, trigger: str | None, version: int) -> None:
        self.bus = open_dbus_connection(address)
        self.refuse, self.trigger, self.version = refuse, trigger, version
        self.bind_at_create = False
        self.no_session_handle = False
        self.listed: list[Any] = []
        self.sessions: dict[str, str] = {}  # session path -> the caller's unique name
        self.bound: tuple[str, str] | None = None  # (session, shortcut id)
        self.timestamp = 1000
        reply = self.bus.send_and_get_reply(message_bus.RequestName(SERVICE))
        assert reply.body[0] == 1, "someone else owns the portal name"

    def serve(self) -> None:
        print("READY", flush=True)
        while True:
            readable, _, _ = select.select([self.bus.sock, sys.stdin], [], [])
            if sys.stdin in readable:
                # os.read, not readline: lines left in a Python buffer would wait for the next.
                chunk = os.read(sys.stdin.fileno(), 4096).decode()
                if not chunk:
                    return
                for line in chunk.splitlines():
                    self.command(line.split())
            if self.bus.sock in readable:
                while True:
                    try:
                        message = self.bus.receive(timeout=0)
                    except TimeoutError:
                        break
                    if message.header.message_type is MessageType.method_call:
                        self.answer(message)

    def command(self, words: list[str]) -> None:
        if words and words[0] == "activate" and self.bound is not None:
            self.timestamp = int(words[1]) if len(words) > 1 else self.timestamp + 1000
            session, shortcut = self.bound
            emitter = DBusAddress(PATH, interface=SHORTCUTS)
            body: tuple[Any, ...] = (session, shortcut, self.timestamp, {})
            self.bus.send(new_signal(emitter, "Activated", "osta{sv}", body))
            print("ACTIVATED", self.timestamp, flush=True)

    def answer(self, call: Any) -> None:
        fields = call.header.fields
        interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
        sender, path = fields[HeaderFields.sender], fields[HeaderFields.path]
        if (interface, member) == ("org.freedesktop.DBus.Properties", "Get") and call.body == (
            SHORTCUTS,
            "version",
        ):
            self.bus.send(new_method_return(call, "v", (("u", self.version),)))
        elif (interface, member) == (SHORTCUTS, "CreateSession"):
            options = call.body[0]
            session = f"{PATH}/session/{_element(sender)}/{options['session_handle_token'][1]}"
            self.sessions[session] = sender
            print("SESSION", session, flush=True)
            given = options.get("shortcuts", ("a(sa{sv})", []))[1]
            print("CREATE", json.dumps([sid for sid, _props in given]), flush=True)
            if self.no_session_handle:
                self.respond(call, options, 0, {})
                return
            if self.bind_at_create and given:
                self.listed = self.bound_list([self.asked(given)[0]])
                self.bound = (session, given[0][0])
            self.respond(call, options, 0, {"session_handle": ("s", session)})
        elif (interface, member) == (SHORTCUTS, "ListShortcuts"):
            session, options = call.body
            print("LIST", session, flush=True)
            self.respond(call, options, 0, {"shortcuts": ("a(sa{sv})", self.listed)})
        elif (interface, member) == (SHORTCUTS, "BindShortcuts"):
            session, shortcuts, _parent, options = call.body
            asked = self.asked(shortcuts)
            print("BIND", json.dumps({"session": session, "shortcuts": asked}), flush=True)
            if self.refuse or self.sessions.get(session) != sender:
                self.respond(call, options, 1, {})
                return
            if self.bind_at_create:  # Plasma 5.27: BindShortcuts binds nothing
                self.respond(call, options, 0, {"shortcuts": ("a(sa{sv})", [])})
                return
            bound = self.bound_list(asked)
            self.bound = (session, asked[0]["id"])
            self.respond(call, options, 0, {"shortcuts": ("a(sa{sv})", bound)})
        elif (interface, member) == ("org.freedesktop.portal.Session", "Close"):
            self.sessions.pop(path, None)
            if self.bound and self.bound[0] == path:
                self.bound = None
            print("CLOSED", path, flush=True)
            self.bus.send(new_method_return(call))
        else:  # Qt asks the portal about colour schemes and the like: not ours to answer
            error = "org.freedesktop.DBus.Error.UnknownMethod"
            self.bus.send(new_error(call, error, "s", (f"the fake portal has no {member}",)))

    @staticmethod
    def asked(shortcuts: list[Any]) -> list[dict[str, Any]]:
        return [
            {"id": sid, **{key: value[1] for key, value in props.items()}}
            for sid, props in shortcuts
        ]

    def bound_list(self, asked: list[dict[str, Any]]) -> list[Any]:
        return [
            (
                s["id"],
                {
                    "description": ("s", s["description"]),
                    "trigger_description": ("s", self.trigger or s["preferred_trigger"]),
                },
            )
            for s in asked
        ]

    def respond(
        self, call: Any, options: dict[str, Any], code: int, results: dict[str, Any]
    ) -> None:
        """The method returns the Request's path; its Response follows, as a real portal does."""
        sender = call.header.fields[HeaderFields.sender]
        request = f"{PATH}/request/{_element(sender)}/{options['handle_token'][1]}"
        self.bus.send(new_method_return(call, "o", (request,)))
        emitter = DBusAddress(request, interface="org.freedesktop.portal.Request")
        response = new_signal(emitter, "Response", "ua{sv}", (code, results))
        response.header.fields[HeaderFields.destination] = sender
        self.bus.send(response)


def _element(unique_name: str) -> str:
    return unique_name.lstrip(":").replace(".", "_")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("--refuse", action="store_true")
    parser.add_argument("--trigger")
    parser.add_argument("--version", type=int, default=1)
    parser.add_argument("--bind-at-create", action="store_true")
    parser.add_argument("--no-session-handle", action="store_true")
    args = parser.parse_args()
    fake = FakePortal(args.address, args.refuse, args.trigger, args.version)
    fake.bind_at_create, fake.no_session_handle = args.bind_at_create, args.no_session_handle
    fake.serve()


if __name__ == "__main__":
    main()
