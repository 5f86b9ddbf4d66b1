"""amounts_apart: two texts that state amounts and share none are two releases, whatever small
numbers and years a template gives both (trial Y); a rendering that changes one amount, or leaves
some out, still shares the rest. Texts in our own words."""

from __future__ import annotations

from reader.core.importer.known import figures_disagree

NL = "Het kost 21.640.000 euro, de overheid betaalt 18,4 procent, 5210 inwoners, tegen 2030, in 3 fasen, na 12 maanden."
FR = "Il coûte 47 320 000 euros, l'État paie 26,9 pour cent, 7730 habitants, d'ici 2030, en 3 phases, après 12 mois."
SLIP = "Il coûte 21 640 000 euros, l'État paie 18,9 pour cent, 5210 habitants, d'ici 2030, en 3 phases, après 12 mois."


def test_texts_sharing_only_small_numbers_and_years_are_apart():
    assert figures_disagree(FR, NL, "fr", "nl")


def test_a_rendering_with_one_amount_changed_is_not():
    assert not figures_disagree(SLIP, NL, "fr", "nl")
