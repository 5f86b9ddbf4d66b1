"""terms: a minister's title opening a sentence is no word of the name, a French preposition after a
person's name is no adjective of it, and a person after a French portfolio that runs on in lower case
is read apart (trial D learned 'Minister Jonas Thiry → Jonas Thiry en' from headlines 'Le ministre …
en visite à …' and 'Minister van Volksgezondheid … → Santé publique …', then flagged a correct pair
'expected: … en'). Persons, places and sentences invented for these tests."""

from __future__ import annotations

from reader.core.memory.name_spans import name_spans
from reader.core.memory.store import StoredPair
from reader.core.memory.terms import inconsistencies, learn

CITIES = [("Gent", "Gand"), ("Bergen", "Mons"), ("Luik", "Liège"), ("Namen", "Namur")]


def _pairs() -> list[StoredPair]:
    out = []
    for n, (nl_city, fr_city) in enumerate(CITIES):
        rel, date = f"r{n}", f"2024-03-{n + 10}"
        texts = [
            (f"Minister Ruben Kestens bezoekt {nl_city}", f"Le ministre Ruben Kestens en visite à {fr_city}"),
            (
                f"Minister van Sport Elke Dumon kwam op {n + 2} maart kijken.",
                f"La ministre des Sports de haut niveau Elke Dumon est venue voir le {n + 2} mars.",
            ),
            (
                f"Minister van Werk Ruben Kestens telde {n + 30} bezoekers.",
                f"Le ministre de l'Emploi durable Ruben Kestens a compté {n + 30} visiteurs.",
            ),
        ]
        for nl, fr in texts:
            out.append(StoredPair(rel, date, "", "nl", "fr", nl, fr, "official"))
    return out


def test_a_title_opening_a_sentence_is_no_word_of_the_name():
    assert name_spans("Minister Ruben Kestens bezoekt Gent", "nl") == {"Ruben Kestens", "Gent"}
    assert name_spans("Minister van Werk Ruben Kestens telde 31 bezoekers.", "nl") == {"Ruben Kestens"}
    assert name_spans("Staatssecretaris Elke Dumon tekende.", "nl") == {"Elke Dumon"}
    assert name_spans("Minister van Werk was er niet.", "nl") == {"Werk"}  # a portfolio alone: read as before


def test_a_french_preposition_ends_a_persons_name():
    spans = name_spans("Le ministre Ruben Kestens en visite à Gand", "fr")
    assert spans == {"Ruben Kestens", "Gand"}
    assert "SPF Santé publique" in name_spans("Le SPF Santé publique ouvre 3 guichets.", "fr")  # an adjective


def test_a_person_after_a_french_portfolio_in_lower_case_is_read_apart():
    fr = "Le ministre de l'Emploi durable Ruben Kestens a compté 31 visiteurs."
    assert name_spans(fr, "fr") == {"Ruben Kestens"}
    assert "Emploi durable" in name_spans("Le ministre de l'Emploi durable a compté 31 visiteurs.", "fr")


def test_terms_learned_from_titled_sentences_flag_no_correct_pair():
    learned = learn(_pairs(), "nl", "fr", min_count=3)
    pairs = {t.source: t.target for t in learned}
    assert pairs["Ruben Kestens"] == "Ruben Kestens"
    assert pairs["Elke Dumon"] == "Elke Dumon"
    junk = [(s, t) for s, t in pairs.items() if "Minister" in s or t.endswith(" en") or " niveau " in t]
    assert not junk
    assert not [s for s, t in pairs.items() if "Sport" in s or "Werk" in s]
    nl = "Minister Ruben Kestens opent een nieuwe zaal in Gent."
    fr = "Le ministre Ruben Kestens inaugure une nouvelle salle à Gand."
    assert inconsistencies(nl, fr, "nl", "fr", learned) == []
