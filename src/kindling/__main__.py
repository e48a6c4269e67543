"""Entry point for `kindling` and `python -m kindling`."""

import sys


def main() -> int:
    """Run the command line; it opens the app when no command is given."""
    # The fast path first: `kindling critic` with an app running needs nothing heavier than
    # a socket, so it returns before argparse, logging, Qt or SQLAlchemy are imported.
    from kindling.core.startup_trace import mark

    mark("kindling's entry point")
    from kindling.cli.forward import try_fast

    forwarded = try_fast(sys.argv[1:])
    if forwarded is not None:
        return forwarded
    from kindling.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
