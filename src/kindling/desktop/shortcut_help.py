"""The fallback that always works: how to bind `kindling critic` to a key on each desktop.

Where no global hotkey backend works (Wayland without the shortcuts portal, say), the
desktop's own keyboard settings can run the command instead; the forwarded command reaches
the running app, so the toast shows just the same. Plain text, shared by the doctor and the
settings page.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path


def critic_command(data_root: Path | None = None) -> str:
    """The exact command to bind: this installation's `kindling`, and the data folder if set."""
    program = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else Path("kindling")
    if program.name not in ("kindling", "kindling.exe", "Kindling", "Kindling.exe"):
        program = Path(sys.executable).with_name("kindling")
    words = [str(program), "critic"]
    if data_root is not None:
        words += ["--data-dir", str(data_root)]
    if sys.platform == "win32":
        return " ".join(f'"{w}"' if " " in w else w for w in words)
    return shlex.join(words)


def desktop_name() -> str:
    """A short name for the desktop in use: gnome, kde, sway, hyprland, macos, windows, or other."""
    if sys.platform == "darwin":
        return "macos"
    if sys.platform == "win32":
        return "windows"
    current = os.environ.get("XDG_CURRENT_DESKTOP", "").lower()
    for name in ("gnome", "kde", "sway", "hyprland"):
        if name in current:
            return name
    if os.environ.get("SWAYSOCK"):
        return "sway"
    if os.environ.get("HYPRLAND_INSTANCE_SIGNATURE"):
        return "hyprland"
    return "other"


def how_to_bind(command: str, desktop: str) -> str:
    """Step-by-step words for binding ``command`` to Ctrl+Alt+K (or any key) on ``desktop``."""
    steps = {
        "gnome": (
            "Open Settings → Keyboard → View and Customise Shortcuts → Custom Shortcuts, "
            "add one named “Critic noticed”, paste the command, and press the keys you want."
        ),
        "kde": (
            "Open System Settings → Keyboard → Shortcuts → Add New → Command or Script, "
            "paste the command, and give it the keys you want."
        ),
        "sway": f"Add this line to ~/.config/sway/config, then reload sway:\n  bindsym Ctrl+Mod1+k exec {command}",
        "hyprland": f"Add this line to ~/.config/hypr/hyprland.conf:\n  bind = CTRL ALT, K, exec, {command}",
        "macos": (
            "Open the Shortcuts app, make a new shortcut with the “Run Shell Script” action "
            "holding the command, then in its details choose “Add Keyboard Shortcut”."
        ),
        "windows": (
            "Make a shortcut to the command on the desktop or in the Start menu, open its "
            "Properties, and press the keys you want in “Shortcut key”."
        ),
        "other": (
            "Most desktops let you run a command from a key in their keyboard settings "
            "(often called custom shortcuts); give it the command above."
        ),
    }
    return f"The command:\n  {command}\n{steps.get(desktop, steps['other'])}"
