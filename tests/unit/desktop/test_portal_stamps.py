"""Portal press times: a missing or non-increasing one is unknown (stamped by Kindling)."""

from kindling.desktop.hotkey.debounce import Debouncer, PortalStamps


def test_increasing_times_are_kept():
    stamps = PortalStamps()
    assert [stamps.stamp(t) for t in (1000, 1010, 2000)] == [1000, 1010, 2000]


def test_zero_and_repeated_or_earlier_times_are_unknown():
    stamps = PortalStamps()
    assert [stamps.stamp(t) for t in (0, 0, 5000, 5000, 4000)] == [None, None, 5000, None, None]


def test_presses_all_stamped_0_would_count_once_without_it():
    debouncer = Debouncer()
    assert [debouncer.accept(0) for _ in range(3)] == [True, False, False]
