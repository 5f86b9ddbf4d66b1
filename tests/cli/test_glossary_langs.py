"""glossary add says its languages (trial K: 'glossary add "FPS Economy" "SPF Économie"' kept the
English name as Dutch, and the review's 'same name' dialog wrote an English name with no language):
`--langs en,fr`, a name that reads as another language refused without it, and each equivalent's
language kept in the file, so a name of one language is not taken for another's. Older files, whose
equivalents say no language, are read as before."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from reader.core.review.names import name_findings
from reader.core.text import glossary_file
from reader.core.text.glossary import Glossary


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config" / "glossary.yaml"


def test_an_english_name_given_as_dutch_is_refused_with_the_way_to_say_it(run, user: Path):  # noqa: ANN001
    refused = run("glossary", "add", "FPS Economy", "SPF Économie")
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert "reads as English, not Dutch" in refused.err and "--langs en,fr" in refused.err
    assert not user.exists()
    added = run("glossary", "add", "FPS Economy", "SPF Économie", "--langs", "en,fr", "--json")
    assert added.code == 0 and added.json()["added"] is True and added.json()["langs"] == ["en", "fr"]
    (entry,) = run("glossary", "list", "--json").json()["entries"]
    assert (entry["lang"], entry["term"], entry["languages"]) == ("en", "FPS Economy", ["fr"])
    assert "FPS Economy (en) = SPF Économie (fr)" in run("glossary", "list").out
    assert run("glossary", "add", "a", "b", "--langs", "en,en").code == 2
    assert run("glossary", "remove", "SPF Économie", "FPS Economy").code == 0  # either order, any section
    assert run("glossary", "list", "--json").json()["entries"] == []


def test_a_tagged_english_name_is_not_taken_in_a_dutch_text(user: Path):
    glossary_file.add(user, "Dienst Testwegen", "Test Roads Office", "nl", "en")
    assert "en: Test Roads Office" in user.read_text(encoding="utf-8")
    fr, en = "Le Service Routes d'essai ouvre.", "The Test Roads Office opens."
    glossary_file.add(user, "Service Routes d'essai", "Test Roads Office", "fr", "en")
    glossary = Glossary.load(user)
    assert name_findings(fr, en, fr, en, "fr", "en", glossary) is None  # English in an English text
    nl = "De Test Roads Office gaat open."  # the English name left in a Dutch text
    assert name_findings(fr, nl, fr, nl, "fr", "nl", glossary)


def test_an_older_file_without_languages_reads_as_before(user: Path):
    user.parent.mkdir(parents=True)
    user.write_text("nl:\n  FPS Testzaken: [SPF Affaires d'essai]\n", encoding="utf-8")
    glossary = Glossary.load(user)
    assert glossary.equivalents("fr", "SPF Affaires d'essai") == ["fps testzaken"]
    assert [(e.term, e.equivalents, e.languages) for e in glossary_file.entries(user)] == [
        ("FPS Testzaken", ("SPF Affaires d'essai",), ("",))
    ]
    # said again with its languages: the plain equivalent becomes a tagged one, not a second
    assert glossary_file.add(user, "FPS Testzaken", "SPF Affaires d'essai", "nl", "fr") is True
    assert "fr: SPF Affaires d'essai" in user.read_text(encoding="utf-8")
    assert len(glossary_file.entries(user)[0].equivalents) == 1


def _add_tagged(path: str, prefix: str, rounds: int, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    for n in range(rounds):
        glossary_file.add(Path(path), f"{prefix} Office {n}", f"Bureau {prefix} {n}", "en", "fr")


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_tagged_additions_from_two_writers_lose_nothing(user: Path, writer: str):
    """The same write twice: once alone, once with a second process adding its own at the same time."""
    ctx = multiprocessing.get_context("fork")
    prefixes = ["Aa"] if writer == "this" else ["Aa", "Bb"]
    barrier = ctx.Barrier(len(prefixes))
    workers = [ctx.Process(target=_add_tagged, args=(str(user), p, 5, barrier)) for p in prefixes]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    found = glossary_file.entries(user)
    assert {e.term for e in found} == {f"{p} Office {n}" for p in prefixes for n in range(5)}
    assert all(e.lang == "en" and e.languages == ("fr",) for e in found)


def test_the_review_s_same_name_dialog_writes_both_languages(user: Path):
    from reader.tui.controllers.review_teach import same

    same(user, "Service Routes d'essai = Test Roads Office", "fr", "en")
    (entry,) = glossary_file.entries(user)
    assert (entry.lang, entry.term, entry.equivalents, entry.languages) == (
        "fr",
        "Service Routes d'essai",
        ("Test Roads Office",),
        ("en",),
    )


def test_two_names_typed_the_other_way_round_are_told_the_languages_that_fit(run, user: Path):  # noqa: ANN001
    """'glossary add Namur Bergen' hinted '--langs nl,nl': the French name first, the Dutch second,
    is '--langs fr,nl' (a trial's report)."""
    refused = run("glossary", "add", "Namur", "Bergen")
    assert refused.code == 2 and "reads as Dutch, not French" in refused.err
    assert "--langs fr,nl" in refused.err and "nl,nl" not in refused.err
    assert not user.exists()
