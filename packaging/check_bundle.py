#!/usr/bin/env python3
"""Builds the Linux bundle and proves it starts: CI's last step (run by bootstrap.py test).

    .venv/bin/python packaging/check_bundle.py              # build dist/kindling, then check it
    .venv/bin/python packaging/check_bundle.py --no-build   # check the bundle already there

The checks run the bundle's own ``--self-test`` (window up, Qt plugins, SVG icon, journal,
migration scripts): offscreen on a new journal, again on the journal it made, on a journal
from an older schema that it must upgrade without losing anything, and on a real X server
(Xvfb) through the xcb platform plugin. Any failure exits 1.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kindling.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "kindling" / ("kindling.exe" if os.name == "nt" else "kindling")
TIMEOUT = 120


def say(message: str) -> None:
    print(f"[bundle] {message}", flush=True)


def build() -> float:
    """Runs PyInstaller on the spec; the seconds it took."""
    started = time.monotonic()
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pyinstaller")),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.monotonic() - started


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KINDLING_", "PYTHON"))}
    env.update(extra)
    return env


def self_test(data_dir: Path, **env: str) -> str:
    """Runs the bundle's --self-test; its report, or SystemExit with what went wrong."""
    done = subprocess.run(
        [str(BUNDLE), "--self-test", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"the bundle's self-test failed (exit {done.returncode}):\n{done.stdout}{done.stderr}"
        )
    report = done.stdout.strip().splitlines()
    return report[-1] if report else ""


def expect(report: str, *needles: str) -> None:
    for needle in needles:
        if needle not in report:
            raise SystemExit(f"the self-test report lacks {needle!r}: {report}")


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server for as long as the block runs; yields its DISPLAY."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announcement:
            number = announcement.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def old_journal(path: Path) -> tuple[str, str] | None:
    """A journal one schema behind, holding one critic moment, made by the development install.

    Returns (its revision, the newest), or None while there is only one schema.
    """
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from alembic import command\n"
        "from kindling.companion import Companion\n"
        "from kindling.core.reframes import ReframeLibrary\n"
        "from kindling.resources import resource_path\n"
        "from kindling.store import migrate\n"
        "from kindling.store.journal import open_journal\n"
        "revisions = sorted(migrate.known_revisions())\n"
        "if len(revisions) < 2:\n"
        "    sys.exit(0)\n"
        "journal = open_journal(Path(sys.argv[1]))\n"
        "library = ReframeLibrary.from_file(resource_path('reframes.json'))\n"
        "companion = Companion(journal.store, library)\n"
        "companion.start('painting', None)\n"
        "companion.notice_critic(None)\n"
        "with journal.engine.begin() as connection:\n"
        "    command.downgrade(migrate.alembic_config(connection), revisions[-2])\n"
        "journal.close()\n"
        "print(revisions[-2], revisions[-1])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(),
    )
    older_and_head = done.stdout.split()
    return (older_and_head[0], older_and_head[1]) if older_and_head else None


def journal_state(path: Path) -> tuple[str, int]:
    """(schema revision, number of critic moments) of a journal, read directly."""
    with sqlite3.connect(path) as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        (moments,) = db.execute("SELECT count(*) FROM moments").fetchone()
    return str(revision), int(moments)


def check() -> None:
    with tempfile.TemporaryDirectory(prefix="kindling-bundle-") as temporary:
        scratch = Path(temporary)
        fresh = scratch / "fresh"
        expect(self_test(fresh, QT_QPA_PLATFORM="offscreen"), "platform offscreen", "all well")
        say("self-test passes offscreen on a new journal")
        expect(self_test(fresh, QT_QPA_PLATFORM="offscreen"), "all well")
        say("self-test passes again on the journal it made")

        older = scratch / "older"
        older.mkdir(mode=0o700)
        revisions = old_journal(older / "kindling.sqlite3")
        if revisions is None:
            say("only one journal schema so far: no older journal to upgrade")
        else:
            revision, head = revisions
            expect(self_test(older, QT_QPA_PLATFORM="offscreen"), "all well")
            now, moments = journal_state(older / "kindling.sqlite3")
            if now != head or moments != 1:
                raise SystemExit(
                    f"upgrading a journal from {revision} left it at {now} with {moments} moments"
                )
            if not any((older / "backups").iterdir()):
                raise SystemExit("the journal was upgraded without a backup first")
            say(f"upgrades a journal from schema {revision} to {head}, keeping its moments")

        with xvfb() as display:
            report = self_test(fresh, QT_QPA_PLATFORM="xcb", DISPLAY=display)
        expect(report, "platform xcb", "all well")
        say("self-test passes on X11 (Xvfb, xcb)")


def size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="check the existing bundle")
    args = parser.parse_args(argv)
    if not args.no_build:
        say("building dist/kindling with PyInstaller")
        try:
            seconds = build()
        except subprocess.CalledProcessError:
            say("PyInstaller could not build the bundle")
            return 1
        say(f"built in {seconds:.0f} s")
    if not BUNDLE.exists():
        say(f"there is no bundle at {BUNDLE}")
        return 1
    say(f"bundle size: {size_mb(BUNDLE.parent):.1f} MB")
    try:
        check()
    except SystemExit as failure:
        say(str(failure))
        return 1
    say("the bundle starts and has everything it needs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
