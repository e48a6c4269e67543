"""Where the toast and the bar go: beside the bar, in a corner, and always on a screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from kindling.ui.placement import restored_position, toast_position

SCREEN = QRect(0, 0, 1280, 800)
CARD = QSize(360, 180)


@pytest.mark.parametrize(
    ("corner", "expected"),
    [
        ("top-right", QPoint(1280 - 16 - 360, 16)),
        ("bottom-right", QPoint(1280 - 16 - 360, 800 - 16 - 180)),
        ("top-left", QPoint(16, 16)),
        ("bottom-left", QPoint(16, 800 - 16 - 180)),
    ],
)
def test_corners_keep_a_margin_from_the_edges(corner: str, expected: QPoint) -> None:
    assert toast_position(corner, CARD, None, SCREEN) == expected


def test_near_bar_sits_just_below_the_bar_and_lines_up_with_its_right_edge() -> None:
    bar = QRect(800, 20, 440, 48)
    point = toast_position("near-bar", CARD, bar, SCREEN)
    assert point.y() == bar.bottom() + 1 + 8
    assert point.x() + CARD.width() == bar.right() + 1


def test_near_bar_goes_above_a_bar_at_the_bottom_of_the_screen() -> None:
    bar = QRect(800, 740, 440, 48)
    point = toast_position("near-bar", CARD, bar, SCREEN)
    assert point.y() + CARD.height() <= bar.top()


def test_near_bar_without_a_bar_falls_back_to_a_corner() -> None:
    assert toast_position("near-bar", CARD, None, SCREEN) == toast_position(
        "bottom-right", CARD, None, SCREEN
    )


def test_a_bar_at_the_left_edge_never_pushes_the_card_off_screen() -> None:
    bar = QRect(0, 0, 200, 48)
    point = toast_position("near-bar", CARD, bar, SCREEN)
    assert SCREEN.contains(QRect(point, CARD))


def test_a_saved_place_on_a_screen_that_is_gone_comes_back_into_view() -> None:
    second = QRect(1280, 0, 1920, 1080)
    bar = QSize(440, 48)
    assert restored_position(QPoint(2000, 300), bar, [SCREEN, second]) == QPoint(2000, 300)
    back = restored_position(QPoint(2000, 300), bar, [SCREEN])
    assert SCREEN.contains(QRect(back, bar))
    assert restored_position(None, bar, [SCREEN]) == QPoint(1280 - 16 - 440, 16)
