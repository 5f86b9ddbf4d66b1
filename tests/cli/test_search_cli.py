"""list --search and index: answered by the full-text index."""

from pathlib import Path

from tests.conftest import SEED_ID


def test_the_cli_searches_through_the_index(run, library_dir: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    result = run("list", "--search", "liege", "--json")
    assert result.code == 0 and [r["id"] for r in result.json()] == [SEED_ID]
    assert "**" in result.json()[0]["snippet"]
    plain = run("list", "--json").json()[0]
    assert set(plain) <= set(result.json()[0]) and result.json()[0]["out_of_date"] == []  # the same fields, and more
    assert run("list", "--search", "Alibaba", "--lang", "fr", "--json").json()[0]["id"] == SEED_ID
    assert run("list", "--issuer", "Peeters", "--since", "2019-01-01", "--json").json() == []
    assert run("list", "--search", "nothing-like-this", "--json").json() == []
    for nothing in ("(", '"', "*", "-"):  # punctuation alone listed every release, as if all matched
        refused = run("list", "--search", nothing)
        assert refused.code == 2 and "no word or number to search for" in refused.err
    indexed = run("index", "--json")
    assert indexed.code == 0 and indexed.json()["releases"] == 1


def test_issuer_filter_finds_the_issuer_as_each_language_names_it(run, tmp_path: Path):
    """The French page names its issuer in French: '--issuer "SPF Mobilité"' finds the release whose
    Dutch version says 'FOD Mobiliteit'."""
    lib = ("--library", str(tmp_path / "lib"))
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text("Nieuwe regels voor drones\n\n3 maart 2025\n\nVanaf juni gelden nieuwe regels voor drones.\n")
    fr.write_text("Nouvelles règles pour les drones\n\n3 mars 2025\n\nDès juin, de nouvelles règles valent.\n")
    made = run(*lib, "import", str(nl), "--issuer", "FOD Mobiliteit", "--json").json()
    assert run(*lib, "import", str(fr), "--release", made["id"], "--issuer", "SPF Mobilité").code == 0
    for name in ("SPF Mobilité", "FOD Mobiliteit", "Mobilité"):
        found = run(*lib, "list", "--issuer", name, "--json")
        assert [h["id"] for h in found.json()] == [made["id"]], name


def test_sort_by_relevance_without_words_is_refused_in_one_line(run, library_dir: Path):
    """Relevance ranks the hits of words; without --search the list came back by date, the option unsaid."""
    refused = run("--library", str(library_dir), "list", "--sort", "relevance")
    assert refused.code == 2 and refused.err.count("\n") == 1 and "--search" in refused.err
    ranked = run("--library", str(library_dir), "list", "--search", "Alibaba", "--sort", "relevance", "--json")
    assert ranked.code == 0 and [r["id"] for r in ranked.json()] == [SEED_ID]


def test_a_read_only_search_index_searches_the_files_instead(run, library_dir: Path, monkeypatch):
    """A cache folder made read-only stopped search with 'permission denied' (a careful user's trial):
    the index cannot be written or set aside, so the release files are searched, said once."""
    import sqlite3

    from reader.core.search import SearchIndex

    lib = ("--library", str(library_dir))
    assert run(*lib, "list", "--search", "Alibaba").code == 0  # the index built

    def readonly(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    def no_rename(self: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(SearchIndex, "_update_locked", readonly)
    monkeypatch.setattr(Path, "rename", no_rename)
    found = run(*lib, "list", "--search", "Alibaba", "--json")
    assert found.code == 0, found.err
    assert [h["id"] for h in found.json()] == [SEED_ID] and "searching the release files instead" in found.err


def test_list_json_gives_the_title_in_the_language_listed(run, library_dir: Path):
    """`list --lang fr --json | jq .title` gave the original's title where the table showed the
    French one (an official's trial); every title stays under 'titles'."""
    lib = ("--library", str(library_dir))
    for extra in ((), ("--search", "Alibaba")):
        listed = run(*lib, "list", "--lang", "fr", *extra, "--json").json()
        (seed,) = [r for r in listed if r["id"] == SEED_ID]
        assert seed["title"] == seed["titles"]["fr"] != seed["titles"]["nl"]
        plain = run(*lib, "list", *extra, "--json").json()
        assert [r for r in plain if r["id"] == SEED_ID][0]["title"] == seed["titles"]["nl"]  # the original's


def test_list_json_rows_have_the_same_keys_searched_or_not(run, library_dir: Path):
    """`issuers` and `snippet` came only with --search (trial J): a script reading them failed on a
    plain listing. Every row has them, null where nothing was searched."""
    lib = ("--library", str(library_dir))
    (plain,) = [r for r in run(*lib, "list", "--json").json() if r["id"] == SEED_ID]
    (found,) = [r for r in run(*lib, "list", "--search", "Alibaba", "--json").json() if r["id"] == SEED_ID]
    assert sorted(plain) == sorted(found)
    assert plain["issuers"] is None and plain["snippet"] is None
    assert found["snippet"] and found["issuers"]


def test_lang_narrows_the_releases_and_the_words_are_searched_in_every_language(run, tmp_path: Path):
    """'list --search WORD --lang fr' gave [] where WORD was in the Dutch text alone, though --lang
    says 'only releases with this language' and the files' search found it (fix batch 12, F2)."""
    lib = ("--library", str(tmp_path / "lib"))
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text("Een kabelbaan over de haven\n\n4 april 2025\n\nDe kabelbaan vervoert vanaf mei fietsers.\n")
    fr.write_text("Un téléphérique sur le port\n\n4 avril 2025\n\nDès mai, il transporte les cyclistes.\n")
    made = run(*lib, "import", str(nl), "--issuer", "Haven", "--json").json()
    assert run(*lib, "import", str(fr), "--release", made["id"]).code == 0
    found = run(*lib, "list", "--search", "kabelbaan", "--lang", "fr", "--json")
    assert [h["id"] for h in found.json()] == [made["id"]], found.err
    assert found.json()[0]["title"] == "Un téléphérique sur le port"  # the title in --lang, as without --search
    assert run(*lib, "list", "--search", "kabelbaan", "--lang", "en", "--json").json() == []  # no English version
    assert [h["id"] for h in run(*lib, "list", "--search", "cyclistes", "--lang", "nl", "--json").json()] == [
        made["id"]
    ]
    assert "every language" in run("list", "--help").out


def test_list_search_finds_a_release_by_a_part_of_its_id(run, library_dir: Path, monkeypatch):
    """Trial E (F6): `list --search e015` found nothing though the README says part of an id finds it."""
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    part = SEED_ID.split("-")[3] + "-" + SEED_ID.split("-")[4][:3]  # 'peeters-ali', parts' starts
    hits = run("list", "--search", part.upper(), "--json")
    assert hits.code == 0 and SEED_ID in [r["id"] for r in hits.json()], (part, hits.err)
