"""The ways into the running app from outside its window: socket, global hotkey and tray.

Part of the composition root: kindling.app starts them last, once the app is wired.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindling.desktop.hotkey import HotkeyBackend
    from kindling.desktop.instance_lock import InstanceLock
    from kindling.desktop.ipc_server import IpcServer
    from kindling.desktop.paths import DataPaths
    from kindling.ui.command_target import FlowTarget
    from kindling.ui.settings_page import SettingsPage
    from kindling.ui.tray import KindlingTray
    from kindling.wiring import Parts

log = logging.getLogger(__name__)


@dataclass
class Reach:
    """The ways in from outside the window; each is optional and may be missing here."""

    lock: InstanceLock
    target: FlowTarget
    server: IpcServer | None
    hotkey: HotkeyBackend
    tray: KindlingTray | None

    def close(self) -> None:
        self.hotkey.unregister()
        if self.server is not None:
            self.server.close()
        self.lock.release()


def start_reach(parts: Parts, data: DataPaths, lock: InstanceLock) -> Reach:
    from kindling.ui.command_target import FlowTarget

    target = FlowTarget(parts.flow, parts.companion, parts.window)
    server = _start_single_instance(data, target)
    if server is None:
        _say_if_socket_folder_is_not_yours(parts, data)
    hotkey = _start_hotkey(parts, target)
    tray = _start_tray(parts, target)
    target.describe = {
        **_hotkey_details(hotkey),
        "tray": tray is not None,
        "socket": server.address if server is not None else None,
        "qt_platform": parts.app.platformName(),
    }
    hotkey.settled.connect(lambda: _hotkey_answered(parts, target, hotkey, data))
    return Reach(lock, target, server, hotkey, tray)


def _hotkey_details(hotkey: HotkeyBackend) -> dict[str, object]:
    """What `kindling doctor` and the status reply say about the global hotkey."""
    return {
        "hotkey_backend": hotkey.name,
        "hotkey_tested": hotkey.tested,
        "hotkey": hotkey.label,
        "hotkey_active": hotkey.active,
        "hotkey_pending": hotkey.pending,
        "hotkey_problem": hotkey.problem,
    }


def _hotkey_answered(
    parts: Parts, target: FlowTarget, hotkey: HotkeyBackend, data: DataPaths
) -> None:
    """The desktop answered (Wayland's portal): say what it bound, or how to do without."""
    from PySide6.QtCore import QCoreApplication

    from kindling.desktop import paths
    from kindling.desktop.shortcut_help import critic_command

    target.describe.update(_hotkey_details(hotkey))
    let_settings_try_hotkeys(parts, hotkey)
    if hotkey.active:
        text = QCoreApplication.translate(
            "App", "Your desktop gave Kindling %1 for “Critic noticed”."
        ).replace("%1", hotkey.label or "")
    else:
        custom = None if data.root == paths.resolve(None).root else data.root
        text = QCoreApplication.translate(
            "App",
            "Your desktop did not give Kindling the hotkey. You can bind this command to a key "
            "in its keyboard settings instead: %1",
        ).replace("%1", critic_command(custom))
    log.info("the desktop answered about the hotkey (active: %s)", hotkey.active)
    parts.window.statusBar().showMessage(text, 30_000)


def _start_single_instance(data: DataPaths, target: FlowTarget) -> IpcServer | None:
    """Listens for `kindling start|critic|end` and second launches; they act like the buttons."""
    from kindling.desktop import ipc_commands
    from kindling.desktop.ipc_server import IpcServer

    server = IpcServer(str(data.root), lambda cmd, args: ipc_commands.handle(target, cmd, args))
    return server if server.listen() else None


def _say_if_socket_folder_is_not_yours(parts: Parts, data: DataPaths) -> None:
    """Shown in the window and kept there: commands from a terminal cannot reach this app."""
    import os

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    from kindling.desktop import ipc_address
    from kindling.desktop.ownership import private_folder_problem

    address = ipc_address.address(str(data.root))
    if private_folder_problem(os.path.dirname(address)) is None:
        return
    window = parts.window
    notice = QLabel(
        QCoreApplication.translate(
            "App",
            "The folder %1 is not yours alone, so Kindling is not listening there: "
            "`kindling critic` in a terminal cannot reach this window. The hotkey and the "
            "buttons work as usual. `kindling doctor` says more.",
        ).replace("%1", os.path.dirname(address)),
        window,
    )
    notice.setObjectName("socketFolderNotice")
    notice.setWordWrap(True)
    notice.setContentsMargins(12, 6, 12, 6)
    notice.setAccessibleName(
        QCoreApplication.translate("App", "Commands from a terminal cannot reach Kindling")
    )
    window.statusBar().addPermanentWidget(notice, 1)


def _start_hotkey(parts: Parts, target: FlowTarget) -> HotkeyBackend:
    """Claims the global hotkey; a press is the "Critic noticed" button, wherever focus is."""
    from PySide6.QtCore import QCoreApplication

    from kindling.core.settings import DEFAULT_HOTKEY
    from kindling.desktop.hotkey import HotkeyInvalid, choose_backend, parse

    backend = choose_backend(parts.app.platformName(), parts.app)
    backend.description = QCoreApplication.translate(
        "App", "Critic noticed: note the moment your inner critic speaks up"
    )

    def pressed() -> None:
        in_session = parts.companion.current is not None
        if not in_session and parts.meeting is not None and parts.meeting.catch_press():
            return  # the welcome's "try it now"; during a session a press is a critic moment
        # With no session, the flow says so on the card (and offers to start one); the window
        # is not pulled forward over the person's work.
        parts.flow.notice_critic(None)

    backend.pressed.connect(pressed)
    try:
        combination = parse(parts.settings.current.hotkey)
    except HotkeyInvalid:
        combination = parse(DEFAULT_HOTKEY)
    if backend.register(combination):
        log.info("global hotkey ready (%s)", backend.name)
    else:
        log.warning("global hotkey unavailable (%s backend)", backend.name)
        if backend.problem:
            offer = QCoreApplication.translate(
                "App", "You can choose another combination in Settings."
            )
            parts.window.statusBar().showMessage(f"{backend.problem} {offer}", 30_000)
    return backend


def _start_tray(parts: Parts, target: FlowTarget) -> KindlingTray | None:
    """A tray icon where the desktop has a tray; closing the window mid-session then hides it."""
    from kindling.ui.tray import CloseGuard, KindlingTray

    companion, flow = parts.companion, parts.flow
    tray = None
    if KindlingTray.available():
        tray = KindlingTray(parts.app.windowIcon(), parts.app)
        tray.start_requested.connect(flow.show_start)
        tray.critic_requested.connect(lambda: flow.notice_critic(None))
        tray.end_requested.connect(flow.request_end)
        tray.studio_requested.connect(flow.enter_studio)
        tray.show_requested.connect(target.show)
        tray.quit_requested.connect(parts.app.quit)
        parts.signals.session_started.connect(lambda _s: tray.set_session_in_progress(True))
        parts.signals.session_ended.connect(lambda _s: tray.set_session_in_progress(False))
        tray.set_session_in_progress(companion.current is not None)
        tray.set_hotkey(parts.settings.current.hotkey)
        parts.settings.changed.connect(lambda current: tray.set_hotkey(current.hotkey))
        tray.show()
        log.info("tray icon shown")
    guard = CloseGuard(parts.window, lambda: companion.current is not None, tray)
    guard.end_requested.connect(flow.request_end)
    return tray


def greet_first_time(parts: Parts, backend: HotkeyBackend, data: DataPaths) -> None:
    """The welcome on the first start, told whether the hotkey can be tried here."""
    from kindling.desktop import paths
    from kindling.desktop.shortcut_help import critic_command

    if parts.meeting is None:
        return
    custom = None if data.root == paths.resolve(None).root else data.root
    listening = backend.active or backend.pending
    meeting = parts.meeting
    meeting.set_listening(listening, critic_command(custom))
    backend.settled.connect(lambda: meeting.set_listening(backend.active, critic_command(custom)))
    meeting.offer()


def let_settings_try_hotkeys(parts: Parts, backend: HotkeyBackend) -> None:
    """The settings page's hotkey field tries new combinations on the running backend."""
    from kindling.desktop.hotkey.trier import current_trial, make_trier

    def plug_in(page: SettingsPage) -> None:
        page.hotkey.set_trier(make_trier(backend), current_trial(backend))
        # A press while the field records is the person choosing keys, not the critic.
        page.hotkey.catcher.recording.connect(backend.pause)

    if parts.yours is not None:
        parts.yours.when_settings_page_built(plug_in)
