"""Every key of every screen in the palette; help at the screen's own section; export from side by side."""

from pathlib import Path

import pytest
from textual.actions import parse
from textual.containers import VerticalScroll

from reader.tui.commands import PressReaderCommands
from reader.tui.screens.help import HelpScreen, HelpText, anchor
from reader.tui.screens.modals import ChoiceModal, ConfirmModal, PromptModal
from tests.tui.conftest import wait_for_workers

SCREENS = {
    "library": (),
    "reader": ("enter",),
    "side-by-side": ("enter", "s"),
    "review-mode": ("enter", "s", "r"),
    "model-manager": ("m",),
}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("section", list(SCREENS))
async def test_every_key_is_in_the_palette_and_help_opens_at_its_section(app, section, size):
    """Help opened on the library's keys and was scrolled to the screen's section, when that scroll
    came in time and the section could reach the top: now that section comes first."""
    async with app.run_test(size=size) as pilot:
        await wait_for_workers(pilot)
        for key in SCREENS[section]:
            await pilot.press(key)
            await wait_for_workers(pilot)
        screen = app.screen
        # a key bound twice offers the binding its screen enables now (n: next match, else Dutch)
        actions = {
            b.action
            for b in screen.BINDINGS
            if b.description and b.action != "app.quit" and screen.check_action(*parse(b.action)[1:]) is not False
        }
        offered = {callback.args[0] for _title, _key, callback in PressReaderCommands(screen)._commands()}
        assert actions <= offered
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen) and help_screen.section == section == screen.HELP_SECTION
        lines = [line.strip() for line in help_screen.query_one(HelpText).text.split("\n")]
        first = next(n for n, line in enumerate(lines) if line.endswith(" (this screen)"))
        assert anchor(lines[first].removesuffix(" (this screen)")) == section
        scroll = help_screen.query_one(VerticalScroll)
        assert scroll.scroll_y == 0 and first < scroll.scrollable_content_region.height  # seen at once


@pytest.mark.parametrize("keys", [("enter", "s"), ("enter", "s", "r")])
async def test_export_from_side_by_side_and_review(app, tmp_path, keys):
    """`o` in side by side, and in review (where the palette's advice had sent a reviser in vain)."""
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press(*keys)
        await wait_for_workers(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("down", "enter")  # XLIFF 1.2
        await pilot.pause()
        assert isinstance(app.screen, PromptModal)
        assert app.screen.query_one("#prompt").value.endswith(".xlf")
        # the folder the default writes into is said (trial J's export went into the source checkout)
        assert f"by default into {Path.cwd()}, the folder press-reader was started in" in app.screen.question
        target = tmp_path / "out [1].xlf"
        app.screen.query_one("#prompt").value = str(target)
        await pilot.press("enter")
        await wait_for_workers(pilot)
        # the format the label names: 1.2, which OmegaT reads (the label had said 1.2 and written 2.0)
        assert 'version="1.2"' in target.read_text(encoding="utf-8")[:400]
        said = [n.message for n in app._notifications]
        assert any("flagged by the checks" in m for m in said), said
        # the same file again: asked first, kept unless replaced (a CAT tool's work was lost so)
        target.write_text("work of a CAT tool", encoding="utf-8")
        for answer, kept in (("n", True), ("y", False)):
            await pilot.press("o")
            await pilot.pause()
            await pilot.press("down", "enter")
            await pilot.pause()
            app.screen.query_one("#prompt").value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmModal)
            await pilot.press(answer)
            await wait_for_workers(pilot)
            assert (target.read_text(encoding="utf-8") == "work of a CAT tool") is kept
        # replaced, the CAT tool's work stays beside it as FILE~, as the CLI keeps it (a translator's trial)
        backup = target.with_name(target.name + "~")
        assert backup.read_text(encoding="utf-8") == "work of a CAT tool"
        assert any(f"kept as {backup.name}" in n.message for n in app._notifications)


async def test_a_screenshot_goes_to_the_current_folder_where_there_is_no_downloads_folder(app, tmp_path, monkeypatch):
    """The palette's Screenshot failed, saying nothing of why, on a machine without ~/Downloads."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_downloads_dir", lambda: str(tmp_path / "no-such-folder"))
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.deliver_screenshot()
        for _ in range(50):
            await pilot.pause(0.02)
            if list(tmp_path.glob("*.svg")):
                break
    assert list(tmp_path.glob("*.svg"))


@pytest.mark.parametrize("keys", [(), ("enter",)])
async def test_export_asked_in_the_palette_elsewhere_says_where_it_is(app, keys):
    """'export' or 'xliff' in the palette of the library or the reader found nothing: now it says how."""
    from reader.tui.commands import EXPORT_ELSEWHERE, EXPORT_HOW

    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        for key in keys:
            await pilot.press(key)
            await wait_for_workers(pilot)
        found = [c for t, _k, c in PressReaderCommands(app.screen)._commands() if t == EXPORT_ELSEWHERE]
        assert len(found) == 1 and "xliff" in EXPORT_ELSEWHERE.lower()
        found[0]()
        await pilot.pause()
        assert any(n.message == EXPORT_HOW for n in app._notifications)


async def test_a_tmx_export_says_what_it_left_out(app, library_dir, tmp_path):
    """The TUI said '18 segments' of a TMX that left a flagged one out; the CLI said so (a translator's trial)."""
    from tests.conftest import SEED_ID

    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s")
        await wait_for_workers(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("enter")  # TMX
        await pilot.pause()
        target = tmp_path / "memory.tmx"
        app.screen.query_one("#prompt").value = str(target)
        await pilot.press("enter")
        await wait_for_workers(pilot)
        assert target.exists()
        said = [str(n.message) for n in app._notifications]
        assert any("translation units" in m and "left out 1 segment(s)" in m for m in said), said


def test_a_command_with_no_key_says_so_in_words():
    """'key: -' was read as the minus key (a new user's trial, the translate-all commands)."""
    from reader.tui.commands import _help

    assert _help("-") == "no key: from this palette" and _help("s") == "key: s"


@pytest.mark.parametrize(
    ("keys", "first"),
    [
        ((), 'Search releases (words are prefixes; "quoted" exact)'),
        (("enter",), "NL"),
        (("enter", "s"), "Next version on the right (human, machine, made here)"),
    ],
)
async def test_the_palette_lists_the_apps_commands_first(app, keys, first):
    """ctrl+p opened on Textual's Keys, Maximize, 'Quit the application as soon as possible',
    Screenshot and Theme, then its widgets' Scroll Left, Focus Next, Copy selected text; the
    screen's own commands came only once typed for (a trial at 80x24)."""
    from textual.command import CommandList, CommandPalette

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        for key in keys:
            await pilot.press(key)
            await wait_for_workers(pilot)
        ours = [title for title, _key, _callback in PressReaderCommands(app.screen)._commands()]
        await pilot.press("ctrl+p")
        listed: list[str] = []
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, CommandPalette):
                options = app.screen.query_one(CommandList).options
                listed = [str(option.prompt).split("\n")[0] for option in options]
                if len(listed) > len(ours):
                    break
        assert listed[0] == first and listed[: len(ours)] == ours
        textuals = [listed.index(title) for title in ("Focus Next", "Copy selected text")]
        assert min(textuals) > listed.index("Quit press-reader") > listed.index("Models: open the model manager")
        assert {"Theme", "Screenshot", "Keys"} <= set(listed[len(ours) :])
        assert "Quit" not in listed  # one quit: the app's, which asks first when work would be lost
        await pilot.press(*"scree")  # Textual's commands are still found by typing
        await pilot.pause(0.5)
        assert any("Screenshot" in str(o.prompt) for o in app.screen.query_one(CommandList).options)


async def test_the_palette_names_the_librarys_remove_as_a_release_not_a_package(app):
    """'x' in the library was offered as 'Remove the selected model package': one title for an
    action name two screens use (a trial)."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        titles = [title for title, _key, _callback in PressReaderCommands(app.screen)._commands()]
        assert "Remove the selected release from the library (kept under .removed/)" in titles
        assert not any("model package" in title for title in titles)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_export_prompt_shows_its_whole_hint(app, size):
    """Trial N read 'Export XLIFF 1.2 to (by default into /tmp/…, the f': the label was cut at the
    dialog's edge. It wraps inside the dialog, every word drawn."""
    from textual.geometry import Region
    from textual.widgets import Label

    async with app.run_test(size=size) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s")
        await wait_for_workers(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptModal)
        label = app.screen.query_one(Label)
        dialog = app.screen.query_one(".dialog")
        assert dialog.content_region.contains_region(label.region)  # drawn inside, not past the edge
        lines = label.render_lines(Region(0, 0, label.size.width, label.size.height))
        drawn = " ".join(" ".join(strip.text.split()) for strip in lines)
        assert " ".join(app.screen.question.split()) in drawn


async def test_help_is_one_widget_of_lines_made_once(app):
    """`?` took 1.7 to 1.9 s to open under load (trial Y): Textual's Markdown widget built a widget per
    heading, paragraph and table cell, every time. Now one widget, its lines made once per width."""
    from reader.tui.screens import help as help_module

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        for _ in range(2):
            await pilot.press("question_mark")
            await pilot.pause(0.2)
            assert isinstance(app.screen, HelpScreen)
            assert len(app.screen.query("*")) <= 3  # the scroll, the text (and its scrollbar)
            await pilot.press("escape")
            await pilot.pause(0.1)
        made = help_module._lines.cache_info()
        assert made.hits > made.misses  # the second opening drew from the lines the first made
