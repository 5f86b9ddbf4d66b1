"""Command palette provider: every key of the screen under the palette, found by fuzzy search.

Built from the screen's active bindings (the screen, its focused widget, the app), so a key added
to a screen is in the palette without a second list to keep; the titles below only say more than
a footer label can.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

TITLES = {
    "help": "Help: every key, at this screen's section",
    "models": "Models: open the model manager",
    "app.models": "Models: open the model manager",
    "search": 'Search releases (words are prefixes; "quoted" exact)',
    "pick('issuer')": "Only the releases of one issuer",
    "pick('year')": "Only the releases of one year",
    "reload": "Reload the library from disk",
    "import_file": "Import a release from a file",
    "cycle_language": "Library: only one language (all, nl, fr, en)",
    "sort": "Sort by date, newest or oldest first",
    "side_by_side": "Side by side: original and another version",
    "translate": "Translate this release offline",
    "swap": "Swap the two sides",
    "toggle_interleave": "Toggle interleaved layout",
    "review": "Review mode: flags, ok/flag/comment",
    "review(True)": "Edit the current segment (in review mode)",
    "cycle(1)": "Next version on the right (human, machine, made here)",
    "cycle(-1)": "Previous version on the right",
    "cycle_filter": "Show all / flagged / mine / to do segments",
    "save_translation": "Save the machine translation in the library",
    "history": "History: earlier texts of this version; restore one",
    "edit": "Edit the current segment under its source",
    "write": "Write the edits of this review (history kept)",
    "mt_check": "Check meaning with machine translation now",
    "export": "Export this pair: TMX, XLIFF, Markdown or HTML",
    "find": "Find in the text (then n / N)",
    "concordance": "Concordance: past renderings of the selected (or found) words",
    "build": "Build or bring up to date the translation memory",
    "insert_suggestion(1)": "Insert the memory's first suggestion",
    "insert_suggestion(2)": "Insert the memory's second suggestion",
    "insert_suggestion(3)": "Insert the memory's third suggestion",
    "letterhead": "Open or fold the letterhead",
    "toggle_letterhead": "Open or fold the letterhead",
    "next_flag(1)": "Next flagged segment",
    "next_flag(-1)": "Previous flagged segment",
    "mark('ok')": "Mark the segment ok",
    "mark('flagged')": "Flag the segment",
    "mark('todo')": "Undo the mark (back to to do)",
    "comment": "Comment on the segment",
    "withdraw": "Withdraw the segment's proposals (an official version's corrections)",
    "install_file": "Install a model package from a file",
    "install_index": "Get a model package from the Argos index (online)",
    # by screen where one action name means two things ('remove' a package, a release: a trial's
    # palette offered the library's x as 'Remove the selected model package')
    "ModelManagerScreen.remove": "Remove the selected model package",
    "LibraryScreen.remove": "Remove the selected release from the library (kept under .removed/)",
}
EXTRA = [  # actions with no key of their own
    ("translate_all", "Translate all releases missing a language (and save them)"),
    ("stop_translate_all", "Stop translating all (what finished is kept)"),
]
EXPORT_ELSEWHERE = "Export XLIFF, TMX, Markdown or HTML: how"
EXPORT_HOW = (
    "An export is of a pair of versions: open the release, s for side by side (v picks the version on "
    "the right), then o (in review too). The CLI: press-reader export ID --source nl --target fr --format xliff -o FILE"
)
SKIP = {"command_palette", "app.command_palette", "app.quit", "quit"}


class PressReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """The screen's own keys first, then the app's, the focused widget's, and last the keys
        Textual's widgets bind (Scroll Left, Focus Next, Copy selected text): those came first, the
        screen's after a page of them (a trial at 80x24)."""
        screen = self.screen  # the screen under the palette; app.screen is the palette itself
        ranked: list[tuple[int, str, str, Callable[[], object]]] = []
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding, node = active.binding, active.node
            if binding.action in SKIP or binding.action in seen or not binding.description:
                continue
            seen.add(binding.action)
            title = TITLES.get(
                f"{type(node).__name__}.{binding.action}", TITLES.get(binding.action, binding.description)
            )
            key = binding.key_display or self.app.get_key_display(binding)
            ours = binding.action in _bound_here(node)
            rank = (0 if node is screen else 1 if node is self.app else 2) if ours else 3
            ranked.append((rank, title, key, partial(self.app.run_action, binding.action, node)))
        names = {name for name in dir(screen) if name.startswith("action_")}
        for action, title in EXTRA:
            if f"action_{action}" in names:
                ranked.append((0, title, "-", partial(screen.run_action, action)))
        if "action_export" not in names:  # found from any screen: where the export is, said (a new user's trial)
            ranked.append((1, EXPORT_ELSEWHERE, "-", partial(self.app.notify, EXPORT_HOW, timeout=8)))
        ranked.append((1, "Quit press-reader", "ctrl+q", partial(self.app.run_action, "quit")))
        return [(title, key, callback) for _rank, title, key, callback in sorted(ranked, key=lambda c: c[0])]

    def _system(self, discovering: bool = False) -> list[tuple[str, str, Callable[[], object]]]:
        """Textual's own commands (Theme, Keys, Maximize, Screenshot), its Quit left out: "Quit
        press-reader" is the app's, which asks first when work would be lost."""
        return [
            (command.title, command.help, command.callback)
            for command in self.app.get_system_commands(self.screen)
            if command.title != "Quit" and (command.discover or not discovering)
        ]

    async def discover(self) -> Hits:
        """The app's commands first, Textual's after: as two providers, Textual's came first (Keys,
        Maximize, 'Quit the application as soon as possible'), the app's only once typed for (a
        trial at 80x24). One provider yields both, in this order, which the palette keeps."""
        for title, key, callback in self._commands():
            yield DiscoveryHit(title, callback, help=_help(key))
        for title, help_text, callback in self._system(discovering=True):
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = [(title, _help(key), callback) for title, key, callback in self._commands()] + self._system()
        for title, help_text, callback in found:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


def _bound_here(node: object) -> set[str]:
    """The actions the app's own classes bind on `node` (its Textual bases bind scrolling, focus, copy)."""
    return {
        binding.action if isinstance(binding, Binding) else binding[1]
        for cls in type(node).__mro__
        if cls.__module__.startswith("reader.")
        for binding in vars(cls).get("BINDINGS", [])
    }


def _help(key: str) -> str:
    """'key: s'; a command with no key says so in words ('key: -' read as the minus key: a trial)."""
    return "no key: from this palette" if key == "-" else f"key: {key}"
