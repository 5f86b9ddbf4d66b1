"""Ways input went wrong met in the twenty-first session (2026-12-03), by two new users: an undated
page under a two-step trail ('Home > Nieuws'), whose trail was taken for the title and headline for
the issuer. Own words. One line each, or the work done; never exit 70."""

from __future__ import annotations

from pathlib import Path

PAGE = """Home  Nieuws  Contact
Home > Nieuws
Langere openingsuren voor het onthaal van de FOD Mobiliteit
Vanaf volgende maand is het onthaal van de dienst elke werkdag open van negen tot vier uur, zonder afspraak.
Wie hulp wil bij een aanvraag, maakt best vooraf een afspraak via de website.
Delen  Afdrukken
"""


def test_an_undated_page_under_a_two_step_trail_asks_only_its_date(run, lib: Path, tmp_path: Path):
    page = tmp_path / "onthaal.txt"
    page.write_text(PAGE, encoding="utf-8")
    asked = run("import", str(page))
    assert asked.code == 2 and asked.err.count("\n") == 1 and "date" in asked.err and "headline" not in asked.err
    done = run("import", str(page), "--date", "2026-11-02", "--dry-run", "--json")
    assert done.code == 0, done.err
    said = done.json()
    assert (
        said["title"] == "Langere openingsuren voor het onthaal van de FOD Mobiliteit"
        and "Home > Nieuws" in said["dropped"]
    )
    assert said["issuer"] != said["title"]  # the headline was taken for the issuer
