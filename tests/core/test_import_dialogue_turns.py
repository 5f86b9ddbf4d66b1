"""An interview's turns set with a dash ('– Waarom nu?' / '– Lotte Vermeiren: Omdat …') are paragraphs,
not a list's items (the tiret de dialogue, the gedachtestreepje: a plain fact of French and Dutch
typography): trial U of the thirty-fourth session saw a whole interview become list items on both
sides. A list stays a list. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.dialogue import dialogue_turns
from reader.core.importer.importer import plan_import
from reader.core.library import Library
from reader.core.model import Block

HEAD = ["Bibliotheken gaan op zondag open", "Antwerpen, 12 februari 2026"]
LEAD = "Minister Lotte Vermeiren stelde maandag haar plan voor. Wij vroegen haar wat er verandert."
TURNS = {
    "nl": [
        "Mevrouw de minister, veel bibliotheken sloten de voorbije jaren. Waarom gaan ze nu op zondag open?",
        "Lotte Vermeiren: Omdat gezinnen dan tijd hebben. Vorig jaar vroegen 9.000 lezers erom.",
        "Wat kost dat?",
        "Lotte Vermeiren: Twaalf miljoen euro over vier jaar. De gemeenten betalen de helft.",
    ],
    "fr": [
        "Madame la Ministre, beaucoup de bibliothèques ont fermé. Pourquoi ouvrir le dimanche ?",
        "Lotte Vermeiren : Parce que les familles ont alors du temps. L'an dernier, 9 000 lecteurs l'ont demandé.",
        "Combien cela coûte-t-il ?",
        "Lotte Vermeiren : Douze millions d'euros sur quatre ans. Les communes en paient la moitié.",
    ],
}


def _plan(tmp_path: Path, blocks: list[str]) -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join([*HEAD, LEAD, *blocks]) + "\n", encoding="utf-8")
    return [(b.kind, b.text) for b in plan_import(page, Library.load(tmp_path)).blocks]


@pytest.mark.parametrize("lang", sorted(TURNS))
@pytest.mark.parametrize("dash", ["–", "-"])
def test_an_interview_s_dash_led_turns_are_paragraphs(tmp_path: Path, lang: str, dash: str):
    turns = TURNS[lang]
    blocks = _plan(tmp_path, [f"{dash} {turn}" for turn in turns])
    assert blocks == [("paragraph", LEAD), *(("paragraph", f"– {turn}") for turn in turns)]


def test_turns_named_by_their_speaker_are_paragraphs_whatever_their_length(tmp_path: Path):
    turns = ["Hoe gaat het?", "VERMEIREN: Goed.", "En de gemeenten?", "VERMEIREN: Die volgen."]
    blocks = _plan(tmp_path, [f"– {turn}" for turn in turns])
    assert [kind for kind, _ in blocks] == ["paragraph"] * 5


def test_answers_set_with_a_dash_between_plain_questions_are_paragraphs(tmp_path: Path):
    blocks = _plan(
        tmp_path,
        [
            "Waarom nu?",
            "– Omdat gezinnen dan tijd hebben. Vorig jaar vroegen 9.000 lezers erom.",
            "Wat kost dat?",
            "– Twaalf miljoen euro over vier jaar. De gemeenten betalen de helft.",
        ],
    )
    assert all(kind == "paragraph" for kind, _ in blocks)


@pytest.mark.parametrize(
    "items",
    [
        # a list under its lead-in, though its items say several sentences and one asks
        ["Drie maatregelen:", "- Een premie van 500 euro. Ze geldt vanaf maart.", "- Wie kan ze krijgen?"],
        # a list of questions, none answered: a FAQ's index
        ["- Wie heeft recht op de premie?", "- Hoe vraag ik ze aan?", "- Tot wanneer kan dat?"],
        # short items, one sentence each
        ["- de bibliotheek van Gent;", "- de bibliotheek van Hasselt;", "- de bibliotheek van Aarlen."],
    ],
)
def test_a_list_stays_a_list(tmp_path: Path, items: list[str]):
    blocks = _plan(tmp_path, items)
    assert [kind for kind, _ in blocks if kind == "list_item"] == ["list_item"] * sum(x.startswith("-") for x in items)


def test_one_dash_item_of_several_sentences_alone_stays_as_read():
    """One lone item is too little to read a page as an interview: left as the reader set it."""
    body = [Block("paragraph", LEAD), Block("list_item", "Een premie van 500 euro. Ze geldt vanaf maart.", marker="-")]
    dialogue_turns(body)
    assert body[1].kind == "list_item"
