"""Whether a folder Kindling relies on is the person's own: owned by them, not writable by others.

Standard library only, and nothing slow to import: the socket folder is checked on the light
forwarding path too. On Windows (no POSIX owners or modes here) every check passes; access
there is governed by the per-user profile folders and ACLs.
"""

from __future__ import annotations

import os
import stat
import sys

# `typing` costs milliseconds on the light forwarding path; mypy reads this name specially.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator


def _my_uid() -> int | None:
    getuid = getattr(os, "getuid", None)
    return None if getuid is None else int(getuid())


def group_is_only_mine(gid: int) -> bool:
    """True for a user-private group (the usual ``umask 002`` desktops): no one else is in it.

    A folder writable by such a group is writable by its owner alone.
    """
    uid = _my_uid()
    if uid is None:
        return True
    try:
        import grp
        import pwd

        me = pwd.getpwuid(uid)
        group = grp.getgrgid(gid)
    except (ImportError, KeyError):
        return False
    if gid != me.pw_gid or any(member != me.pw_name for member in group.gr_mem):
        return False
    # Someone else whose primary group this is would share it too.
    return not any(user.pw_gid == gid and user.pw_uid != uid for user in pwd.getpwall())


def others_can_write(info: os.stat_result) -> bool:
    """Someone other than the owner may create, rename or remove entries in this folder."""
    mode = stat.S_IMODE(info.st_mode)
    if mode & stat.S_IWOTH:
        return True
    return bool(mode & stat.S_IWGRP) and not group_is_only_mine(info.st_gid)


def others_can_read(info: os.stat_result) -> bool:
    return bool(stat.S_IMODE(info.st_mode) & 0o055)


def foreign_owner(info: os.stat_result) -> bool:
    """Owned by another user (root is trusted for the folders above the person's own)."""
    uid = _my_uid()
    return uid is not None and info.st_uid not in (uid, 0)


def describe_owner(info: os.stat_result) -> str:
    try:
        import pwd

        return f"user {pwd.getpwuid(info.st_uid).pw_name}"
    except (ImportError, KeyError):
        return f"user id {info.st_uid}"


def _ancestors(path: str) -> Iterator[str]:
    """``path``'s folders from just above it up to ``/``, symlinks resolved (what is relied on)."""
    current = os.path.dirname(os.path.realpath(path))
    while True:
        yield current
        parent = os.path.dirname(current)
        if parent == current:
            return
        current = parent


def private_folder_problem(folder: str) -> str | None:  # noqa: PLR0911 - one reason each
    """Why ``folder`` cannot be trusted to hold a private socket, or None if it can.

    The folder itself must be a real folder (not a symlink) owned by this user that no one else
    can enter. Every folder above it must belong to this user or root, and if others can write
    there it must be sticky (like ``/tmp``), so no one else can rename the folder away.
    """
    if sys.platform == "win32":
        return None
    try:
        info = os.lstat(folder)
    except OSError as error:
        return f"{folder} cannot be looked at ({error.strerror})"
    if stat.S_ISLNK(info.st_mode):
        return f"{folder} is a link to somewhere else, not a folder of its own"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != _my_uid():
        return f"{folder} belongs to {describe_owner(info)}, not to you"
    if stat.S_IMODE(info.st_mode) & 0o077:
        return f"{folder} can be opened by others (mode {stat.S_IMODE(info.st_mode):o})"
    return chain_problem(folder)


def chain_problem(path: str) -> str | None:
    """Why a folder above ``path`` lets someone else swap it, or None if none does."""
    if sys.platform == "win32":
        return None
    for above in _ancestors(path):
        try:
            info = os.stat(above)
        except OSError as error:
            return f"{above} cannot be looked at ({error.strerror})"
        if foreign_owner(info):
            return f"{above} belongs to {describe_owner(info)}, not to you"
        if others_can_write(info) and not info.st_mode & stat.S_ISVTX:
            return f"others can change what is in {above} (mode {stat.S_IMODE(info.st_mode):o})"
    return None
