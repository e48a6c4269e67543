"""What goes into Kindling's PyInstaller bundle and what stays out; used by kindling.spec.

Kept apart from the spec so that the benchmark's bare Qt bundle is slimmed by exactly the same
rules, and so that the tests can check the rules without building anything.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

# A TOC entry as PyInstaller's Analysis lists it: (name inside the bundle, source path, kind).
Entry = tuple[str, str, str]

# Python packages nothing in Kindling imports, but which hooks or optional imports drag in.
EXCLUDED_MODULES = [
    "PIL",  # only packaging/make_icons.py uses Pillow, at build time
    # Mako would colour template errors with it; 340 modules in the archive, whose index is
    # read at every start, for an error page Kindling never shows.
    "pygments",
    "tkinter",
    "_tkinter",
    "pydoc",
    "doctest",
    "unittest",
    "lib2to3",
    "xmlrpc",
    "ssl",  # no network, ever
    "_ssl",
    # Only concurrent.futures' process pool would use it, and nothing here does; kept in, its
    # runtime hook would import it (with socket, pickle and subprocess) at every start.
    "multiprocessing",
    "sqlalchemy.testing",
    "sqlalchemy.ext.asyncio",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtPdf",
    "PySide6.QtWebEngineCore",
]

# Options for PyInstaller's Analysis that are about how Python code is packed, not about what
# Kindling needs: kindling.spec and the benchmark's bare Qt bundle both use them, so the two
# bundles compared start the same way.
ANALYSIS_OPTIONS: dict[str, object] = {
    # Measured both ways: plain .pyc files beside the executable (noarchive=True) started no
    # faster than the PYZ archive here, and make a bundle of many more files.
    "noarchive": False,
    "optimize": 0,  # 1 or 2 would drop asserts and docstrings that argparse's help relies on
}

# Qt plugins by folder: which files to keep ("*" keeps the folder whole; a folder not listed
# is left out). Platforms: xcb and wayland for people, offscreen for CI's self-test, and the
# native ones on Windows and macOS. Image formats: only SVG (PNG is built into QtGui); the app
# icon and every symbol Kindling draws are SVG.
QT_PLUGINS_KEPT: dict[str, Sequence[str]] = {
    "platforms": ["*qxcb*", "*qoffscreen*", "*qwayland*", "*qwindows*", "*qcocoa*"],
    "xcbglintegrations": ["*"],
    "platforminputcontexts": ["*"],  # compose key and input methods: people type intentions
    "platformthemes": ["*xdgdesktopportal*"],  # not gtk3: it pulls in ~25 MB of GTK
    "iconengines": ["*svg*"],
    "imageformats": ["*svg*"],
    "styles": ["*"],  # Windows and macOS native styles; empty on Linux
    "wayland-shell-integration": ["*xdg-shell*"],
    "wayland-decoration-client": ["*"],
    "wayland-graphics-integration-client": ["*wayland-egl*"],
}

QT_PREFIX = PurePosixPath("PySide6", "Qt")
QT_PLUGINS = QT_PREFIX / "plugins"
QT_TRANSLATIONS = QT_PREFIX / "translations"


def app_metadata() -> tuple[str, str, str]:
    """(name, version, app id), read from the package itself."""
    sys.path.insert(0, str(SRC))
    import kindling

    return kindling.APP_NAME, kindling.__version__, kindling.APP_ID


def shipped_languages(root: Path = ROOT) -> set[str]:
    """Languages Kindling has its own translations for (resources/translations/*_LANG.qm)."""
    folder = root / "resources" / "translations"
    languages = set()
    for catalog in folder.glob("*.qm"):
        language = catalog.stem.split("_", 1)[-1]
        languages.add(language)
        languages.add(language.split("_", 1)[0])
    return languages


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, folder inside the bundle) for Kindling's runtime data.

    The resources land at ``kindling/resources`` (where kindling.resources looks inside a
    bundle). The Alembic scripts are loaded by path, so they go in as plain files beside
    where ``kindling.store.migrate`` thinks its module lives.
    """
    pairs: list[tuple[str, str]] = []
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and _wanted_data(path) and path.suffix != ".ts":
            target = PurePosixPath(
                "kindling", "resources", *path.parent.relative_to(resources).parts
            )
            pairs.append((str(path), str(target)))
    migrations = root / "src" / "kindling" / "store" / "migrations"
    for path in sorted(migrations.rglob("*.py")):
        if _wanted_data(path):
            target = PurePosixPath(
                "kindling", "store", "migrations", *path.parent.relative_to(migrations).parts
            )
            pairs.append((str(path), str(target)))
    return pairs


def _wanted_data(path: Path) -> bool:
    return "__pycache__" not in path.parts and not path.name.startswith(".")


def keep_qt_file(name: str, languages: Iterable[str]) -> bool:
    """Whether one Qt plugin or translation (by its path inside the bundle) is wanted."""
    path = PurePosixPath(name.replace(os.sep, "/"))
    if _is_below(path, QT_PLUGINS):
        kind = path.relative_to(QT_PLUGINS).parts[0]
        patterns = QT_PLUGINS_KEPT.get(kind, [])
        return any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns)
    if _is_below(path, QT_TRANSLATIONS):
        # Qt's own strings (buttons of standard dialogs, context menus) for the languages
        # Kindling speaks; "qt_LANG" is the catalogue that loads "qtbase_LANG".
        stem = path.stem
        catalogue, _, language = stem.partition("_")
        return catalogue in {"qt", "qtbase"} and language in set(languages)
    return True


def _is_below(path: PurePosixPath, folder: PurePosixPath) -> bool:
    return path.parts[: len(folder.parts)] == folder.parts and len(path.parts) > len(folder.parts)


def slim(
    binaries: list[Entry], datas: list[Entry], languages: Iterable[str]
) -> tuple[list[Entry], list[Entry]]:
    """The Analysis' binaries and datas without unused Qt parts and what only they needed."""
    languages = set(languages)
    kept_binaries = [entry for entry in binaries if keep_qt_file(entry[0], languages)]
    kept_binaries = _without_orphans(kept_binaries, dropped=len(binaries) - len(kept_binaries))
    kept_datas = [entry for entry in datas if keep_qt_file(entry[0], languages)]
    # PyInstaller links top-level names to Qt's libraries; a link to a dropped one would dangle.
    present = {_posix(name) for name, _, _ in (*kept_binaries, *kept_datas)}
    kept_datas = [
        entry
        for entry in kept_datas
        if entry[2] != "SYMLINK" or _link_target(entry[0], entry[1]) in present
    ]
    return kept_binaries, kept_datas


def _posix(name: str) -> str:
    return name.replace(os.sep, "/")


def _link_target(name: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(_posix(name)), _posix(target)))


def _without_orphans(binaries: list[Entry], dropped: int) -> list[Entry]:
    """Drops shared libraries that nothing kept links to any more (GTK after its plugin).

    Roots are everything PyInstaller collected for its own sake: Python extension modules,
    Qt plugins, the Python library. Plain shared libraries stay only while a root reaches them.
    """
    if not dropped:
        return binaries
    from PyInstaller.depend import bindepend

    by_basename = {PurePosixPath(name.replace(os.sep, "/")).name: name for name, _, _ in binaries}
    sources = {name: source for name, source, _ in binaries}
    roots = [name for name, source, kind in binaries if _is_root(name, kind)]
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in reached:
            continue
        reached.add(name)
        for imported, resolved in bindepend.get_imports(sources[name]):
            for candidate in (imported, resolved):
                if candidate is None:
                    continue
                basename = PurePosixPath(str(candidate).replace(os.sep, "/")).name
                target = by_basename.get(basename)
                if target is not None and target not in reached:
                    pending.append(target)
    return [entry for entry in binaries if entry[0] in reached]


def _is_root(name: str, kind: str) -> bool:
    path = PurePosixPath(name.replace(os.sep, "/"))
    return (
        kind == "EXTENSION"
        or _is_below(path, QT_PLUGINS)
        or path.name.startswith(("libpython", "python3", "Python"))
    )


def info_plist(name: str, version: str, app_id: str) -> dict[str, object]:
    """The macOS Info.plist keys beyond PyInstaller's defaults.

    LSUIElement stays False: Kindling has a real main window (start page, history) that
    people reach from the Dock and Cmd-Tab; an agent app without a Dock icon would hide it.
    The session bar keeps itself on top by its window flags instead.
    """
    return {
        "CFBundleName": name,
        "CFBundleDisplayName": name,
        "CFBundleIdentifier": app_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "13.0",
        "LSUIElement": False,
        "LSMultipleInstancesProhibited": True,  # one Kindling; a second launch raises the first
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow dark mode
        "NSSupportsAutomaticGraphicsSwitching": True,  # never wake the discrete GPU for us
        "NSHumanReadableCopyright": "The Kindling developers, MIT licence",
    }


def windows_version_info(version: str, template: Path | None = None) -> str:
    """The Windows version resource, from packaging/windows/version_info.txt."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    source = template or ROOT / "packaging" / "windows" / "version_info.txt"
    return source.read_text(encoding="utf-8").format(
        version=version, version_tuple=", ".join(str(n) for n in numbers)
    )
