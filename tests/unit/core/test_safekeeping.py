"""The retention policy: the newest few, then one per week for about two months."""

from datetime import UTC, datetime, timedelta

from kindling.core.safekeeping import backups_to_keep

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_a_few_backups_are_all_kept():
    made = [NOW - timedelta(hours=h) for h in range(5)]
    assert backups_to_keep(made, NOW) == set(made)


def test_daily_backups_over_four_months_keep_the_last_seven_and_one_per_week():
    made = [NOW - timedelta(days=d, minutes=1) for d in range(120)]
    keep = backups_to_keep(made, NOW, keep_last=7, weeks=8)
    newest_seven = set(sorted(made, reverse=True)[:7])
    assert newest_seven <= keep
    assert 7 + 6 <= len(keep) <= 7 + 8
    gaps = [b - a for a, b in zip(sorted(keep), sorted(keep)[1:], strict=False)]
    assert max(gaps) <= timedelta(days=7)  # no week without a backup
    assert min(keep) > NOW - timedelta(weeks=9)


def test_many_backups_in_one_day_keep_only_the_newest_seven():
    made = [NOW - timedelta(minutes=m) for m in range(50)]
    assert backups_to_keep(made, NOW) == set(made[:7])


def test_pruning_after_every_backup_still_keeps_one_per_week():
    """The policy is applied after each backup, so what it keeps must not drift away."""
    kept: set[datetime] = set()
    now = NOW
    for _ in range(90):
        now += timedelta(days=1)
        kept = backups_to_keep(kept | {now}, now)
    assert len(kept) >= 7 + 6  # a week or two overlap the newest seven
    assert min(kept) <= now - timedelta(weeks=6)  # eight calendar weeks, this one included
