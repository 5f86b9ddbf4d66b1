"""A release whose versions are laid out differently (a table as one cell per line on one side):
one finding for the release, the rest notes, not a flag on every segment. Texts in our own words."""

from __future__ import annotations

from reader.core.review.checks import CheckedPair, Finding, check_release
from reader.core.review.layout import laid_out_apart
from reader.core.review.thresholds import LAYOUT_MIN_FLAGS
from tests.core.releases import paragraph_release


def _pairs(flagged: int, clean: int) -> list[CheckedPair]:
    pairs = [CheckedPair(0, "title", "Titel", "Titre", "1-1")]
    for n in range(flagged):
        missing = Finding("omission", "no counterpart in the target: this text is missing")
        pairs.append(CheckedPair(len(pairs), "paragraph", f"Rij {n} van de tabel", "", "1-0", [missing]))
    for n in range(clean):
        pairs.append(CheckedPair(len(pairs), "paragraph", f"Zin {n}.", f"Phrase {n}.", "1-1"))
    return pairs


def _shown(pairs: list[CheckedPair]) -> list[Finding]:
    return [f for p in pairs for f in p.flags if f.severity != "info"]


def test_most_segments_without_a_counterpart_are_one_finding_and_notes():
    pairs = _pairs(flagged=8, clean=4)
    laid_out_apart(pairs)
    shown = _shown(pairs)
    assert len(shown) == 1 and "laid out differently" in shown[0].message and "8 of 12 segments" in shown[0].message
    assert sum(1 for p in pairs for f in p.flags if f.severity == "info") == 7  # still there, as notes


def test_a_few_missing_paragraphs_stay_flags_each():
    few = _pairs(flagged=LAYOUT_MIN_FLAGS - 1, clean=1)
    laid_out_apart(few)
    assert len(_shown(few)) == LAYOUT_MIN_FLAGS - 1
    spread = _pairs(flagged=LAYOUT_MIN_FLAGS, clean=20)  # many, but a small share of a long release
    laid_out_apart(spread)
    assert len(_shown(spread)) == LAYOUT_MIN_FLAGS


def test_a_single_missing_paragraph_in_a_real_check_stays_a_flag():
    nl = [
        "Het agentschap voerde vorig jaar meer controles uit dan ooit, zoals de cijfers tonen.",
        "De meeste overtredingen betroffen de etikettering van allergenen in de horeca.",
        "Het volledige verslag staat online.",
    ]
    fr = ["L'agence a effectué l'an dernier plus de contrôles que jamais, comme le montrent les chiffres.",
          "Le rapport complet est en ligne."]  # fmt: skip
    report = check_release(paragraph_release(nl, fr), "nl", "fr")
    assert [f for p in report.pairs for f in p.flags if f.code == "omission" and f.severity != "info"]


ROW_NL = [
    "De uitgaven stegen vorig jaar door de hogere energieprijzen en de indexering van de lonen.",
    "Uitgaven Personeel 41.250.000 € Werking 8.730.000 € Investeringen 1.415.000 € Totaal 51.395.000 €",
    "Het volledige verslag staat op de website van de dienst.",
]
CELLS_FR = [
    "Les dépenses ont augmenté l'an dernier avec la hausse des prix de l'énergie et l'indexation des salaires.",
    "Dépenses",
    "Personnel",
    "41.250.000 €",
    "Fonctionnement",
    "8.730.000 €",
    "Investissements",
    "1.415.000 €",
    "Total",
    "51.395.000 €",
    "Le rapport complet se trouve sur le site du service.",
]


def _said(release_nl: list[str], release_fr: list[str], src: str, tgt: str) -> str:
    report = check_release(paragraph_release(release_nl, release_fr), src, tgt)
    return " ".join(f.message for p in report.pairs for f in p.flags if f.code == "number" and f.severity != "info")


def test_figures_a_table_sets_in_cells_of_their_own_are_not_lost_from_its_row():
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        said = _said(ROW_NL, CELLS_FR, src, tgt)
        assert "41.250.000" not in said and "1.415.000" not in said
    short = [cell for cell in CELLS_FR if cell != "1.415.000 €"]  # a figure that is nowhere on the other side
    assert "1.415.000" in _said(ROW_NL, short, "nl", "fr")


# Eight one-for-one paragraphs, five of them a negation the French reverses: flags on pairs that
# paired well, none about the layout (trial A, x7: '5 of 8 segments lack a counterpart …')
NEGATED_NL = [
    "De zwemvijver in het park is deze zomer niet open.",
    "De nieuwe fietsbrug wordt dit jaar niet ingehuldigd.",
    "Honden zijn op het strand voortaan niet welkom.",
    "Het loket aan de markt is maandag niet bemand.",
    "De kermis op het plein gaat dit najaar niet door.",
    "De gemeente plant een nieuwe bibliotheek in het centrum.",
    "Ook de speelpleinen krijgen een grondige opknapbeurt.",
    "Meer uitleg volgt in het volgende nummer van het stadsblad.",
]
NEGATED_FR = [
    "La piscine en plein air du parc est ouverte cet été.",
    "La nouvelle passerelle cyclable sera inaugurée cette année.",
    "Les chiens sont désormais les bienvenus sur la plage.",
    "Le guichet du marché est occupé lundi.",
    "La kermesse sur la place a lieu cet automne.",
    "La commune prévoit une nouvelle bibliothèque dans le centre.",
    "Les plaines de jeux seront elles aussi remises à neuf.",
    "Plus d'explications suivront dans le prochain numéro du journal communal.",
]


def test_flags_that_are_no_shape_flags_say_nothing_of_the_layout():
    """Only a missing counterpart or a length far off says the versions are laid out apart: a
    negation's 'omission' flag on a one-for-one pair did, and lowered the other four to notes."""
    report = check_release(paragraph_release(NEGATED_NL, NEGATED_FR), "nl", "fr")
    flags = [f for p in report.pairs for f in p.flags]
    assert all(p.shape == "1-1" for p in report.pairs)
    assert not any("laid out differently" in f.message for f in flags)
    negated = [f for f in flags if "meaning reversed" in f.message]
    assert len(negated) == 5 and all(f.severity == "warning" for f in negated)
