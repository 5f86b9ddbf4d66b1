"""A count broken down by items that each open on a number adding up to it is no list of that many
items: a trial's pair ('29 conseillers : 15 francophones, 13 néerlandophones et 1 germanophone')
was said to announce 29 items and list 3. Fixtures in our own words."""

from __future__ import annotations

from reader.core.model import Block
from reader.core.review.analysis import inline_items
from reader.core.review.checks import check_release
from reader.core.review.structure import inline_enumeration_finding
from tests.core.releases import block_release


def test_a_total_broken_down_announces_no_count_of_items() -> None:
    fr = "L'équipe compte 40 agents : 22 inspecteurs, 15 enquêteurs et 3 juristes."
    nl = "Het team telt 40 medewerkers, onder wie 22 inspecteurs, 15 speurders en 3 juristen."
    assert inline_items(fr, "fr") == (None, ["22 inspecteurs", "15 enquêteurs", "3 juristes"])
    said = inline_items("Het team telt veertig mensen: twintig agenten, vijftien speurders en vijf juristen.", "nl")
    assert said is not None and said[0] is None
    assert inline_enumeration_finding(nl, fr, "nl", "fr") is None


def test_numbers_that_do_not_add_up_or_items_without_one_keep_the_count() -> None:
    said = inline_items("L'équipe compte 40 agents : 22 inspecteurs, 15 enquêteurs et 2 juristes.", "fr")
    assert said is not None and said[0] == 40
    said = inline_items("Het plan telt vier maatregelen: nieuwe loketten, een website en een folder.", "nl")
    assert said is not None and said[0] == 4


def test_a_bulleted_breakdown_of_a_total_is_no_list_short_of_its_count() -> None:
    nl = [
        Block("paragraph", "Het korps bestaat uit de volgende leden:"),
        *(Block("list_item", item) for item in ("18 agenten", "10 inspecteurs", "2 commissarissen")),
    ]
    fr = [
        Block("paragraph", "Le corps compte 30 membres :"),
        *(Block("list_item", item) for item in ("18 agents", "10 inspecteurs", "2 commissaires")),
    ]
    report = check_release(block_release(nl, fr), "nl", "fr")
    assert not [f for p in report.pairs for f in p.flags if f.code == "enumeration"]
