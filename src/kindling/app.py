"""The composition root of the desktop app: builds every part, wires them, runs the event loop."""

from __future__ import annotations

import logging
import sys

from kindling.desktop.paths import DataPaths

log = logging.getLogger(__name__)


def main(data: DataPaths, self_test: bool = False, debug: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Kindling")
    window.setCentralWidget(QLabel("Welcome to Kindling."))
    window.resize(720, 520)
    window.show()
    if self_test:
        from kindling.store.backup import integrity_ok
        from kindling.store.journal import open_journal

        journal = open_journal(data.database, data.backups)
        ok, _ = integrity_ok(journal.path)
        journal.close()
        QTimer.singleShot(0, app.quit)
        app.exec()
        return 0 if ok else 1
    return int(app.exec())
