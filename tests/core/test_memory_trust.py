"""The memory trusts what the TMX export trusts (trial D, F1): a person's edit still to do that a check
flags is no memory unit, until a reviewer passes it as ok. The rule is one function for both. Written
for these tests, in the shape of a short communiqué."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reader.core.review.store import ReviewStore, pair_key
from reader.core.review.trust import memory_of
from reader.core.settings import Settings

RID = "2025-04-02-parkeerregeling"
NL = ["De parkeerregeling geldt niet op zondag.", "De gemeente plaatst nieuwe borden aan het station."]
FR = ["Le règlement de stationnement s'applique le dimanche.", "La commune place de nouveaux panneaux à la gare."]


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    folder = root / RID
    folder.mkdir(parents=True)
    fr = {"provenance": "post-edited", "engine": "argos-translate", "source": "nl:0123456789abcdef", "editors": ["T"]}
    meta = {
        "id": RID,
        "date": "2025-04-02",
        "issuer": "Stad Voorbeeld",
        "original_language": "nl",
        "titles": {"nl": "Parkeren", "fr": "Stationnement"},
        "languages": {"nl": {"provenance": "official"}, "fr": fr},
    }
    (folder / "release.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    (folder / "nl.md").write_text("\n\n".join(NL) + "\n", encoding="utf-8")
    (folder / "fr.md").write_text("\n\n".join(FR) + "\n", encoding="utf-8")
    settings = Settings.under(tmp_path)
    reviews = ReviewStore(RID, "nl", "fr", settings.reviews_of(root))
    for nl, fr_text in zip(NL, FR, strict=True):  # both rows the person's edits, left to do
        reviews.set(pair_key(nl, fr_text), edited=True)
    return root


def _remembered(tmp_path: Path, root: Path) -> dict[str, str]:
    store = memory_of(root, Settings.under(tmp_path))
    store.update()
    return {p.source: p.target for p in store.all_pairs("nl", "fr")}


def test_an_edit_a_check_flags_is_no_memory_unit_until_a_reviewer_passes_it(tmp_path: Path):
    root = _library(tmp_path)
    kept = _remembered(tmp_path, root)
    assert NL[0] not in kept  # the negation lost: the check flags it, nobody passed it
    assert kept[NL[1]] == FR[1]  # the other edit, unflagged, is a unit
    ReviewStore(RID, "nl", "fr", Settings.under(tmp_path).reviews_of(root)).set(pair_key(NL[0], FR[0]), status="ok")
    assert _remembered(tmp_path, root)[NL[0]] == FR[0]  # the reviewer's ok: a unit again


def test_the_memory_and_the_tmx_export_go_by_one_rule():
    from reader.core.review import export
    from reader.core.review_states import reuse_state

    assert export.reuse_state is reuse_state
    assert reuse_state("todo", ["warning"]) == "flagged" and reuse_state("", ["info"]) == "todo"
    assert reuse_state("ok", ["error"]) == "ok"


@pytest.mark.parametrize("other", ["memory", "ok"])
def test_twin_a_second_process_builds_the_memory_or_passes_the_edit_at_once(tmp_path: Path, monkeypatch, other):  # noqa: ANN001
    """Two `memory` runs at once, or one beside a reviewer's ok: the flagged edit stays out unless the
    ok was set, once the memory is brought up to date after both."""
    from tests.two_writers import twice

    root = _library(tmp_path)
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PRESS_READER_CACHE_DIR", str(tmp_path / "cache"))
    build = ["--library", str(root), "memory"]
    passing = ["--library", str(root), "review", RID, "--source", "nl", "--target", "fr", "--no-mt"]
    passing += ["--segment", "2", "--set", "ok"]  # segment 1 is the headline
    codes = twice(build, build if other == "memory" else passing)
    assert all(code in (0, 1) for code in codes), codes
    kept = _remembered(tmp_path, root)
    assert kept[NL[1]] == FR[1]
    assert (NL[0] in kept) is (other == "ok")
