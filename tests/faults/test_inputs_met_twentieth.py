"""Ways input went wrong on real pages met in the fourteenth session (2026-12-02). Texts in our own
words, in the shapes the real pages had."""

from __future__ import annotations

from pathlib import Path

import pytest

BODY = [
    "Brussel, 14/03/2017 – Op dinsdag 14 maart 2017 heeft de minister de nieuwe gebouwen in gebruik genomen. "
    "Hij werd er ontvangen door de korpschef en de burgemeester.",
    "De werken kostten 6,2 miljoen euro en duurden twee jaar.",
    "Het korps telt 85 agenten en 20 burgers.",
]
CORPS = [
    "Bruxelles, 14/03/2017 – Le mardi 14 mars 2017, la ministre a inauguré les nouveaux locaux. "
    "Elle y a été accueillie par le chef de corps et le bourgmestre.",
    "Les travaux ont coûté 6,2 millions d'euros et ont duré deux ans.",
    "Le corps compte 85 agents et 20 civils.",
]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Minister Jan Peeters huldigt de nieuwe gebouwen van de Federale Politie van Namen in", BODY),
        ("Ministre Anne Dupont inaugure les nouveaux locaux de la Police Fédérale de Namur", CORPS),
    ],
    ids=["nl", "fr"],
)
def test_a_headline_with_a_minister_as_its_subject_is_no_issuer_line(
    run, lib: Path, tmp_path: Path, headline: str, body: list[str]
):
    """A title and a name, then a verb: a sentence about the minister, the page's headline. With
    three capitalised words of a body's name in it, it read as a name line (the issuer), and a
    line of the page's tags below it became the headline."""
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join([headline, "Politie\nEvenement", *body]) + "\n", encoding="utf-8")
    said = run("import", str(page), "--dry-run", "--json")
    assert said.code == 0, said.err
    plan = said.json()
    assert plan["title"] == headline
    assert plan["issuer"] != headline


def test_the_same_page_asked_again_as_unofficial_says_which_version_it_is(run, lib: Path, tmp_path: Path):
    """Asking for another provenance of a page already imported was refused with 'same content; use
    --force' alone (a new user's trial): the refusal says it is the official version already."""
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join(["Minister Jan Peeters opent een nieuw kantoor in Namen", *BODY]) + "\n")
    first = run("import", str(page))
    assert first.code == 0, first.err
    release_id = next(r["id"] for r in run("list", "--json").json() if r["date"] == "2017-03-14")
    again = run("import", str(page), "--release", release_id, "--provenance", "unofficial")
    assert again.code == 2 and "Traceback" not in again.err
    assert "its official 'nl' version" in again.err and "--force" in again.err
