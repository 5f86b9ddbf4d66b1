"""A city an English version names otherwise is flagged (trial K: 'Genk' rendered 'Ghent' and 'Gent'
rendered 'Genk' were read as one name spelled alike; 'Namur' rendered 'Liège' was flagged)."""

import pytest

from reader.core.review.names import name_findings
from reader.core.text.glossary import default_glossary


@pytest.mark.parametrize(
    ("src", "tgt", "source", "target", "lost", "added"),
    [
        (
            "nl",
            "en",
            "De nieuwe sporthal komt in Genk.",
            "The new sports hall will be built in Ghent.",
            "Genk",
            "Ghent",
        ),
        ("nl", "en", "De nieuwe sporthal komt in Gent.", "The new sports hall will be built in Genk.", "Gent", "Genk"),
        ("en", "nl", "The new sports hall opens in Ghent.", "De nieuwe sporthal opent in Genk.", "Ghent", "Genk"),
        ("nl", "fr", "De nieuwe sporthal komt in Gent.", "La nouvelle salle de sport sera à Genk.", "Gent", "Genk"),
        ("fr", "en", "La nouvelle salle ouvre à Bruges.", "The new hall opens in Antwerp.", "Bruges", "Antwerp"),
    ],
)
def test_another_city_in_the_rendering_is_flagged(src, tgt, source, target, lost, added):
    found = name_findings(source, target, source, target, src, tgt, default_glossary())
    assert found is not None
    message, confidence = found
    assert f"not found in the target: {lost}" in message
    assert f"in the target but not in the source: {added}" in message
    assert confidence >= 0.7


@pytest.mark.parametrize(
    ("src", "source", "target"),
    [
        ("nl", "De nieuwe sporthal komt in Gent.", "The new sports hall will be built in Ghent."),
        ("nl", "De nieuwe sporthal komt in Brugge.", "The new sports hall will be built in Bruges."),
        ("nl", "De nieuwe sporthal komt in Oostende.", "The new sports hall will be built in Ostend."),
        ("fr", "La nouvelle salle ouvre à Malines.", "The new hall opens in Mechelen."),
        ("fr", "La nouvelle salle ouvre à Louvain.", "The new hall opens in Leuven."),
        ("nl", "De nieuwe sporthal komt in Roemenië.", "The new sports hall will be built in Romania."),
    ],
)
def test_the_english_name_of_the_same_city_is_no_flag(src, source, target):
    assert name_findings(source, target, source, target, src, "en", default_glossary()) is None
