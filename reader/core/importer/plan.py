"""What an import would do, before anything is written: the plan the CLI prints and the TUI previews,
and the one error that names every field detection could not find."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import AlreadyImported, ImportFailed
from reader.core.importer.hints import ImportHints
from reader.core.model import Block, LanguageVersion, Provenance


@dataclass
class ImportPlan:
    path: Path
    sha256: str
    release_id: str
    new_release: bool
    language: str
    date: dt.date
    title: str
    issuer: str
    blocks: list[Block]
    provenance: Provenance
    version_date: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # site furniture left out (navigation, share, contact)
    suggested_release: str | None = None  # the release this file is most likely a language version of
    missing: tuple[str, ...] = ()  # fields detection could not find (left empty): 'title', 'date', 'language'
    date_line: str = ""  # the file's date line as written, kept in the import record for the calendar check
    named_date: dt.date | None = None  # with the date missing: a date the lead names, for the user to confirm
    # the version this file replaces, as the plan saw it (None: there was none): a version written
    # or changed by another import since the plan is refused at the write, never replaced unseen
    replaces: LanguageVersion | None = field(default=None, repr=False)
    carried: str = ""  # after the write: what became of the review of the replaced text (review.carry)
    # A preview of a file whose content is in the library already: the release holding it (a real
    # import raises `already_in_library` instead; a command of several files skips that file)
    duplicate: str | None = None
    encoding: str | None = (
        None  # a text file's, as read ('cp1252' guessed is said: encoding.encoding_note); None for PDF, DOCX
    )

    @property
    def site_lines(self) -> list[str]:
        """What was left out as the site's, without what the release holds all the same: the
        headline set again on the page (a breadcrumb's last step) and the date line read as the
        date. Listed to a user among site lines, they read as a headline or a date lost."""
        from reader.core.importer.furniture import line_key

        # the issuer's line too: an English page's 'Flemish Government' was listed as a site line (trial K)
        said = {line_key(self.title), line_key(self.date_line), line_key(self.issuer)} - {""}
        return [line for line in self.dropped if line_key(line) not in said]

    @property
    def own_date(self) -> dt.date:
        """The date this file's version keeps: its page's own, else the release's."""
        return self.version_date or self.date

    def to_json(self, written: bool) -> dict[str, Any]:
        return {
            "id": self.release_id,
            "date": self.own_date.isoformat(),
            "release_date": self.date.isoformat(),
            "language": self.language,
            "title": self.title,
            "issuer": self.issuer,
            "provenance": self.provenance.kind,
            "new_release": self.new_release,
            "written": written,
            "file": str(self.path),
            "sha256": self.sha256,
            "encoding": self.encoding,
            "warnings": self.warnings,
            "dropped": self.dropped,
            "suggested_release": self.suggested_release,
            "blocks": [b.to_json() for b in self.blocks],
        }


def already_in_library(path: Path, release_id: str) -> AlreadyImported:
    """The refusal of a file already in the library, worded once: the import raises it, a dry run of
    several files says it as the real run would (skipped), never in other words."""
    return AlreadyImported(path, f"already imported as release '{release_id}' (same content)", release_id)


class MissingFields(ImportFailed):
    """The headline, the date or both could not be found: one error names them all, so the user is
    asked once. `plan` is everything else that was found (its missing fields empty, its date a
    stand-in), for a dialog that opens with those fields to fill and the rest filled in."""

    def __init__(self, path: Path, reason: str, missing: tuple[str, ...], plan: ImportPlan) -> None:
        super().__init__(path, reason)
        self.missing = missing
        self.plan = plan


_ASK = {
    "title": "no title found (no headline before the body)",
    "date": "no date line found (a date in the title or the text may be an event's)",
    "language": "cannot tell the language (not Dutch, French or English enough)",
}


def missing_error(
    path: Path, missing: tuple[str, ...], plan: ImportPlan, hint: str, hints: ImportHints
) -> MissingFields:
    what = "; ".join(_ASK[name] for name in missing)
    return MissingFields(path, f"{what}; {hints.give(missing)}{hint}", missing, plan)
