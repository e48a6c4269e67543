"""Someone else's program for the tests: one window with a text field, in its own process.

It prints its X window id, then every change of its text, so a test can tell exactly which
keys reached it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLineEdit


def main() -> int:
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    field.setWindowTitle("Someone else's canvas")
    field.setAccessibleName("Someone else's text field")
    field.resize(420, 60)
    field.textChanged.connect(lambda text: print(f"TEXT {text}", flush=True))
    field.show()
    print(f"WINDOW {int(field.winId())}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
