"""The dates a version carries: its weekdays against the calendar, its date line against the other's.

A weekday that the calendar denies ('Mercredi 6 décembre 2018' was a Thursday) is a typo, whatever
the other side says: a fact of the calendar. Import keeps each file's date line in the release's
record (`source.files.<lang>.date_line`), so that a line it turned into a date is still checked. A
version dated a day or two from the other is usual (a rendering published later): a note, shown
on asking, never dropped; more is a wrong date line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from reader.core.model import Release
from reader.core.review import thresholds as limit
from reader.core.review.analysis import Analyses
from reader.core.text.numbers import Quantity
from reader.core.text.stamps import is_update_stamp

# (message, severity or None for the code's own, confidence): checks.py makes them Findings.
Said = tuple[str, str | None, float]


def weekday_mismatches(items: list[Quantity], dated: dt.date | None = None) -> list[tuple[Quantity, dt.date]]:
    """(weekday, date) pairs read together ('Woensdag 5 december 2018') that the calendar denies. A
    date without its year ('woensdag 16 juni') is of the year that sets it nearest the release's
    date (`dated`): a release announces what comes, or tells what was (a French
    service's trial: the Dutch weekday off by one went unsaid, the two weekdays only told apart)."""
    dates = {q.start: q for q in items if q.kind == "date"}
    out: list[tuple[Quantity, dt.date]] = []
    for q in items:
        date = dates.get(q.start) if q.kind == "weekday" else None
        day = _day_of(date.value, dated) if date is not None else None
        if day is not None and day.weekday() != int(q.value):
            out.append((q, day))
    return out


def _day_of(value: str, dated: dt.date | None) -> dt.date | None:
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return dt.date.fromisoformat(value)
        yearless = re.fullmatch(r"-+(\d\d)-(\d\d)", value)
        if yearless is None or dated is None:
            return None
        month, day = int(yearless.group(1)), int(yearless.group(2))
        near = []
        for year in (dated.year - 1, dated.year, dated.year + 1):
            with contextlib.suppress(ValueError):  # 29 February of a common year
                near.append(dt.date(year, month, day))
        return min(near, key=lambda d: abs((d - dated).days), default=None)
    except ValueError:
        return None  # '31 februari': another check's business


_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en"}


def wrong_weekdays(items: list[Quantity], lang: str = "en", dated: dt.date | None = None) -> list[str]:
    """What a reviser corrects: the date's own weekday, named in the text's language (CLDR)."""
    from babel.dates import format_date

    said = []
    for weekday, date in weekday_mismatches(items, dated):
        day = format_date(date, "EEEE", locale=_LOCALES.get(lang, "en"))
        text = next((q.text for q in items if q.kind == "date" and q.start == weekday.start), date.isoformat())
        year = "" if str(date.year) in text else f" in {date.year}"
        # the day in English and as the text would write it: 'a vendredi' read as a typo (a translator's trial)
        english = format_date(date, "EEEE", locale="en")
        own = "" if day.lower() == english.lower() else f" («{day}»)"
        said.append(f"«{text}»: that date{year} is a {english}{own}, not «{weekday.text}»")
    return said


def version_dates(release: Release, src: str, tgt: str, analyses: Analyses) -> list[Said]:
    """What the two versions' dates say, read the same from either side."""
    found: list[Said] = []
    files = release.source.get("files") if isinstance(release.source, dict) else None
    for lang in (src, tgt):
        entry = files.get(lang) if isinstance(files, dict) else None
        line = entry.get("date_line") if isinstance(entry, dict) else None
        if isinstance(line, str) and line.strip():
            found += [
                # the line is the page's as imported, not a segment: said so, or the user looks for it in the text
                (f"the {lang} date line {wrong} (the imported page's; the library keeps its date only)", None, 1.0)
                for wrong in wrong_weekdays(analyses.of(line[:120], lang).quantities, lang)
            ]
    s_date, t_date = release.versions[src].date or release.date, release.versions[tgt].date or release.date
    lines = [entry.get("date_line") for lang in (src, tgt) if isinstance(entry := (files or {}).get(lang), dict)]
    if s_date and t_date and s_date != t_date:
        said = f"the {tgt} version is dated {t_date.isoformat()}, the {src} {s_date.isoformat()}"
        if any(isinstance(line, str) and is_update_stamp(line) for line in lines):
            # a page's 'last updated' day: each version may be updated on its own (a new user's trial)
            found.append((f"{said}, by the day a page was last updated, not published", "info", 0.3))
        elif abs((t_date - s_date).days) <= limit.PUBLICATION_LAG_DAYS and not found:
            # no lag when a date line's weekday is wrong: the date is a typo, and the note invited a
            # reviewer to dismiss it (trial B, thirty-fifth session)
            found.append((f"{said} (a usual publication lag?)", "info", 0.3))
        else:
            found.append((said, None, 1.0))
    return found
