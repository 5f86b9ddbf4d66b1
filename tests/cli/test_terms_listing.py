"""terms: a name written alike in both languages (a person's) is left out of the listing and marked
in --json (trial O: 35 of 52 learned pairs were people's names identical on both sides, which teach
a translator nothing). Sentences in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_translation_memory import write_release


def test_a_name_written_alike_is_left_out_of_the_listing(run, tmp_path: Path):  # noqa: ANN001
    root = tmp_path / "lib"
    verbs = [
        ("telt", "compte"),
        ("opent", "ouvre"),
        ("sluit", "ferme"),
        ("bouwt", "bâtit"),
        ("huurt", "loue"),
        ("meldt", "signale"),
    ]
    for n, (nl, fr) in enumerate(verbs):  # the person in three releases, the service in all six
        who = (
            ("Het rapport van Ilse Verbrugge zegt", "Le rapport d’Ilse Verbrugge dit")
            if n < 3
            else ("Men zegt", "On dit")
        )
        write_release(
            root,
            f"2024-05-{n + 10}-loketten-{n}",
            f"2024-05-{n + 10}",
            [f"{who[0]} dat de FOD Financiën {nl} {n + 3} loketten."],
            [f"{who[1]} que le SPF Finances {fr} {n + 3} guichets."],
        )
    assert run("--library", str(root), "memory").code == 0
    listed = run("--library", str(root), "terms", "--from", "nl", "--to", "fr")
    assert listed.code == 0, listed.err
    assert "FOD Financiën → SPF Finances" in listed.out and "Ilse Verbrugge →" not in listed.out
    assert "1 name(s) written alike in both left out" in listed.out
    said = {
        t["source"]: t["same"]
        for t in run("--library", str(root), "terms", "--from", "nl", "--to", "fr", "--json").json()
    }
    assert said == {"FOD Financiën": False, "Ilse Verbrugge": True}
