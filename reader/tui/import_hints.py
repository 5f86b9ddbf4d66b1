"""The import dialog's wording of what to do: its fields and buttons, never the command line's flags."""

from __future__ import annotations

from reader.core.importer.hints import ImportHints

_FIELD = {"title": "Title", "date": "Date", "language": "Language"}


class DialogHints(ImportHints):
    def give(self, missing: tuple[str, ...]) -> str:
        *first, last = [_FIELD[name] for name in missing]
        return f"fill in {', '.join(first)} and {last} above" if first else f"fill in {last} above"

    def add_to(self, release_id: str, suggested: bool = False, still: tuple[str, ...] = ()) -> str:
        # the fields still empty stay open and focused: the dialog asks for them by itself
        if suggested:  # the dialog sets Import as and Release to the release the plan suggests
            return f"set above (Release {release_id}); Import as “a new release” keeps it apart"
        return f"Import as “a language version of…”, Release {release_id}"

    def issuer(self) -> str:
        return "type it under Issuer"

    def force(self, replace: bool) -> str:
        if replace:
            return "choose another Release or Language (the dialog does not replace a version)"
        return "choose another file"


DIALOG = DialogHints()
