"""The library's language filter (`l`) with a search narrows the releases to those with that
language and searches the words in every language's text, as `list --search W --lang xx` does
(thirty-third session: the CLI was fixed, the TUI still searched the chosen language's text only,
so a word of the Dutch original found nothing under 'fr')."""

from __future__ import annotations

from pathlib import Path

from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers


def _release(root: Path, rid: str, texts: dict[str, str]) -> None:
    folder = root / rid
    folder.mkdir(parents=True)
    languages = "".join(f"  {lang}:\n    provenance: official\n" for lang in texts)
    titles = "".join(f"  {lang}: {text.split('.')[0]}\n" for lang, text in texts.items())
    (folder / "release.yaml").write_text(
        f"id: {rid}\ndate: {rid[:10]}\nissuer: Stad\noriginal_language: nl\ntitles:\n{titles}languages:\n{languages}",
        encoding="utf-8",
    )
    for lang, text in texts.items():
        (folder / f"{lang}.md").write_text(text + "\n", encoding="utf-8")


async def test_the_language_filter_narrows_releases_and_the_words_are_searched_in_every_text(app, library_dir: Path):  # noqa: ANN001
    _release(
        library_dir,
        "2025-06-02-zwembad",
        {
            "nl": "De zwembadpas wordt goedkoper. Kinderen zwemmen gratis",
            "fr": "La carte piscine baisse. Les enfants nagent gratis",
        },
    )
    _release(library_dir, "2025-06-03-sporthal", {"nl": "De zwembadpas geldt ook in de sporthal. Vanaf juli"})
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        while app.screen.language != "fr":
            await pilot.press("l")
            await wait_for_workers(pilot)
        await pilot.press("slash", *"zwembadpas")
        await pilot.pause(0.3)  # the search runs when typing pauses
        await wait_for_workers(pilot)
        listed = app.screen.query_one(ReleaseList)
        # the French release whose Dutch says the word; not the release without French
        assert [row.id for row in listed.rows] == ["2025-06-02-zwembad"]
