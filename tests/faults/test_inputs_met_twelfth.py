"""Ways input came in this session (2026-12-01, sixth session), each met on real pages or in a new
user's trial: a headline the page sets twice, glued when copied; a question record ruled off with
lines of underscores; the same page imported again, alone; a French page added to a folder whose
Dutch page is in already; a number searched with its thousands set apart by a space. Texts in our
own words."""

from __future__ import annotations

from pathlib import Path

BODY = (
    "De gemeente legt dit voorjaar twaalf kilometer fietspad aan langs het kanaal, met vier nieuwe "
    "bruggen en verlichting op het hele traject."
)
CORPS = (
    "La commune aménage ce printemps douze kilomètres de piste cyclable le long du canal, avec quatre "
    "nouveaux ponts et un éclairage sur tout le trajet."
)


def test_a_headline_glued_to_its_own_copy_is_said_once(run, tmp_path: Path):
    page = tmp_path / "dubbel.txt"
    page.write_text(f"Fietspad langs het kanaalFietspad langs het kanaal\n\n3 maart 2025\n\n{BODY}\n", encoding="utf-8")
    plan = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--json")
    assert plan.code == 0, plan.err
    assert plan.json()["title"] == "Fietspad langs het kanaal"


def test_a_record_ruled_off_with_underscores_keeps_its_text_and_no_rule(run, tmp_path: Path):
    page = tmp_path / "record.txt"
    page.write_text(
        "SÉNAT Question écrite n° 7-12\n\nde Marie Exemple (Parti) du 3 mars 2025\n________\n"
        "Pistes cyclables - Canal\n________\nmobilité douce\n________\n3/3/2025Envoi question\n________\n"
        f"Question n° 7-12 du 3 mars 2025 :\n\n{CORPS}\n",
        encoding="utf-8",
    )
    plan = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--json").json()
    kept = [block["text"] for block in plan["blocks"]]
    assert CORPS in kept and "Pistes cyclables - Canal" in kept
    assert not any("_" in text or "Envoi question" in text for text in kept)


def test_the_same_page_imported_again_alone_is_refused_alike_by_the_dry_run(run, tmp_path: Path):
    """Its dropped date line, remembered as a site line, no longer takes its date from the dry run."""
    page = tmp_path / "vraag.txt"
    page.write_text(
        "Schriftelijke vraag nr. 7-42\n\nvan Piet Voorbeeld (Partij) d.d. 3 maart 2025\n\n"
        f"aan de minister van Mobiliteit\n\nFietspaden - Kanaal\n\n{BODY}\n",
        encoding="utf-8",
    )
    lib = ("--library", str(tmp_path / "lib"))
    assert run(*lib, "import", str(page)).code == 0
    dry, real = run(*lib, "import", str(page), "--dry-run"), run(*lib, "import", str(page))
    assert dry.code == real.code == 0  # skipped, as in a folder: nothing is left to do
    assert "already imported" in dry.err and "already imported" in real.err and "--date" not in dry.err
    assert "an import would skip it" in dry.err and "(skipped)" in real.err
    # and the line under the warning says the same, not 'would import ... as new release …-2' (a trial)
    assert dry.out.startswith(f"would skip {page}, in the library already") and "-2 " not in dry.out
    said = run(*lib, "import", str(page), "--dry-run", "--json").json()
    assert said["skipped"] is True and said["written"] is False and not said["id"].endswith("-2")


LONGER = (
    "De werken starten in april en duren tot het einde van de zomer. Tijdens de werken blijft het jaagpad "
    "open voor wandelaars, maar fietsers volgen een omleiding via de oude spoorwegbedding. De gemeente "
    "vraagt de bewoners om hun wagen in die periode niet langs het kanaal te parkeren."
)


def test_the_same_page_given_the_wrong_language_is_refused_by_the_dry_run_as_by_the_run(run, tmp_path: Path):
    """A dry run said it would skip the page and that it would be refused (a new user's trial): the
    run refuses it for its language first, and so does the dry run, alone."""
    page = tmp_path / "nl.txt"
    page.write_text(f"Fietspad langs het kanaal\n\n3 maart 2025\n\n{BODY}\n\n{LONGER}\n", encoding="utf-8")
    lib = ("--library", str(tmp_path / "lib"))
    assert run(*lib, "import", str(page)).code == 0
    dry, real = (
        run(*lib, "import", str(page), "--lang", "fr", "--dry-run"),
        run(*lib, "import", str(page), "--lang", "fr"),
    )
    assert dry.code == real.code == 2
    assert "reads as 'nl'" in real.err and "reads as 'nl'" in dry.err
    assert "would skip" not in dry.out + dry.err and dry.out.startswith(f"would refuse {page}")
    said = run(*lib, "import", str(page), "--lang", "fr", "--dry-run", "--json").json()
    assert said["refused"] is True and not said.get("skipped")


def test_a_french_page_added_to_a_folder_joins_the_dutch_release_in_already(run, tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "nl.txt").write_text(f"Fietspad langs het kanaal\n\n3 maart 2025\n\n{BODY}\n", encoding="utf-8")
    lib = ("--library", str(tmp_path / "lib"))
    assert run(*lib, "import", str(pages)).code == 0
    (pages / "fr.txt").write_text(f"Piste cyclable le long du canal\n\n3 mars 2025\n\n{CORPS}\n", encoding="utf-8")
    assert run(*lib, "import", str(pages)).code == 0
    assert [sorted(r["languages"]) for r in run(*lib, "list", "--json").json()] == [["fr", "nl"]]


def test_a_number_searched_with_spaced_thousands_is_that_number(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    for name, figure in (("a", "20 000 fietsers"), ("b", "20 januari, 19 000 wandelaars")):
        page = tmp_path / f"{name}.txt"
        page.write_text(f"Telling {name}\n\n3 maart 2025\n\nDe teller gaf {figure}. {BODY}\n", encoding="utf-8")
        assert run(*lib, "import", str(page)).code == 0
    found = run(*lib, "list", "--search", "20 000", "--json")
    assert found.code == 0, found.err
    assert [r["title"] for r in found.json()] == ["Telling a"]
