"""A snippet marks only what the query asks for (trial R, 36th session, F1: 'Tax-on-web', only in a
title, gave a body snippet marking 'ont' and 'Ongeveer', where the README says the snippet is empty
when the words are in a title only). A whole word is a whole word, a phrase its words in a row, and
only a term written as a prefix matches a word's start. Texts in our words."""

from __future__ import annotations

from pathlib import Path

from reader.core.search import SearchIndex
from reader.core.text.fts import fts_query, plain_snippet
from tests.core.test_search import _release

BODY = "Ongeveer twee op drie burgers ont vangen het formulier op papier. Zie ook de site."


def test_a_word_asked_whole_never_marks_a_longer_word():
    assert plain_snippet(BODY, '"on"') == ""  # 'Ongeveer' and 'ont' are no 'on'
    assert plain_snippet(BODY, '"ont"*').startswith("Ongeveer twee op drie burgers **ont** vangen")
    assert plain_snippet(BODY, '"papier"').count("**") == 2


def test_a_phrase_is_marked_only_where_its_words_stand_in_a_row():
    assert plain_snippet(BODY, '"drie burgers"') == (
        "Ongeveer twee op **drie** **burgers** ont vangen het formulier op papier. Zie …"
    )
    assert plain_snippet(BODY, '"burgers drie"') == ""
    assert plain_snippet("De Tax-on-web aangifte.", '"tax on web"*') == "De **Tax-on-web** aangifte."


def test_a_name_in_a_title_only_gives_no_snippet(library_dir: Path, tmp_path: Path):
    _release(library_dir, "2024-04-01-aangifte", "2024-04-01", "FOD Financiën", BODY)
    meta = library_dir / "2024-04-01-aangifte" / "release.yaml"
    text = meta.read_text(encoding="utf-8").replace("Titel 2024-04-01-aangifte", "Aangifte via Tax-on-web")
    meta.write_text(text, encoding="utf-8")
    index = SearchIndex(library_dir, tmp_path / "search")
    index.update()
    for typed in ("Tax-on-web", '"Tax-on-web"'):
        (hit,) = [h for h in index.search(typed) if h.listing["id"] == "2024-04-01-aangifte"]
        assert hit.snippet == "", typed
    assert fts_query('"Tax-on-web"') == '"Tax on web"'
