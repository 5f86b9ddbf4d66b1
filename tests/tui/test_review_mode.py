from reader.core.review.store import ReviewStore
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers


async def _open_review(app, pilot) -> ReviewScreen:  # noqa: ANN001
    """The seed release opened, shown side by side, then in review once its check is done."""
    await wait_for_workers(pilot)
    await pilot.press("enter", "s", "r")
    await wait_for_workers(pilot)
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def test_review_mode_flags_jump_mark_and_comment(app, library_dir):
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        assert len(screen.report.flagged) == 1
        await pilot.press("right_square_bracket")
        index = screen.query_one(AlignedView).cursor
        assert screen.report.pairs[index].flags[0].code == "number"
        detail = str(screen.query_one("#review-detail").render())
        assert "numbers differ" in detail
        assert "d dismisses a false flag" in detail.split("\n")[0]  # on the first line: never cut off at 80x24
        strip = str(screen.query_one("#review-strip").render())
        assert "█" in strip and strip.count("▼") == 1
        await pilot.press("home")
        assert str(screen.query_one("#review-strip").render()).index("▼") < strip.index("▼")
        await pilot.press("right_square_bracket")
        await pilot.press("f")
        await pilot.press("c")
        await pilot.press(*"check 22")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("home", "a")
        rows = screen.query_one(AlignedView).rows
        assert rows[index].status == "flagged" and rows[0].status == "ok"
        await pilot.press("r")
        assert not isinstance(app.screen, ReviewScreen)
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    states = sorted((s.status, s.comment) for s in store.segments.values())
    assert states == [("flagged", "check 22"), ("ok", "")]


async def test_review_opens_without_machine_translation_until_asked(app, fake_translator):
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        assert fake_translator.calls == 0  # opened on the two versions alone
        await pilot.press("t")
        await wait_for_workers(pilot)
        await pilot.pause()
        assert fake_translator.calls == 1 and screen.mt
        assert not screen.has_class("-mt")  # the progress line is gone once done
        assert any("MT" in note or "ignored" in note for note in screen.report.notes)


async def test_the_setting_runs_the_mt_checks_unasked(library_dir, fake_translator):
    from dataclasses import replace

    from reader import paths
    from reader.core.library import Library
    from reader.tui.app import make_app

    settings = replace(paths.settings(), review_mt=True)
    app = make_app(Library.load(library_dir), fake_translator, settings=settings, cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        for _ in range(3):
            await wait_for_workers(pilot)
        assert fake_translator.calls == 1 and app.screen.mt


async def test_the_letterhead_is_one_row_alike_in_side_by_side_and_review(app):
    """Dutch beside English: the English version keeps the bilingual letterhead as printed. It used
    to show as three rows, two of them '—' (missing text); now side by side and review show the
    same single row: the Dutch half, which the English version carries as printed, on both sides."""
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "v")  # the right column: French, then English
        await wait_for_workers(pilot)
        assert app.screen.choice.lang == "en"
        aligned = [(r.left, r.right) for r in app.screen.query_one(AlignedView).rows if r.kind == "letterhead"]
        assert len(aligned) == 1 and all(aligned[0])
        assert aligned[0][0].startswith("Vice-Eersteminister") and aligned[0][1] == aligned[0][0]
        await pilot.press("r")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.target == "en"
        reviewed = [(r.left, r.right) for r in screen.query_one(AlignedView).rows if r.kind == "letterhead"]
        assert reviewed == aligned
        assert not [p for p in screen.report.pairs if p.kind == "letterhead" and p.flags]


async def test_review_opened_again_shows_what_another_window_wrote_meanwhile(app, library_dir):
    fr = library_dir / SEED_ID / "fr.md"
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, ReviewScreen) and not app.screen.report.flagged
        await pilot.press("r")  # back to side by side; another window writes the French version
        fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
        await pilot.press("r")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert any("32 hectares" in p.target for p in screen.report.pairs) and len(screen.report.flagged) == 1


async def test_a_version_another_window_makes_official_is_read_again_with_its_standing(app, library_dir):
    """The same text imported again with another provenance: the open review's column says so, and
    an edit then is a proposal (it was written on, as if the version were still unofficial)."""
    from reader.tui.controllers import review_write
    from reader.tui.widgets.review_view import ReviewView

    meta = library_dir / SEED_ID / "release.yaml"
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        view = screen.query_one(ReviewView)
        assert not view.session.official
        meta.write_text(
            meta.read_text(encoding="utf-8").replace(
                "  fr:\n    provenance: unofficial\n    translator: press-reader maintainers",
                "  fr:\n    provenance: official",
            ),
            encoding="utf-8",
        )
        app.library.get(SEED_ID)  # another screen (the reader below) read it first: the stamps are new
        assert review_write.check_disk(view)  # what the view's two-second check does
        await wait_for_workers(pilot)
        assert view.session.official
        assert view.session.label("fr") == "Français · official"


async def test_a_comment_another_process_writes_is_shown_and_never_replaced(app, library_dir):
    """The CLI comments on a segment while the review is open: the review shows it, `c` opens on it,
    and what is typed then is added below it; a comment written between opening `c` and Enter stays too."""
    from reader.tui.controllers import review_write

    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("down", "down")
        key = screen.report.pairs[screen.query_one(AlignedView).cursor].key
        other = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
        other.set(key, status="ok", comment="cli says fine")  # another process
        view = screen.query_one("ReviewView")
        review_write.check_disk(view)  # what the view's two-second check does
        await pilot.pause()
        assert screen.query_one(AlignedView).rows[screen.query_one(AlignedView).cursor].status == "ok"
        await pilot.press("c")
        await pilot.pause()
        other.set(key, comment="cli says fine\nand a second thought")  # while the dialog is open
        await pilot.press("end", *" - tui agrees", "enter")
        await pilot.pause()
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    said = store.get(key).comment.splitlines()
    assert "and a second thought" in said and "cli says fine - tui agrees" in said


async def test_a_comment_typed_at_once_with_its_enter_is_saved_whole(app, library_dir):
    """A fast typist (or a paste) sends the comment and its Enter together: Enter, a priority key,
    was handled before the text area had read the keys ahead of it, and the comment lost its end."""
    from textual import events

    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        key = screen.report.pairs[screen.query_one(AlignedView).cursor].key
        typed = "vérifier le montant de 22 hectares"
        for character in typed:
            app.post_message(events.Key("space" if character == " " else character, character))
        app.post_message(events.Key("enter", "\r"))  # all queued before any is handled
        for _ in range(100):  # up to 10 s: a loaded machine is slow (a fixed 0.5 s failed CI elsewhere)
            await pilot.pause(0.1)
            if app.screen is screen:
                break
        await wait_for_workers(pilot)
        assert app.screen is screen
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    assert store.get(key).comment == typed


async def test_keys_pressed_while_the_check_runs_are_done_or_answered(app, library_dir, monkeypatch):
    """`]` typed before the check is done went nowhere, and `a` did nothing unsaid: the jump is made
    once the flags are known, and a key that needs them says the check is still running."""
    import threading

    from reader.tui.controllers import review_session

    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    gate = threading.Event()
    original = review_session.check

    def held(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        gate.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(review_session, "check", held)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.query_one("ReviewView").session.report is None
        await pilot.press("a", "right_square_bracket")
        assert any("Still checking" in str(n.message) for n in app._notifications)
        gate.set()
        await wait_for_workers(pilot)
        await pilot.pause()
        index = screen.query_one(AlignedView).cursor
        assert screen.report.pairs[index].flags and screen.report.pairs[index].flags[0].code == "number"
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    assert not [s for s in store.segments.values() if s.status]  # `a` marked nothing it could not see


async def test_review_reopens_where_it_was_left_with_its_filter(app, library_dir):
    """Esc from review, then r: back at #1 with every segment shown (a translator's trial lost the
    place and the filter each time). The review opens on the segment and filter it was left on."""
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("right_square_bracket")
        pair = screen.report.pairs[screen.session.current(screen.query_one(AlignedView).cursor)]
        await pilot.press("s")  # the flagged ones only
        await pilot.pause()
        shown = screen.session.filter
        assert shown != "all"
        await pilot.press("escape")
        await wait_for_workers(pilot)
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
        await pilot.press("r")
        await wait_for_workers(pilot)
        again = app.screen
        assert isinstance(again, ReviewScreen) and again is not screen
        assert again.session.filter == shown
        current = again.report.pairs[again.session.current(again.query_one(AlignedView).cursor)]
        assert current.source == pair.source


async def test_a_passes_the_segment_and_moves_on_f_stays(app):  # noqa: ANN001
    """A reviewer going through every segment presses `a` once a segment, not `a` and an arrow."""
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        view = screen.query_one(AlignedView)
        await pilot.press("home", "a", "a")
        assert view.cursor == 2
        assert [row.status for row in view.rows[:3]] == ["ok", "ok", "todo"]
        await pilot.press("f")
        assert view.cursor == 2 and view.rows[2].status == "flagged"
        await pilot.press("end", "a")
        assert view.cursor == len(view.rows) - 1 and view.rows[-1].status == "ok"  # the last stays


async def test_colon_goes_to_the_segment_named_by_its_number(app):  # noqa: ANN001
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        view = screen.query_one(AlignedView)
        await pilot.press("colon")
        await pilot.pause()
        await pilot.press("number_sign", "4", "enter")
        await pilot.pause()
        assert screen.view.session.current(view.cursor) == 3
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.press(*"999", "enter")
        await pilot.pause()
        assert screen.view.session.current(view.cursor) == 3  # stays, said
        assert any("the segments are 1 to" in str(n.message) for n in app._notifications)


async def test_the_flag_key_on_the_only_flag_says_so(app, library_dir):
    """`]` on the one flagged segment did nothing and said nothing (a translator's trial)."""
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("right_square_bracket")
        index = screen.query_one(AlignedView).cursor
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.query_one(AlignedView).cursor == index
        assert any("only flagged segment" in str(n.message) for n in app._notifications)


async def test_a_is_said_as_what_it_does_the_next_segment_flagged_or_not(app):  # noqa: ANN001
    """`a` moves to the segment under it, not to the next flag; the README's 'goes on to the next' and
    the footer's 'OK' let a new user's comment land on the wrong segment (trial R)."""
    import re

    from reader.tui.screens.help import help_text
    from tests.conftest import ROOT

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    step = re.search(r" 8\. (.*?) 9\. ", readme)
    assert step and "`a` marks it ok and moves the cursor to the next segment, flagged or not" in step.group(1)
    assert "a `c` after `a` comments on that next segment" in step.group(1)
    assert "`a` | mark the segment ok and move to the next segment, flagged or not" in help_text("review-mode")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_review(app, pilot)
        view = screen.query_one(AlignedView)
        assert screen.active_bindings["a"].binding.description == "OK ↓"
        await pilot.press("home", "a")
        assert view.cursor == 1 and not view.rows[1].flags  # the next segment, no flag on it


async def test_without_colour_the_review_s_states_differ_by_glyph_or_style(library_dir, monkeypatch):  # noqa: ANN001
    """NO_COLOR=1 (trial C): the map's ok and flagged slices were one glyph in near-identical greys,
    the cursor row's ✗ and the detail's '⚑ number:' grey on grey."""
    from rich.style import Style

    from reader.core.library import Library
    from reader.tui.app import make_app
    from tests.tui.fake_translator import FakeTranslator

    monkeypatch.setenv("NO_COLOR", "1")
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_review(app, pilot)
        await pilot.press("home", "a", "a", "a")  # three segments marked ok
        await pilot.press("right_square_bracket")
        await wait_for_workers(pilot)
        strip = str(screen.query_one("#review-strip").render())
        assert "█" in strip and "▄" in strip  # flagged and ok: two glyphs
        view = screen.query_one(AlignedView)
        assert screen.report.pairs[view.cursor].flags
        assert view.get_component_rich_style("aligned--flag").reverse
        detail = screen.query_one("#review-detail").render()
        plain = str(detail)
        start = plain.index("⚑ number:")
        styles = [span.style for span in getattr(detail, "spans", []) if span.start <= start < span.end]
        assert any((Style.parse(s) if isinstance(s, str) else s).reverse for s in styles), styles
