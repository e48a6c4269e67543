"""A non-editable install of the built wheel finds its resources and runs a session."""

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_installed_wheel_carries_its_resources(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = wheels.glob("kindling-*.whl")
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
