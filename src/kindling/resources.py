"""Finds the shipped runtime data (reframes, breathing patterns, icons)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding Kindling's resources.

    Inside a wheel or a PyInstaller bundle the folder sits beside the package as
    ``kindling/resources``; in a source checkout (editable install, tests) it is the
    top-level ``resources/`` folder.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "resources", package_dir.parent.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "kindling" / "resources")
    for candidate in candidates:
        if (candidate / "reframes.json").is_file():
            return candidate
    raise FileNotFoundError(
        "Kindling's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)


def localized_path(name: str, language: str) -> Path:
    """``reframes.de.json`` for ("reframes.json", "de") when it is shipped, else the original."""
    stem, dot, suffix = name.rpartition(".")
    candidate = resource_path(f"{stem}.{language}{dot}{suffix}")
    return candidate if language != "en" and candidate.is_file() else resource_path(name)
