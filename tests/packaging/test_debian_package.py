"""The .deb recipe: what the package holds, how its Depends is derived, what purge says.

The whole bundle is packed, installed, upgraded and removed by packaging/check_deb.py (CI's
last step); these tests pack a stand-in bundle (a real system executable) in seconds.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kindling

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import debian_depends  # type: ignore[import-not-found]  # noqa: E402
import make_deb  # type: ignore[import-not-found]  # noqa: E402

LDD_OUTPUT = """\
/b/_internal/libQt6Core.so.6:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibicui18n.so.73 => /b/_internal/libicui18n.so.73 (0x00007f01)
\tlibglib-2.0.so.0 => /lib/x86_64-linux-gnu/libglib-2.0.so.0 (0x00007f02)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f03)
/b/_internal/libQt6XcbQpa.so.6:
\tlibxcb-cursor.so.0 => not found
"""


def test_ldd_output_gives_every_resolved_library_and_every_missing_one():
    resolved, missing = debian_depends.parse_ldd(LDD_OUTPUT)
    assert resolved == {
        "/b/_internal/libicui18n.so.73",
        "/lib/x86_64-linux-gnu/libglib-2.0.so.0",
        "/lib64/ld-linux-x86-64.so.2",
    }
    assert missing == {"libxcb-cursor.so.0"}


def test_dpkg_search_output_names_one_package_per_path_without_its_architecture():
    output = (
        "libglib2.0-0:amd64: /lib/x86_64-linux-gnu/libglib-2.0.so.0\n"
        "diversion by foo from: /usr/bin/bar\n"
        "libc6:amd64, libc6:i386: /usr/share/doc/libc6\n"
    )
    assert debian_depends.parse_dpkg_search(output) == {
        "/lib/x86_64-linux-gnu/libglib-2.0.so.0": "libglib2.0-0",
        "/usr/share/doc/libc6": "libc6",
    }


def test_a_library_is_found_by_dpkg_on_either_side_of_the_usr_merge():
    names = debian_depends.candidate_paths("/lib/x86_64-linux-gnu/libc.so.6")
    assert "/lib/x86_64-linux-gnu/libc.so.6" in names
    assert "/usr/lib/x86_64-linux-gnu/libc.so.6" in names


def system_library(name: str) -> Path:
    for folder in make_deb.SYSTEM_LIBRARY_FOLDERS:
        if Path(folder, name).is_file():
            return Path(folder, name)
    raise AssertionError(f"{name} is not on this system")


@pytest.fixture
def stand_in_bundle(tmp_path):
    """A bundle's shape: an ELF executable named kindling and an _internal library folder."""
    bundle = tmp_path / "bundle"
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    shutil.copy(shutil.which("sqlite3") or "/usr/bin/dpkg-deb", bundle / "kindling")
    return bundle


def test_depends_names_the_packages_owning_what_the_executable_loads(stand_in_bundle):
    packages = debian_depends.depends(stand_in_bundle)
    assert "libc6" in packages
    assert all(":" not in package for package in packages)


def test_a_library_the_system_lacks_is_named_instead_of_guessed(stand_in_bundle):
    plugin = stand_in_bundle / "_internal" / "libplugin.so"
    shutil.copy(system_library("libz.so.1"), plugin)
    subprocess.run(
        ["patchelf", "--add-needed", "libkindling-missing.so.9", str(plugin)], check=True
    )
    with pytest.raises(debian_depends.UnresolvedLibrary, match=r"libkindling-missing\.so\.9"):
        debian_depends.system_libraries(stand_in_bundle)


def test_only_exact_copies_of_debian_libraries_leave_the_bundle(stand_in_bundle):
    internal = stand_in_bundle / "_internal"
    shutil.copy(system_library("libz.so.1"), internal / "libz.so.1")
    changed = system_library("libexpat.so.1").read_bytes() + b"\0"
    (internal / "libexpat.so.1").write_bytes(changed)
    shutil.copy(system_library("libz.so.1"), internal / "libpython3.11.so.1.0")
    removed = make_deb.unbundle_system_libraries(stand_in_bundle)
    assert removed == ["libz.so.1"]
    assert (internal / "libexpat.so.1").exists()
    assert (internal / "libpython3.11.so.1.0").exists()


@pytest.fixture
def stand_in_deb(stand_in_bundle, tmp_path):
    return make_deb.build_deb(stand_in_bundle, tmp_path / "out", "0.1.0", compression="none")


def test_the_package_installs_the_program_the_menu_entry_the_metainfo_and_the_icons(stand_in_deb):
    assert stand_in_deb.name == "kindling_0.1.0_amd64.deb"
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(stand_in_deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "./usr/bin/kindling -> ../lib/kindling/kindling" in listing
    for path in (
        "./usr/lib/kindling/kindling",
        f"./usr/share/applications/{kindling.APP_ID}.desktop",
        f"./usr/share/metainfo/{kindling.APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{kindling.APP_ID}.svg",
        f"./usr/share/icons/hicolor/256x256/apps/{kindling.APP_ID}.png",
        "./usr/share/doc/kindling/copyright",
        "./usr/share/doc/kindling/changelog.gz",
        "./usr/share/man/man1/kindling.1.gz",
    ):
        assert path in listing, path
    assert "root/root" in listing
    assert "/home" not in listing


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_control_file_depends_on_what_ldd_found_and_on_the_data_libraries_read(
    stand_in_deb, stand_in_bundle
):
    depends = {part.strip() for part in field(stand_in_deb, "Depends").split(",")}
    assert depends == {*debian_depends.depends(stand_in_bundle), *make_deb.DATA_DEPENDS}
    assert field(stand_in_deb, "Package") == "kindling"
    assert field(stand_in_deb, "Architecture") == "amd64"


def test_the_stand_in_older_version_sorts_before_this_one():
    older = make_deb.older_version("0.1.0")
    compared = subprocess.run(["dpkg", "--compare-versions", older, "lt", "0.1.0"], check=False)
    assert compared.returncode == 0


def postrm(action: str) -> subprocess.CompletedProcess[str]:
    script = ROOT / "packaging" / "debian" / "postrm"
    return subprocess.run(["sh", str(script), action], capture_output=True, text=True, check=False)


def test_purge_says_each_persons_journal_was_left_alone_and_remove_is_silent():
    purge = postrm("purge")
    assert purge.returncode == 0
    assert "journal" in purge.stdout
    assert "nothing there was touched" in purge.stdout
    remove = postrm("remove")
    assert (remove.returncode, remove.stdout) == (0, "")


def test_postrm_never_names_a_command_that_deletes_files():
    text = (ROOT / "packaging" / "debian" / "postrm").read_text()
    assert not any(word in text.split() for word in ("rm", "rmdir", "unlink", "find", "shred"))
