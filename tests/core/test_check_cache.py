"""A release's check kept in the cache: read back as it was made, under a key that changes with
anything the check reads (trial E, finding 10: review redid a 35-50 s check every time it opened)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from reader.core.library import Library
from reader.core.review import check_cache
from reader.core.review.checks import check_release
from reader.core.review_states import HeldPairs
from reader.core.text.glossary import Glossary, default_glossary
from tests.core.test_checks import make_release

NL = (
    "De stad investeert 4,2 miljoen euro in nieuwe fietspaden.\n\n"
    "De werken starten op 3 maart en duren zes maanden.\n\n"
    "Het plan omvat:\n\n- een brug over de vaart\n- verlichting langs de kade\n- twee nieuwe stallingen\n"
)
FR = (
    "La ville investit 4,7 millions d'euros dans de nouvelles pistes cyclables.\n\n"
    "Les travaux commencent le 3 mars et durent six mois.\n\n"
    "Le plan comprend :\n\n- un pont sur le canal\n- deux nouveaux parkings\n"
)
RID = "2025-02-11-fietspaden"


def _release(root: Path, fr: str = FR):  # noqa: ANN202
    make_release(root, RID, NL, fr)
    return Library.load(root).get(RID)


def test_a_kept_report_reads_back_as_it_was_made(tmp_path: Path):
    release = _release(tmp_path / "lib")
    glossary = default_glossary()
    report = check_release(release, "nl", "fr", glossary)
    assert report.flagged  # a figure changed and an item dropped: flags to keep
    key = check_cache.check_key(release, "nl", "fr", glossary, None)
    check_cache.save_report(tmp_path / "cache", key, report)
    kept = check_cache.load_report(tmp_path / "cache", RID, "nl", "fr", key)
    assert kept is not None and kept.to_json() == report.to_json()
    assert [p.key for p in kept.pairs] == [p.key for p in report.pairs]
    assert [(p.target_parts, p.target_block, p.source_block, p.shown) for p in kept.pairs] == [
        (p.target_parts, p.target_block, p.source_block, p.shown) for p in report.pairs
    ]
    assert kept.target_kind == report.target_kind
    assert check_cache.load_report(tmp_path / "cache", RID, "nl", "fr", "another key") is None


def test_the_key_changes_with_what_the_check_reads(tmp_path: Path):
    release = _release(tmp_path / "one")
    glossary = default_glossary()
    key = check_cache.check_key(release, "nl", "fr", glossary, None)
    assert key == check_cache.check_key(_release(tmp_path / "two"), "nl", "fr", default_glossary(), None)
    edited = _release(tmp_path / "three", FR.replace("4,7", "4,2"))
    assert check_cache.check_key(edited, "nl", "fr", glossary, None) != key
    assert check_cache.check_key(release, "fr", "nl", glossary, None) != key
    other = Glossary({"nl": {"fietspad": ["piste cyclable"]}})
    assert check_cache.check_key(release, "nl", "fr", other, None) != key
    held = HeldPairs(frozenset({"0123456789abcdef"}))
    assert check_cache.check_key(release, "nl", "fr", glossary, held.keys) != key


def test_a_damaged_file_is_a_miss(tmp_path: Path):
    release = _release(tmp_path / "lib")
    key = check_cache.check_key(release, "nl", "fr", None, None)
    check_cache.save_report(tmp_path / "cache", key, check_release(release, "nl", "fr"))
    (kept,) = (tmp_path / "cache").iterdir()
    kept.write_text(kept.read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert check_cache.load_report(tmp_path / "cache", RID, "nl", "fr", key) is None


def _save(folder: Path, key: str, report, barrier) -> None:  # noqa: ANN001
    barrier.wait()
    for _ in range(5):
        check_cache.save_report(folder, key, report)


def test_twin_two_processes_keeping_the_same_report_at_once_leave_one_whole_file(tmp_path: Path):
    release = _release(tmp_path / "lib")
    report = check_release(release, "nl", "fr")
    key = check_cache.check_key(release, "nl", "fr", None, None)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    workers = [ctx.Process(target=_save, args=(tmp_path / "cache", key, report, barrier)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    kept = check_cache.load_report(tmp_path / "cache", RID, "nl", "fr", key)
    assert kept is not None and kept.to_json() == report.to_json()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"{RID}.nl-fr.json"]  # no temporary file left
