"""The memory keeps to what reviewers decided and to what a person wrote: a pair marked flagged is
no rendering to offer again, one marked ok is kept and preferred, and of a post-edited version only
the rows a person edited or passed (the others are the machine's). Written for these tests, in the
shape of short communiqués."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from reader.core.memory.store import MemoryStore
from reader.core.review.store import ReviewStore, pair_key

NL = [
    "De dienst opent drie nieuwe loketten in Gent.",
    "Wie wil, kan er ook 's avonds terecht.",
    "De werken starten in mei.",
]
FR = [
    "Le service ouvre trois nouveaux guichets à Gand.",
    "Ceux qui le souhaitent peuvent aussi s'y rendre le soir.",
    "Les travaux commencent en mai.",
]


def _release(root: Path, rid: str, date: str, nl: list[str], fr: list[str], fr_kind: str = "official") -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    fr_meta: dict[str, object] = {"provenance": fr_kind}
    if fr_kind == "post-edited":
        fr_meta |= {"engine": "argos-translate", "source": "nl:0123456789abcdef", "editors": ["Tester"]}
    meta = {
        "id": rid,
        "date": date,
        "issuer": "FOD Voorbeeld",
        "original_language": "nl",
        "titles": {"nl": "Loketten", "fr": "Guichets"},
        "languages": {"nl": {"provenance": "official"}, "fr": fr_meta},
    }
    (folder / "release.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    (folder / "nl.md").write_text("\n\n".join(nl) + "\n", encoding="utf-8")
    (folder / "fr.md").write_text("\n\n".join(fr) + "\n", encoding="utf-8")


def _store(tmp_path: Path) -> MemoryStore:
    return MemoryStore(tmp_path / "lib", tmp_path / "cache", tmp_path / "reviews")


def _remembered(store: MemoryStore) -> set[tuple[str, str]]:
    """The sentence pairs kept (the headlines' pair left aside)."""
    store.update()
    return {(p.source, p.target) for p in store.all_pairs("nl", "fr")} - {("Loketten", "Guichets")}


def test_a_post_edited_version_gives_the_memory_only_what_a_person_edited_or_passed(tmp_path: Path):
    _release(tmp_path / "lib", "2025-03-01-loketten", "2025-03-01", NL, FR, "post-edited")
    reviews = ReviewStore("2025-03-01-loketten", "nl", "fr", tmp_path / "reviews")
    reviews.set(pair_key(NL[0], FR[0]), edited=True)
    reviews.set(pair_key(NL[2], FR[2]), status="ok")
    assert _remembered(_store(tmp_path)) == {(NL[0], FR[0]), (NL[2], FR[2])}


def test_a_pair_marked_flagged_in_either_direction_leaves_the_memory_and_one_marked_ok_is_kept(tmp_path: Path):
    wrong = FR[0].replace("trois", "quatre")  # its figure differs: the figures' rule alone leaves it out
    _release(tmp_path / "lib", "2025-03-01-loketten", "2025-03-01", NL, [wrong, *FR[1:]])
    store = _store(tmp_path)
    assert _remembered(store) == {(NL[1], FR[1]), (NL[2], FR[2])}
    ReviewStore("2025-03-01-loketten", "fr", "nl", tmp_path / "reviews").set(pair_key(FR[1], NL[1]), status="flagged")
    ReviewStore("2025-03-01-loketten", "nl", "fr", tmp_path / "reviews").set(pair_key(NL[0], wrong), status="ok")
    assert _remembered(store) == {(NL[0], wrong), (NL[2], FR[2])}  # a review set since is a change


def test_an_exact_match_prefers_a_reviewed_rendering_to_a_newer_one(tmp_path: Path):
    other = "Le service inaugure trois nouveaux guichets à Gand."
    _release(tmp_path / "lib", "2025-03-01-loketten", "2025-03-01", NL, FR)
    _release(tmp_path / "lib", "2025-06-01-loketten", "2025-06-01", NL, [other, *FR[1:]])
    store = _store(tmp_path)
    store.update()
    assert store.exact([NL[0]], "nl", "fr")[NL[0]].target == other
    ReviewStore("2025-03-01-loketten", "nl", "fr", tmp_path / "reviews").set(pair_key(NL[0], FR[0]), status="ok")
    store.update()
    found = store.exact([NL[0]], "nl", "fr")[NL[0]]
    assert found.target == FR[0] and found.reviewed and found.to_json()["reviewed"] is True


def test_twin_a_state_set_by_another_process_reaches_the_next_update(tmp_path: Path, monkeypatch):  # noqa: ANN001
    """The review is set by a second process (a CLI run beside the TUI): the memory, brought up to
    date after, leaves the flagged pair out."""
    from reader.core.settings import Settings

    root = tmp_path / "lib"
    _release(root, "2025-03-01-loketten", "2025-03-01", NL, FR)
    store = MemoryStore.of(root, Settings.under(tmp_path))
    assert len(_remembered(store)) == 3
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    argv = ["review", "2025-03-01-loketten", "--source", "nl", "--target", "fr", "--no-mt", "--segment", "3"]
    done = subprocess.run([sys.executable, "-m", "reader", *argv, "--set", "flagged"], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    assert (NL[1], FR[1]) not in _remembered(store) and len(_remembered(store)) == 2  # segment 1 is the title
