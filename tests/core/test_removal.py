"""Removing a release keeps it (under .removed/) and brings it back; a writer waiting on it is refused."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest

from reader.core import atomic, removal
from reader.core.errors import LibraryError, WriteFailed
from reader.core.library import Library
from tests.faults.conftest import simple_yaml, write_release

RID = "2025-03-04-havenbezoek"
NOON = dt.datetime(2025, 3, 5, 12, 0, tzinfo=dt.UTC)


def _library(tmp_path: Path) -> tuple[Path, Path]:
    root, reviews = tmp_path / "lib", tmp_path / "reviews"
    write_release(root, RID, simple_yaml(RID, "2025-03-04", "Havenbezoek"), {"nl": "De minister bezoekt de haven.\n"})
    (reviews / RID).mkdir(parents=True)
    (reviews / RID / "nl-fr.json").write_text("{}", encoding="utf-8")
    return root, reviews


def test_a_removed_release_leaves_the_library_whole_and_comes_back(tmp_path: Path):
    root, reviews = _library(tmp_path)
    entry = removal.remove(root, RID, reviews, now=NOON)
    assert entry.name == f"{RID}@20250305T120000Z" and entry.title == "Havenbezoek"
    assert not (root / RID).exists() and (entry.path / "nl.md").is_file()
    assert (reviews / removal.REMOVED / entry.name / "nl-fr.json").is_file() and not (reviews / RID).exists()
    assert RID not in Library.load(root)  # the scan never looks under .removed/
    assert [r.name for r in removal.removed(root)] == [entry.name]

    back = removal.bring_back(root, RID, reviews)  # by its id: removed once
    assert back.path == root / RID and RID in Library.load(root)
    assert (reviews / RID / "nl-fr.json").is_file()
    assert removal.removed(root) == []


def test_removed_twice_the_id_is_ambiguous_and_the_names_are_not(tmp_path: Path):
    root, reviews = _library(tmp_path)
    first = removal.remove(root, RID, reviews, now=NOON)
    write_release(root, RID, simple_yaml(RID, "2025-03-04", "Tweede"), {"nl": "Een andere tekst.\n"})
    second = removal.remove(root, RID, reviews, now=NOON)  # same second: a name of its own
    assert second.name != first.name
    with pytest.raises(LibraryError, match="removed 2 times"):
        removal.bring_back(root, RID, reviews)
    assert removal.bring_back(root, second.name, reviews).title == "Tweede"
    with pytest.raises(LibraryError, match="in the library now"):
        removal.bring_back(root, first.name, reviews)  # the id is taken again: nothing overwritten
    assert first.path.is_dir()


@pytest.mark.parametrize("name", ["../lib", f"{RID}@20250305T120000Z/../..", "", "x@y"])
def test_no_name_given_reaches_outside_the_removed_folder(tmp_path: Path, name: str):
    root, reviews = _library(tmp_path)
    removal.remove(root, RID, reviews, now=NOON)
    with pytest.raises(LibraryError, match="no removed release"):
        removal.bring_back(root, name, reviews)


def test_a_broken_release_can_be_removed(tmp_path: Path):
    root, reviews = _library(tmp_path)
    (root / RID / "release.yaml").write_text("titles: [\n", encoding="utf-8")
    entry = removal.remove(root, RID, reviews, now=NOON)
    assert entry.title == "" and not (root / RID).exists()


def test_unknown_ids_and_links_are_refused(tmp_path: Path):
    root, reviews = _library(tmp_path)
    with pytest.raises(LibraryError, match="no release with id"):
        removal.remove(root, "2025-01-01-nothing", reviews)
    with pytest.raises(LibraryError, match="not a release id"):
        removal.remove(root, "../lib", reviews)
    (root / "elsewhere").symlink_to(tmp_path)
    with pytest.raises(LibraryError, match="symbolic link"):
        removal.remove(root, "elsewhere", reviews)


def test_a_writer_waiting_on_a_release_that_moves_is_refused_and_recreates_nothing(tmp_path: Path):
    root, reviews = _library(tmp_path)
    folder = root / RID
    got: list[BaseException | None] = []

    def waiter() -> None:
        try:
            with atomic.locked(folder):
                got.append(None)
        except WriteFailed as exc:
            got.append(exc)

    with atomic.locked(folder):  # another open of the folder: flock makes the thread wait
        thread = threading.Thread(target=waiter)
        thread.start()
        time.sleep(0.2)
        (root / removal.REMOVED).mkdir()
        folder.rename(root / removal.REMOVED / "moved")
    thread.join(5)
    assert isinstance(got[0], WriteFailed) and "moved or removed" in str(got[0])
    assert not folder.exists()
