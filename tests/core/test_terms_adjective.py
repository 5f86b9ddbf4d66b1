"""terms: a French name whose adjective always follows it is learned with it, and a name written
alike in both languages is left out of the listing (trial O learned 'FOD Volksgezondheid → SPF
Santé' where every French sentence wrote 'SPF Santé publique', and 35 of 52 pairs were people's
names identical on both sides). Sentences in our own words."""

from __future__ import annotations

from reader.core.memory.store import StoredPair
from reader.core.memory.terms import learn

VERBS_NL = ["opent", "sluit", "verhuist", "verbouwt", "test", "meldt"]
VERBS_FR = ["ouvre", "ferme", "déménage", "rénove", "teste", "annonce"]


def _pairs() -> list[StoredPair]:
    pairs = []
    for n, (nl, fr) in enumerate(zip(VERBS_NL, VERBS_FR, strict=True)):
        pairs.append(
            StoredPair(
                f"r{n}", f"2024-02-{n + 10}", "", "nl", "fr",
                f"Het centrum van de FOD Volksgezondheid {nl} {n + 2} loketten.",
                f"Le centre du SPF Santé publique {fr} {n + 2} guichets.",
                "official",
            )
        )  # fmt: skip
        pairs.append(
            StoredPair(
                f"r{n}", f"2024-02-{n + 10}", "", "nl", "fr",
                f"De FOD Financiën {nl} {n + 7} kantoren.",
                f"Le SPF Finances {fr} {n + 7} bureaux.",
                "official",
            )
        )  # fmt: skip
    return pairs


def test_a_french_name_is_learned_with_the_adjective_that_always_follows_it():
    learned = {t.source: t.target for t in learn(_pairs(), "nl", "fr", min_count=3)}
    assert learned["FOD Volksgezondheid"] == "SPF Santé publique"
    assert learned["FOD Financiën"] == "SPF Finances"  # a verb after it, a different one each time: not the name's
