"""Every entry of the bundled glossary can match: the name check can read each term as written."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from reader.core.review.names import name_findings
from reader.core.text.fold import fold
from reader.core.text.glossary import BUNDLED, Glossary

# What `name_context.acronym_spans` reads in parentheses: '(EU)' vouches for the name before it, through
# the acronym's glossary equivalents ('(RSZ)' for 'ONSS').
ACRONYM = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,9}")
OTHER = {"nl": "fr", "fr": "nl", "en": "nl"}


def _terms() -> list[tuple[str, str]]:
    """(language, term) in file order, duplicates kept (a mapping would keep only the last)."""
    root = yaml.compose(BUNDLED.read_text(encoding="utf-8"))
    assert isinstance(root, yaml.MappingNode)
    return [(lang.value, term.value) for lang, terms in root.value for term, _ in terms.value]


def test_no_two_terms_of_a_language_fold_alike():
    """Terms are looked up folded: of two that fold alike ('Énergie', 'Energie') only the last is read."""
    counts = Counter((lang, fold(term)) for lang, term in _terms())
    assert [key for key, n in counts.items() if n > 1] == []


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


@pytest.mark.parametrize(("lang", "term"), _terms(), ids=lambda value: str(value))
def test_every_term_is_read_by_the_name_check(glossary: Glossary, lang: str, term: str):
    """A sentence that writes the term, against a rendering holding none of its equivalents, gets a
    flag naming it; an acronym is read in parentheses instead, where it vouches for its name."""
    if ACRONYM.fullmatch(term):
        return
    sentence = f"Het gaat om {term} en meer."
    found = name_findings(sentence, "Xyzzy.", sentence, "Xyzzy.", lang, OTHER[lang], glossary)
    assert found is not None and fold(term) in fold(found[0]), (term, found)


def test_an_expected_form_is_of_the_target_language() -> None:
    """The bundled glossary lists 'Welzijn: [Bien-être, Action sociale, Welfare]': the English word
    was offered as a Dutch form of 'Action sociale' (trial A)."""
    glossary = Glossary.load()
    assert glossary.shown("fr", "Action sociale", "nl") == ("Welzijn",)
    assert "Welfare" in glossary.shown("nl", "Welzijn", "en")
