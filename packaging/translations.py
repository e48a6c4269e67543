"""Refreshes Kindling's translations: `python packaging/translations.py [update] [release]`.

update  runs pyside6-lupdate over src/kindling into resources/translations/kindling_*.ts
        (new strings arrive as unfinished; strings no longer used are dropped) and fills
        the English plural forms ("%n minute(s)" → "%n minute" / "%n minutes").
release runs pyside6-lrelease: each .ts becomes the .qm shipped in the wheel and bundle.
With no argument, does both.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "kindling"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's bin or Scripts folder)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def ts_path(language: str) -> Path:
    return FOLDER / f"kindling_{language}.ts"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-extensions",
                "py",
                "-locations",
                "none",  # no line numbers: a moved line must not churn every .ts
                "-no-obsolete",
                "-target-language",
                language,
                str(SOURCES),
                "-ts",
                str(ts_path(language)),
            ],
            check=True,
        )
    fill_english_plurals(ts_path("en"))


def english_forms(source: str) -> tuple[str, str]:
    """ "%n minute(s)" → ("%n minute", "%n minutes"); "(es)" and "(ies)"/"y" are handled too."""
    singular = re.sub(r"\((?:e?s)\)", "", source)
    singular = re.sub(r"(\w)\(ies\)", r"\1y", singular)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    plural = re.sub(r"(\w)\(ies\)", r"\1ies", plural)
    return singular, plural


def fill_english_plurals(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for old in list(translation):
            translation.remove(old)
        translation.text = None
        for form in english_forms(source):
            element = ET.SubElement(translation, "numerusform")
            element.text = form
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release() -> None:
    for language in LANGUAGES:
        source = ts_path(language)
        target = source.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )


def main(argv: list[str]) -> int:
    steps = argv or ["update", "release"]
    for step in steps:
        {"update": update, "release": release}[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
