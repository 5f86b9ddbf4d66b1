"""A heading of links to other pages inside the footer's block ('Deel dit artikel' / 'Meer nieuws' /
two titles / 'Nieuwsbrief'): its titles go with it, short lines with no sentence end between it and
the site's next line (trial M, F7: the heading was dropped and the two titles kept as the release's
last paragraphs). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_HEAD = """Fietsenstalling aan het station van Lier tijdelijk verplaatst

Gepubliceerd op 14/09/2027

De fietsenstalling aan de voorkant van het station van Lier verhuist van 1 oktober tot eind november naar het busplein.

Reizigers vinden er plaats voor 400 fietsen. De overdekte stalling krijgt nieuwe rekken en betere verlichting.

"""


def _plan(tmp_path: Path, tail: str) -> tuple[list[str], list[str]]:
    tmp_path.mkdir(exist_ok=True)
    file = tmp_path / "page.txt"
    file.write_text(_HEAD + tail, encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


def test_titles_under_a_related_heading_in_the_footer_block_go_with_it(tmp_path: Path):
    titles = ["Nieuwe dienstregeling op de lijn naar Antwerpen", "Treinapp: zo plan je je reis"]
    for n, tail in enumerate(
        (
            "Deel dit artikel\nMeer nieuws\n"
            + "\n".join(titles)
            + "\nNieuwsbrief\nSchrijf je in op onze nieuwsbrief\n",
            "Deel dit artikel\nLees ook\n" + "\n".join(titles) + "\n",
        )
    ):
        texts, dropped = _plan(tmp_path / str(n), tail)
        assert not any(t in texts for t in titles) and all(t in dropped for t in titles), (texts, dropped)
        assert texts[-1].startswith("Reizigers vinden er plaats"), texts


def test_a_sentence_under_a_related_heading_stays(tmp_path: Path):
    said = "De stalling is elke dag open van 5 tot 23 uur."
    texts, _ = _plan(tmp_path, "Deel dit artikel\nMeer nieuws\n" + said + "\nNieuwsbrief\n")
    assert said in texts, texts
