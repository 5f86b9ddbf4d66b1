"""Two imports that took different lines for the headline: one version's headline renders the other's
first paragraph. Texts in our own words, in the shapes of two real dev pairs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.core.model import Block, LanguageVersion, Provenance, Release
from reader.core.review.checks import check_release


def _release(nl_title: str, nl: list[str], fr_title: str, fr: list[str]) -> Release:
    versions = {
        lang: LanguageVersion(
            lang, Provenance("official"), title, Path(f"{lang}.md"), _blocks=[Block("paragraph", t) for t in texts]
        )
        for lang, title, texts in (("nl", nl_title, nl), ("fr", fr_title, fr))
    }
    return Release("r", dt.date(2024, 5, 2), "", "nl", Path("."), versions)


NL = ["Anna Peeters, directeur – Tom Claes, voorzitter van de raad", "Het jaar 2023 bracht veel nieuwe projecten."]
FR = ["L'année 2023 a apporté beaucoup de nouveaux projets."]


def test_a_headline_that_renders_the_other_versions_first_paragraph_is_one_note():
    release = _release("Jaarverslag", NL, "Anna Peeters, directrice – Tom Claes, président du conseil", FR)
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        report = check_release(release, src, tgt)
        shown = [f for p in report.pairs for f in p.flags if f.severity != "info"]
        assert not shown, (src, shown)
        notes = [f.message for f in report.pairs[0].flags]
        assert any("took different lines for the headline" in m for m in notes), notes


def test_headlines_that_face_each_other_are_checked_as_headlines():
    release = _release("Jaarverslag 2023 van Anna Peeters", NL[1:], "Rapport annuel 2023 d'Anna Peeters", FR)
    report = check_release(release, "nl", "fr")
    assert not any("took different lines" in f.message for f in report.pairs[0].flags)
    assert report.pairs[0].source.startswith("Jaarverslag")


def test_segments_after_a_moved_headline_are_placed_in_the_versions_own_blocks():
    """An edit is placed by the segment's block: the headline set in front is no block of the version."""
    from reader.core.review.edit import locate

    release = _release("Jaarverslag", NL, "Anna Peeters, directrice – Tom Claes, président du conseil", FR)
    report = check_release(release, "nl", "fr")
    places = locate(report, release.versions["fr"].blocks)
    by_text = {pair.target: place for pair, place in zip(report.pairs, places, strict=True) if pair.kind != "title"}
    assert by_text[FR[0]] is not None and by_text[FR[0]].block == 0


def test_a_lead_that_restates_the_headline_moves_nothing():
    """A lead often says the headline again, so one headline can be as like the other version's lead
    as like the other headline. Headlines that share names render each other: nothing moved, no
    paragraph left facing nothing (a real dev pair of a justice council, both versions so built)."""
    release = _release(
        "Persbericht: De Hoge Raad voor de Justitie betreurt de aanval op een griffier in Namen",
        [
            "De Hoge Raad voor de Justitie betreurt ten zeerste de aanval op een griffier in Namen.",
            "De Raad vraagt meer aandacht voor de veiligheid in de gerechtsgebouwen.",
        ],
        "Communiqué de presse : le Conseil supérieur de la Justice déplore l'agression d'un greffier à Namur",
        [
            "Le Conseil supérieur de la Justice déplore vivement l'agression d'un greffier à Namur.",
            "Le Conseil demande plus d'attention pour la sécurité dans les palais de justice.",
        ],
    )
    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        report = check_release(release, src, tgt)
        assert not any("took different lines" in f.message for p in report.pairs for f in p.flags), src
        assert not [f for p in report.pairs for f in p.flags if f.code == "omission" and f.severity != "info"], src


FR_PAGE = """Les piscines communales ouvrent plus tôt cet été

Liège, le 3 juin 2025

Dès le 14 juin, les quatre piscines de la Ville de Liège ouvrent à 7 heures, entre Sclessin et Droixhe.

Les maîtres-nageurs seront douze par jour. L'entrée reste à 3 euros.
"""
# The Dutch version as the press officer received it: the mail's fields, then its headline and text.
# Its headline is no rendering of the French one but says the lead's date and figure again.
NL_MAIL = """Van: Persdienst Stad Luik <pers@example.be>
Verzonden: dinsdag 3 juni 2025 09:12
Aan: redactie@example.be
Onderwerp: Persbericht - Vanaf 14 juni vier zwembaden om 7 uur open

Vanaf 14 juni vier zwembaden om 7 uur open

Luik, 3 juni 2025

Vanaf 14 juni gaan de vier zwembaden van de Stad Luik om 7 uur open, tussen Sclessin en Droixhe.

Er zijn twaalf redders per dag. De toegang blijft 3 euro.
"""


def test_a_headline_restating_its_lead_faces_the_other_headline_as_align_shows_it(tmp_path: Path):
    """A new user's trial: a Dutch version imported from a mail, whose headline says its lead's date
    and figure again while the French headline says neither, was checked with that headline glued to
    its first paragraph (an addition, or an omission the other way; its XLIFF unit refused as two
    paragraphs), although `align` set the headlines face to face. The leads render each other, so the
    headline moved nowhere."""
    from reader.core.align import align_versions
    from reader.core.importer.importer import apply_import, plan_import
    from reader.core.library import Library

    (tmp_path / "fr.txt").write_text(FR_PAGE, encoding="utf-8")
    (tmp_path / "nl.txt").write_text(NL_MAIL, encoding="utf-8")
    (tmp_path / "lib").mkdir()
    library = Library.load(tmp_path / "lib")
    release = apply_import(plan_import(tmp_path / "fr.txt", library), library)
    release = apply_import(plan_import(tmp_path / "nl.txt", library, release_id=release.id, lang="nl"), library)
    release = Library.load(tmp_path / "lib").get(release.id)
    for src, tgt in (("fr", "nl"), ("nl", "fr")):
        report = check_release(release, src, tgt)
        aligned = align_versions(release.versions[src], release.versions[tgt])
        assert [(p.source, p.target) for p in report.pairs] == [(a.source_text, a.target_text) for a in aligned]
        assert report.pairs[0].target == release.versions[tgt].title, src
        assert not any("took different lines" in f.message for p in report.pairs for f in p.flags), src
        assert not [f for p in report.pairs for f in p.flags if f.code in ("addition", "omission")], src
