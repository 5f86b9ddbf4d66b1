"""A dry run of a page that lacks its headline, its date or its language: what was found is shown
before the error that names what is missing, as the TUI's dialog shows it with those fields empty.
The dry run said only the error, so the user fixed the date and ran it again to see the rest (an
import trial: 8 of 23 pages state no date)."""

from __future__ import annotations

from typing import Any

from reader.commands.output import console, escape
from reader.core.importer.plan import MissingFields

SHOWN_LINES = 12


def found_so_far(name: str, exc: MissingFields, as_json: bool) -> dict[str, Any]:
    """Printed unless `as_json`; returned for --json, the missing fields empty."""
    plan = exc.plan
    said = plan.to_json(written=False)
    for field in exc.missing:
        said[{"title": "title", "date": "date", "language": "language"}.get(field, field)] = None
    if "date" in exc.missing:
        said["id"] = said["release_date"] = None  # both made of a stand-in date
    said["missing"] = list(exc.missing)
    if plan.named_date is not None:
        said["named_date"] = plan.named_date.isoformat()
    if not as_json:
        date = "—" if "date" in exc.missing else plan.own_date.isoformat()
        language = "—" if "language" in exc.missing else plan.language
        out = console()
        out.print(
            f"would refuse {escape(name)} until it is given its {' and '.join(exc.missing)}; it reads as "
            f"({language}, {date}, {len(plan.blocks)} blocks)\n"
            f"  title: {escape(said['title'] or '—')}\n  issuer: {escape(plan.issuer) or '—'}"
        )
        if plan.site_lines:
            shown = " · ".join(escape(line[:120]) for line in plan.site_lines[:SHOWN_LINES])
            more = len(plan.site_lines) - SHOWN_LINES
            out.print(f"  left out as site lines: {shown}" + (f" · and {more} more" if more > 0 else ""))
    return said
