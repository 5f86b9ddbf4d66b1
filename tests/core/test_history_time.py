"""A revision's time: ISO in UTC for scripts, the machine's local time for a person."""

import datetime as dt
from pathlib import Path

from reader.core.history import Revision


def test_a_revision_reads_in_local_time_for_people_and_iso_for_scripts(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Brussels")
    import time

    time.tzset()
    try:
        revision = Revision("fr", "20261130T043112000000Z", Path("x"), "an", "typo", "Titre", {})
        assert revision.when == "2026-11-30T04:31:12+00:00"
        assert revision.local_time == "Mon 30 Nov 2026 05:31:12"  # Brussels is an hour ahead in winter
        assert revision.moment == dt.datetime(2026, 11, 30, 4, 31, 12, tzinfo=dt.UTC)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
