"""The TUI's controllers without a UI: what the library asks, what `v` cycles, what a review shows."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.core.model import LANGUAGES
from reader.core.review.checks import check_release
from reader.tui.controllers.library_feed import LibraryQuery
from reader.tui.controllers.review_session import ReviewSession
from reader.tui.controllers.side_by_side import Choice, choices, side_label
from tests.conftest import SEED_ID


def _flagged_release(library_dir: Path):  # noqa: ANN202
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    return Library.load(library_dir).get(SEED_ID)


def test_a_library_query_cycles_languages_and_names_its_filters():
    query = LibraryQuery()
    seen = [query.language]
    for _ in LANGUAGES:
        query = query.next_language()
        seen.append(query.language)
    assert seen == [None, *LANGUAGES] and query.next_language().language is None
    assert LibraryQuery().described() == []
    asked = LibraryQuery(text="port", language="nl", year="2019", issuer="FOD")
    assert asked.described() == ["search “port”", "language nl", "year 2019", "issuer FOD"]


def test_v_cycles_human_versions_before_translations_to_make(library_dir: Path):
    release = Library.load(library_dir).get(SEED_ID)
    order = choices(release, "nl", {})
    assert [c.kind for c in order] == ["version"] * (len(release.languages) - 1) + ["translate"] * (len(LANGUAGES) - 1)
    assert Choice("nl", "version") not in order and Choice("nl", "translate") not in order


def test_a_machine_column_with_nothing_yet_is_named_without_a_version(library_dir: Path):
    release = Library.load(library_dir).get(SEED_ID)
    assert side_label(release, "en", True, None, False) == "English · machine · not saved (w)"
    assert side_label(release, "en", True, None, True).endswith("· translating")
    assert side_label(release, "nl", False, None, False).startswith(LANGUAGES["nl"])


def test_a_pivots_models_are_named_as_their_route_in_a_columns_heading(library_dir: Path):
    """'translate-nl_en 1.0, translate-en_fr 1.0' was cut off even at 120 columns (a trial)."""
    from reader.core.engine.result import TranslationResult

    release = Library.load(library_dir).get(SEED_ID)
    models = [{"code": "translate-nl_en", "version": "1.0"}, {"code": "translate-en_fr", "version": "1.0"}]
    from reader.core.engine.result import BlockTranslation, SentencePair

    done = [BlockTranslation("paragraph", [SentencePair("Het plan.", "Le plan.", done=True)])]
    result = TranslationResult("nl", "fr", done, models, pivot="en")
    assert side_label(release, "fr", True, result, False) == "Français · machine · not saved (w) · nl→en→fr 1.0"
    # cancelled before its first sentence: nothing to save, and `w` is not offered
    empty = TranslationResult("nl", "fr", [], models, pivot="en")
    assert side_label(release, "fr", True, empty, False).startswith("Français · machine · nothing translated (t)")
    # cancelled half way: `w` refuses an incomplete run, so the heading offers `t` to go on (a trial)
    half = [BlockTranslation("paragraph", [SentencePair("Het plan.", "Le plan.", done=True), SentencePair("Nu.")])]
    cut = TranslationResult("nl", "fr", half, models, pivot="en")
    assert side_label(release, "fr", True, cut, False).startswith("Français · machine · incomplete (t goes on)")
    # the servers named failed and local models made it: the heading says so, not only a toast (a trial)
    local = TranslationResult("nl", "fr", done, models, pivot="en", fell_back="no LibreTranslate server answered")
    assert side_label(release, "fr", True, local, False).endswith("· servers failed, local nl→en→fr 1.0")


def test_a_review_session_filters_finds_flags_and_keeps_an_edit(library_dir: Path):
    release = _flagged_release(library_dir)
    session = ReviewSession(release, "nl", "fr")
    session.report = check_release(release, "nl", "fr")
    rows = session.rows()
    assert len(rows) == len(session.report.pairs) and session.shown_pairs == list(range(len(rows)))
    flagged = session.next_flagged(0, 1)
    assert flagged is not None and "number" in rows[flagged].flags
    assert "numbers differ" in str(session.detail(flagged))
    session.next_filter()  # flagged only
    assert session.filter == "flagged" and len(session.rows()) == 1
    assert session.current(0) == flagged and session.row_of(flagged) == 0
    assert session.state(session.report.pairs[flagged].key).status == "todo"  # no store: nothing saved

    pair = session.report.pairs[flagged]
    session.edit(pair.index, pair.target.replace("32", "22"))
    assert session.edits == 1 and session.working is not None and "unsaved edit" in session.title()
    assert session.keep_orphans() == ([], [])  # nothing refused
    session.reloaded(release)
    assert (session.edits, session.working, session.typed) == (0, None, {})


def test_the_word_being_typed_is_a_prefix_however_short(library_dir: Path, tmp_path: Path):
    """'d' or 'da' found nothing (short words match exactly) while 'datum' was being typed; a word
    closed with a space keeps the rule."""
    from reader.core.search import SearchIndex
    from reader.tui.controllers.library_feed import typing

    assert typing("ka") == "ka*" and typing("de ") == "de " and typing('"kris"') == '"kris"'
    index = SearchIndex(library_dir, tmp_path / "search")
    index.update()
    assert index.search(typing("Ka")) and index.search(typing("Kri"))


def test_a_refused_edit_kept_as_a_proposal_adds_to_the_comment_never_replaces_it(library_dir: Path, tmp_path: Path):
    """A comment written meanwhile (by the CLI) stayed on disk under the segment; the proposal replaced it."""
    from reader.core.review.store import ReviewStore

    release = Library.load(library_dir).get(SEED_ID)
    session = ReviewSession(release, "nl", "fr")
    session.report = check_release(release, "nl", "fr")
    session.store = ReviewStore(release.id, "nl", "fr", tmp_path / "reviews")
    pair = session.report.pairs[5]
    ReviewStore(release.id, "nl", "fr", tmp_path / "reviews").set(pair.key, comment="an earlier note")
    session.orphans = [(pair.source, "Ma version, refusée.")]
    assert session.keep_orphans() == (["6"], [])
    comment = ReviewStore(release.id, "nl", "fr", tmp_path / "reviews").get(pair.key).comment
    assert comment.splitlines()[0] == "an earlier note" and "Ma version, refusée." in comment
    # a segment whose source is gone from the text: the words typed are handed back, never dropped unsaid
    session.orphans = [("Een zin die niet meer in de tekst staat.", "Une phrase perdue.")]
    assert session.keep_orphans() == ([], ["Une phrase perdue."])


def test_a_segment_spanning_two_target_paragraphs_is_known_before_the_editor_opens():
    """Asked before typing: the edit would be refused, and what was typed lost with it."""
    from tests.core.releases import paragraph_release

    nl = [
        "De dienst opent in maart drie nieuwe loketten in Gent, Luik en Namen, en wie een afspraak wil maken "
        "kan voortaan ook 's avonds terecht.",
        "Meer informatie staat op de website.",
    ]
    fr = [
        "Le service ouvre en mars trois nouveaux guichets à Gand, Liège et Namur.",
        "Qui veut prendre rendez-vous peut désormais aussi venir le soir.",
        "Plus d'informations sur le site.",
    ]
    release = paragraph_release(nl, fr)
    session = ReviewSession(release, "nl", "fr")
    session.report = check_release(release, "nl", "fr")
    spanning = [p.index for p in session.report.pairs if p.shape == "1-2"]
    assert spanning and not session.editable(spanning[0])
    assert session.editable(len(session.report.pairs) - 1)


def test_a_version_translated_from_a_text_replaced_since_says_it_is_out_of_date(library_dir: Path):
    from reader.core.on_disk import read_digest

    release = Library.load(library_dir).get(SEED_ID)
    english = release.versions["en"].provenance
    english.source = f"nl:{read_digest(release.versions['nl'].path)}"
    assert "out of date" not in side_label(release, "en", False, None, False)
    english.source = "nl:0123456789abcdef"  # read before the Dutch text was replaced
    assert side_label(release, "en", False, None, False).endswith("· out of date")


def test_d_offers_naming_the_counterpart_when_a_flag_names_one_side_only():
    """'These two are the same name' beside a flag that names one name read as nonsense."""
    from reader.core.review.checks import CheckedPair, Finding
    from reader.tui.controllers.review_teach import choices

    def pair(message: str) -> CheckedPair:
        return CheckedPair(1, "paragraph", "a", "b", "1-1", [Finding("name", message)])

    one = dict(choices(pair("in the target but not in the source: Flandre occidentale")))
    assert one["same"].startswith("The other text names it otherwise")
    both = "not found in the target: West-Vlaanderen; in the target but not in the source: Flandre occidentale"
    assert dict(choices(pair(both)))["same"].startswith("These two are the same name")


def test_d_cuts_a_long_flag_at_a_word_and_marks_the_cut():
    from reader.core.review.checks import CheckedPair, Finding
    from reader.tui.controllers.review_teach import choices

    message = "length ratio 0.41 is outside the usual bounds for nl→fr (the target may leave out the meetstation part)"
    label = dict(choices(CheckedPair(1, "paragraph", "a", "b", "1-1", [Finding("length", message)])))["ignore:length"]
    assert label.endswith(" …") and "meetstat …" not in label
    assert len(label) <= len("Ignore this length flag here: ") + 70
