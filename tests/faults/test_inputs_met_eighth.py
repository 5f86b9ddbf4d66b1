"""Ways input went wrong that this session's new user met (2026-12-01): a page that repeats one word
throughout, and a glossary whose equivalent YAML reads as a number. Texts in our own words."""

from __future__ import annotations

import signal
from pathlib import Path


def test_a_page_repeating_one_word_is_searched_at_once(run, lib: Path, tmp_path: Path):
    """FTS5's snippet() took time in the square of the hits: `list --search` on a 2.4 MB page of one
    word ran for minutes, deaf to Ctrl-C. An alarm guards against that time; it is no speed target."""
    page = tmp_path / "herhaling.txt"
    page.write_text("Een woord herhaald\n\n12 maart 2020\n\n" + "woord " * 100_000 + "\n", encoding="utf-8")
    assert run("import", str(page)).code == 0

    def expired(*_: object) -> None:
        raise TimeoutError("list --search still running after 30 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(30)
    try:
        found = run("list", "--search", "woord", "--json")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert found.code == 0, found.err
    (hit,) = [h for h in found.json() if h["id"].startswith("2020-03-12")]
    assert "**woord**" in hit["snippet"]
