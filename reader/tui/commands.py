"""Command palette provider: the app's own commands, found by fuzzy search."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from reader.tui.app import PressReaderApp


class PressReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("PressReaderApp", self.app)
        screen = self.screen  # the screen under the palette; app.screen is the palette itself

        def on_screen(action: str) -> Callable[[], object]:
            return lambda: screen.run_action(action)

        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Help: show every key", "?", app.action_help),
            ("Models: open the model manager", "m", app.action_models),
        ]
        names = {name for name in dir(screen) if name.startswith("action_")}
        optional = [
            ("action_search", "Search releases", "/", "search"),
            ("action_pick", "Only the releases of one issuer", "u", "pick('issuer')"),
            ("action_pick", "Only the releases of one year", "y", "pick('year')"),
            ("action_reload", "Reload the library from disk", "ctrl+r", "reload"),
            ("action_import_file", "Import a release from a file", "i", "import_file"),
            ("action_side_by_side", "Side by side: original and another version", "s", "side_by_side"),
            ("action_translate", "Translate this release offline", "t", "translate"),
            ("action_swap", "Swap the two sides", "x", "swap"),
            ("action_toggle_interleave", "Toggle interleaved layout", "i", "toggle_interleave"),
            ("action_review", "Review mode: flags, ok/flag/comment", "r", "review"),
            ("action_cycle", "Next version on the right (then translate to ...)", "v", "cycle(1)"),
            ("action_cycle_filter", "Show all / flagged / mine / to do segments", "s", "cycle_filter"),
            ("action_translate_all", "Translate all releases missing a language (and save them)", "-", "translate_all"),
            ("action_stop_translate_all", "Stop translating all (what finished is kept)", "-", "stop_translate_all"),
            ("action_save_translation", "Save the machine translation in the library", "w", "save_translation"),
            ("action_letterhead", "Open or fold the letterhead", "l", "letterhead"),
            ("action_history", "History: earlier texts of this version; restore one", "h", "history"),
            ("action_edit", "Edit the current segment under its source", "e", "edit"),
            ("action_write", "Write the edits of this review (history kept)", "w", "write"),
            ("action_mt_check", "Check meaning with machine translation now", "t", "mt_check"),
        ]
        for attribute, title, key, action in optional:
            if attribute in names:
                commands.append((title, key, on_screen(action)))
        return commands

    async def discover(self) -> Hits:
        for title, key, callback in self._commands():
            yield DiscoveryHit(title, callback, help=f"key: {key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, key, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=f"key: {key}")
