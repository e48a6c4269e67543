"""Shared fixtures: a private data folder, a real journal on disk, a stepping clock."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindling.companion import Companion
from kindling.core.reframes import ReframeLibrary
from kindling.desktop.paths import DataPaths
from kindling.resources import resource_path
from kindling.store.journal import Journal, open_journal
from tests.fakes import SteppingClock


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the real user data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("KINDLING_DATA_DIR", raising=False)
    # Run on a Wayland desktop, the suite would pick the portal over the test's X display.
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "kindling-data").ensure()


@pytest.fixture
def journal(data_paths: DataPaths) -> Iterator[Journal]:
    opened = open_journal(data_paths.database, data_paths.backups)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def library() -> ReframeLibrary:
    return ReframeLibrary.from_file(resource_path("reframes.json"))


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def companion(journal: Journal, library: ReframeLibrary, clock: SteppingClock) -> Companion:
    return Companion(journal.store, library, clock=clock, rng=random.Random(7))


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
