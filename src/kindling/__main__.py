"""Entry point for `kindling` and `python -m kindling`."""

import sys


def main() -> int:
    """Run the command line; it opens the app when no command is given."""
    from kindling.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
