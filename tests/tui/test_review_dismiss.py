"""Review mode's `d`: a false flag taught away as the same name (the user's glossary) or ignored here."""

from reader.core.review.store import ReviewStore
from reader.core.text import glossary_file
from reader.tui.screens.modals import ChoiceModal, ConfirmModal, PromptModal
from reader.tui.screens.review import ReviewScreen
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


def _flags(screen: ReviewScreen, code: str) -> list[int]:
    assert screen.report is not None
    # a note ('your glossary: …', trial N) is no flag
    return [p.index for p in screen.report.pairs if any(f.code == code and f.severity != "info" for f in p.flags)]


async def _open_review(app, pilot) -> ReviewScreen:  # noqa: ANN001
    await wait_for_workers(pilot)
    await pilot.press("enter", "s", "r")
    await wait_for_workers(pilot)
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def test_d_teaches_a_name_to_the_glossary_and_ignores_a_number_here(app, library_dir):
    fr = library_dir / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8").replace("l'aéroport de Liège", "l'aéroport de Bierset")
    fr.write_text(text.replace("22 hectares", "32 hectares"), encoding="utf-8")
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        (named,) = _flags(screen, "name")
        assert _flags(screen, "number") == [named]  # both on the sentence of the airport
        screen.view.go(named)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")  # first choice: the same name
        await pilot.pause()
        assert isinstance(app.screen, PromptModal)
        assert app.screen.query_one("#prompt").value == "Luik = "
        await pilot.press(*"Bierset")  # typed after the guess: it was selected, and the keys wiped it (a trial)
        assert app.screen.query_one("#prompt").value == "Luik = Bierset"
        await pilot.press("enter")
        await pilot.pause()
        # the app's own names say Luik is Liège: asked first (trial N wrote 'Bergen = Namur' unasked)
        assert isinstance(app.screen, ConfirmModal) and "Luik is Liège" in app.screen.question
        await pilot.press("y")
        await wait_for_workers(pilot)
        assert _flags(screen, "name") == []
        # checked again with the user's glossary, which overrules the app's names: a note says so (trial N)
        assert "your glossary: Luik = Bierset" in str(screen.view.session.detail(screen.view.cursor))
        assert any(
            e.term == "Luik" and "Bierset" in e.equivalents for e in glossary_file.entries(app.settings.user_glossary)
        )
        (numbered,) = _flags(screen, "number")
        screen.view.go(numbered)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")  # the only choice left: ignore the number flag here
        await pilot.pause()
        assert _flags(screen, "number") == []
        assert "dismissed here (number)" in str(screen.view.session.detail(screen.view.cursor))  # at once
        await pilot.press("r")
        await pilot.press("r")  # opened again: the dismissal holds
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert _flags(app.screen, "number") == [] and _flags(app.screen, "name") == []
        app.screen.view.go(numbered)  # hidden, not gone: the detail says what was dismissed here
        detail = str(app.screen.view.session.detail(app.screen.view.cursor))
        assert "dismissed here (number)" in detail
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    # one segment's number flag, kept by its signature and by its check (a reworded flag stays hidden)
    (accepted,) = [s.accepted for s in store.segments.values() if s.accepted]
    assert len(accepted) == 2 and "code:number" in accepted


async def test_a_same_name_the_place_names_contradict_is_asked_and_cancelled(app, library_dir):
    """Trial N: 'Bergen = Namur' taught from a flag saying 'expected: Mons', no question asked. Now
    the reason is shown and 'Cancel' writes nothing: the flag stays."""
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("l'aéroport de Liège", "l'aéroport de Huy"), encoding="utf-8")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_review(app, pilot)
        (named,) = _flags(screen, "name")
        screen.view.go(named)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+a", *"Luik = Huy", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "Luik is Liège in FR" in app.screen.question and "not Huy" in app.screen.question
        await pilot.press("n")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert _flags(screen, "name") == [named]
        assert glossary_file.entries(app.settings.user_glossary) == []
        assert any("Not added" in str(n.message) for n in app._notifications)


async def test_a_name_taught_keeps_the_cursor_on_its_segment(app, library_dir):
    """Trial N: after 'same name' the review checked again and the cursor jumped from #18 to the next
    flag, #24, no key pressed. A flag further down is there; the cursor stays where it was."""
    fr = library_dir / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8").replace("l'aéroport de Liège", "l'aéroport de Bierset")
    fr.write_text(text.replace("au Rwanda", "au Burundi"), encoding="utf-8")
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        named, *below = _flags(screen, "name")
        assert below  # the flag the cursor went on to
        screen.view.go(named)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Bierset", "enter")
        await pilot.pause()
        await pilot.press("y")  # Luik is Liège by the app's names: added anyway
        await wait_for_workers(pilot)
        assert named not in _flags(screen, "name")
        assert isinstance(app.screen, ReviewScreen)
        assert screen.view.session.current(screen.view.cursor) == named


async def test_d_on_a_segment_without_a_flag_says_so(app):
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("home", "d")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)  # no dialog opened
        assert screen.report is not None and not screen.report.pairs[0].flags


async def test_the_comment_prompt_selects_all_with_ctrl_a_as_the_editor_does(app):  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        results: list[str | None] = []
        app.push_screen(PromptModal("Comment on segment 4", "te vrij vertaald"), results.append)
        await pilot.pause()
        await pilot.press("ctrl+a", *"klopt", "enter")
        await pilot.pause()
        assert results == ["klopt"]
        assert not isinstance(app.screen, PromptModal)


async def test_the_same_name_prompt_types_into_its_blank_half(app):  # noqa: ANN001
    """'  = Claessens' (the flag named the target's form alone) with the cursor at its end: 'Claes'
    typed made 'ClaessensClaes' (a trial). Typing starts where the blank half is."""
    from reader.core.review.checks import CheckedPair
    from reader.core.review.findings import Finding
    from reader.tui.controllers import review_teach

    pair = CheckedPair(0, "paragraph", "Pieter Claes", "Pieter Claessens", "1-1")
    pair.flags.append(Finding("name", "in the target but not in the source: Claessens"))
    guessed = review_teach.guess(pair)
    assert guessed.startswith(" =")
    async with app.run_test(size=(80, 24)) as pilot:
        results: list[str | None] = []
        app.push_screen(PromptModal("Same name", guessed, go_on=True, cursor=0), results.append)
        await pilot.pause()
        await pilot.press(*"Claes", "enter")
        await pilot.pause()
        assert results == ["Claes = Claessens"]


def test_a_name_spelled_two_ways_fills_both_halves() -> None:
    """A trial's field held ' = ' for a 'spelled differently' flag: both forms are in the message."""
    from reader.core.review.checks import CheckedPair
    from reader.core.review.findings import Finding
    from reader.tui.controllers import review_teach

    pair = CheckedPair(0, "paragraph", "minister Pavlo Koebrakov", "le ministre Pavlo Koubrakov", "1-1")
    pair.flags.append(Finding("name", "spelled differently: «Pavlo Koebrakov» / «Pavlo Koubrakov»"))
    assert review_teach.guess(pair) == "Pavlo Koebrakov = Pavlo Koubrakov"


async def test_a_glossary_broken_by_hand_is_said_and_the_review_is_checked_without_it(app):
    """The review waited on 'checking…' for ever (the check's worker failed on the file): a trial."""
    from reader.tui.screens.review import ReviewScreen
    from tests.conftest import SEED_ID

    app.settings.user_glossary.parent.mkdir(parents=True, exist_ok=True)
    app.settings.user_glossary.write_text("nl: [unclosed\n", encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        assert app.screen.report is not None and app.screen.report.pairs
        assert any("checked without your glossary" in n.message for n in app._notifications)


async def test_a_glossary_taught_from_the_shell_settles_the_open_review(app, library_dir):
    """`glossary add` in another window while the review is open: checked again, the cursor kept."""
    import asyncio

    from tests.conftest import second_process

    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(
        fr.read_text(encoding="utf-8").replace("l'aéroport de Liège", "l'aéroport de Bierset"), encoding="utf-8"
    )
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        (named,) = _flags(screen, "name")
        screen.view.go(named)
        await asyncio.to_thread(second_process, "glossary", "add", "Luik", "Bierset", "--force")
        for _ in range(40):  # the review looks at the disk every two seconds
            await pilot.pause(0.1)
            if not _flags(screen, "name"):
                break
        await wait_for_workers(pilot)
        assert _flags(screen, "name") == []
        assert screen.view.session.current(screen.view.cursor) == named
        assert any("Your glossary changed" in str(n.message) for n in app._notifications)
