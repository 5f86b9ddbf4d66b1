"""The import offers a release of the same day as this page's other language only when the two share
names or figures: a French digest of one government, dated as a Dutch digest of another, was offered as
its 'fr' version for the date alone (trial A, F8, p08), inviting a user to merge two releases. Its
translation, which shares them, is still offered. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

NL = (
    "Provinciebestuur Limburg\nPersbericht\nHasselt, vrijdag 4 juli 2025\n\n"
    "Deputatie keurt nieuwe fietsbrug in Genk goed\n\n"
    "De deputatie keurt het ontwerp van een fietsbrug over het Albertkanaal in Genk goed. "
    "De bouw kost 4.250.000 euro en start op maandag 1 september 2025.\n\n"
    "Dagelijks steken 3120 fietsers het kanaal over.\n"
)
UNRELATED_FR = (
    "Province de Namur\nCommuniqué de presse\nNamur, le vendredi 4 juillet 2025\n\n"
    "Le Collège soutient les clubs sportifs de Dinant et de Ciney\n\n"
    "Le Collège accorde une aide de 85 000 euros aux clubs sportifs de Dinant et de Ciney pour leurs "
    "vestiaires. Les dossiers doivent être introduits avant le 30 septembre 2025.\n\n"
    "Quarante-deux clubs sont concernés.\n"
)
TRANSLATION_FR = (
    "Province du Limbourg\nCommuniqué de presse\nHasselt, le vendredi 4 juillet 2025\n\n"
    "La députation approuve une nouvelle passerelle cyclable à Genk\n\n"
    "La députation approuve le projet d'une passerelle cyclable sur le canal Albert à Genk. "
    "Les travaux coûtent 4 250 000 euros et démarrent le lundi 1er septembre 2025.\n\n"
    "Chaque jour, 3120 cyclistes traversent le canal.\n"
)


def test_a_release_of_the_same_day_is_offered_only_when_it_shares_names_or_figures(run, tmp_path: Path):
    lib = tmp_path / "lib"
    for name, text in (("nl.txt", NL), ("other.txt", UNRELATED_FR), ("fr.txt", TRANSLATION_FR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run("--library", str(lib), "import", str(tmp_path / "nl.txt")).code == 0
    unrelated = run("--library", str(lib), "import", str(tmp_path / "other.txt"), "--dry-run")
    assert unrelated.code == 0, unrelated.err
    assert "--release" not in unrelated.err, unrelated.err
    translation = run("--library", str(lib), "import", str(tmp_path / "fr.txt"), "--dry-run")
    assert translation.code == 0, translation.err
    assert "without a 'fr' version" in translation.err and "--release" in translation.err, translation.err
