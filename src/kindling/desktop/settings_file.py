"""Keeps the person's settings in ``settings.json`` in the data folder and announces changes."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from kindling.core.events import Event
from kindling.core.settings import Settings
from kindling.desktop import light_json

log = logging.getLogger(__name__)


class SettingsFile:
    """Loads once, saves on every change (atomically, owner-only), tells listeners."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.changed: Event[Settings] = Event("settings_changed")
        self._settings = self._load()

    @property
    def current(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> Settings:
        """Applies and saves the changes at once; raises ValueError for a value out of range."""
        new = self._settings.updated(**changes)
        if new == self._settings:
            return new
        self._settings = new
        self._save()
        self.changed.emit(new)
        return new

    def _load(self) -> Settings:
        try:
            # Read before the first frame: light_json spares the window the json package.
            data = light_json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return Settings()
        return Settings.from_dict(data)

    def _save(self) -> None:
        import json  # for its indented, human-readable file; saving waits for a change

        temporary = self.path.with_name(self.path.name + ".partial")
        try:
            fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._settings.to_dict(), handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except OSError:
            log.exception("could not save settings")
