#!/usr/bin/env python3
"""Packs the bundle as a .deb and proves a person can install, upgrade and remove it: CI's step.

    .venv/bin/python packaging/check_deb.py     # after check_bundle.py built dist/kindling

From the one bundle it makes two packages: this version, and the same bundle under a lower
version (``<version>~previous``) standing in for the last release, with its version written
in /usr/lib/kindling/package-version so the test sees which one is installed. The older one
is installed with apt-get, used through /usr/bin/kindling by a person (sessions, settings, a
backup) and by a second person whose journal is one schema behind, then the new one is
installed over it: every session, setting and backup must still be there, and the older
journal upgraded with its backup first. Then --version, --self-test, the desktop entry's Exec
on a real X server, start times against the bundle's, and removal and purge, after which
both data folders must be byte for byte as they were. Needs root (apt-get) on Debian/Ubuntu.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from configparser import ConfigParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_bundle  # noqa: E402
import debian_depends  # noqa: E402
import make_deb  # noqa: E402

DIST = HERE.parent / "dist"
BUNDLE = DIST / "kindling"
INSTALLED = Path("/usr/bin/kindling")
DESKTOP_ENTRY = Path("/usr/share/applications") / f"{make_deb.APP_ID}.desktop"
TIMEOUT = 120


class Failed(Exception):
    """A check did not hold; the message says which and what was seen."""


def say(message: str) -> None:
    print(f"[deb] {message}", flush=True)


def run(
    command: list[str], timeout: float = TIMEOUT, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )


def person_env(home: Path, **extra: str) -> dict[str, str]:
    """A person's environment: their own home, nothing of the developer's Kindling or Python."""
    env = check_bundle.clean_env(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "DISPLAY"):
        env.pop(name, None)
    env.update(extra)
    return env


def kindling(home: Path, *args: str, program: Path = INSTALLED, **extra: str) -> str:
    done = run([str(program), *args], env=person_env(home, **extra), stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise Failed(
            f"kindling {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def data_folder(home: Path) -> Path:
    return home / ".local" / "share" / "Kindling"


def snapshot(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file in a data folder."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def apt(*args: str) -> str:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = run(["apt-get", "-y", "--no-install-recommends", *args], env=env)
    if done.returncode != 0:
        raise Failed(f"apt-get {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def installed_version() -> str | None:
    done = run(["dpkg-query", "-W", "-f=${Status} ${Version}", make_deb.PACKAGE])
    status, _, version = done.stdout.rpartition(" ")
    return version if "install ok installed" in status else None


def check_package_contents(deb: Path, scratch: Path) -> None:
    """Only postrm among the maintainer scripts, and Depends exactly what the package needs."""
    names = subprocess.run(
        f"dpkg-deb --ctrl-tarfile {shlex.quote(str(deb))} | tar -t",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    scripts = {Path(name).name for name in names} - {"", ".", "control", "md5sums"}
    if scripts != {"postrm"}:
        raise Failed(f"the package runs maintainer scripts besides postrm: {sorted(scripts)}")
    field = run(["dpkg-deb", "-f", str(deb), "Depends"]).stdout.strip()
    declared = {part.strip() for part in field.split(",")}
    unpacked = scratch / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    owners = debian_depends.owning_packages(
        debian_depends.system_libraries(unpacked / make_deb.INSTALL_DIR)
    )
    shutil.rmtree(unpacked)
    needed = set(owners.values()) | set(make_deb.DATA_DEPENDS)
    if declared != needed:
        raise Failed(
            f"Depends {sorted(declared)} is not what the bundle's libraries need {sorted(needed)}"
        )
    say(
        f"Depends names the {len(needed)} packages owning the {len(owners)} system libraries the bundle loads"
    )


def check_lintian(deb: Path) -> None:
    done = run(["lintian", "--no-tag-display-limit", "--info", str(deb)], timeout=900)
    lines = [line for line in done.stdout.splitlines() if line[:2] in {"E:", "W:", "I:", "N:"}]
    errors = [line for line in lines if line.startswith("E:")]
    warnings = [line for line in lines if line.startswith("W:")]
    for line in errors + warnings:
        say(f"lintian {line}")
    if errors:
        raise Failed(f"lintian found {len(errors)} errors")
    say(f"lintian: no errors, {len(warnings)} warnings")


def write_journal(home: Path) -> None:
    """What a person leaves behind: two sessions, their own settings, a backup."""
    kindling(home, "start", "--no-warmup", "--medium", "painting", "--intention", "play")
    kindling(home, "critic", "--note", "too muddy")
    kindling(home, "end", "--reflection", "I kept going")
    kindling(home, "start", "--no-warmup", "--medium", "writing")
    kindling(home, "critic")
    kindling(home, "end")
    settings = {"hotkey": "Ctrl+Alt+J", "warmup_minutes": 4, "language": "de", "sounds": True}
    (data_folder(home) / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    kindling(home, "backup")


def session_ids(home: Path) -> list[str]:
    history = json.loads(kindling(home, "history", "--format", "json"))
    rows = history["sessions"] if isinstance(history, dict) else history
    return sorted(str(row["id"]) for row in rows)


def check_upgrade(older_deb: Path, newer_deb: Path, scratch: Path) -> dict[str, object]:
    painter = scratch / "painter"
    painter.mkdir()
    apt("install", str(older_deb))
    if installed_version() != make_deb.older_version(make_deb.app_version()):
        raise Failed(f"the older package did not install (dpkg says {installed_version()})")
    write_journal(painter)
    sessions = session_ids(painter)
    before = snapshot(data_folder(painter))
    if len(sessions) != 2 or not any(name.startswith("backups/") for name in before):
        raise Failed(f"the older version left {sessions} and {sorted(before)}")

    writer = scratch / "writer"
    (data_folder(writer)).mkdir(parents=True, mode=0o700)
    revisions = check_bundle.old_journal(data_folder(writer) / "kindling.sqlite3")

    apt("install", str(newer_deb))
    version = make_deb.app_version()
    marker = (Path("/") / make_deb.INSTALL_DIR / "package-version").read_text().strip()
    if installed_version() != version or marker != version:
        raise Failed(f"the upgrade left version {installed_version()}, files of {marker}")
    after = snapshot(data_folder(painter))
    lost = {name for name in before if after.get(name) != before[name]}
    if lost:
        raise Failed(f"upgrading the package changed or lost {sorted(lost)}")
    if session_ids(painter) != sessions:
        raise Failed("the sessions differ after the upgrade")
    say(
        f"upgrade {make_deb.older_version(version)} -> {version} kept both sessions, the settings and the backup ({len(before)} files, byte for byte)"
    )

    if revisions is not None:
        older_revision, head = revisions
        kindling(writer, "--self-test")
        now, moments = check_bundle.journal_state(data_folder(writer) / "kindling.sqlite3")
        if (now, moments) != (head, 1) or not any((data_folder(writer) / "backups").iterdir()):
            raise Failed(
                f"the journal from schema {older_revision} is at {now} with {moments} moments"
            )
        say(f"a journal from schema {older_revision} was backed up and upgraded to {head}")
    return {"painter": painter, "writer": writer}


def median_starts(programs: list[Path], home: Path, rounds: int = 5) -> list[float]:
    """Median --self-test wall time of each program, their rounds taken in turn, so a slow
    spell of this shared machine falls on all of them alike."""
    times: list[list[float]] = [[] for _ in programs]
    for _ in range(rounds):
        for program, measured in zip(programs, times, strict=True):
            started = time.monotonic()
            kindling(home, "--self-test", program=program)
            measured.append(time.monotonic() - started)
    return [statistics.median(measured) for measured in times]


def desktop_exec() -> list[str]:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    words = shlex.split(entry["Desktop Entry"]["Exec"])
    return [word for word in words if not word.startswith("%")]


def check_desktop_launch(home: Path) -> None:
    """The menu's command opens a visible Kindling window on a real X server."""
    command = desktop_exec()
    with check_bundle.xvfb() as display:
        env = person_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env["PATH"] = "/usr/bin:/bin"
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            found = run(
                [
                    "xdotool",
                    "search",
                    "--sync",
                    "--onlyvisible",
                    "--pid",
                    str(app.pid),
                    "--name",
                    "Kindling",
                ],
                env={**os.environ, "DISPLAY": display},
            )
            window = found.stdout.split()[0] if found.stdout.split() else ""
            info = run(["xwininfo", "-id", window], env={**os.environ, "DISPLAY": display}).stdout
            if "Map State: IsViewable" not in info:
                raise Failed(
                    f"`{' '.join(command)}` from the desktop entry showed no window:\n{info}"
                )
            title = next((line for line in info.splitlines() if "xwininfo: Window id" in line), "")
            say(f"the desktop entry's Exec ({' '.join(command)}) shows its window: {title.strip()}")
        finally:
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def check_removal(homes: list[Path]) -> None:
    before = {home: snapshot(data_folder(home)) for home in homes}
    apt("remove", make_deb.PACKAGE)
    if INSTALLED.exists() or installed_version() is not None:
        raise Failed("removing the package left /usr/bin/kindling")
    purged = apt("purge", make_deb.PACKAGE)
    if "nothing there was touched" not in purged:
        raise Failed(f"purge did not say the journals are kept:\n{purged}")
    for home in homes:
        if snapshot(data_folder(home)) != before[home]:
            raise Failed(f"removing the package changed {data_folder(home)}")
    say(
        f"remove and purge left {sum(len(s) for s in before.values())} files in {len(homes)} data folders untouched; purge said so"
    )


def check(bundle: Path) -> None:
    version = make_deb.app_version()
    started = time.monotonic()
    newer = make_deb.build_deb(bundle, DIST, version)
    built = time.monotonic() - started
    older = make_deb.build_deb(
        bundle, DIST / "previous", make_deb.older_version(version), compression="none"
    )
    bundle_mb = check_bundle.size_mb(bundle)
    say(
        f"{newer.name}: {newer.stat().st_size / 1e6:.1f} MB (bundle {bundle_mb:.1f} MB), packed in {built:.0f} s"
    )
    with tempfile.TemporaryDirectory(prefix="kindling-deb-") as temporary:
        scratch = Path(temporary)
        check_package_contents(newer, scratch)
        check_lintian(newer)
        if os.geteuid() != 0 or shutil.which("apt-get") is None:
            raise Failed(
                "installing needs root on Debian or Ubuntu (CI runs as root); "
                "the package is built and checked"
            )
        if installed_version() is not None:
            apt("purge", make_deb.PACKAGE)
        try:
            homes = check_upgrade(older, newer, scratch)
            painter = homes["painter"]
            assert isinstance(painter, Path)
            printed = kindling(painter, "--version").strip()
            if version not in printed:
                raise Failed(f"/usr/bin/kindling --version printed {printed!r}")
            report = kindling(painter, "--self-test").strip().splitlines()[-1]
            if "all well" not in report:
                raise Failed(f"/usr/bin/kindling --self-test: {report}")
            say(f"/usr/bin/kindling --version: {printed}; --self-test: {report}")
            timer_home = scratch / "timer"
            timer_home.mkdir()
            installed, bundled = median_starts([INSTALLED, bundle / "kindling"], timer_home)
            say(
                f"--self-test start, median of 5 taken in turn: /usr/bin/kindling {installed:.2f} s, bundle {bundled:.2f} s ({installed / bundled:.2f}x)"
            )
            check_desktop_launch(scratch / "launcher")
            writer = homes["writer"]
            assert isinstance(writer, Path)
            check_removal([painter, writer, scratch / "launcher"])
        finally:
            if installed_version() is not None:
                apt("purge", make_deb.PACKAGE)


def main() -> int:
    if not (BUNDLE / "kindling").exists():
        say(f"there is no bundle at {BUNDLE}: run packaging/check_bundle.py first")
        return 1
    try:
        check(BUNDLE)
    except (Failed, debian_depends.UnresolvedLibrary) as failure:
        say(str(failure))
        return 1
    say(
        "the package installs, upgrades keeping every journal, starts, and leaves journals when removed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
