"""Where small floating windows go: beside an anchor or in a screen corner, always on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

MARGIN = 16
"""Breathing room between a floating card and the screen edge or the bar it sits beside."""

CORNERS = ("top-right", "bottom-right", "top-left", "bottom-left")
FALLBACK_CORNER = "bottom-right"
BAR_CORNER = "top-right"
"""The session bar's place until the person moves it."""


def clamp_into(top_left: QPoint, size: QSize, available: QRect) -> QPoint:
    """Moves a rectangle of ``size`` at ``top_left`` the least distance to lie inside ``available``."""
    x = min(max(top_left.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(top_left.y(), available.top()), available.bottom() + 1 - size.height())
    # A window larger than the screen keeps its top-left corner visible.
    return QPoint(max(x, available.left()), max(y, available.top()))


def corner_position(corner: str, size: QSize, available: QRect, margin: int = MARGIN) -> QPoint:
    """The top-left point that puts ``size`` in the named corner of ``available``."""
    if corner not in CORNERS:
        corner = FALLBACK_CORNER
    left = available.left() + margin
    right = available.right() + 1 - margin - size.width()
    top = available.top() + margin
    bottom = available.bottom() + 1 - margin - size.height()
    x = right if corner.endswith("right") else left
    y = top if corner.startswith("top") else bottom
    return clamp_into(QPoint(x, y), size, available)


def beside_anchor(
    anchor: QRect, size: QSize, available: QRect, margin: int = MARGIN // 2
) -> QPoint:
    """Just below the anchor (the session bar), or above it when there is no room below.

    The card's right edge lines up with the anchor's, so it grows away from the screen edge
    the bar usually sits against.
    """
    x = anchor.right() + 1 - size.width()
    below = anchor.bottom() + 1 + margin
    if below + size.height() <= available.bottom() + 1:
        y = below
    else:
        y = anchor.top() - margin - size.height()
    return clamp_into(QPoint(x, y), size, available)


def toast_position(position: str, size: QSize, anchor: QRect | None, available: QRect) -> QPoint:
    """Where the critic toast goes for the ``Settings.toast_position`` value ``position``.

    "near-bar" without a bar to sit beside falls back to a corner, so the card always shows.
    """
    if position == "near-bar":
        if anchor is not None and anchor.isValid():
            return beside_anchor(anchor, size, available)
        return corner_position(FALLBACK_CORNER, size, available)
    return corner_position(position, size, available)


def restored_position(saved: QPoint | None, size: QSize, screens: list[QRect]) -> QPoint:
    """Where the bar goes when it opens: its saved place if that is still on a screen.

    A monitor unplugged since last time must not leave the bar somewhere nobody can see it;
    then, and the first time, it goes to the top-right corner of the first screen.
    """
    if saved is not None:
        for available in screens:
            if available.contains(saved):
                return clamp_into(saved, size, available)
    first = screens[0] if screens else QRect(0, 0, 1280, 800)
    return corner_position(BAR_CORNER, size, first)
