#!/usr/bin/env python3
"""Renders every platform's icon from the one source, resources/icons/kindling.svg.

    .venv/bin/python packaging/make_icons.py           # write the icons under packaging/
    .venv/bin/python packaging/make_icons.py --check   # exit 1 if a committed icon is stale

Qt's own SVG renderer draws the PNGs (the same renderer the app uses for its window icon);
Pillow packs them into the Windows .ico and the macOS .icns.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "kindling.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "kindling.ico"
ICNS = ROOT / "packaging" / "macos" / "kindling.icns"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
# Renderers may differ by a rounding step between Qt releases; a real change to the drawing
# moves many pixels by far more than this.
TOLERANCE = 6


def app_id() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from kindling import APP_ID

    return APP_ID


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_all(out_root: Path) -> list[Path]:
    """Writes every icon below ``out_root`` (laid out like the repository root)."""
    from PIL import Image

    written: list[Path] = []
    rendered = {size: render_png(size) for size in {*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    name = app_id()
    for size in HICOLOR_SIZES:
        target = _under(out_root, HICOLOR) / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(rendered[size])
        written.append(target)
    scalable = _under(out_root, HICOLOR) / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)

    largest = Image.open(io.BytesIO(rendered[max(ICO_SIZES)]))
    ico = _under(out_root, ICO)
    ico.parent.mkdir(parents=True, exist_ok=True)
    # Pillow downsamples the largest image for each entry; hand it the crisp renders instead.
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(io.BytesIO(rendered[s])) for s in ICO_SIZES[:-1]],
    )
    written.append(ico)

    icns = _under(out_root, ICNS)
    icns.parent.mkdir(parents=True, exist_ok=True)
    Image.open(io.BytesIO(rendered[max(ICNS_SIZES)])).save(
        icns,
        format="ICNS",
        append_images=[Image.open(io.BytesIO(rendered[s])) for s in ICNS_SIZES[:-1]],
    )
    written.append(icns)
    return written


def _under(out_root: Path, path: Path) -> Path:
    return out_root / path.relative_to(ROOT)


def stale(fresh_root: Path) -> list[str]:
    """Committed icons that are missing or differ visibly from a fresh render."""
    problems = []
    for fresh in sorted(p for p in fresh_root.rglob("*") if p.is_file()):
        committed = ROOT / fresh.relative_to(fresh_root)
        if not committed.is_file():
            problems.append(f"missing: {committed.relative_to(ROOT)}")
            continue
        if fresh.suffix == ".svg":
            same = fresh.read_bytes() == committed.read_bytes()
        else:
            same = _images_match(fresh, committed)
        if not same:
            problems.append(f"out of date: {committed.relative_to(ROOT)}")
    return problems


def _images_match(a: Path, b: Path) -> bool:
    """Same sizes inside (for .ico/.icns), and the largest image drawn the same."""
    from PIL import Image, ImageChops

    with Image.open(a) as first, Image.open(b) as second:
        if first.info.get("sizes") != second.info.get("sizes") or first.size != second.size:
            return False
        difference = ImageChops.difference(first.convert("RGBA"), second.convert("RGBA"))
        return max(high for _low, high in difference.getextrema()) <= TOLERANCE


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with what is committed")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.check:
        for path in write_all(ROOT):
            print(path.relative_to(ROOT))
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        write_all(Path(temporary))
        problems = stale(Path(temporary))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("Run packaging/make_icons.py and commit the icons.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
