#!/usr/bin/env python3
"""Sets up a fresh clone and runs Kindling or its tests: the README's two commands.

    python3 packaging/bootstrap.py run [ARGS...]   # set up, then start the app
    python3 packaging/bootstrap.py test            # set up, then run every check and test
    python3 packaging/bootstrap.py deb             # set up, build the bundle, pack dist/*.deb

It creates `.venv`, installs the project into it (again only when pyproject.toml changed),
and, on Debian or Ubuntu, installs the system libraries Qt's xcb plugin and the tests need:
directly when run as root, otherwise it prints the exact command to run first.
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".bootstrap-stamp"

# What Qt's xcb platform plugin links against (checked with ldd on libqxcb.so) plus fonts.
APP_PACKAGES = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-util1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxcb1",
    "libx11-xcb1",
    "libx11-6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "fonts-dejavu-core",
]
# The tests add a virtual screen, real key presses, window queries and the bundle's tools
# (binutils: strip; the validators of the Linux desktop files).
# openbox: a real window manager, so the toast focus test sees what a desktop does on show.
TEST_PACKAGES = [
    *APP_PACKAGES,
    "xvfb",
    "xdotool",
    "x11-utils",
    "binutils",
    "openbox",
    "desktop-file-utils",
    "appstream",
    "strace",  # the privacy test watches every socket the app opens
    "dbus-daemon",  # a private session bus for the Wayland portal hotkey tests
]
# Packing the .deb (packaging/make_deb.py): patchelf drops the build machine's RUNPATHs;
# CI also runs lintian on it (packaging/check_deb.py).
DEB_PACKAGES = ["patchelf"]
TEST_PACKAGES += [*DEB_PACKAGES, "lintian"]
# KDE's real GlobalShortcuts portal, run headless on a private bus by the Wayland hotkey tests
# (tests/system/kde_portal.py); about 140 MB.
TEST_PACKAGES += ["xdg-desktop-portal", "xdg-desktop-portal-kde", "libkf5globalaccel-bin"]
# Spoken kind words, tested for real (tests/system/test_speech.py): speech-dispatcher with its
# espeak-ng module, the sound written to a file by ALSA and measured with sox.
TEST_PACKAGES += ["speech-dispatcher", "speech-dispatcher-espeak-ng", "espeak-ng", "sox"]


def say(message: str) -> None:
    print(f"[kindling setup] {message}", flush=True)


def missing_debian_packages(packages: list[str]) -> list[str]:
    if shutil.which("dpkg-query") is None:
        return []
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages(packages: list[str]) -> None:
    missing = missing_debian_packages(packages)
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        say("installing system packages: " + " ".join(missing))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(command, check=True, env=env)
        return
    say("Kindling needs a few system packages first. Please run:")
    print("\n    sudo apt-get update && sudo " + " ".join(command) + "\n", flush=True)
    say("then run this command again.")
    sys.exit(1)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> None:
    fingerprint = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + sys.version.encode()
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == fingerprint and venv_python().exists():
        return
    if not venv_python().exists():
        say("creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say("installing Kindling and its test tools into .venv")
    subprocess.run(
        [
            str(venv_python()),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-e",
            f"{ROOT}[test,dev]",
        ],
        check=True,
    )
    STAMP.write_text(fingerprint)


def run_checks() -> int:
    """Linters, type checks, the layer contracts, the tests, then the bundle."""
    bin_dir = venv_python().parent
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    steps = [
        ("ruff", [str(bin_dir / "ruff"), "check", "src", "tests", "packaging"]),
        ("mypy", [str(bin_dir / "mypy")]),
        ("import contracts", [str(bin_dir / "lint-imports")]),
        ("tests", [str(venv_python()), "-m", "pytest", "-p", "no:cacheprovider", "-q"]),
        # Builds dist/kindling with PyInstaller and runs the bundle's --self-test.
        ("bundle", [str(venv_python()), str(ROOT / "packaging" / "check_bundle.py")]),
        # Packs it as a .deb; installs, upgrades, launches and removes it (needs root).
        ("debian package", [str(venv_python()), str(ROOT / "packaging" / "check_deb.py")]),
    ]
    failed = []
    for name, command in steps:
        say(f"running {name}")
        if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
            failed.append(name)
    if failed:
        say("failed: " + ", ".join(failed))
        return 1
    say("all checks passed")
    return 0


def make_deb() -> int:
    """Builds the bundle, then packs it as dist/kindling_<version>_amd64.deb."""
    packaging = ROOT / "packaging"
    for script in ("check_bundle.py", "make_deb.py"):
        done = subprocess.run([str(venv_python()), str(packaging / script)], cwd=ROOT, check=False)
        if done.returncode:
            return 1
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "deb"}:
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    wanted = {"test": TEST_PACKAGES, "deb": [*APP_PACKAGES, *DEB_PACKAGES]}
    ensure_system_packages(wanted.get(action, APP_PACKAGES))
    ensure_venv()
    if action == "deb":
        return make_deb()
    if action == "run":
        kindling = venv_python().parent / "kindling"
        os.execv(str(kindling), [str(kindling), *rest])
    return run_checks()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
