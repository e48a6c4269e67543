"""A stand-in for the desktop's screensaver service, on a private test bus (run as a script).

FAKE, and said so: no desktop here runs ``org.freedesktop.ScreenSaver``, so this process
plays it, following the freedesktop "Idle Inhibition Service" draft (Inhibit(s application,
s reason) -> u cookie; UnInhibit(u cookie)). Written with jeepney's low-level messages, not
through Kindling's code, so a mistake there is not mirrored here. Like GNOME and KDE, it
drops an inhibition whose caller leaves the bus.

    fake_screensaver.py ADDRESS

Prints READY, then ``INHIBIT cookie application|reason``, ``UNINHIBIT cookie`` and
``GONE cookie`` (the caller left without UnInhibit), one per line. Ends when stdin closes.
"""

from __future__ import annotations

import os
import select
import sys

from jeepney import HeaderFields, MatchRule, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


def main() -> None:
    bus = open_dbus_connection(sys.argv[1])
    assert bus.send_and_get_reply(message_bus.RequestName(SERVICE)).body[0] == 1
    rule = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    bus.send_and_get_reply(message_bus.AddMatch(rule))
    held: dict[int, str] = {}  # cookie -> the caller's unique name
    cookie = 40
    print("READY", flush=True)
    while True:
        readable, _, _ = select.select([bus.sock, sys.stdin], [], [])
        if sys.stdin in readable and not os.read(sys.stdin.fileno(), 4096):
            return
        if bus.sock not in readable:
            continue
        while True:
            try:
                message = bus.receive(timeout=0)
            except TimeoutError:
                break
            fields = message.header.fields
            member = fields.get(HeaderFields.member)
            if message.header.message_type is MessageType.signal:
                if member == "NameOwnerChanged" and message.body[2] == "":
                    for gone in [c for c, owner in held.items() if owner == message.body[0]]:
                        del held[gone]
                        print("GONE", gone, flush=True)
                continue
            if message.header.message_type is not MessageType.method_call:
                continue
            if (fields.get(HeaderFields.interface), member) == (INTERFACE, "Inhibit"):
                cookie += 1
                held[cookie] = fields[HeaderFields.sender]
                print("INHIBIT", cookie, "|".join(message.body), flush=True)
                bus.send(new_method_return(message, "u", (cookie,)))
            elif (fields.get(HeaderFields.interface), member) == (INTERFACE, "UnInhibit"):
                held.pop(message.body[0], None)
                print("UNINHIBIT", message.body[0], flush=True)
                bus.send(new_method_return(message))
            else:
                name = "org.freedesktop.DBus.Error.UnknownMethod"
                bus.send(new_error(message, name, "s", (f"the fake has no {member}",)))


if __name__ == "__main__":
    main()
