"""Names `terms` learns whole: a French name runs on in lower case past its capitalised head
('Bureau de médiation', 'Conseil de l'énergie', 'Inspection sanitaire'), and a person named after a
minister's portfolio is a name of their own (trial D learned 'Meldpunt → Point', 'Indexcommissie →
Commission', 'Economie Nadia Lemaire → Nadia Lemaire', and missed its most frequent name, written
'l'Inspection économique'). Bodies, persons and sentences invented for these tests."""

from __future__ import annotations

from reader.core.memory.name_spans import name_spans, names
from reader.core.memory.store import StoredPair
from reader.core.memory.terms import inconsistencies, learn

PAIRS = [
    ("Het Bemiddelingsbureau kreeg {n} klachten binnen.", "Le Bureau de médiation a reçu {n} plaintes."),
    (
        "Stuur uw klacht naar het Bemiddelingsbureau van de FOD Verkeer ({n}).",
        "Envoyez votre plainte au Bureau de médiation du SPF Transport ({n}).",
    ),
    ("De Energieraad keurde op {n} mei het advies goed.", "Le Conseil de l'énergie a approuvé l'avis le {n} mai."),
    ("De Gezondheidsinspectie bezocht {n} bakkerijen.", "L'Inspection sanitaire a visité {n} boulangeries."),
    (
        "Volgens de Gezondheidsinspectie waren {n} zaken in orde.",
        "Selon l'Inspection sanitaire, {n} commerces étaient en ordre.",
    ),
    (
        "De Algemene Directie Energie van de FOD Verkeer telde {n} storingen.",
        "La Direction générale Energie du SPF Transport a compté {n} pannes.",
    ),
    (
        "“Dit is goed nieuws”, zegt minister van Verkeer Lotte Vermaelen ({n}).",
        "« C'est une bonne nouvelle », déclare la ministre de la Mobilité Lotte Vermaelen ({n}).",
    ),
]


def _pairs(src: str = "nl") -> list[StoredPair]:
    out = []
    for n in (3, 4, 5):  # three releases saying each thing with other figures: distinct evidence
        for k, (nl, fr) in enumerate(PAIRS):
            source, target = (nl, fr) if src == "nl" else (fr, nl)
            tgt = "fr" if src == "nl" else "nl"
            date = f"2025-0{n}-0{k + 1}"
            out.append(StoredPair(f"r{n}", date, "", src, tgt, source.format(n=n), target.format(n=n), "official"))
    return out


def test_a_french_name_runs_on_in_lower_case_and_each_stop_is_a_reading():
    spans = name_spans("Signalez-le au Bureau de médiation du SPF Transport avant lundi.", "fr")
    assert {"Bureau", "Bureau de médiation", "SPF Transport"} <= spans
    assert not [s for s in spans if "du SPF" in s or "avant" in s]  # another name; a preposition
    assert "Inspection sanitaire" in name_spans("Selon l'Inspection sanitaire, tout va bien.", "fr")
    assert "Bureau de médiation a" not in name_spans("Le Bureau de médiation a reçu 9 plaintes.", "fr")
    # the first word of a sentence and an elided pronoun are no heads; 'names' keeps capitalised runs
    assert name_spans("Envoyez votre plainte. C'est simple.", "fr") == set()
    assert names("Le Bureau de médiation a reçu 9 plaintes.", "fr") == {"Bureau"}


def test_a_person_after_a_portfolio_is_read_apart_in_both_languages():
    assert name_spans("Dat zegt minister van Verkeer Lotte Vermaelen.", "nl") == {"Lotte Vermaelen"}
    assert name_spans("Dit zegt minister van Binnenlandse Zaken Jef De Brabander.", "nl") == {"Jef De Brabander"}
    fr = "C'est ce que déclare la ministre de la Mobilité Lotte Vermaelen."
    assert name_spans(fr, "fr") == {"Lotte Vermaelen"}
    assert name_spans("Dat zegt minister van Verkeer.", "nl") == {"Verkeer"}  # a portfolio alone: as before


def test_terms_learn_french_names_whole_both_ways():
    learned = {t.source: t.target for t in learn(_pairs(), "nl", "fr", min_count=3)}
    assert learned["Bemiddelingsbureau"] == "Bureau de médiation"
    assert learned["Energieraad"] == "Conseil de l'énergie"
    assert learned["Gezondheidsinspectie"] == "Inspection sanitaire"
    assert learned["Algemene Directie Energie"] == "Direction générale Energie"  # not '… du SPF Transport'
    assert learned["Lotte Vermaelen"] == "Lotte Vermaelen"
    assert learned["FOD Verkeer"] == "SPF Transport"
    assert not [s for s in learned if "Verkeer Lotte" in s]
    back = [(t.source, t.target) for t in learn(_pairs("fr"), "fr", "nl", min_count=3)]
    assert ("Bureau de médiation", "Bemiddelingsbureau") in back
    assert ("Inspection sanitaire", "Gezondheidsinspectie") in back
    assert len([s for s, t in back if t == "Bemiddelingsbureau"]) == 1  # not 'Bureau' beside it


def test_the_check_reads_a_learned_french_name_and_its_head_with_it():
    terms = learn(_pairs(), "nl", "fr", min_count=3)
    source = "Het Bemiddelingsbureau kreeg veel klachten."
    assert not inconsistencies(source, "Le Bureau de médiation a reçu beaucoup de plaintes.", "nl", "fr", terms)
    found = inconsistencies(source, "Le Service des litiges a reçu beaucoup de plaintes.", "nl", "fr", terms)
    assert found and "'Bemiddelingsbureau' is rendered 'Bureau de médiation'" in found[0].message()
    back = learn(_pairs("fr"), "fr", "nl", min_count=3)
    said = "Le Bureau de médiation a reçu beaucoup de plaintes."
    assert not inconsistencies(said, "Het Bemiddelingsbureau kreeg veel klachten.", "fr", "nl", back)
    found = inconsistencies(said, "De Geschillendienst kreeg veel klachten.", "fr", "nl", back)
    assert found and found[0].found == "Geschillendienst"
