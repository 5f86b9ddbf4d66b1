"""Releases another program adds, said once under the search box, added up (trial Y: during another
process's import, 'The library changed on disk: N new.' came back as a toast every few seconds and
covered the reader's headline at 80x24)."""

from __future__ import annotations

import pytest

from reader.tui.messages import LibraryChanged
from reader.tui.widgets import library_status
from reader.tui.widgets.library_status import LibraryStatus
from tests.tui.conftest import wait_for_workers


async def test_changes_on_disk_are_one_line_added_up_and_no_toast(app, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(library_status, "NEWS_SECONDS", 1.0, raising=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        status = app.screen.query_one(LibraryStatus)
        for added, changed in ((2, 0), (3, 1), (1, 0)):  # three polls during another program's import
            status.post_message(LibraryChanged(total=1, added=added, changed=changed, removed=0))
            await pilot.pause(0.1)
            await wait_for_workers(pilot)
        assert not [n.message for n in app._notifications]  # nothing over the screen
        line = str(status.render())
        assert "on disk: 6 new, 1 changed" in line, line
        for _ in range(40):  # the news goes once the changes stop
            await pilot.pause(0.1)
            if "on disk" not in str(status.render()):
                break
        assert "on disk" not in str(status.render())
        assert "of 1 releases" in str(status.render()) or "1 of 1" in str(status.render())
