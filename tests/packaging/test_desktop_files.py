"""The Linux desktop entry, AppStream metainfo and icons: valid, and under one app id."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import kindling

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{kindling.APP_ID}.desktop"
METAINFO = LINUX / f"{kindling.APP_ID}.metainfo.xml"


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_desktop_entry_passes_desktop_file_validate():
    result = run(shutil.which("desktop-file-validate") or "desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_passes_appstreamcli_validate():
    result = run("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_names_the_entry_the_metainfo_and_the_icons():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == kindling.APP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == "kindling"

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == kindling.APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == kindling.__version__

    hicolor = LINUX / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{kindling.APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{kindling.APP_ID}.svg").is_file()


def test_every_committed_icon_is_drawn_from_the_one_svg():
    """Someone who edits resources/icons/kindling.svg must re-run make_icons.py."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
