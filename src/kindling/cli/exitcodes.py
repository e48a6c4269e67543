"""Exit codes shared by every command (DESIGN.md)."""

OK = 0
FAILED = 1
USAGE = 2
NOTHING_TO_DO = 3
