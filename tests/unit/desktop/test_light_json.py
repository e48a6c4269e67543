"""Kindling's light JSON (IPC messages, the settings file): the json package's text, read back exactly."""

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindling.desktop import light_json

# What a message can hold: strings (any code point a person can type), ints, booleans, None,
# and dicts/lists of those.
scalars = (
    st.text(alphabet=st.characters(exclude_categories=["Cs"]))
    | st.integers()
    | st.booleans()
    | st.none()
)
messages = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(messages)
def test_written_exactly_as_the_json_package_writes_and_read_back(value):
    text = light_json.dumps(value)
    assert text == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert light_json.loads(text) == value
    assert light_json.loads(json.dumps(value, indent=2)) == value  # whitespace anywhere is fine


@pytest.mark.parametrize(
    "text", ["", "{", '{"a":1} {}', "NaN", '{"a":Infinity}', "[1,]", "'single'", '"\\x"']
)
def test_anything_but_one_json_document_is_refused(text):
    with pytest.raises(ValueError):  # noqa: PT011 (json.loads raises ValueError subclasses too)
        light_json.loads(text)


def test_floats_are_written_as_json_writes_them():
    assert light_json.dumps({"seconds": 1.5}) == '{"seconds":1.5}'
    assert light_json.loads('{"seconds":1.5e3}') == {"seconds": 1500.0}


def test_the_forwarding_command_loads_neither_json_nor_socket_nor_enum():
    code = (
        "import sys\n"
        "from kindling.desktop import ipc_client, ipc_protocol\n"
        "ipc_protocol.decode(ipc_protocol.request('critic', note='x'))\n"
        "print(','.join(sorted(m for m in ('json', 'socket', 're', 'enum') if m in sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
