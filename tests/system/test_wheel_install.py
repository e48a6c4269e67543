"""The built wheel: installed plainly or with pipx, it finds its resources and starts."""

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

import kindling

ROOT = Path(__file__).resolve().parents[2]


PIP_WHEEL = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]


def build_wheel(folder: Path) -> Path:
    subprocess.run(
        [*PIP_WHEEL, "-w", str(folder), str(ROOT)],
        check=True,
    )
    (wheel,) = folder.glob("kindling-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel built from this checkout, once for the module."""
    return build_wheel(tmp_path_factory.mktemp("wheels"))


def test_installed_wheel_carries_its_resources(tmp_path, wheel):
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The project's own dependencies, without its editable kindling (a .pth in a .pth'd
    # folder is not processed, so the editable finder stays off).
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, str(wheel)],
        check=True,
    )
    env = {**os.environ, "KINDLING_DATA_DIR": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)
    code = (
        "import kindling, kindling.resources as r, sys\n"
        "print(kindling.__file__)\n"
        "print(r.resources_dir())\n"
        "from kindling.cli import run\n"
        "sys.exit(run(['start', '--no-warmup']) or run(['critic']) or run(['end']))\n"
    )
    result = subprocess.run(
        [str(python), "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module_file, resources, *rest = result.stdout.splitlines()
    assert module_file.startswith(site)
    assert resources == str(Path(site) / "kindling" / "resources")
    assert (Path(resources) / "reframes.json").is_file()
    assert (Path(site) / "kindling" / "store" / "migrations" / "versions").is_dir()
    assert any("noticed the critic once" in line for line in rest)


def test_wheel_metadata_says_what_a_package_index_shows(wheel):
    import zipfile
    from email.parser import Parser

    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(name).decode())
        entry_points = archive.read(name.replace("METADATA", "entry_points.txt")).decode()
    classifiers = metadata.get_all("Classifier") or []
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert "## Install" in metadata.get_payload()
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["License-Expression"] == "MIT" or metadata["License"] == "MIT"
    assert {"Operating System :: POSIX :: Linux", "Natural Language :: German"} <= set(classifiers)
    assert any(c.startswith("Environment :: X11 Applications") for c in classifiers)
    assert "kindling = kindling.__main__:main" in entry_points


@pytest.fixture(scope="module")
def pipx_install(tmp_path_factory, wheel):
    """`pipx install <wheel>` into a temporary home, as a person would run it."""
    scratch = tmp_path_factory.mktemp("pipx")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("KINDLING_", "PYTHON", "VIRTUAL"))
    }
    env.update(
        HOME=str(scratch / "home"),
        PIPX_HOME=str(scratch / "pipx"),
        PIPX_BIN_DIR=str(scratch / "bin"),
        PIPX_MAN_DIR=str(scratch / "man"),
    )
    subprocess.run(
        [sys.executable, "-m", "pipx", "install", str(wheel)],
        env=env,
        check=True,
        capture_output=True,
        timeout=900,
    )
    return scratch / "bin" / "kindling", env


def test_pipx_install_gives_a_kindling_that_starts(pipx_install, tmp_path):
    program, env = pipx_install
    version = subprocess.run(
        [str(program), "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"Kindling {kindling.__version__}"
    test = subprocess.run(
        [str(program), "--self-test", "--data-dir", str(tmp_path / "data")],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert test.returncode == 0, test.stdout + test.stderr
    assert "all well" in test.stdout
    assert (tmp_path / "data" / "kindling.sqlite3").is_file()


def test_missing_x11_libraries_are_named_with_the_packages_to_install(pipx_install, tmp_path):
    """A library Qt's xcb plugin needs, unloadable here (a broken copy first on the path)."""
    program, env = pipx_install
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "libxcb-cursor.so.0").write_text("not a library")
    display = os.environ["DISPLAY"]  # pytest-xvfb's virtual screen
    done = subprocess.run(
        [str(program), "--data-dir", str(tmp_path / "data")],
        env={
            **env,
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "LD_LIBRARY_PATH": str(broken),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "libxcb-cursor.so.0" in done.stderr
    assert "sudo apt-get install libxcb-cursor0\n" in done.stderr
    assert not (tmp_path / "data" / "kindling.sqlite3").exists()
