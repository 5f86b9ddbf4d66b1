"""A fuzzy match's date is carried over whole, written the target's way, or not at all; the
suggestion then says to look at it (trial D, F2: 'le 13 mai 2024' became 'le 2 mai 2026' for 'op 2
april 2026'). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reader.core.memory.lookup import fuzzy, match_score
from reader.core.memory.store import MemoryStore

OLD_NL = "De nieuwe fietsenstalling aan het station opent op 13 mei 2024."
OLD_FR = "Le nouveau parking à vélos de la gare ouvre le 13 mai 2024."


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ("De nieuwe fietsenstalling aan het station opent op 2 april 2026.", "ouvre le 2 avril 2026."),
        ("De nieuwe fietsenstalling aan het station opent op 1 juli 2026.", "ouvre le 1er juillet 2026."),
        ("De nieuwe fietsenstalling aan het station opent op 13 mei 2024.", "ouvre le 13 mai 2024."),
    ],
)
def test_a_date_is_carried_whole_in_the_target_language(new: str, expected: str):
    assert match_score(new, OLD_NL, OLD_FR)[1].endswith(expected)


def test_a_date_the_rendering_writes_otherwise_is_not_carried_in_part():
    target = match_score(
        "Het loket opent op 2 april 2026.", "Het loket opent op 13 mei 2024.", "Ouverture le 13/05/2024."
    )
    assert target[1] == "Ouverture le 13/05/2024."  # offered as it was, never '2/05/2026'


def _library(root: Path) -> None:
    folder = root / "2024-05-01-fietsenstalling"
    folder.mkdir(parents=True)
    meta = {
        "id": folder.name,
        "date": "2024-05-01",
        "issuer": "Stad Voorbeeld",
        "original_language": "nl",
        "titles": {"nl": "Fietsenstalling", "fr": "Parking à vélos"},
        "languages": {"nl": {"provenance": "official"}, "fr": {"provenance": "official"}},
    }
    (folder / "release.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    (folder / "nl.md").write_text(OLD_NL + "\n", encoding="utf-8")
    (folder / "fr.md").write_text(OLD_FR + "\n", encoding="utf-8")


def _suggested(store: MemoryStore) -> dict[str, object]:
    found = fuzzy(store, "De nieuwe fietsenstalling aan het station opent op 2 april 2026.", "nl", "fr")
    return found[0].to_json()


def test_the_suggestion_carrying_a_date_says_to_look_at_it(tmp_path: Path):
    _library(tmp_path / "lib")
    store = MemoryStore(tmp_path / "lib", tmp_path / "cache")
    store.update()
    top = _suggested(store)
    assert top["target"] == "Le nouveau parking à vélos de la gare ouvre le 2 avril 2026."
    assert top["look"] == "a date carried over: check it"


def test_twin_two_processes_build_the_memory_at_once_and_the_date_is_carried_whole(tmp_path: Path, monkeypatch):  # noqa: ANN001
    from reader.core.settings import Settings
    from tests.two_writers import twice

    _library(tmp_path / "lib")
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PRESS_READER_CACHE_DIR", str(tmp_path / "cache"))
    assert twice(["--library", str(tmp_path / "lib"), "memory"]) == [0, 0]
    store = MemoryStore.of(tmp_path / "lib", Settings.under(tmp_path))
    assert store.built() and _suggested(store)["target"].endswith("le 2 avril 2026.")  # type: ignore[union-attr]
