"""What the PyInstaller bundle keeps: Kindling's data and the Qt parts it draws with."""

import ast
import importlib.util
import plistlib
from pathlib import Path, PurePosixPath

import pytest

import kindling

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def recipe():
    # Loaded by path: a top-level "packaging" package would clash with the PyPI one.
    spec = importlib.util.spec_from_file_location(
        "bundle_recipe", ROOT / "packaging" / "bundle_recipe.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resources_and_migration_scripts_go_where_the_code_looks(recipe):
    placed = {
        (Path(source).relative_to(ROOT).as_posix(), target)
        for source, target in recipe.data_files()
    }
    assert ("resources/reframes.json", "kindling/resources") in placed
    assert ("resources/icons/kindling.svg", "kindling/resources/icons") in placed
    migrations = "src/kindling/store/migrations"
    assert (f"{migrations}/env.py", "kindling/store/migrations") in placed
    for script in (ROOT / migrations / "versions").glob("[0-9]*_*.py"):
        assert (
            script.relative_to(ROOT).as_posix(),
            "kindling/store/migrations/versions",
        ) in placed
    assert not any("__pycache__" in source for source, _ in placed)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("platforms/libqxcb.so", True),
        ("platforms/libqoffscreen.so", True),
        ("platforms/libqwayland.so", True),
        ("platforms/qwindows.dll", True),
        ("platforms/libqeglfs.so", False),
        ("platforms/libqvnc.so", False),
        ("imageformats/libqsvg.so", True),
        ("iconengines/libqsvgicon.so", True),
        ("imageformats/libqjpeg.so", False),
        ("platformthemes/libqgtk3.so", False),
        ("platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("egldeviceintegrations/libqeglfs-kms-egldevice-integration.so", False),
        ("tls/libqopensslbackend.so", False),
    ],
)
def test_qt_plugins_kept_are_the_ones_kindling_uses(recipe, name, kept):
    path = str(PurePosixPath("PySide6", "Qt", "plugins", name))
    assert recipe.keep_qt_file(path, set()) is kept


def test_qt_translations_kept_only_for_languages_kindling_speaks(recipe):
    folder = PurePosixPath("PySide6", "Qt", "translations")
    assert recipe.keep_qt_file(str(folder / "qtbase_de.qm"), {"de"})
    assert recipe.keep_qt_file(str(folder / "qt_de.qm"), {"de"})
    assert not recipe.keep_qt_file(str(folder / "qtbase_fr.qm"), {"de"})
    assert not recipe.keep_qt_file(str(folder / "qtmultimedia_de.qm"), {"de"})
    assert recipe.keep_qt_file("PySide6/Qt/lib/libQt6Svg.so.6", set())


def test_shipped_languages_come_from_kindlings_own_catalogues(recipe, tmp_path):
    catalogues = tmp_path / "resources" / "translations"
    catalogues.mkdir(parents=True)
    (catalogues / "kindling_de.qm").write_bytes(b"")
    (catalogues / "kindling_pt_BR.qm").write_bytes(b"")
    assert recipe.shipped_languages(tmp_path) == {"de", "pt_BR", "pt"}


def test_windows_version_resource_carries_the_package_version(recipe):
    text = recipe.windows_version_info(kindling.__version__)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    assert isinstance(tree.body, ast.Call)
    assert tree.body.func.id == "VSVersionInfo"
    assert f"'{kindling.__version__}'" in text
    assert recipe.windows_version_info("1.2.3").count("(1, 2, 3, 0)") == 2


def test_macos_bundle_is_a_dock_app_with_the_one_identifier(recipe):
    keys = recipe.info_plist(kindling.APP_NAME, kindling.__version__, kindling.APP_ID)
    assert keys["CFBundleIdentifier"] == kindling.APP_ID
    assert keys["CFBundleShortVersionString"] == kindling.__version__
    assert keys["NSHighResolutionCapable"] is True
    assert keys["LSUIElement"] is False
    plistlib.loads(plistlib.dumps(keys))
