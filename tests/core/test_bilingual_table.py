"""The tagged table of official names (text/bilingual.yaml): every form readable, languages known."""

from __future__ import annotations

import pytest

from reader.core.review.names import name_findings
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary, _table

OTHER = {"nl": "fr", "fr": "nl", "en": "nl"}


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


def test_every_record_names_each_language_and_tags_its_forms(glossary: Glossary):
    for record in _table():
        assert set(record) == {"nl", "fr", "en"}, record
        for lang, forms in record.items():
            assert forms and all(lang in glossary.languages[fold(form)] for form in forms), record


@pytest.mark.parametrize("record", _table(), ids=lambda r: r["nl"][0])
def test_a_form_of_each_record_is_found_through_the_other_language(glossary: Glossary, record: dict[str, list[str]]):
    nl, fr = f"Het gaat om {record['nl'][0]} en meer.", f"Il s'agit de {record['fr'][0]} et plus."
    assert name_findings(nl, fr, nl, fr, "nl", "fr", glossary) is None, record
    assert name_findings(fr, nl, fr, nl, "fr", "nl", glossary) is None, record
