"""Ways input went wrong while building the remote engine, translate --all and tables: each a
one-line error (or a kept shape), nothing written."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import archive_without, free_port_for_tests
from tests.core.test_engine_compose import server  # noqa: F401 - a fake LibreTranslate server on 127.0.0.1
from tests.faults.conftest import one_line_error, tree_hashes


def test_a_malformed_engine_url_is_a_usage_error(run, library_dir: Path):
    before = tree_hashes(library_dir)
    result = run("--library", str(library_dir), "--engine-url", "mt1:5000", "translate", "--all", "--to", "en")
    one_line_error(result, "--engine-url", "not an http(s) URL")
    assert tree_hashes(library_dir) == before


def test_no_server_and_no_local_model_is_one_line_naming_the_server(run, library_dir: Path, monkeypatch):
    archive_without(library_dir, "en", count=1)
    before = tree_hashes(library_dir)
    url = f"http://127.0.0.1:{free_port_for_tests()}"
    monkeypatch.setenv("PRESS_READER_ENGINE_URLS", url)
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save")
    one_line_error(result, url, "no LibreTranslate server answered")
    assert tree_hashes(library_dir) == before


def test_a_dead_server_with_a_local_model_says_it_did_not_answer(
    run, library_dir: Path, installed_packages, monkeypatch
):
    """Taken over by the local models: said as a server that did not answer, not as one lacking nl->en."""
    url = f"http://127.0.0.1:{free_port_for_tests()}"
    monkeypatch.setenv("PRESS_READER_ENGINE_URLS", url)
    result = run(
        "--library",
        str(library_dir),
        "translate",
        "--text",
        "De minister opent het loket.",
        "--from",
        "nl",
        "--to",
        "en",
    )
    assert result.code == 0, result.err
    assert "no LibreTranslate server answered" in result.err and "offers nl->en" not in result.err


def test_a_ragged_pasted_table_keeps_every_cell(tmp_path: Path):
    from reader.core.body import table_rows
    from reader.core.importer.readers import blocks_from_text

    text = "Een inleiding.\n\nNaam\tWaarde\tNoot\nA\t1\nB\t2\t(*)\n"
    table = next(b for b in blocks_from_text(text) if b.kind == "table")
    assert table_rows(table.text) == [["Naam", "Waarde", "Noot"], ["A", "1", ""], ["B", "2", "(*)"]]


def test_a_server_lost_mid_translation_hands_over_and_the_translation_is_saved(
    run,
    library_dir: Path,
    installed_packages,
    server,  # noqa: F811 - the fixture imported above
):
    """A LibreTranslate server that breaks after its first batch: the local models finish, and
    `translate --save` saves (it ended with exit 70 and saved nothing: the local model's entry had
    no version)."""
    from reader.core.library import Library

    url, state = server
    ids = archive_without(library_dir, "en", count=1)
    calls = {"n": 0}

    def first_then_broken(q: list[str]) -> list[str]:
        calls["n"] += 1
        return [f"EN {t}" for t in q] if calls["n"] == 1 else []  # then a wrong count: the server is dropped

    state.answer = first_then_broken
    result = run("--library", str(library_dir), "--engine-url", url, "translate", ids[0], "--to", "en", "--save")
    assert result.code == 0, result.err
    english = Library.load(library_dir).get(ids[0]).versions["en"]
    assert english.provenance.kind == "machine" and all(m.get("version") for m in english.provenance.models)
