"""The full-text index: accents, prefixes, phrases, languages, filters, freshness, damage."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from reader.core.search import SearchIndex
from reader.core.text.fts import fts_query
from tests.conftest import SEED_ID


def _release(root: Path, rid: str, date: str, issuer: str, nl: str, fr: str | None = None) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    langs = "  nl:\n    provenance: official\n" + ("  fr:\n    provenance: official\n" if fr else "")
    titles = f"  nl: Titel {rid}\n" + (f"  fr: Titre {rid}\n" if fr else "")
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {date}\nissuer: {issuer}\noriginal_language: nl\ntitles:\n{titles}languages:\n{langs}",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(nl + "\n", encoding="utf-8")
    if fr:
        (folder / "fr.md").write_text(fr + "\n", encoding="utf-8")


@pytest.fixture
def index(library_dir: Path, tmp_path: Path) -> SearchIndex:
    _release(
        library_dir,
        "2021-05-03-begroting",
        "2021-05-03",
        "FOD Financiën",
        "De begroting voor 2022 is klaar.",
        "Le budget pour 2022 est prêt à Liège.",
    )
    _release(
        library_dir,
        "2019-02-01-mobiliteit",
        "2019-02-01",
        "FOD Mobiliteit en Vervoer",
        "De minister van Mobiliteit stelt het plan voor de federale overheid voor.",
    )
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    return built


def ids(hits) -> list[str]:  # noqa: ANN001
    return [h.listing["id"] for h in hits]


def test_accents_prefixes_phrases_and_languages(index: SearchIndex):
    assert ids(index.search("Liege")) == ["2021-05-03-begroting", SEED_ID]  # newest first
    assert ids(index.search("begrot*")) == ["2021-05-03-begroting"]
    assert ids(index.search('"federale overheid"')) == [
        "2019-02-01-mobiliteit",
        SEED_ID,
    ] or "2019-02-01-mobiliteit" in ids(index.search('"federale overheid"'))
    assert ids(index.search('"overheid federale"')) == []
    assert ids(index.search("budget", lang="fr")) == ["2021-05-03-begroting"]
    assert ids(index.search("budget", lang="nl")) == []
    hit = index.search("Alibaba")[0]
    assert "**Alibaba**" in hit.snippet and hit.to_json()["snippet"]


def test_a_word_finds_its_compounds_and_derivations(index: SearchIndex, library_dir: Path):
    _release(
        library_dir,
        "2022-06-01-diamant",
        "2022-06-01",
        "FOD Economie",
        "De diamantsector in Antwerpen groeit.",
        "Le secteur diamantaire et les Liégeois.",
    )
    index.update()
    # Dutch compounds, modifier first: diamantsector here, diamanthandel in the seed
    assert ids(index.search("diamant")) == ["2022-06-01-diamant", SEED_ID]
    assert ids(index.search("Liège", lang="fr"))[:2] == ["2022-06-01-diamant", "2021-05-03-begroting"]
    assert "2022-06-01-diamant" in ids(index.search("diamantsec"))
    assert ids(index.search('"diamantsec"')) == []  # quoted: the exact word only
    assert "**diamantsector**" in index.search("diamantsec")[0].snippet
    assert fts_query("de diamant") == '"de" AND "diamant"*'  # short words stay exact


def test_a_release_id_typed_or_pasted_finds_that_release_first(index: SearchIndex):
    """An id's words ('05', a place in its slug) need not all be in its text: the id itself finds it."""
    assert ids(index.search(SEED_ID))[:1] == [SEED_ID]
    assert ids(index.search(SEED_ID.upper() + " "))[:1] == [SEED_ID]
    assert ids(index.search("2021-05-03-begr")) == ["2021-05-03-begroting"]  # the start of one
    assert ids(index.search("05-03-begr*")) == ["2021-05-03-begroting"]  # as the search box asks, mid-word
    assert ids(index.search("2021-05-03-begroting", lang="en")) == []  # the filters still hold
    assert ids(index.search("mobiliteit")) == ["2019-02-01-mobiliteit"]  # a word is still a word search
    assert ids(index.search("a_b-c%d")) == []  # LIKE's wildcards are the user's characters


def test_a_part_of_an_id_between_its_hyphens_or_within_them_finds_it(library_dir: Path, tmp_path: Path):
    """Trial E (F6): 'e015' of '2026-04-16-e015-windpark' found nothing in the TUI or `list --search`,
    though the README says part of an id finds it; a text's hits still come first."""
    _release(library_dir, "2024-03-07-q042-zonnepark", "2024-03-07", "Gemeente Oost", "Het park opent in mei.")
    _release(library_dir, "2024-03-08-varia", "2024-03-08", "Gemeente West", "Over het zonnepark q042 later meer.")
    for rid in ("2024-03-07-q042-zonnepark", "2024-03-08-varia"):  # a headline of its own, not the id
        meta = library_dir / rid / "release.yaml"
        meta.write_text(meta.read_text(encoding="utf-8").replace(f"Titel {rid}", "Nieuws"), encoding="utf-8")
    index = SearchIndex(library_dir, tmp_path / "idx")
    index.update()
    assert ids(index.search("q042")) == ["2024-03-08-varia", "2024-03-07-q042-zonnepark"]
    assert "2024-03-07-q042-zonnepark" in ids(index.search("Q042*"))  # as the search box asks
    assert "2024-03-07-q042-zonnepark" in ids(index.search("zonnepa"))  # a part's start, 3+ characters
    assert ids(index.search("onnepa")) == []  # never inside a word: 'Aken' listed every '…-afspraken', '…-zaken'
    assert ids(index.search("q042", lang="fr")) == []  # the filters still hold
    assert ids(index.search("2024")) == []  # digits alone: every id's date, never a part of one
    assert ids(index.search("q0")) == []  # two characters: too short to mean an id


def test_filters_and_sorting(index: SearchIndex):
    assert ids(index.search(issuer="mobiliteit")) == ["2019-02-01-mobiliteit"]
    assert ids(index.search(since=dt.date(2019, 1, 1), until=dt.date(2020, 1, 1))) == ["2019-02-01-mobiliteit"]
    assert len(index.search(limit=2)) == 2
    assert set(ids(index.search("minister", sort="relevance"))) >= {"2019-02-01-mobiliteit", SEED_ID}
    facets = index.facets()
    assert ("2021", 1) in facets["year"] and dict(facets["language"])["fr"] == 2
    # the issuers of a year chosen, the years of an issuer chosen: counts the list then shows
    assert sum(n for _, n in index.facets(year="2021")["issuer"]) == 1
    issuer = next(name for name, _ in facets["issuer"] if "obiliteit" in name)
    assert index.facets(issuer=issuer)["year"] == [("2019", 1)]


def test_the_releases_that_name_no_issuer_can_be_asked_for(library_dir: Path, tmp_path: Path):
    """An empty issuer is a facet of its own ('' asked for them; it meant no filter, as 'all' does)."""
    _release(library_dir, "2020-01-02-zonder", "2020-01-02", "''", "Een tekst zonder uitgever.")
    built = SearchIndex(library_dir, tmp_path / "search")
    built.update()
    assert ("", 1) in built.facets()["issuer"]
    assert ids(built.search(issuer_is="")) == ["2020-01-02-zonder"]
    assert len(built.search(issuer_is=None)) == 2


@pytest.mark.parametrize("text", ['a"b', "(", "-x", "AND", "NEAR(", "col:x", "*", "' OR 1=1 --"])
def test_any_typed_text_is_a_search_not_an_error(index: SearchIndex, text: str):
    index.search(text)
    assert fts_query("") == ""


def test_changes_on_disk_are_picked_up(index: SearchIndex, library_dir: Path):
    nl = library_dir / "2019-02-01-mobiliteit" / "nl.md"
    time.sleep(0.01)
    nl.write_text("Een nieuw woord: fietssnelweg.\n", encoding="utf-8")
    os.utime(nl.parent)  # as an atomic save (a rename into the folder) does
    stats = index.update(quick=True)
    assert stats.changed == 1 and ids(index.search("fietssnelweg")) == ["2019-02-01-mobiliteit"]
    assert ids(index.search("minister van Mobiliteit")) == []
    import shutil

    shutil.rmtree(library_dir / "2021-05-03-begroting")
    assert index.update(quick=True).removed == 1 and ids(index.search("budget")) == []


def test_a_damaged_index_is_rebuilt(index: SearchIndex, library_dir: Path, tmp_path: Path):
    path = index.path
    assert path is not None
    index.close()
    path.write_bytes(os.urandom(4096))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    again = SearchIndex(library_dir, tmp_path / "search")
    again.update()
    assert "2021-05-03-begroting" in ids(again.search("begroting"))


def test_an_interrupted_build_keeps_what_it_committed(library_dir: Path, tmp_path: Path):
    for n in range(120):
        _release(library_dir, f"2020-01-{n % 28 + 1:02d}-r{n}", f"2020-01-{n % 28 + 1:02d}", "FOD", f"Tekst {n}.")
    index = SearchIndex(library_dir, tmp_path / "search")
    calls = iter(range(1000))
    index.update(cancel=lambda: next(calls) >= 1, every=50)
    assert 0 < index.count() < 121
    assert index.update().added > 0 and index.count() == 121


def test_a_release_file_rewritten_in_place_is_seen_by_the_quick_check(index: SearchIndex, library_dir: Path):
    """Another tool truncates and rewrites release.yaml (the folder's mtime stays): a quick check
    sees it, and a release `list` calls broken is no longer found."""
    assert ids(index.search("begroting")) == ["2021-05-03-begroting"]
    meta = library_dir / "2021-05-03-begroting" / "release.yaml"
    folder_mtime = (library_dir / "2021-05-03-begroting").stat().st_mtime_ns
    time.sleep(0.01)
    with meta.open("r+", encoding="utf-8") as handle:  # in place: no rename, the folder unchanged
        text = handle.read()
        handle.seek(0)
        handle.write(text.replace("id: 2021", "id: [broken 2021", 1))
    assert (library_dir / "2021-05-03-begroting").stat().st_mtime_ns == folder_mtime
    stats = index.update(quick=True)
    assert stats.broken == 1 and ids(index.search("begroting")) == []


def test_or_and_and_in_capitals_are_what_a_search_engine_makes_of_them(index: SearchIndex):
    assert ids(index.search("begroting AND klaar")) == ["2021-05-03-begroting"]  # was the word 'and*'
    assert set(ids(index.search("begroting OR Mobiliteit"))) == {"2021-05-03-begroting", "2019-02-01-mobiliteit"}
    assert fts_query("OR") == '"or"' and fts_query("a OR") == '"a"'  # 'or' alone: the word ('or', gold)


def test_a_match_in_the_headline_alone_gives_no_snippet_repeating_it(index: SearchIndex, library_dir: Path):
    """The title shows the match already; a snippet of the title under it said it twice."""
    _release(library_dir, "2023-03-01-zeehaven", "2023-03-01", "FOD Mobiliteit", "Een tekst zonder dat woord.")
    index.update()
    hit = next(h for h in index.search("zeehaven") if h.listing["id"] == "2023-03-01-zeehaven")
    assert hit.snippet == ""


def test_a_search_of_operator_words_alone_looks_for_those_words():
    """'AND' alone asks for the word, not for every release (the TUI's 'AND*' finds the same)."""
    from reader.core.text.fts import fts_query

    assert fts_query("AND") == '"and"*' and fts_query("AND OR") == '"and"* AND "or"'
    assert fts_query("a OR b") == '("a" OR "b")' and fts_query("alibaba AND luik") == '"alibaba"* AND "luik"*'


def test_a_decimal_number_matches_as_that_whole_number(index: SearchIndex, library_dir: Path):
    """'2,8' (a Dutch or French decimal) was two words, the second a prefix as typed: it found 2,85
    and any release with a 2 and an 8 anywhere. Now it is that number, with a comma or a point."""
    _release(library_dir, "2024-01-02-groei", "2024-01-02", "FOD Economie", "De groei bedraagt 2,8 procent.")
    _release(library_dir, "2024-01-03-inflatie", "2024-01-03", "FOD Economie", "De inflatie bedraagt 2,85 procent.")
    _release(library_dir, "2024-01-04-ploegen", "2024-01-04", "FOD Economie", "Er zijn 2 ploegen van 8 mensen.")
    _release(library_dir, "2024-01-05-bedrag", "2024-01-05", "FOD Economie", "Het bedrag is 1.250.000 euro.")
    index.update()
    assert ids(index.search("2,8")) == ["2024-01-02-groei"]
    assert ids(index.search("2.8")) == ["2024-01-02-groei"]
    assert ids(index.search("groei 2,8%")) == ["2024-01-02-groei"]
    assert ids(index.search("1.250.000")) == ["2024-01-05-bedrag"]
    assert set(ids(index.search("2,8*"))) == {"2024-01-02-groei", "2024-01-03-inflatie"}  # a prefix when asked
    assert fts_query("125,8") == '"125 8"'  # never '"125"*': no 1250


def test_a_number_with_spaced_thousands_is_one_number(index: SearchIndex, library_dir: Path):
    """'20 000', as French and Dutch write it, was a '20' and a '000*' anywhere: it found '20 januari'
    beside '19 000'. It is one number, written with a space or a point (a new user's trial)."""
    _release(library_dir, "2024-02-01-jobs", "2024-02-01", "FOD Economie", "Er komen 20 000 banen bij.")
    _release(library_dir, "2024-02-02-punt", "2024-02-02", "FOD Economie", "Er komen 20.000 woningen bij.")
    _release(library_dir, "2024-02-03-ruis", "2024-02-03", "FOD Economie", "Op 20 januari waren er 19 000 aanvragen.")
    index.update()
    for typed in ("20 000", "20\u00a0000", "20.000"):
        assert set(ids(index.search(typed))) == {"2024-02-01-jobs", "2024-02-02-punt"}, typed
    assert fts_query("1 250 000 euro") == '"1 250 000" AND "euro"*'
    assert fts_query("in 2020 000") == '"in" AND ("2020"* OR "2 020") AND "000"*'  # four figures first: no thousands


def test_a_number_typed_without_its_separator_finds_it_grouped(index: SearchIndex, library_dir: Path):
    """'8400' found nothing where the text wrote '8.400' or '8 400', as nl and fr group thousands
    (a new user's trial): the bare number also reads as grouped. A year stays a year."""
    _release(library_dir, "2024-03-01-punt", "2024-03-01", "FOD Economie", "Er komen 8.400 plaatsen bij.")
    _release(library_dir, "2024-03-02-spatie", "2024-03-02", "FOD Economie", "Il y aura 8 400 places en plus.")
    _release(library_dir, "2024-03-03-jaar", "2024-03-03", "FOD Economie", "Dat gebeurt in 2026 met 840 plaatsen.")
    index.update()
    assert set(ids(index.search("8400"))) == {"2024-03-01-punt", "2024-03-02-spatie"}
    assert ids(index.search("2026")) == ["2024-03-03-jaar"]
    assert ids(index.search("840")) == ["2024-03-03-jaar"]
    assert fts_query("8400*") == '("8400"* OR "8 400")'  # no '*' after the alternatives: FTS5 would refuse it


def test_an_amount_typed_without_its_thousands_point_finds_it(index: SearchIndex, library_dir: Path):
    """'1819,47' found nothing where the text wrote '1.819,47' (a new user's trial): its whole part
    reads as grouped too, the decimals kept."""
    _release(library_dir, "2024-03-01-bedrag", "2024-03-01", "FPD", "Het pensioen wordt 1.819,47 euro.")
    _release(library_dir, "2024-03-02-montant", "2024-03-02", "SFP", "La pension passe à 1 819,47 euros.")
    _release(library_dir, "2024-03-03-ander", "2024-03-03", "FPD", "Het pensioen wordt 1.819,74 euro.")
    index.update()
    assert set(ids(index.search("1819,47"))) == {"2024-03-01-bedrag", "2024-03-02-montant"}
    assert set(ids(index.search("1819,4*"))) == {"2024-03-01-bedrag", "2024-03-02-montant"}


def test_a_release_repeating_the_word_searched_for_is_found_at_once_with_its_snippet(
    index: SearchIndex, library_dir: Path
):
    """FTS5's snippet() took time in the square of a release's hits: a page of one word said
    100,000 times kept a search busy for over a minute (400,000: for hours), deaf to Ctrl-C."""
    import signal

    _release(library_dir, "2020-03-12-herhaling", "2020-03-12", "", "Een woord. " + "woord " * 100_000)
    index.update()

    def expired(*_: object) -> None:
        raise TimeoutError("search still running after 20 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(20)  # a guard against quadratic time, not a speed target (benchmarks are)
    try:
        (hit,) = [h for h in index.search("woord") if h.listing["id"] == "2020-03-12-herhaling"]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert hit.snippet.startswith("Een **woord.** woord")


def test_a_long_release_s_snippet_is_cut_around_the_first_word_searched_for():
    from reader.core.text.fts import plain_snippet

    text = " ".join(f"w{i}" for i in range(50)) + " Begroting 2022 " + " ".join(f"x{i}" for i in range(50))
    said = plain_snippet(text, fts_query("begroting", "nl"))
    assert "**Begroting**" in said and said.startswith("… ") and said.endswith(" …")
    assert plain_snippet(text, fts_query("afwezig")) == ""


def test_relevance_puts_a_release_named_after_the_words_first(library_dir: Path, tmp_path: Path):
    """A word in the headline says what a release is about; in passing in a short body it ranked a
    release named after it last (an official's trial)."""
    filler = " ".join(["De dienst betaalt de uitkeringen maandelijks uit aan alle rechthebbenden."] * 12)
    _release(library_dir, "2024-01-05-hervorming", "2024-01-05", "FOD", f"Zo werkt het. {filler}")
    title = library_dir / "2024-01-05-hervorming" / "release.yaml"
    title.write_text(title.read_text(encoding="utf-8").replace("Titel 2024-01-05-hervorming", "Pensioenhervorming"))
    _release(library_dir, "2025-09-18-passant", "2025-09-18", "FOD", "De pensioenhervorming voorziet een overgang.")
    index = SearchIndex(library_dir, tmp_path / "search")
    index.update()
    assert ids(index.search("pensioenhervorming", sort="relevance"))[0] == "2024-01-05-hervorming"


def test_a_dutch_head_finds_the_compounds_that_end_in_it(library_dir: Path, tmp_path: Path):
    """'hervorming' is said in 'pensioenhervorming': the head finds its compounds (an official's
    trial found none); in French a word's end is no head ('pension' / 'suspension')."""
    _release(library_dir, "2024-12-05-a", "2024-12-05", "FOD", "Het akkoord over de pensioenhervorming is rond.")
    _release(library_dir, "2024-12-06-b", "2024-12-06", "FOD", "De pensioenbonus wordt in juli uitbetaald.")
    _release(library_dir, "2024-12-07-c", "2024-12-07", "FOD", "Niets over dat onderwerp.", "La suspension du délai.")
    index = SearchIndex(library_dir, tmp_path / "search")
    index.update()
    assert ids(index.search("hervorming")) == ["2024-12-05-a"]
    assert ids(index.search("bonus", lang="nl")) == ["2024-12-06-b"]
    assert "**pensioenbonus**" in index.search("bonus")[0].snippet
    assert ids(index.search("pension")) == []  # 'suspension' is French: no head of a compound
    assert ids(index.search("hervorming pensioen*")) == ["2024-12-05-a"]
    assert ids(index.search("bonus", lang="fr")) == []


def test_a_search_asks_each_word_once_and_at_most_the_first_max_terms():
    """5,000 words pasted into the search took minutes (snippets cost the square of the terms)."""
    from reader.core.text.fts import MAX_TERMS, fts_query

    assert fts_query("haven haven haven") == fts_query("haven")
    many = fts_query(" ".join(f"woord{i}" for i in range(1000)))
    assert many.count(" AND ") == MAX_TERMS - 1 and '"woord0"*' in many
