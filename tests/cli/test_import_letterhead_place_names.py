"""A letterhead line's language is read from its own words, the places it lists in brackets aside:
trial A's French version headed 'Zone de police … (Courtrai, Kuurne, Lendelede)' was read as a Dutch
letterhead (the Flemish place names outweighed 'Zone de police'), so the French page got no issuer of
its own and `list --lang fr` showed the Dutch one (A-F7). Texts in our words."""

from __future__ import annotations

from pathlib import Path

import yaml

from reader.core.library import Library

NL = (
    "Politiezone ARRO (Zwevegem, Kuurne, Harelbeke)\n\nFietsroute langs het kanaal tijdelijk dicht\n\n"
    "Zwevegem, 3 maart 2026\n\nVan maandag 9 tot vrijdag 13 maart is het fietspad langs het kanaal dicht"
    " voor herstellingen. Fietsers volgen de omleiding via de Stationsstraat.\n\n"
    "Voor vragen kan u terecht bij het onthaal van het politiehuis.\n"
)
FR = (
    "Zone de police ARRO (Zwevegem, Kuurne, Harelbeke)\n\nPiste cyclable le long du canal fermée\n\n"
    "Zwevegem, le 3 mars 2026\n\nDu lundi 9 au vendredi 13 mars, la piste cyclable longeant le canal est"
    " fermée pour des réparations. Les cyclistes suivent la déviation par la Stationsstraat.\n\n"
    "Pour toute question, adressez-vous à l'accueil du commissariat.\n"
)


def test_a_french_letterhead_listing_flemish_places_is_french(run, tmp_path: Path):  # noqa: ANN001
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    nl, fr = tmp_path / "fiets-nl.txt", tmp_path / "fiets-fr.txt"
    nl.write_text(NL, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    done = run("--library", str(lib), "import", str(nl), str(fr))
    assert done.code == 0, done.err
    (folder,) = (p for p in lib.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert (
        (folder / "fr.md")
        .read_text(encoding="utf-8")
        .startswith("::: letterhead fr\nZone de police ARRO (Zwevegem, Kuurne, Harelbeke)\n:::")
    )
    assert (folder / "nl.md").read_text(encoding="utf-8").startswith("::: letterhead nl\nPolitiezone ARRO")
    meta = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
    assert meta["issuer"] == "Politiezone ARRO (Zwevegem, Kuurne, Harelbeke)"
    assert meta["source"]["files"]["fr"]["issuer"] == "Zone de police ARRO (Zwevegem, Kuurne, Harelbeke)"
    release = Library.load(lib).get(folder.name)
    assert (
        release.own_issuer("fr") == "Zone de police ARRO (Zwevegem, Kuurne, Harelbeke)"
    )  # what a list in French shows
