"""Stops PySide6 from reading the source of every module imported after it."""

from __future__ import annotations

import importlib
import linecache
import logging

log = logging.getLogger(__name__)


def skip_feature_scan() -> bool:
    """Tells PySide6 that no module opts into ``from __feature__ import ...``; True if applied.

    Once QtCore is loaded, PySide6 calls ``inspect.getsource()`` on every module imported
    afterwards, to see whether it asks for ``snake_case`` or ``true_property``. Kindling never
    does, and the scan is not free: for SQLAlchemy alone it costs about 100 ms and 19 MB while
    the journal opens (the same cost is described in napari/napari#8584). A PySide6 without
    this internal hook is left as it is.
    """
    try:
        feature = importlib.import_module("shibokensupport.feature")
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_no_feature)  # noqa: B010 (private, untyped)
    # The modules imported between QtCore and here were scanned already; their source lines
    # stay in linecache (about 0.4 MiB: logging, enum, inspect...) though nothing reads them.
    linecache.clearcache()
    log.debug("PySide6's per-import source scan turned off")
    return True


def _uses_no_feature(_module: object) -> bool:
    return False
