#!/usr/bin/env python3
"""Packs the PyInstaller bundle into a Debian package with dpkg-deb (no network).

    python3 packaging/make_deb.py                       # dist/kindling -> dist/kindling_<v>_amd64.deb
    python3 packaging/make_deb.py --version 0.1.0~old   # the same bundle under another version

The package holds the bundle in /usr/lib/kindling, /usr/bin/kindling (a symlink to it), the
desktop entry, the AppStream metainfo, the hicolor icons, a manual page and the copyright.
Its Depends is derived from the bundle itself (packaging/debian_depends.py). It has no
maintainer script but postrm, which only speaks on purge: installing starts nothing, and
nothing ever touches a person's data folder. Standard library only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import debian_depends  # noqa: E402

PACKAGE = "kindling"
ARCHITECTURE = "amd64"
APP_ID = "org.kindling.Kindling"
MAINTAINER = "The Kindling developers <maintainers@kindling.invalid>"
INSTALL_DIR = Path("usr/lib/kindling")
LINUX = HERE / "linux"
DEBIAN = HERE / "debian"
SYSTEM_LIBRARY_FOLDERS = ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu"]
KEPT_LIBRARIES = ("libpython", "libQt6", "libpyside6", "libshiboken6", "libicu")
# Data, not libraries, so ldd cannot find them, that libraries the bundle carries read from
# the system: fontconfig's /etc/fonts/fonts.conf (without it Qt finds no font at all) and
# xkbcommon's keyboard layouts (without them no key is understood).
DATA_DEPENDS = ["fontconfig-config", "xkb-data"]
# A font for Qt to draw text with: a desktop has many; a bare container would show nothing.
RECOMMENDS = ["fonts-dejavu-core"]
# gzip: xz packs 124 MB into 39 MB but took 3.5 minutes of CI's two cores; gzip -6 gives 53 MB
# in ~20 s, and every dpkg reads it. "none" is for the test's stand-in older package.
COMPRESSION = "gzip"
DESCRIPTION = """\
calm companion for when your inner critic gets loud
 Kindling sits beside your painting or writing program. Before you begin, it
 walks you through a short grounding warm-up: slow breathing, calling to mind
 the kindest and wisest version of yourself, and an intention for the session.
 .
 When your inner critic shows up, tap a hotkey (Ctrl+Alt+K) or the "Critic
 noticed" button: Kindling notes the moment and offers a few kind words,
 without pulling you away from your work. Afterwards it shows how the session
 went, and keeps a history you can browse.
 .
 Everything stays on your computer; Kindling never connects to the internet.
 Each person's journal lives in their own data folder (~/.local/share/Kindling)
 and is kept when the package is removed or purged."""


def say(message: str) -> None:
    print(f"[deb] {message}", flush=True)


def app_version() -> str:
    text = (ROOT / "src" / "kindling" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/kindling/__init__.py")
    return match.group(1)


def older_version(version: str) -> str:
    """The same version a step lower ("0.1.0~previous" sorts before "0.1.0" in dpkg)."""
    return f"{version}~previous"


def release_date() -> datetime:
    """The newest release's date in the metainfo: a fixed time, so builds are repeatable."""
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    match = re.search(r'<release version="[^"]+" date="(\d{4}-\d{2}-\d{2})"', text)
    day = match.group(1) if match else "2026-01-01"
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def control_text(version: str, depends: list[str], installed_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {ARCHITECTURE}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: graphics\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def changelog_text(version: str, when: datetime) -> str:
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * Kindling {version}, packed from its PyInstaller bundle.\n\n"
        f" -- {MAINTAINER}  {format_datetime(when)}\n"
    )


def write_gzip(path: Path, data: bytes, when: datetime) -> None:
    """gzip -9n: no name and a fixed time inside, as Debian wants for documentation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=int(when.timestamp())
        ) as packed,
    ):
        packed.write(data)


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lays out the package's files under root, with Debian's permissions."""
    when = release_date()
    target = root / INSTALL_DIR
    shutil.copytree(bundle, target, symlinks=True)
    unbundled = unbundle_system_libraries(target)
    stripped = strip_build_machine_runpaths(target)
    say(f"{len(unbundled)} libraries taken from Debian instead, {stripped} RUNPATHs dropped")
    depends = sorted({*debian_depends.depends(target), *DATA_DEPENDS})
    (target / "package-version").write_text(version + "\n", encoding="utf-8")
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/kindling").symlink_to(Path("../lib/kindling/kindling"))
    share = root / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy(DEBIAN / "copyright", doc / "copyright")
    write_gzip(doc / "changelog.gz", changelog_text(version, when).encode(), when)
    write_gzip(share / "man/man1/kindling.1.gz", (DEBIAN / "kindling.1").read_bytes(), when)
    overrides = DEBIAN / "lintian-overrides"
    if overrides.exists():
        (share / "lintian/overrides").mkdir(parents=True)
        shutil.copy(overrides, share / "lintian/overrides" / PACKAGE)
    normalise_permissions(root)

    control = root / "DEBIAN"
    control.mkdir()
    shutil.copy(DEBIAN / "postrm", control / "postrm")
    os.chmod(control / "postrm", 0o755)
    (control / "md5sums").write_text(md5sums(root), encoding="utf-8")
    installed_kb = (tree_bytes(root) + 1023) // 1024
    (control / "control").write_text(control_text(version, depends, installed_kb), encoding="utf-8")
    for name in ("md5sums", "control"):
        os.chmod(control / name, 0o644)
    for path in (root, *root.rglob("*")):
        if not path.is_symlink():
            os.utime(path, (when.timestamp(), when.timestamp()))


def unbundle_system_libraries(target: Path) -> list[str]:
    """Removes the bundle's copies of libraries that are, byte for byte, a Debian package's.

    PyInstaller copies every library the program loads, system ones too, so that a bundle runs
    on other distributions. A Debian package takes them from the system instead: they get
    security updates, and Depends names them. Only exact copies go; libpython (built apart
    from Debian's) and Qt's own libraries always stay.
    """
    removed = []
    for folder in debian_depends.library_folders(target):
        for path in sorted(folder.glob("*.so*")):
            if path.is_symlink() or not path.is_file() or path.name.startswith(KEPT_LIBRARIES):
                continue
            system = next(
                (
                    Path(d, path.name)
                    for d in SYSTEM_LIBRARY_FOLDERS
                    if Path(d, path.name).is_file()
                ),
                None,
            )
            if system is not None and system.read_bytes() == path.read_bytes():
                path.unlink()
                removed.append(path.name)
    return removed


def strip_build_machine_runpaths(target: Path) -> int:
    """Drops RUNPATHs that name the build machine's Python (lintian: custom-library-search-path).

    The bootloader puts the bundle's own folder on the library path, so they were never needed.
    """
    stripped = 0
    for path in debian_depends.elf_files(target):
        done = subprocess.run(
            ["patchelf", "--print-rpath", str(path)], capture_output=True, text=True, check=False
        )
        paths = [p for p in done.stdout.strip().split(":") if p]
        if done.returncode == 0 and any(not p.startswith("$ORIGIN") for p in paths):
            kept = ":".join(p for p in paths if p.startswith("$ORIGIN"))
            command = ["--set-rpath", kept] if kept else ["--remove-rpath"]
            subprocess.run(["patchelf", *command, str(path)], check=True)
            stripped += 1
    return stripped


def normalise_permissions(root: Path) -> None:
    """Folders 0755; executables and shared libraries 0755; every other file 0644."""
    for path in (root, *root.rglob("*")):
        if path.is_symlink():
            continue
        if path.is_dir() or _is_executable(path):
            os.chmod(path, 0o755)
        else:
            os.chmod(path, 0o644)


def _is_executable(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(4)
    if head != debian_depends.ELF_MAGIC:
        return False
    # Shared libraries are not run by hand; Debian wants them 0644 (lintian:
    # shared-library-is-executable), executables and Python extension modules likewise.
    return ".so" not in path.name


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and not path.is_symlink()
            and "DEBIAN" not in path.relative_to(root).parts
        ):
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def build_deb(
    bundle: Path, out_dir: Path, version: str | None = None, compression: str = COMPRESSION
) -> Path:
    """Makes kindling_<version>_amd64.deb from the bundle in out_dir; its path."""
    version = version or app_version()
    if not (bundle / "kindling").is_file():
        raise SystemExit(
            f"there is no bundle at {bundle}: build it first (packaging/check_bundle.py)"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{ARCHITECTURE}.deb"
    with tempfile.TemporaryDirectory(prefix="kindling-deb-") as scratch:
        root = Path(scratch) / "root"
        stage(bundle, root, version)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kindling")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", help="the package's version (default: Kindling's)")
    parser.add_argument(
        "--compression", default=COMPRESSION, choices=["gzip", "xz", "zstd", "none"]
    )
    args = parser.parse_args(argv)
    try:
        deb = build_deb(args.bundle, args.out, args.version, args.compression)
    except debian_depends.UnresolvedLibrary as problem:
        say(str(problem))
        return 1
    say(f"made {deb} ({deb.stat().st_size / 1_000_000:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
