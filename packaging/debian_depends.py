"""The Debian packages a built bundle needs: every system library its ELF files load, by owner.

    python3 packaging/debian_depends.py [dist/kindling]    # prints the Depends line

Each ELF file in the bundle is run through ``ldd`` with the bundle's own library folder on
``LD_LIBRARY_PATH`` (as PyInstaller's bootloader sets it at run time), so a library the bundle
carries resolves to its copy and only what it takes from the system is left. ``dpkg -S`` names
the package owning each of those files. Standard library only.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ELF_MAGIC = b"\x7fELF"
# "libfoo.so.1 => /lib/x86_64-linux-gnu/libfoo.so.1 (0x...)" or "/lib64/ld-linux-x86-64.so.2 (0x...)"
_RESOLVED = re.compile(r"^\s*(?:(\S+)\s+=>\s+)?(/\S+)\s+\(0x[0-9a-f]+\)\s*$")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


class UnresolvedLibrary(Exception):
    """A library the bundle needs is on neither the bundle nor this system."""


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file in the bundle (executables and shared libraries), symlinks left out."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) == ELF_MAGIC:
                found.append(path)
    return found


def parse_ldd(output: str) -> tuple[set[str], set[str]]:
    """(paths of the libraries ``ldd`` resolved, names it could not find) from its output."""
    resolved: set[str] = set()
    missing: set[str] = set()
    for line in output.splitlines():
        if match := _NOT_FOUND.match(line):
            missing.add(match.group(1))
        elif match := _RESOLVED.match(line):
            resolved.add(match.group(2))
    return resolved, missing


def library_folders(bundle: Path) -> list[Path]:
    """The folders the bootloader puts first on the library path: _internal, or the top."""
    internal = bundle / "_internal"
    return [internal if internal.is_dir() else bundle]


def system_libraries(bundle: Path) -> set[str]:
    """Absolute paths of the libraries outside the bundle that its ELF files load."""
    bundle = bundle.resolve()
    env = {
        **os.environ,
        "LD_LIBRARY_PATH": os.pathsep.join(str(p) for p in library_folders(bundle)),
        "LC_ALL": "C",
    }
    resolved: set[str] = set()
    missing: set[str] = set()
    files = elf_files(bundle)
    for batch in _batches(files, 200):
        done = subprocess.run(
            ["ldd", *map(str, batch)], capture_output=True, text=True, env=env, check=False
        )
        found, lost = parse_ldd(done.stdout)
        resolved |= found
        missing |= lost
    if missing:
        raise UnresolvedLibrary(
            "the bundle needs libraries this computer does not have: " + ", ".join(sorted(missing))
        )
    return {path for path in resolved if not _is_inside(Path(path), bundle)}


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def _batches(items: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def candidate_paths(path: str) -> list[str]:
    """The names dpkg may know a library by: as given, resolved, and across the /usr merge."""
    names = [path, os.path.realpath(path)]
    for name in list(names):
        if name.startswith("/usr/"):
            names.append(name[len("/usr") :])
        else:
            names.append("/usr" + name)
    return list(dict.fromkeys(names))


def parse_dpkg_search(output: str) -> dict[str, str]:
    """{path: package} from ``dpkg -S`` output ("libfoo1:amd64: /usr/lib/.../libfoo.so.1")."""
    owners: dict[str, str] = {}
    for line in output.splitlines():
        packages, sep, path = line.partition(": ")
        if not sep or packages.startswith("diversion "):
            continue
        first = packages.split(",")[0].strip()
        owners[path.strip()] = first.split(":")[0]
    return owners


def owning_packages(libraries: Iterable[str]) -> dict[str, str]:
    """{library path: the Debian package that owns it}; UnresolvedLibrary if one has none."""
    wanted = {library: candidate_paths(library) for library in sorted(libraries)}
    every_name = sorted({name for names in wanted.values() for name in names})
    done = subprocess.run(
        ["dpkg", "-S", *every_name],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
        check=False,
    )
    owners = parse_dpkg_search(done.stdout)
    result: dict[str, str] = {}
    for library, names in wanted.items():
        owner = next((owners[name] for name in names if name in owners), None)
        if owner is None:
            raise UnresolvedLibrary(f"no Debian package owns {library}")
        result[library] = owner
    return result


def depends(bundle: Path) -> list[str]:
    """The sorted package names of the Depends field for this bundle."""
    return sorted(set(owning_packages(system_libraries(bundle)).values()))


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "kindling"
    try:
        print(", ".join(depends(bundle)))
    except UnresolvedLibrary as problem:
        print(f"debian_depends: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
