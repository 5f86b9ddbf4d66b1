"""Ways input went wrong that this session met (2026-12-01, eighth): pages of sites the project had
not seen, tried by a new user. Texts in our own words, in the shapes the pages had."""

from __future__ import annotations

from pathlib import Path

# A news page: its section link, the headline, the date, and under it (no blank line between) the
# photo's caption closing on its credit, then the text.
CREDITED_PHOTO = """Accueil

Un nouveau centre ouvre ses portes à Namur

17/03/2022
Le bâtiment vu de la rue (c) Belga
L'agence ouvre un centre de 300 places dans un ancien hôpital de la ville.

Les premiers résidents arrivent dans deux semaines, après une inspection des pompiers.
"""

# A statistics page: a headline that opens on its figure, then two one-word theme tags.
FIGURE_HEADLINE = """104.210 sterfgevallen in 2017

Bevolking
Sterfte

In 2017 stierven 104.210 mensen, tegenover 106.050 in het jaar ervoor.

Het sterftecijfer bleef dicht bij het gemiddelde van het voorbije decennium.
"""


def _planned(run, tmp_path: Path, name: str, text: str, *given: str) -> dict:  # noqa: ANN001
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    made = run("import", str(page), "--dry-run", "--json", *given)
    assert "Traceback" not in made.err
    return made.json() if made.code == 0 else {"error": made.err}


def test_a_date_line_over_a_credited_caption_still_dates_the_page(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = _planned(run, tmp_path, "fr.txt", CREDITED_PHOTO)
    assert plan.get("date") == "2022-03-17", plan
    assert plan["title"] == "Un nouveau centre ouvre ses portes à Namur"
    assert "Le bâtiment vu de la rue (c) Belga" not in " ".join(b["text"] for b in plan["blocks"])


def test_a_headline_that_opens_on_its_figure_is_the_headline(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plan = _planned(run, tmp_path, "nl.txt", FIGURE_HEADLINE, "--date", "2022-05-03")  # the page states none
    assert plan.get("title") == "104.210 sterfgevallen in 2017", plan
    texts = [b["text"] for b in plan["blocks"]]
    assert texts[0].startswith("In 2017 stierven") and "Sterfte" not in " ".join(texts)
