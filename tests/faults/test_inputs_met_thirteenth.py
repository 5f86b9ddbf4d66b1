"""Ways input went wrong that this session met (2026-12-01, seventh): two versions of one release that
do not cover the same text, imported and checked as a user would. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

NL = [
    "De regering keurt een plan goed om de wachtlijsten in de zorg met een derde in te korten.",
    "Het plan kost 48 miljoen euro over drie jaar en start in januari in vier provincies.",
    "Nu wachten bijna 12.000 patiënten langer dan zes maanden op een afspraak bij een specialist.",
    "De ziekenhuizen krijgen extra middelen om avondraadplegingen te organiseren.",
    "Een evaluatie volgt na achttien maanden, met cijfers per provincie en per specialisme.",
]
FR = [
    "Le gouvernement approuve un plan pour réduire d'un tiers les listes d'attente des soins.",
    "Le plan coûte 48 millions d'euros sur trois ans et démarre en janvier dans quatre provinces.",
    "Les hôpitaux reçoivent des moyens supplémentaires pour organiser des consultations en soirée.",
    "Une évaluation suivra après dix-huit mois, avec des chiffres par province et par spécialité.",
]


def _pages(tmp_path: Path, nl: list[str], fr: list[str]) -> tuple[Path, Path]:
    one, two = tmp_path / "nl.txt", tmp_path / "fr.txt"
    one.write_text("Kortere wachtlijsten\n\nBrussel, 6 mei 2024\n\n" + "\n\n".join(nl) + "\n", encoding="utf-8")
    two.write_text(
        "Des listes d'attente plus courtes\n\nBruxelles, le 6 mai 2024\n\n" + "\n\n".join(fr) + "\n", encoding="utf-8"
    )
    return one, two


def _flagged(run, tmp_path: Path, nl: list[str], fr: list[str]) -> list[str]:  # noqa: ANN001
    made = run("import", *map(str, _pages(tmp_path, nl, fr)), "--json")
    assert made.code == 0, made.err
    checked = run("check", made.json()[0]["id"], "--source", "nl", "--target", "fr", "--json")
    assert checked.code in (0, 1) and "Traceback" not in checked.err
    return [row["source"] for row in checked.json() if row["flags"] and row["kind"] != "title"]


def test_a_paragraph_the_french_lacks_is_the_one_flagged_not_those_after_it(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    assert _flagged(run, tmp_path, NL, FR) == [NL[2]]


def test_a_french_page_cut_short_flags_what_it_lacks_and_nothing_before(run, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    flagged = _flagged(run, tmp_path, NL, FR[:2])
    assert NL[0] not in flagged and NL[1] not in flagged
    assert NL[2] in flagged
