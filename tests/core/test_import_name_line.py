"""A body's name set alone at the top of a page, over its headline (an acronym, 'Name (ACRONYM)', a name
built on a body's word, a name the text says again in another form, a name written in lowercase), is
the page's issuer: never its headline, never a site line dropped (trials D, M and C of the thirty-sixth
session: the Court of Audit's, a transport company's, an air-traffic body's and a science service's
pages lost their issuer or their headline). Own words, own bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_TEXT = [
    "{name} vernieuwt deze maand de wissels op twee lijnen in het noorden van de stad, zo meldt de dienst.",
    "De werken duren twee weken en tijdens de nacht rijdt er een vervangbus tussen de haltes.",
]


def _plan(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    file = tmp_path / "page.txt"
    file.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    return plan_import(file, Library.load(tmp_path / "lib"))


@pytest.mark.parametrize(
    ("top", "said"),
    [
        ("KVBX", "De maatschappij"),  # an acronym the text never writes as a word
        ("VBLM-TRBX", "De VBLM"),  # a bilingual body's two acronyms; the text says one
        ("zwaluwnet", "zwaluwnet"),  # a name written in lowercase, a sentence of the text opening on it
        ("Hofraad", "Het Hofraad"),  # one word, an institution's word
    ],
)
def test_a_name_alone_over_the_headline_is_the_issuer(tmp_path: Path, top: str, said: str) -> None:
    title = "Geen trams tussen het station en de haven tijdens het weekend"
    text = [_TEXT[0].format(name=said), _TEXT[1]]
    plan = _plan(tmp_path, [top, title, "Brussel, 4 mei 2026", *text])
    assert (plan.title, plan.issuer) == (title, top)
    assert top not in plan.dropped
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == text


@pytest.mark.parametrize(
    "top",
    [
        "Dienst voor Zeevaartkunde (DZK)",  # 'Name (ACRONYM)'
        "Centrum voor Scheepsbouw Vlaanderen",  # a name built on a body's word
        "Föderaler Öffentlicher Dienst Seewesen",  # a German letterhead over a Dutch page
    ],
)
def test_a_name_over_the_date_leaves_the_headline_under_it(tmp_path: Path, top: str) -> None:
    title = "Nieuwe sleepboot voor de haven van Oostende vaart uit"
    text = [_TEXT[0].format(name="De dienst"), _TEXT[1]]
    plan = _plan(tmp_path, [f"{top}\nPersbericht\nBrussel, 4 mei 2026", title, *text])
    assert (plan.title, plan.issuer) == (title, top)
    assert [b.text for b in plan.blocks if b.kind == "paragraph"] == text


def test_a_one_word_name_over_a_headline_naming_a_body_is_still_the_issuer(tmp_path: Path) -> None:
    """Both lines name a body ('… in het Vlaams Gewest'): the one-word name is the headline only when
    nothing else can be."""
    title = "Subsidies voor dakisolatie in het Vlaams Gewest"
    text = [_TEXT[0].format(name="Het Rekenhof"), _TEXT[1]]
    plan = _plan(tmp_path, ["Rekenhof", title, "Nederlandse kamer van 4 maart 2026", *text])
    assert (plan.title, plan.issuer) == (title, "Rekenhof")


def test_a_lowercase_label_the_text_does_not_open_on_is_still_dropped(tmp_path: Path) -> None:
    title = "Geen trams tussen het station en de haven tijdens het weekend"
    text = [_TEXT[0].format(name="De maatschappij"), "Een foto van de camera staat op de site."]
    plan = _plan(tmp_path, ["camera", title, "Brussel, 4 mei 2026", *text])
    assert plan.title == title and "camera" in plan.dropped and plan.issuer != "camera"
