"""list --search and index: answered by the full-text index."""

from pathlib import Path

from tests.conftest import SEED_ID


def test_the_cli_searches_through_the_index(run, library_dir: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    result = run("list", "--search", "Liege", "--json")
    assert result.code == 0 and [r["id"] for r in result.json()] == [SEED_ID]
    assert "**" in result.json()[0]["snippet"]
    assert run("list", "--search", "Alibaba", "--lang", "fr", "--json").json()[0]["id"] == SEED_ID
    assert run("list", "--issuer", "Peeters", "--since", "2019-01-01", "--json").json() == []
    assert run("list", "--search", "nothing-like-this", "--json").json() == []
    indexed = run("index", "--json")
    assert indexed.code == 0 and indexed.json()["releases"] == 1
