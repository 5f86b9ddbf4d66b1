"""An item dropped from a list, its neighbour's pair merging it (2-1), is an item lost, not a layout:
the enumeration flag was a note 'its text is there, set with another' beside an omission saying the
merged sentence has nothing in common with the other side (trials S, F7 and T, F9). It is flagged in
full, naming the item lost. Texts in our words."""

from __future__ import annotations

import pytest

from reader.core.model import Block
from reader.core.review.checks import check_release
from tests.core.releases import block_release

NL = [
    Block("paragraph", "De gemeente legt nieuwe voetpaden aan. De volgende straten gaan dicht voor auto's:"),
    Block("list_item", "de Parklaan, tussen de Lindestraat en het Marktplein;"),
    Block("list_item", "de Lindestraat, tussen de nummers 40 en 85;"),
    Block("list_item", "de Veldstraat."),
    Block("paragraph", "Bewoners kunnen hun oprit gebruiken na 18 uur."),
]
FR = [
    Block("paragraph", "La commune pose de nouveaux trottoirs. Les rues suivantes seront fermées aux voitures :"),
    Block("list_item", "avenue du Parc, entre la rue des Tilleuls et la place du Marché ;"),
    Block("list_item", "rue de la Forge ;"),
    Block("list_item", "rue des Tilleuls, entre les numéros 40 et 85 ;"),
    Block("list_item", "rue des Champs."),
    Block("paragraph", "Les riverains pourront utiliser leur allée après 18h."),
]


@pytest.mark.parametrize(("src", "tgt"), [("fr", "nl"), ("nl", "fr")])
def test_an_item_merged_into_its_neighbours_pair_and_flagged_lost_is_an_enumeration_error(src: str, tgt: str):
    report = check_release(block_release(NL, FR), src, tgt)
    (flag,) = [f for p in report.pairs for f in p.flags if f.code == "enumeration"]
    assert flag.severity in ("warning", "error"), flag
    assert "«rue de la Forge ;» has no item of its own" in flag.message and "its text is there" not in flag.message


# items run together with nothing lost stay a layout note: test_lists_alike's sanctions
