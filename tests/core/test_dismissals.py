"""Dismissals that teach: the user's glossary ("these two are the same") and flags ignored here."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from reader.core.library import Library
from reader.core.review.checks import check_release
from reader.core.review.dismiss import accept, hide_accepted
from reader.core.review.store import ReviewStore
from reader.core.text import glossary_file
from reader.core.text.glossary import Glossary
from tests.core.test_checks import make_release

NL = "De delegatie reisde gisteren naar Kaapstad voor een handelsmissie van drie dagen."
FR = "La délégation s'est rendue hier au Cap pour une mission commerciale de trois jours."


def _name_flags(root: Path, glossary: Glossary) -> list[str]:
    report = check_release(Library.load(root).get("2024-03-19-missie"), "nl", "fr", glossary)
    return [f.message for p in report.pairs for f in p.flags if f.code == "name"]


def test_same_name_taught_once_is_known_both_ways(tmp_path: Path):
    user = tmp_path / "config" / "glossary.yaml"
    make_release(tmp_path / "lib", "2024-03-19-missie", NL, FR)
    assert _name_flags(tmp_path / "lib", Glossary.load(user))  # 'naar Kaapstad': a place the French lacks
    assert glossary_file.add(user, "Kaapstad", "Le Cap") is True
    assert glossary_file.add(user, "kaapstad", "LE CAP") is False  # already said, case aside
    assert _name_flags(tmp_path / "lib", Glossary.load(user)) == []
    assert Glossary.load(user).equivalents("fr", "Le Cap") == ["kaapstad"]  # from the French side too
    assert [(e.term, e.equivalents) for e in glossary_file.entries(user)] == [("Kaapstad", ("Le Cap",))]


def test_an_addition_keeps_the_users_comments(tmp_path: Path):
    user = tmp_path / "glossary.yaml"
    user.write_text("# my names\nnl:\n  Bergen: [Mons]  # the city\n", encoding="utf-8")
    glossary_file.add(user, "Aat", "Ath")
    text = user.read_text(encoding="utf-8")
    assert "# my names" in text and "# the city" in text and "Aat" in text


def _add_many(path: str, prefix: str, rounds: int, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    for n in range(rounds):
        glossary_file.add(Path(path), f"{prefix}{n}", f"{prefix.upper()}{n}")


def test_two_processes_adding_to_the_glossary_lose_nothing(tmp_path: Path):
    ctx = multiprocessing.get_context("fork")
    user = tmp_path / "config" / "glossary.yaml"
    barrier = ctx.Barrier(2)
    workers = [ctx.Process(target=_add_many, args=(str(user), p, 6, barrier)) for p in ("aa", "bb")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert {e.term for e in glossary_file.entries(user)} == {f"{p}{n}" for p in ("aa", "bb") for n in range(6)}


def _remove_many(path: str, prefix: str, rounds: int, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    for n in range(rounds):  # the names the other way round: remove takes them in either order
        assert glossary_file.remove(Path(path), f"zz{prefix}{n}", f"{prefix}{n}")


def test_a_removal_and_an_addition_in_two_processes_lose_nothing(tmp_path: Path):
    ctx = multiprocessing.get_context("fork")
    user = tmp_path / "config" / "glossary.yaml"
    for n in range(6):
        glossary_file.add(user, f"aa{n}", f"zzaa{n}")
    barrier = ctx.Barrier(2)
    workers = [
        ctx.Process(target=_remove_many, args=(str(user), "aa", 6, barrier)),
        ctx.Process(target=_add_many, args=(str(user), "bb", 6, barrier)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert {e.term for e in glossary_file.entries(user)} == {f"bb{n}" for n in range(6)}


def _report(root: Path):  # noqa: ANN202
    return check_release(Library.load(root).get("2024-03-19-missie"), "nl", "fr")


def test_a_flag_ignored_here_is_not_raised_again(tmp_path: Path):
    nl, fr = NL.replace("Kaapstad", "Luik"), FR.replace("au Cap", "à Liège")
    make_release(tmp_path / "lib", "2024-03-19-missie", nl, fr.replace("trois jours", "quatre jours"))
    store = ReviewStore("2024-03-19-missie", "nl", "fr", tmp_path / "reviews")
    report = _report(tmp_path / "lib")
    (flagged,) = report.flagged
    segment = report.pairs.index(flagged) + 1
    assert accept(report, store, segment, "number")
    again = _report(tmp_path / "lib")
    assert hide_accepted(again, ReviewStore("2024-03-19-missie", "nl", "fr", tmp_path / "reviews")) == 1
    assert again.flagged == []
    # another error on the same segment is a new flag: it is raised
    (tmp_path / "lib" / "2024-03-19-missie" / "fr.md").write_text(fr.replace("trois jours", "cinq jours"), "utf-8")
    changed = _report(tmp_path / "lib")
    hide_accepted(changed, ReviewStore("2024-03-19-missie", "nl", "fr", tmp_path / "reviews"))
    assert [f.code for p in changed.pairs for f in p.flags] == ["number"]


def _accept_many(root: str, prefix: str, rounds: int, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    store = ReviewStore("r", "nl", "fr", Path(root))
    for n in range(rounds):
        store.accept("segment-1", f"{prefix}{n}")
        store.set("segment-2", comment=f"{prefix} {n}")


def test_two_processes_dismissing_flags_lose_nothing(tmp_path: Path):
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    root = tmp_path / "reviews"
    workers = [ctx.Process(target=_accept_many, args=(str(root), p, 6, barrier)) for p in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    segments = ReviewStore("r", "nl", "fr", root).segments
    assert set(segments["segment-1"].accepted) == {f"{p}{n}" for p in "ab" for n in range(6)}
    assert segments["segment-2"].comment in ("a 5", "b 5")


def test_a_person_s_whole_name_taught_as_the_same_clears_the_flag_both_ways(tmp_path: Path):
    """Both the first name and the surname differ: the review offered 'A B = C D' for the glossary,
    and the flag stayed, in both directions (a translator's trial). Own words."""
    nl = '"Wie de trein neemt, moet veilig tot aan het perron geraken," zegt Annelies Verhaegen, directeur.'
    fr = "« Qui prend le train doit pouvoir rejoindre le quai en sécurité », déclare Annelise Verhaeghe, directrice."
    user = tmp_path / "config" / "glossary.yaml"
    make_release(tmp_path / "lib", "2024-03-19-missie", nl, fr)

    def flags(src: str, tgt: str) -> list[str]:
        report = check_release(Library.load(tmp_path / "lib").get("2024-03-19-missie"), src, tgt, Glossary.load(user))
        return [f.message for p in report.pairs for f in p.flags if f.code == "name"]

    assert flags("nl", "fr") and flags("fr", "nl")
    glossary_file.add(user, "Annelies Verhaegen", "Annelise Verhaeghe")
    assert flags("nl", "fr") == [] and flags("fr", "nl") == []
