"""How an import's errors and warnings say what to do: the command line names its flags, a dialog its fields.

The importer finds what is wrong (a release this file may be the other language of, no issuer line,
a headline not found); the face the user sits at says how to act on it. The import dialog had
told the user to pass `--release ID` for a release its own fields had already chosen. The methods
here are the command line's wording; the TUI passes a subclass that speaks of its fields.
"""

from __future__ import annotations

from reader.core.model import LANGUAGES

# How to give each field the importer may not find, on the command line.
FLAGS = {"title": "--title TEXT", "date": "--date YYYY-MM-DD", "language": "--lang nl|fr|en"}


class ImportHints:
    def give(self, missing: tuple[str, ...]) -> str:
        """How to give the fields the importer did not find ('use --title TEXT --date YYYY-MM-DD')."""
        return "use " + " ".join(FLAGS[name] for name in missing)

    def add_to(self, release_id: str, suggested: bool = False, still: tuple[str, ...] = ()) -> str:
        """How to add the file to `release_id` as a language version. `suggested`: the plan names that
        release as the likely one (a dialog has set its fields to it already). `still`: what a
        version added must be given all the same (its headline: it takes only the release's date)."""
        return " ".join([f"--release {release_id}", *(FLAGS[name] for name in still)])

    def issuer(self) -> str:
        """What to do about an issuer not found."""
        return "use --issuer to set one"

    def force(self, replace: bool) -> str:
        """What to do about a file already imported (`replace`: a version of that language exists)."""
        return "use --force to replace it" if replace else "use --force"

    def replace(self, release_id: str) -> str:
        """How to replace the version of `release_id` with the file: one phrase, as the README has it
        ('--release ID, use --force to replace it' said the replacing twice: fix batch 12, F6)."""
        return f"--release {release_id} --force"

    def keep(self) -> str:
        """How to keep a line the import dropped."""
        return "--keep LINE keeps it"

    def language(self, found: str, asked: str) -> str:
        """What to do about a text that plainly reads as another language than the one asked for
        (one we keep no version in, German say, is never offered as a --lang)."""
        if found not in LANGUAGES:
            return f"use --force to import it as '{asked}' all the same"
        return f"give --lang {found}, or --force to import it as '{asked}' all the same"


CLI = ImportHints()
