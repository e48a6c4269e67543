"""Which folders count as the person's own: every folder the socket relies on is checked."""

import os

from kindling.desktop.ownership import chain_problem, private_folder_problem


def test_a_private_folder_of_your_own_in_a_private_place_is_trusted(tmp_path):
    folder = tmp_path / "sock"
    folder.mkdir(mode=0o700)
    assert private_folder_problem(str(folder)) is None


def test_a_folder_others_can_open_is_not(tmp_path):
    folder = tmp_path / "sock"
    folder.mkdir()
    os.chmod(folder, 0o755)
    assert "can be opened by others" in private_folder_problem(str(folder))


def test_a_link_to_a_private_folder_is_not_trusted(tmp_path):
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(real)
    assert "is a link" in private_folder_problem(str(tmp_path / "link"))


def test_a_folder_inside_one_everyone_can_rename_in_is_not(tmp_path):
    # Someone who can write to the folder above can move yours away and put theirs there.
    above = tmp_path / "open"
    above.mkdir()
    os.chmod(above, 0o777)
    folder = above / "sock"
    folder.mkdir(mode=0o700)
    assert "others can change what is in" in private_folder_problem(str(folder))
    assert "others can change what is in" in chain_problem(str(folder))
    os.chmod(above, 0o1777)  # sticky, like /tmp: only the owner may rename what is theirs
    assert private_folder_problem(str(folder)) is None
