#!/usr/bin/env python3
"""Regenerates every screenshot the README links, from the scene scripts, on a private Xvfb.

    .venv/bin/python packaging/refresh_screenshots.py            # all of them
    .venv/bin/python packaging/refresh_screenshots.py toast-     # those whose name starts so
    .venv/bin/python packaging/refresh_screenshots.py --check    # each scene starts and draws

Each shot runs one scene script (screenshot_scenes.py, screenshot_bar_scenes.py,
screenshot_yours.py, screenshot_studio_scenes.py) on its own virtual screen, waits until its
window is mapped and has settled, and saves the whole screen with ImageMagick's ``import``.
``--check`` writes nothing into packaging/screenshots/: it only fails when a scene no longer
starts (a few minutes for all of them; not yet part of CI). The start page
of the bundle (bundle-start.png) is taken by hand from dist/kindling and is not listed here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "packaging" / "screenshots"
SETTLE_S = 2.5  # fades and the first breath after the window maps
MAP_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Shot:
    name: str
    script: str
    args: tuple[str, ...]
    size: str


def _shots() -> list[Shot]:
    shots: list[Shot] = []
    main_scenes = (
        "start", "start-studio", "warmup", "self", "closing", "closing-words", "summary",
        "history", "insights", "welcome", "welcome-hotkey", "welcome-bar",
    )  # fmt: skip
    for theme in ("light", "dark"):
        for scene in main_scenes:
            if scene == "start-studio" and theme == "dark":
                continue
            shots.append(
                Shot(f"{scene}-{theme}", "screenshot_scenes.py", (scene, theme), "960x680")
            )
        for scene in ("settings", "reframes", "about"):
            shots.append(
                Shot(f"{scene}-{theme}", "screenshot_yours.py", (scene, theme), "1280x800")
            )
        bar = {
            "bar": "session-bar", "pause": "session-bar-pause", "toast": "toast",
            "keyboard": "toast-keyboard", "answered": "toast-answered", "support": "toast-support",
            "support-page": "support-page", "invitation": "pause-invitation",
        }  # fmt: skip
        for scene, name in bar.items():
            shots.append(
                Shot(f"{name}-{theme}", "screenshot_bar_scenes.py", (scene, theme), "1280x800")
            )
        for scene in ("idle", "words", "pause"):
            shots.append(
                Shot(
                    f"studio-{scene}-{theme}",
                    "screenshot_studio_scenes.py",
                    (scene, theme),
                    "1280x800",
                )
            )
    for scene in (
        "start",
        "warmup",
        "closing",
        "summary",
        "welcome",
        "welcome-hotkey",
        "welcome-bar",
    ):
        shots.append(Shot(f"de-{scene}", "screenshot_scenes.py", (scene, "light", "de"), "960x680"))
    for scene in ("settings", "reframes", "about"):
        shots.append(Shot(f"de-{scene}", "screenshot_yours.py", (scene, "light", "de"), "1280x800"))
    shots.append(
        Shot("de-studio-words", "screenshot_studio_scenes.py", ("words", "dark", "de"), "1280x800")
    )
    return shots


def _start_xvfb(size: str) -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise RuntimeError("Xvfb did not start")
        number += chunk
    os.close(read)
    return xvfb, f":{number.decode().strip()}"


def _wait_for_a_window(env: dict[str, str], scene: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + MAP_TIMEOUT_S
    while time.monotonic() < deadline:
        if scene.poll() is not None:
            raise RuntimeError(f"the scene ended early (exit {scene.returncode})")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "."],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if found.stdout.strip():
            return
        time.sleep(0.2)  # polling an X server from outside: no event to wait on
    raise RuntimeError("no window appeared")


def take(shot: Shot, out: Path) -> None:
    xvfb, display = _start_xvfb(shot.size)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANG": "en_GB.UTF-8"}
    env.pop("WAYLAND_DISPLAY", None)
    scene = subprocess.Popen(
        [sys.executable, str(ROOT / "packaging" / shot.script), *shot.args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        _wait_for_a_window(env, scene)
        time.sleep(SETTLE_S)  # let fades and layout settle before the picture
        subprocess.run(["import", "-window", "root", str(out)], env=env, check=True)
    except RuntimeError as error:
        scene.kill()
        _, err = scene.communicate(timeout=30)
        raise RuntimeError(
            f"{shot.name}: {error}\n{err.decode(errors='replace')[-2000:]}"
        ) from None
    finally:
        if scene.poll() is None:
            scene.terminate()
            try:
                scene.wait(timeout=10)
            except subprocess.TimeoutExpired:
                scene.kill()
                scene.wait()
        if scene.stderr is not None:
            scene.stderr.close()
        xvfb.terminate()
        xvfb.wait(timeout=30)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    shots = [s for s in _shots() if not prefixes or s.name.startswith(tuple(prefixes))]
    scratch = Path(tempfile.mkdtemp(prefix="kindling-shots-"))
    failed = []
    for shot in shots:
        out = scratch / f"{shot.name}.png" if check else SHOTS / f"{shot.name}.png"
        try:
            take(shot, out)
            print(f"{'drew' if check else 'saved'} {shot.name}", flush=True)
        except (RuntimeError, subprocess.CalledProcessError) as error:
            failed.append(shot.name)
            print(f"FAILED {error}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
