"""Opening the app skips the full parser only for forms it reads exactly as argparse would."""

import pytest

from kindling.cli.parser import build_parser, plain_launch

PLAIN = [
    [],
    ["--debug"],
    ["--self-test"],
    ["--data-dir", "/tmp/x"],
    ["--data-dir=/tmp/x", "--debug"],
    ["--debug", "--data-dir", "a folder with spaces"],
    ["--self-test", "--data-dir", "~/journal", "--debug"],
]
FULL = [
    ["critic"],
    ["--data-dir", "/tmp/x", "history"],
    ["--help"],
    ["--version"],
    ["--data-dir"],
    ["--data-dir", "--debug"],
    ["--data-dir="],
    ["--data-dir", "a", "--data-dir", "b"],
    ["--debug", "--debug"],
    ["--debug=yes"],
    ["--data"],  # argparse's abbreviations are the full parser's business
    ["folder"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_launch_reads_as_the_full_parser_reads_it(argv):
    assert vars(plain_launch(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", FULL)
def test_anything_else_goes_to_the_full_parser(argv):
    assert plain_launch(argv) is None
