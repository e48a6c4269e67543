"""Entry point for `kindling` and `python -m kindling`."""

import sys


def main() -> int:
    """Run the command line; it opens the app when no command is given."""
    # The fast path first: `kindling critic` with an app running needs nothing heavier than
    # a socket, so it returns before argparse, logging, Qt or SQLAlchemy are imported.
    from kindling.core.startup_trace import mark

    mark("kindling's entry point")
    from kindling.cli import FORWARDED, run

    argv = sys.argv[1:]
    if any(word in FORWARDED for word in argv):  # a plain launch skips the socket client
        from kindling.cli.forward import try_fast

        forwarded = try_fast(argv)
        if forwarded is not None:
            return forwarded
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
