"""Lines left out as the site's, and kept back by the user: only the lines named come back, each a
paragraph of its own, and the list of what was left out reads in the page's order (a new user's
trial: keeping a contact card's label and name brought its phone number back, the three glued into
one paragraph that the checks then paired with the wrong segment). Own words, a page's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import second_process

PAGE = """Home > Nieuws > Persberichten

Nieuwe premie voor zuinige woningen

Brussel, 3 maart 2026

De regering keurt een premie goed voor wie zijn woning beter isoleert. Ze bedraagt 1.250 euro.

Aanvragen kunnen vanaf 1 mei 2026 online worden ingediend.

Perscontact
Lotte Peeters
+32 2 555 12 34

Deel dit bericht: Facebook Twitter LinkedIn
"""
FR = """Nouvelle prime pour les logements économes

Bruxelles, le 3 mars 2026

Le gouvernement approuve une prime pour qui isole mieux son logement. Elle s'élève à 1 250 euros.

Les demandes pourront être introduites en ligne à partir du 1er mai 2026.
"""


@pytest.fixture
def page(lib: Path, tmp_path: Path) -> Path:  # noqa: ARG001
    path = tmp_path / "bericht.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _paragraphs(lib: Path, rid: str) -> list[str]:
    return [p.strip() for p in (lib / rid / "nl.md").read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_the_left_out_lines_are_listed_in_the_page_s_order(run, page: Path):  # noqa: ANN001
    dropped = run("import", str(page), "--dry-run", "--json").json()["dropped"]
    assert dropped == [
        "Home > Nieuws > Persberichten",
        "Perscontact",
        "Lotte Peeters",
        "+32 2 555 12 34",
        "Deel dit bericht:",
        "Facebook Twitter LinkedIn",
    ]


@pytest.mark.parametrize("kept", [["Lotte Peeters"], ["Perscontact", "Lotte Peeters"]])
def test_only_the_lines_kept_come_back_each_a_paragraph(run, lib: Path, page: Path, kept: list[str]):  # noqa: ANN001
    said = run("import", str(page), *(x for line in kept for x in ("--keep", line)), "--json").json()
    assert _paragraphs(lib, said["id"])[-len(kept) :] == kept
    assert "+32 2 555 12 34" in said["dropped"]


def test_a_page_imported_already_says_the_command_that_applies_keep_and_it_does(run, lib: Path, page: Path):  # noqa: ANN001
    rid = run("import", str(page), "--json").json()["id"]
    skipped = run("import", str(page), "--keep", "Lotte Peeters")
    assert skipped.code == 0 and "--keep not applied" in skipped.err
    command = skipped.err.split("press-reader import ", 1)[1].split()
    assert command == [str(page), "--release", rid, "--force", "--keep", "'Lotte", "Peeters'"]
    done = run("import", str(page), "--release", rid, "--force", "--keep", "Lotte Peeters")
    assert done.code == 0, done.err
    assert _paragraphs(lib, rid)[-1] == "Lotte Peeters"


def test_twin_a_page_read_again_with_a_kept_line_while_another_process_adds_the_french(
    run,  # noqa: ANN001
    lib: Path,
    page: Path,
    tmp_path: Path,
):
    """The version read again in place and the other language written by another process: both stay."""
    rid = run("import", str(page), "--json").json()["id"]
    french = tmp_path / "communique.txt"
    french.write_text(FR, encoding="utf-8")
    assert "Traceback" not in second_process("import", str(french), "--release", rid)
    done = run("import", str(page), "--release", rid, "--force", "--keep", "Lotte Peeters")
    assert done.code == 0, done.err
    assert _paragraphs(lib, rid)[-1] == "Lotte Peeters"
    assert (lib / rid / "fr.md").is_file()
