"""Checks for `kindling --self-test` that this build of Qt can draw what Kindling shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader

ICON_SIZE = 64


def qt_problems(icon_svg: Path, expected_platform: str | None = None) -> list[str]:
    """What is missing from Qt here: the SVG plugins, or the platform asked for."""
    problems = []
    formats = {bytes(f.data()).decode("ascii") for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        problems.append("Qt cannot read SVG images here (the imageformats/qsvg plugin is missing)")
    if not svg_renders(icon_svg):
        problems.append(f"the icon {icon_svg.name} does not draw (the SVG icon engine is missing)")
    platform = QGuiApplication.platformName()
    if expected_platform and platform != expected_platform:
        problems.append(f"Qt runs on the {platform!r} platform, not {expected_platform!r}")
    return problems


def svg_renders(path: Path) -> bool:
    """Whether the SVG at ``path`` draws as an icon with something visible in its middle."""
    icon = QIcon(str(path))
    image = icon.pixmap(QSize(ICON_SIZE, ICON_SIZE)).toImage()
    if image.isNull() or image.width() < ICON_SIZE:
        return False
    return image.pixelColor(ICON_SIZE // 2, ICON_SIZE // 2).alpha() > 0
