"""The bilingual letterhead in aligned views: the original's furniture, never rows of missing text.

A human version keeps the letterhead as printed (the seed's French and English versions carry the
Dutch and French halves); a machine translation renders each half. Either way every letterhead row
has text on both sides, and the review raises nothing on it."""

from __future__ import annotations

from reader.core.align import align_blocks
from reader.core.library import Library
from reader.core.model import Block
from reader.core.review.checks import check_release
from tests.conftest import ROOT, SEED_ID

NL = Block("letterhead", "Minister van Werk\nen Economie", lang="nl")
FR = Block("letterhead", "Ministre de l'Emploi\net de l'Economie", lang="fr")
BODY = Block("paragraph", "Een zin over het werk.")
CORPS = Block("paragraph", "Une phrase sur le travail.")


def _letterhead(pairs: list) -> list[tuple[str, str]]:
    return [(p.source_text, p.target_text) for p in pairs if p.kind == "letterhead"]


def test_a_version_keeping_the_letterhead_as_printed_shows_it_once():
    body = [NL, FR, BODY]
    english = [NL, FR, Block("paragraph", "A sentence about work.")]
    assert _letterhead(align_blocks(body, english, "nl", "en")) == [(NL.text, NL.text)]  # was three rows, two '—'
    assert _letterhead(align_blocks(body, [NL, FR, CORPS], "nl", "fr")) == [(NL.text, FR.text)]
    assert _letterhead(align_blocks([FR, NL, CORPS], [FR, NL, BODY], "fr", "nl")) == [(FR.text, NL.text)]
    alone = Block("letterhead", "Federale Overheidsdienst\nEconomie", lang="nl")
    assert _letterhead(align_blocks([alone, BODY], [alone, CORPS], "nl", "fr")) == [(alone.text, alone.text)]


def test_a_machine_translation_renders_each_half_and_each_faces_its_own():
    en_from_nl = Block("letterhead", "Minister of Employment\nand Economy", lang="en")
    en_from_fr = Block("letterhead", "Minister of Work\nand of the Economy", lang="en")
    english = [en_from_nl, en_from_fr, Block("paragraph", "A sentence about work.")]
    assert _letterhead(align_blocks([NL, FR, BODY], english, "nl", "en")) == [
        (NL.text, en_from_nl.text),
        (FR.text, en_from_fr.text),
    ]
    fr_from_nl = Block("letterhead", "Ministre du Travail\net de l'Economie", lang="fr")
    french = [fr_from_nl, FR, CORPS]  # the French half is already French: kept as it is
    assert _letterhead(align_blocks([NL, FR, BODY], french, "nl", "fr")) == [(NL.text, fr_from_nl.text)]


def test_a_version_without_a_letterhead_still_says_so():
    assert _letterhead(align_blocks([NL, FR, BODY], [CORPS], "nl", "fr")) == [(NL.text, ""), (FR.text, "")]
    assert _letterhead(align_blocks([BODY], [CORPS], "nl", "fr")) == []


def test_the_review_of_the_seed_raises_nothing_on_its_letterhead():
    release = Library.load(ROOT / "releases").get(SEED_ID)
    for target in ("fr", "en"):
        report = check_release(release, "nl", target)
        rows = [pair for pair in report.pairs if pair.kind == "letterhead"]
        assert len(rows) == 1 and rows[0].source and rows[0].target and not rows[0].flags


def test_a_corrected_half_replaces_its_printed_copy_and_stays_one_row():
    """The French version corrects its French half; the Dutch original still carries that half as
    printed. One letterhead row either way, never the printed copy as a row of missing text."""
    corrected = Block("letterhead", "Ministre de l'Emploi\net de l'Économie", lang="fr")
    assert _letterhead(align_blocks([NL, FR, BODY], [NL, corrected, CORPS], "nl", "fr")) == [(NL.text, corrected.text)]
    assert _letterhead(align_blocks([NL, corrected, CORPS], [NL, FR, BODY], "fr", "nl")) == [(corrected.text, NL.text)]
