"""`kindling doctor`: what works on this computer, in plain words, and what needs attention."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kindling.cli.exitcodes import FAILED, OK
from kindling.core.plural import plural
from kindling.desktop.paths import DataPaths

if TYPE_CHECKING:
    from kindling.desktop.hotkey import HotkeyBackend

DESKTOP_ANSWER_SECONDS = 20.0


@dataclass
class Findings:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def fine(self, text: str) -> None:
        self.lines.append(f"  ok       {text}")

    def note(self, text: str) -> None:
        self.lines.append(f"  note     {text}")

    def problem(self, text: str) -> None:
        self.lines.append(f"  PROBLEM  {text}")
        self.problems.append(text)


def doctor(data: DataPaths, _args: Any) -> int:
    from kindling.desktop.ipc_client import ask_status

    found = Findings()
    _check_folder(data, found)
    socket_folder_ok = _check_socket_folder(data, found)
    running = ask_status(str(data.root))
    if running is not None and running.get("journal_in_place") is False:
        found.problem(
            f"Kindling is open, but its journal is no longer at {data.database} (moved or "
            "deleted). It keeps new moments in memory until the journal is back: please put "
            "it back before closing Kindling."
        )
    else:
        _check_journal(data, found)
    details: dict[str, Any] | None
    if running is not None and running.get("status") == "ok":
        found.fine("Kindling is open and answered on its private socket.")
        details = running
    else:
        found.note("Kindling is not open; trying the hotkey and the tray briefly here.")
        details = _probe_desktop(data, found)
        if details and not socket_folder_ok:
            details["socket"] = None  # the app would refuse to listen there
    if details:
        _report_desktop(details, data, found)
    _report_voice_and_awake(data, found)
    print("Kindling doctor: what works on this computer\n")
    print("\n".join(found.lines))
    if found.problems:
        count = len(found.problems)
        print("\n" + plural(count, "1 thing needs attention:", "%n things need attention:"))
        for problem in found.problems:
            print(f"  - {problem}")
        return FAILED
    print("\nAll is well.")
    return OK


def _check_folder(data: DataPaths, found: Findings) -> None:
    try:
        mode = stat.S_IMODE(data.root.stat().st_mode)
    except FileNotFoundError:
        found.fine(f"Data folder: {data.root} (not made yet; it will be private to you)")
        return
    if sys.platform != "win32" and mode & 0o077:
        found.note(f"Others can look into your data folder {data.root} (mode {mode:o}).")
    else:
        found.fine(f"Data folder: {data.root} (private to you)")


def _check_journal(data: DataPaths, found: Findings) -> None:
    from kindling.store.journal import has_backups

    if _missing_or_empty(data) and has_backups(data.backups):
        from kindling.cli.messages import journal_missing
        from kindling.store.errors import JournalMissing

        error = JournalMissing(data.database, empty=data.database.exists())
        found.problem(journal_missing(error, data.backups).replace("\n", " "))
        return
    if not data.database.exists():
        found.note(f"No journal yet at {data.database}; it is made with your first session.")
        return
    from kindling.cli.messages import store_problem
    from kindling.store.access import check_journal

    problem = check_journal(data.database, quick=False)
    if problem is None:
        found.fine(f"Journal: {data.database} is sound.")
    else:  # the very words the other commands would say
        found.problem(store_problem(problem, data.backups).replace("\n", " "))


def _check_socket_folder(data: DataPaths, found: Findings) -> bool:
    """The socket's folder and every folder above it must be the person's own (issue 10)."""
    if sys.platform == "win32":
        return True
    from kindling.desktop import ipc_address
    from kindling.desktop.ownership import chain_problem, private_folder_problem

    folder = os.path.dirname(ipc_address.address(str(data.root)))
    exists = os.path.lexists(folder)
    problem = private_folder_problem(folder) if exists else chain_problem(folder)
    if problem is None:
        return True
    found.problem(
        f"The folder for Kindling's private socket cannot be trusted: {problem}. Kindling "
        "will not listen there, so `kindling critic` cannot reach the open app. If you did "
        f"not make {folder}, please ask whoever did (or this computer's administrator) to "
        "remove it."
    )
    return False


def _missing_or_empty(data: DataPaths) -> bool:
    try:
        return data.database.stat().st_size == 0
    except FileNotFoundError:
        return True


def _probe_desktop(data: DataPaths, found: Findings) -> dict[str, Any] | None:
    """Without a running app: start Qt quietly, try the hotkey for a moment, let it go."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        found.problem("No desktop display was found here, so the app cannot open its window.")
        return None
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from kindling.desktop import ipc_address
    from kindling.desktop.hotkey import HotkeyInvalid, choose_backend, parse
    from kindling.desktop.settings_file import SettingsFile

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    hotkey_text = SettingsFile(data.settings).current.hotkey
    backend = choose_backend(app.platformName())
    try:
        combination = parse(hotkey_text)
    except HotkeyInvalid as error:
        backend.problem = str(error)
    else:
        backend.register(combination)
        _await_desktop_answer(backend)
    details = {
        "hotkey_backend": backend.name,
        "hotkey_tested": backend.tested,
        "hotkey": backend.label or hotkey_text,
        "hotkey_active": backend.active,
        "hotkey_pending": backend.pending,
        "hotkey_problem": backend.problem,
        "tray": QSystemTrayIcon.isSystemTrayAvailable(),
        "socket": ipc_address.address(str(data.root)),
        "qt_platform": app.platformName(),
    }
    backend.unregister()
    return details


def _await_desktop_answer(backend: HotkeyBackend, seconds: float = DESKTOP_ANSWER_SECONDS) -> None:
    """Wayland's portal answers later, perhaps after asking the person: wait a little."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not backend.pending:
        return
    # The answer is a queued signal from the portal's thread: a loop of the doctor's own lets
    # it in (the doctor has no window and no other loop running).
    loop = QEventLoop()
    backend.settled.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


DESKTOP_KINDS = {
    "xcb": "an X11 desktop",
    "wayland": "a Wayland desktop",
    "cocoa": "the macOS desktop",
    "windows": "the Windows desktop",
}


def _desktop_kind(qt_platform: str) -> str:
    """The desktop in the person's words, not Qt's platform plug-in names."""
    if qt_platform in DESKTOP_KINDS:
        return DESKTOP_KINDS[qt_platform]
    if qt_platform.startswith("wayland"):
        return DESKTOP_KINDS["wayland"]
    return "no screen you can see (windows would open nowhere)"


def _report_desktop(details: dict[str, Any], data: DataPaths, found: Findings) -> None:
    from kindling.desktop import paths
    from kindling.desktop.shortcut_help import critic_command, desktop_name, how_to_bind

    found.fine(f"Display: {_desktop_kind(str(details.get('qt_platform')))}.")
    key = details.get("hotkey")
    if details.get("hotkey_pending"):
        found.note(
            f"Global hotkey: your desktop was asked for {key} and has not answered yet; "
            "it may be asking you in a window of its own."
        )
    elif details.get("hotkey_active"):
        found.fine(
            f"Global hotkey: {key} works. Press it in any program when your critic speaks up."
        )
    else:
        why = details.get("hotkey_problem") or "it could not be set up"
        found.problem(f"Global hotkey {key} does not work here: {why}")
        custom = None if data.root == paths.resolve(None).root else data.root
        help_text = how_to_bind(critic_command(custom), desktop_name())
        found.lines.append("           Instead, bind `kindling critic` to a key yourself.")
        found.lines.extend(f"           {line}" for line in help_text.splitlines())
    if details.get("tray"):
        found.fine("Tray: there is a tray icon while Kindling is open.")
    else:
        found.note("Tray: this desktop has no tray; everything works without it.")
    socket = details.get("socket")
    if socket:
        found.fine(f"`kindling critic` and the other commands reach the open app here: {socket}")
    else:
        found.problem("Kindling could not open its private socket; commands work on the journal.")


def _report_voice_and_awake(data: DataPaths, found: Findings) -> None:
    """Issue 18: whether kind words can be read aloud, and how studio mode keeps the screen on."""
    from kindling.desktop.settings_file import SettingsFile
    from kindling.desktop.speech import Speaker
    from kindling.desktop.stay_awake import FreedesktopHolder, holder_for_platform

    language = SettingsFile(data.settings).current.language
    voice = Speaker("en" if language == "system" else language).voice()
    if voice is None:
        found.note(
            "Spoken words: no voice was found here. Kindling has none of its own; with "
            "speech-dispatcher and a voice such as espeak-ng installed, it can read kind words "
            "aloud."
        )
    elif voice.tested:
        found.fine(f"Spoken words: {voice.method} can read kind words aloud when you turn it on.")
    else:
        found.note(
            f"Spoken words: {voice.method}. Written from the system's documentation and not "
            "yet tried on this kind of computer."
        )
    holder = holder_for_platform()
    if isinstance(holder, FreedesktopHolder):
        if holder.available():
            found.fine("Studio mode keeps the screen awake (freedesktop ScreenSaver inhibit).")
        else:
            found.note(
                "Studio mode: no screensaver service answers here, so the screen may sleep "
                "as usual during a studio session."
            )
    else:
        found.note(
            f"Studio mode keeps the screen awake with {holder.name}: written from the "
            "system's documentation and not yet tried on this kind of computer."
        )
