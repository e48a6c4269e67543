"""The Windows pipe client's steps, with a stand-in for the Win32 calls (they exist only there).

What is tested is the order and the limits: busy pipes are waited for, a pipe another user
owns is never written to, and connecting and the reply each end in time.
"""

import pytest

from kindling.desktop.ipc_pipe_client import ForeignPipe, PipeBusy, PipeTimeout, exchange


class StandInPipes:
    """Plays the Win32 side: ``busy`` opens fail busy first, then the pipe answers ``reply``."""

    def __init__(self, busy=0, owned=True, exists=True, reply=(b'{"status": "ok"}\n',), frees=True):
        self.busy, self.owned, self.exists, self.frees = busy, owned, exists, frees
        self.reply = list(reply)
        self.written, self.waits, self.closed = [], [], 0

    def open(self, path):
        if not self.exists:
            raise OSError(2, "no pipe")
        if self.busy:
            self.busy -= 1
            raise PipeBusy(231, "busy")
        return "handle"

    def wait(self, path, milliseconds):
        self.waits.append(milliseconds)
        return self.frees

    def owned_by_user(self, handle):
        return self.owned

    def write(self, handle, data):
        self.written.append(data)

    def available(self, handle):
        return len(self.reply[0]) if self.reply and self.reply[0] else 0

    def read(self, handle, size):
        return self.reply.pop(0)

    def close(self, handle):
        self.closed += 1


def test_a_busy_pipe_is_waited_for_then_used():
    pipes = StandInPipes(busy=2)
    assert exchange(pipes, r"\\.\pipe\k", b"critic\n", 2.0, 1.0) == b'{"status": "ok"}\n'
    assert len(pipes.waits) == 2
    assert all(0 < ms <= 2000 for ms in pipes.waits)


def test_a_pipe_that_stays_busy_ends_in_time():
    pipes = StandInPipes(busy=10**6, frees=False)
    with pytest.raises(PipeTimeout):
        exchange(pipes, r"\\.\pipe\k", b"critic\n", 2.0, 1.0)
    assert pipes.written == []


def test_a_pipe_another_user_owns_is_never_written_to():
    pipes = StandInPipes(owned=False)
    with pytest.raises(ForeignPipe):
        exchange(pipes, r"\\.\pipe\k", b'{"note": "private words"}\n', 2.0, 1.0)
    assert pipes.written == []
    assert pipes.closed == 1


def test_no_pipe_means_no_app():
    assert exchange(StandInPipes(exists=False), r"\\.\pipe\k", b"critic\n", 2.0, 1.0) is None


def test_a_reply_in_pieces_is_joined_and_a_silent_app_ends_in_time():
    pieces = StandInPipes(reply=(b'{"status": ', b'"ok"}\n'))
    assert exchange(pieces, r"\\.\pipe\k", b"critic\n", 2.0, 1.0) == b'{"status": "ok"}\n'
    silent = StandInPipes(reply=(b"",))
    with pytest.raises(PipeTimeout):
        exchange(silent, r"\\.\pipe\k", b"critic\n", 2.0, 0.05)
    assert silent.closed == 1
