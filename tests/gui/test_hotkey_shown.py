"""The critic hotkey is named wherever the critic can be noticed: the bar and the tray menu."""

from __future__ import annotations

import random

from PySide6.QtGui import QIcon

from kindling.app import build
from kindling.ui.tray import KindlingTray


def test_the_bar_names_the_persons_hotkey_and_follows_a_change(qtbot, qapp, data_paths, clock):
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(31), minute_ms=1)
    try:
        parts.flow.begin("painting", with_warmup=False)
        bar = parts.bar
        qtbot.waitUntil(bar.isVisible)
        button = bar.critic_button
        assert button.toolTip() == (
            "Note that the inner critic showed up, and get a kind word "
            "(or press Ctrl+Alt+K, wherever you are)"
        )
        assert button.accessibleName() == "Critic noticed"
        # The test screen is 800 pixels wide: a label with the key would make the bar take
        # more than half of it, so the key stays in the tooltip.
        assert bar.screen().availableGeometry().width() == 800
        assert button.text() == "Critic noticed"

        parts.settings.update(hotkey="Ctrl+Shift+F8")
        assert "press Ctrl+Shift+F8" in button.toolTip()
    finally:
        parts.close()


def test_the_bar_label_carries_the_key_when_the_screen_has_room(qtbot, qapp):
    from kindling.ui.session_bar import SessionBar

    bar = SessionBar()
    # The 800-pixel test screen is a narrow one; let the bar take most of it.
    bar.KEY_IN_LABEL_SHARE = 0.9
    try:
        bar.set_hotkey("Ctrl+Alt+K")
        assert bar.critic_button.text() == "Critic noticed  ·  Ctrl+Alt+K"
    finally:
        bar.deleteLater()


def test_the_tray_menu_names_the_hotkey_beside_critic_noticed(qapp):
    tray = KindlingTray(QIcon())
    try:
        assert tray.critic_action.text() == "Critic noticed"
        tray.set_hotkey("Ctrl+Alt+K")
        assert tray.critic_action.text() == "Critic noticed\tCtrl+Alt+K"
    finally:
        tray.deleteLater()
