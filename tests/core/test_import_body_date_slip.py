"""figures_disagree: a body date that differs between two texts of the same day whose other
figures agree is a slip, not another release (trial Y); of other days, or with other amounts, it
still tells two releases apart. Texts in our own words."""

from __future__ import annotations

from reader.core.importer.known import figures_disagree

NL = (
    "De bouw kost 12.480.000 euro en start op maandag 3 maart 2025. De federale overheid draagt "
    "31,5 procent. Dagelijks steken 6420 fietsers over. De brug is 184 meter lang, dossier 57/2025."
)
FR = (
    "Les travaux coûtent 12 480 000 euros et démarrent le lundi 10 mars 2025. L'autorité fédérale "
    "prend 31,5 pour cent. Chaque jour, 6420 cyclistes traversent. La passerelle mesure 184 mètres, dossier 57/2025."
)
FR_OTHER = (
    "Les travaux coûtent 3 150 000 euros et démarrent le lundi 17 mars 2025. L'autorité fédérale "
    "prend 12,5 pour cent. Chaque jour, 910 cyclistes louent un vélo. Dossier 21/2025."
)


def test_a_body_date_moved_a_week_is_no_veto_when_the_days_and_other_figures_agree():
    assert not figures_disagree(FR, NL, "fr", "nl", same_day=True)


def test_the_moved_date_still_tells_texts_of_other_days_apart():
    assert figures_disagree(FR, NL, "fr", "nl")


def test_other_figures_with_the_date_keep_two_releases_of_one_day_apart():
    assert figures_disagree(FR_OTHER, NL, "fr", "nl", same_day=True)
