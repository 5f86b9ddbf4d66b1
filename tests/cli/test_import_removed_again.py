"""A folder imported again and again (a nightly job over an inbox): a page whose release was removed
is skipped, never made again, unless --force (a new user's trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.inbox_pages import ids, make_inbox
from tests.conftest import second_process


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_inbox(tmp_path, monkeypatch)


def test_a_page_whose_release_was_removed_is_skipped_unless_forced(run, inbox: Path):  # noqa: ANN001
    rid = {r["id"] for r in run("import", str(inbox), "--json").json()}.pop()
    [entry] = run("remove", rid, "--json").json()
    again = run("import", str(inbox), "--json")
    assert again.code == 0, again.err
    assert ids(run) == []
    said = [line for line in again.err.splitlines() if "nl.txt" in line]
    assert len(said) == 1 and f"imported before, into {rid}, removed on " in said[0]
    assert f"press-reader remove --restore {entry['name']}" in said[0] and "--force imports" in said[0]
    assert all(r["skipped"] and not r["written"] for r in again.json())
    dry = run("import", str(inbox / "nl.txt"), "--dry-run")
    assert dry.code == 0 and "removed on" in dry.err and ids(run) == []
    forced = run("import", str(inbox / "nl.txt"), "--force")
    assert forced.code == 0 and f"remove --restore {entry['name']}" in forced.err, forced.err
    assert len(ids(run)) == 1  # made again, as asked


def test_twin_a_page_removed_in_another_process_is_not_made_again(run, inbox: Path):  # noqa: ANN001
    rid = {r["id"] for r in run("import", str(inbox), "--json").json()}.pop()
    assert "Traceback" not in second_process("remove", rid)
    again = run("import", str(inbox))
    assert again.code == 0 and "removed on" in again.err and ids(run) == []
    said = second_process("import", str(inbox))
    assert "removed on" in said and ids(run) == []
