"""Giving the keyboard back to the program that had it, after the critic card borrowed it.

The card takes the keyboard only when the person clicks into its note field. The program
they were working in is another process, so Qt cannot activate it again; on X11 Kindling
notes that program's window at the click and, when the card lets go, asks the window manager
to activate it again (``_NET_ACTIVE_WINDOW``, as a pager does), or, with no window manager,
sets the input focus on it directly.

Elsewhere (Wayland, Windows, macOS) there is nothing to remember here: the card's ``hide``
and the desktop's own focus rules hand the keyboard back; those paths cannot be reached on
this machine and are not faked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

_SOURCE_PAGER = 2
"""EWMH: a request from a pager or taskbar, which window managers honour without guessing."""


@dataclass(frozen=True)
class KeyboardHolder:
    """One X window that held the keyboard, on one display."""

    display_name: str | None
    window: int

    def give_back(self) -> bool:
        """Activates the window again; False if the display or the window is gone."""
        try:
            display = _open(self.display_name)
        except Exception:  # Xlib raises several unrelated types for an unreachable display
            log.warning("cannot reach the X display to give the keyboard back")
            return False
        try:
            return _activate(display, self.window)
        except Exception:  # the window closed meanwhile: nothing to give back to
            log.info("the window that had the keyboard is gone")
            return False
        finally:
            display.close()


def remember_keyboard_holder(
    platform_name: str, display_name: str | None = None
) -> KeyboardHolder | None:
    """The window of the program that has the keyboard now (X11 only; else None)."""
    if platform_name != "xcb":
        return None
    try:
        display = _open(display_name)
    except Exception:  # no python-xlib, or no display: nothing to remember
        log.info("cannot reach the X display to see who has the keyboard")
        return None
    try:
        window = _active_window(display)
    finally:
        display.close()
    return KeyboardHolder(display_name, window) if window else None


def _open(display_name: str | None) -> Any:
    from Xlib import display as xdisplay
    from Xlib import ext

    every = ext.__extensions__
    ext.__extensions__ = []  # core protocol only: see hotkey/x11.py's _open_core_display
    try:
        return xdisplay.Display(display_name)
    finally:
        ext.__extensions__ = every


def _active_window(display: Any) -> int:
    """The window manager's active window, or the X input focus when no manager says."""
    from Xlib import X

    root = display.screen().root
    if _window_manager_running(display):
        active = root.get_full_property(
            display.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType
        )
        if active is not None and len(active.value) and int(active.value[0]):
            return int(active.value[0])
    focus = display.get_input_focus().focus
    if isinstance(focus, int) or focus is None:  # PointerRoot (1) or None (0): nobody
        return 0
    return int(focus.id) if focus.id != root.id else 0


def _window_manager_running(display: Any) -> bool:
    from Xlib import X

    root = display.screen().root
    check = root.get_full_property(
        display.intern_atom("_NET_SUPPORTING_WM_CHECK"), X.AnyPropertyType
    )
    return check is not None and len(check.value) > 0


def _activate(display: Any, window_id: int) -> bool:
    from Xlib import X
    from Xlib.protocol import event

    root = display.screen().root
    window = display.create_resource_object("window", window_id)
    window.get_attributes()  # raises if the window is gone
    if _window_manager_running(display):
        message = event.ClientMessage(
            window=window,
            client_type=display.intern_atom("_NET_ACTIVE_WINDOW"),
            data=(32, [_SOURCE_PAGER, X.CurrentTime, 0, 0, 0]),
        )
        mask = X.SubstructureRedirectMask | X.SubstructureNotifyMask
        root.send_event(message, event_mask=mask)
    else:
        window.set_input_focus(X.RevertToParent, X.CurrentTime)
    display.sync()
    return True


def window_has_keyboard(
    platform_name: str, window: int, display_name: str | None = None, *, nobody_counts: bool = True
) -> bool:
    """Whether the keyboard is on ``window``, or on no program at all, as the X server says.

    "No program" counts: a window that stopped taking the keyboard while it had it can leave
    the window manager with nothing active, and then typed text would go nowhere.
    """
    if platform_name != "xcb":
        return False
    try:
        display = _open(display_name)
    except Exception:  # no python-xlib, or no display: nothing to tell
        return False
    try:
        from Xlib import X

        if _window_manager_running(display):
            root = display.screen().root
            active = root.get_full_property(
                display.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType
            )
            held = int(active.value[0]) if active is not None and len(active.value) else 0
            return held == window or (nobody_counts and held == 0)
        focus = display.get_input_focus().focus
        if isinstance(focus, int) or focus is None:
            return nobody_counts  # nobody has it
        return int(focus.id) == window
    finally:
        display.close()
