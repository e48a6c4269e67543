"""Where the running app listens: one private local socket per user and data folder.

Standard library only, and nothing slow to import: the forwarding command line computes the
address before it has imported anything else.

On Unix the app listens on a socket file in a private folder it owns (mode 0700):
``/run/user/<uid>/kindling/`` when the system keeps such a folder for the user, otherwise
``/tmp/kindling-<uid>/``. The address depends only on the data folder and the user, never on
environment variables (``XDG_RUNTIME_DIR``, ``TMPDIR``): those differ between a desktop terminal
and cron, ssh or sudo, and a command that missed the app would write the journal behind its
back. A full path is what the app listens on, so the light client and
the app agree on it exactly, and so the path stays short (a Unix socket path must fit in 108
bytes; a data folder path might not). On Windows the app listens on the named pipe
``\\\\.\\pipe\\<name>``; pipes are per-session objects and QLocalServer restricts them to the user.
"""

from __future__ import annotations

import os
import stat
import sys

PIPE_PREFIX = "\\\\.\\pipe\\"


def _sha256_hex(data: bytes) -> str:
    # hashlib loads OpenSSL (~10 ms); the builtin module is enough for a name.
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment,unused-ignore]
    return str(sha256(data).hexdigest())


def _user() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else os.environ.get("USERNAME", "user")


def socket_name(data_root: str) -> str:
    """A per-user, per-data-folder name: two data folders mean two independent apps."""
    digest = _sha256_hex(os.path.realpath(data_root).encode("utf-8", "surrogateescape"))[:16]
    return f"kindling-{_user()}-{digest}"


USER_RUNTIME_ROOT = "/run/user"
SHARED_TEMP = "/tmp"  # a private, owner-checked folder is made inside it


def runtime_dir() -> str:
    """The private folder that holds the socket file (Unix only), from the user id alone."""
    user_runtime = os.path.join(USER_RUNTIME_ROOT, _user())
    if _owned_folder(user_runtime):
        return os.path.join(user_runtime, "kindling")
    return os.path.join(SHARED_TEMP, f"kindling-{_user()}")


def _owned_folder(folder: str) -> bool:
    """True when ``folder`` is a real directory owned by this user (the system made it for us)."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    return stat.S_ISDIR(info.st_mode) and (getuid is None or info.st_uid == getuid())


def address(data_root: str) -> str:
    """Where the app listens and the client connects (a socket path on Unix)."""
    if sys.platform == "win32":
        return socket_name(data_root)
    return os.path.join(runtime_dir(), socket_name(data_root))


def client_path(data_root: str) -> str:
    """What the light client opens: the socket file, or the full pipe path on Windows."""
    if sys.platform == "win32":
        return PIPE_PREFIX + socket_name(data_root)
    return address(data_root)


def folder_is_private(folder: str) -> bool:
    """True when ``folder`` is a real directory owned by this user that no one else can enter,
    and no one else can swap it (see :func:`kindling.desktop.ownership.private_folder_problem`).
    """
    from kindling.desktop.ownership import private_folder_problem

    return private_folder_problem(folder) is None


def ensure_runtime_dir() -> str:
    """Creates the socket folder owner-only; raises PermissionError saying why it is not ours."""
    from kindling.desktop.ownership import private_folder_problem

    folder = runtime_dir()
    try:  # noqa: SIM105 (contextlib is a slow import on the light path)
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    problem = private_folder_problem(folder)
    if problem is not None:
        raise PermissionError(problem)
    return folder
