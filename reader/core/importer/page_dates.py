"""Where a page's date stands beside its headline: run into it, on the line under it, or opening the
text the page sets again under its teaser. Read by detect.py once the headline is known."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from reader.core.importer.datelines import (
    bracket_dated_title,
    find_date,
    is_dateline,
    period,
    run_in_date,
    stamp_line,
)
from reader.core.importer.furniture import line_key
from reader.core.importer.raw import RawBlock
from reader.core.text import numbers
from reader.core.text.stamps import UPDATED

if TYPE_CHECKING:
    from reader.core.importer.detect import Detected


def date_run_in(
    blocks: list[RawBlock], header: range, droppable: set[int], used: set[int], title: int, found: Detected, lang: str
) -> None:
    """The headline's date on its own line or run into it (two sites: nodate-cassatie-voorstelling-hof,
    the headline said again with its author and date; 2023-07-20-kamervoorzitter-slotzitting, the
    date run into the headline): the date is the page's, and the headline is without it."""
    said = line_key(found.title or "")
    split = run_in_date(found.title or "", lang)
    if split and found.date in (None, split[1]):
        found.title, found.date, found.date_source = split[0], split[1], "date line"
    for i in [i for i in range(title + 1, title + 4) if i in header and i not in used]:
        key = line_key(blocks[i].text)
        rest = " ".join(blocks[i].text.split())[len(said) :]
        if said and key.startswith(said + " ") and len(rest.split()) <= 8 and (date := find_date(rest, lang)):
            if found.date is None:
                found.date, found.date_source = date, "date line"
            if i in droppable:  # a line the user keeps stays, and still dates the page
                found.dropped.append(" ".join(blocks[i].text.split()))
                used.add(i)
            return


def restated_dateline(blocks: list[RawBlock], used: set[int], found: Detected, lang: str) -> None:
    """The whole text said again under its teaser, opening on the headline and a dateline ('Karel De
    Gucht se réjouit … Bruxelles, le 22 juillet 2008 Le Ministre …': the federal portal's pages of
    2006-2008, three dev pairs of batch 6): the dateline dates the page."""
    words, said = (found.title or "").split(), line_key(found.title or "")
    for i in [i for i in range(min(len(blocks), 8)) if i not in used]:
        flat = blocks[i].text.split()
        if not words or len(flat) <= len(words) or line_key(" ".join(flat[: len(words)])) != said:
            continue
        opening = " ".join(flat[len(words) : len(words) + 8])
        dated = [q for q in numbers.extract(opening, lang) if q.kind == "date" and len(q.value) == 10]
        if dated and is_dateline(opening[: opening.find(dated[0].text) + len(dated[0].text)], lang):
            found.date, found.date_source = find_date(dated[0].text, lang), "date line"
            return


def named_date(body: list[Any], lang: str) -> str:
    """A date the first paragraphs name, offered (never taken) when the page states none: 'Op 6
    december 2022 vond er een oefening plaats' names the event's day, which is often, not always,
    the release's. The user decides; the error says what was seen."""
    found = lead_date(body, lang)
    if found is None:
        return ""
    return f" (the text names {found.isoformat()} in its opening paragraphs: the release's date, or an event's?)"


# Words for a day told from the day of writing (a plain fact of the languages): a lead opening on
# 'Gisterenavond, op 24 februari' was written the day after, so the date there is not the page's.
RELATIVE_DAY = {
    "gisteren", "gisterenavond", "gisterennamiddag", "gistermiddag", "gisterochtend", "gistermorgen", "eergisteren",
    "vandaag", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht", "morgen", "overmorgen", "hier",
    "avant-hier", "aujourd'hui", "aujourd’hui", "demain", "après-demain", "yesterday", "today", "tomorrow",
}  # fmt: skip


def opening_date(text: str, lang: str) -> dt.date | None:
    """The dateline run into a lead's first sentence: a place or a weekday, then the date, then the
    text ('Bruxelles, 5 avril 2004, le ministre …', 'Op vrijdag 25 augustus 2017 publiceerden we …').
    A bare date opening a lead ('Le 28 mars 2013, le Conseil a …', 'Op 1 januari 2024 telde …') is
    as often an event or a count's day as the release's (four dev pages each way), so it is only
    offered (`lead_date`), never taken."""
    flat = " ".join(text.split())
    dated = [q for q in numbers.extract(flat[:120], lang) if q.kind == "date" and len(q.value) == 10]
    if not dated or dated[0].value.startswith("-"):
        return None
    opening = flat[: dated[0].start + len(dated[0].text)]
    if len(opening.split()) > 7 or not is_dateline(opening, lang):
        return None
    after = flat[len(opening) :].lstrip()
    if re.match(r"(?i)([-–/]|tot|en|au|et|to|and|t/m)\s*\d", after):
        return None  # a span of days opens the lead: an event's dates
    place = re.match(r"([^\W\d_][\w'’-]*)\s*,", opening)
    weekday = any(q.kind == "weekday" for q in numbers.extract(opening, lang))
    if not weekday and (place is None or place.group(1).lower() in RELATIVE_DAY):
        return None
    return find_date(dated[0].text, lang)


# The words that point at the day of writing right before a date ('ce 25 mai 2021', 'ce vendredi 25
# août 2017', 'vandaag 5 mei', 'today, 5 May'): the date is the one the text was written on, a plain
# fact of deixis (two unrelated real dev pages: a data protection authority's, a port's).
_TODAY = {
    "fr": re.compile(r"(?:^|[\s(,])(?:ce|aujourd['’]hui,?)\s*$", re.IGNORECASE),
    "nl": re.compile(r"(?:^|[\s(,])(?:vandaag|heden),?\s*$", re.IGNORECASE),
    "en": re.compile(r"(?:^|[\s(,])(?:today|this),?\s*$", re.IGNORECASE),
}


DEICTIC_PARAGRAPHS = 5  # the opening paragraphs, where a release says when it is written


def said_today(text: str, lang: str, anywhere: bool = False) -> dt.date | None:
    """A full date in the first sentence (`anywhere`: in any sentence) that the text calls today's."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    for sentence in sentences if anywhere else sentences[:1]:
        if (day := _today_in(sentence, lang)) is not None:
            return day
    return None


def _today_in(first: str, lang: str) -> dt.date | None:
    found = numbers.extract(first, lang)
    for q in found:
        if q.kind != "date" or len(q.value) != 10:
            continue
        start = q.start
        weekday = next((w for w in found if w.kind == "weekday" and w.start + len(w.text) <= start), None)
        if weekday is not None and not first[weekday.start + len(weekday.text) : start].strip(" ,"):
            start = weekday.start  # 'ce vendredi 25 août 2017': the weekday belongs to the date
        if _TODAY.get(lang, _TODAY["en"]).search(first[:start]):
            return find_date(q.text, lang)
    return None


def lead_date(body: list[Any], lang: str) -> dt.date | None:
    """A date the first paragraphs name, for the user to confirm when the page states none: first one
    the text calls this day's ('s'est tenu ce mardi 7 novembre 2023', said the week it was written),
    whichever opening paragraph says it; else the first date of the first two (a founding year in a
    background paragraph is no better guess than the day the text calls its own). Offered, never taken:
    a town's page relaying a council's 'ce mardi' is dated by it no more than by its own stamp."""
    for block in body[:DEICTIC_PARAGRAPHS]:
        if (today := said_today(block.text, lang, anywhere=True)) is not None:
            return today
    for block in body[:2]:
        found = _not_a_limit(" ".join(block.text.split()), lang)
        if found is not None:
            return found
    return None


# Words that set a time limit ahead of the text ('uiterlijk tot 31 december 2027', 'au plus tard le',
# 'jusqu'au', 'until'): a deadline is after the day of writing, never that day (a plain fact of the
# languages). Trial G's import dialog offered a court's deadline, 2027-12-31, as the release's date.
_LIMIT = re.compile(
    r"\b(?:tot(?: en met)?|uiterlijk(?: op)?|ten laatste(?: op)?|tegen|vóór|"
    r"jusqu['’](?:au|à)|au plus tard(?: le| au)?|d['’]ici(?: le| au)?|avant le|until|no later than|by)\s*$",
    re.IGNORECASE,
)


def _not_a_limit(text: str, lang: str) -> dt.date | None:
    """The text's first full date that no time limit announces."""
    for q in numbers.extract(text, lang):
        if q.kind != "date" or q.value.startswith("----") or len(q.value) != 10:
            continue
        at = text.find(q.text)
        if at >= 0 and _LIMIT.search(text[:at]):
            continue
        try:
            return dt.date.fromisoformat(q.value)
        except ValueError:
            continue
    return None


# A blog's publication stamp ('Geplaatst op 20 juli, 2016 om 00:00', 'Publié le 3 mai 2021 à 10:15',
# 'Posted on …'): the label sites put before the date they published the page on.
_STAMP = re.compile(
    r"^(?:geplaatst|gepubliceerd|gepost|publié|publiée|mis en ligne|posted|published)\s+(?:op|le|on)\s+"
    r"(?P<date>[^\n]{6,40}?\d{4})(?:\s+(?:om|à|at)\s+\d{1,2}[:.h]\d{2})?",
    re.IGNORECASE,
)


def _stamped(blocks: list[RawBlock], used: set[int], first_body: int, found: Detected, lang: str) -> None:
    """A publication stamp run into the first paragraph when the page was copied ('… om 20:08L’Institut
    …'): it dates the page and is no part of the text."""
    if first_body >= len(blocks) or first_body in used:
        return
    block = blocks[first_body]
    stamp = _STAMP.match(" ".join(block.text.split()))
    date = find_date(stamp.group("date"), lang) if stamp else None
    if stamp is None or date is None or not " ".join(block.text.split())[stamp.end() :].strip():
        return
    found.date, found.date_source, found.date_said = date, "date line", stamp.group(0)
    found.dropped.append(stamp.group(0))
    block.text = " ".join(block.text.split())[stamp.end() :].strip()


# A field that names the page's publication date among others ('Datum ontvangst: 22/10/2020 Datum
# publicatie: 14/01/2021', 'Date de publication : 3 mai 2021'): the words say which date it is.
_FIELD_DATE = (
    r"\s*:?\s*(?:[^\W\d]{2,9}\.?,?\s+)?"  # a weekday, often abbreviated ('vr', 'ven.')
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}|\d{4}-\d{2}-\d{2})"
)
_PUBLISHED = re.compile(
    r"(?:\b(?:datum (?:van )?publicatie|publicatiedatum|date de (?:la )?publication|publication date"
    r"|date of publication"
    # the day a regulator approved the study or decision it publishes: the page's date (trial W, p11)
    r"|datum van goedkeuring|goedkeuringsdatum|date d['’]approbation|date of approval|approval date)"
    # a CMS's stamp opening its line: 'Ingediend op vr 31/05/2024' (Drupal's 'submitted'), 'Créé le …'
    r"|^(?:ingediend op|gepubliceerd op|aangemaakt op|créée? le|publiée? le|soumis le|submitted on"
    r"|published on|posted on))" + _FIELD_DATE,
    re.IGNORECASE,
)


def _published(blocks: list[RawBlock], used: set[int], first_body: int, found: Detected, lang: str) -> None:
    """A block that is the stamp and nothing else ('Gepubliceerd op woensdag 22 januari 2020 13.50 u.'
    closing a short page) dated the page: it is no paragraph of it."""
    published_field([block.text for block in blocks[: first_body + 6]], found, lang, updated=False)
    if found.date is None:
        return
    for i, block in enumerate(blocks[: first_body + 6]):
        if i not in used and found.date_said in " ".join(block.text.split()) and stamp_line(block.text, lang):
            found.dropped.append(" ".join(block.text.split()))
            used.add(i)
            return


# The page's update stamp ('Laatst bijgewerkt op 26.06.2019', 'Dernière mise à jour le …'): the day
# its text was last set, which dates it when nothing else on the page does (the words' meaning).
_UPDATED = re.compile(r"\b" + UPDATED + _FIELD_DATE, re.IGNORECASE)


def published_field(
    lines: list[str], found: Detected, lang: str, updated: bool = True, body: list[RawBlock] | None = None
) -> None:
    """The first publication date field among these lines dates the page: read among the text's
    first blocks, and among the lines dropped as the site's (a row of fields alone is one); else a
    title dated in brackets opening the `body`; else, after everything else, its update stamp,
    said as such (`date_source` 'update stamp': the import warns that it is a guess)."""
    # a label and its date on two lines ('Laatst bijgewerkt' over '3 februari 2026') are one field
    pairs = [f"{a} {b}" for a, b in zip(lines, lines[1:], strict=False) if len(a.split()) <= 4]
    for pattern in (_PUBLISHED, _UPDATED) if updated else (_PUBLISHED,):
        if pattern is _UPDATED and _bracket_dated(body or [], found, lang):
            return
        for line in [*lines, *pairs]:
            field = pattern.search(" ".join(line.split()))
            date = find_date(field.group("date"), lang) if field else None
            if field is not None and date is not None:
                source = "update stamp" if pattern is _UPDATED else "date line"
                found.date, found.date_source, found.date_said = date, source, field.group(0)
                return


def site_dated(dropped: list[str], found: Detected, lang: str) -> None:
    """After the text's own dates: the fields among the lines dropped as the site's date a page
    still undated; and a date from the page's metadata that is its update stamp's day (an HTML
    extractor reads 'Laatst bijgewerkt op 02/04/2025' off the text: trial C, a health insurer's
    page) is that stamp, said as the guess it is."""
    if found.date is None:
        published_field(dropped, found, lang, body=found.body)
    elif found.date_source == "page metadata":
        for line in [*dropped, *(block.text for block in found.body)]:
            field = _UPDATED.search(" ".join(line.split()))
            if field is not None and find_date(field.group("date"), lang) == found.date:
                found.date_source, found.date_said = "update stamp", field.group(0)
                return


# What dates a page as its date line does: a date line, a publication field, and (a guess, said)
# the update stamp; a version is dated by them, and its line is kept for the weekday check.
DATE_LINES = ("date line", "update stamp")


def dated_by_update(found: Detected) -> str:
    """Said when the page's update stamp dated it: the day the site last changed the page, perhaps
    not the day it published it (an agency's page in trial C was dated so without a word)."""
    if found.date is None or found.date_source != "update stamp":
        return ""
    return (
        f"dated {found.date.isoformat()} by the page's update stamp ('{found.date_said}'), perhaps not its release date"
    )


def _bracket_dated(body: list[RawBlock], found: Detected, lang: str) -> bool:
    """A line among the text's first ones that is a title closing on its date in brackets ('… wegens
    Listeria (19/06/2025)', a food agency's recalls in trial C, the headline missed) names the day
    the page was published: it outranks the day the site last touched the page."""
    for block in body[:3]:
        flat = " ".join(block.text.split())
        if "\n" not in block.text.strip() and bracket_dated_title(flat, lang) and (split := run_in_date(flat, lang)):
            found.date, found.date_source, found.date_said = split[1], "date line", flat[:120]
            return True
    return False


def _alone(blocks: list[RawBlock], used: set[int], first_body: int, found: Detected, lang: str) -> None:
    """A line holding only a date among the first lines of the text: the page's, set under a teaser
    or a standfirst (a date alone is never a sentence of the body). Looked for before the dates of
    sentences, so that a teaser's event ('… en vigueur le 1er mai') does not hide it."""
    for i in range(min(len(blocks), first_body + 3)):
        text = blocks[i].text
        if i in used or len(text.split()) > 6 or not is_dateline(text, lang):
            continue
        if date := find_date(text.replace("\n", " "), lang):
            found.date, found.date_source, found.date_said = date, "date line", " ".join(text.split())
            used.add(i)
            return


def body_dates(blocks: list[RawBlock], used: set[int], first_body: int, found: Detected, lang: str) -> None:
    """Where a page without a date line above its text dates it: its publication date's field, a date
    alone among the text's first lines, a dateline opening the first paragraph, or a date alone
    closing the page."""
    if found.date is None:  # first: a stamp run into the text is taken out of it
        _stamped(blocks, used, first_body, found, lang)
    if found.date is None:
        _published(blocks, used, first_body, found, lang)
    if found.date is None:
        _alone(blocks, used, first_body, found, lang)
    if found.date is None:
        for i in range(len(blocks)):
            if i not in used and len(blocks[i].text.split()) <= 8 and period(blocks[i].text, lang):
                continue  # 'Du 20/03/2017 au 20/06/2017' under the headline: when the campaign runs
            if i not in used and (date := find_date(blocks[i].text.replace("\n", " "), lang)):
                # A dateline opening the first paragraph ('Brussel, 5 mei 2020 - De minister ...');
                # any other date in a sentence is an event.
                lead = re.split(r"\s[-–—:]\s|\.\s", blocks[i].text.replace("\n", " "), maxsplit=1)[0]
                # 'Brussel 28.07.2017. Nu …': the place's comma left out before a date in figures
                lead = re.sub(r"^([A-ZÀ-Þ][\w'’-]+)\s+(?=\d)", r"\1, ", lead)
                if i < first_body + 1 and len(lead.split()) <= 8 and is_dateline(lead, lang):
                    found.date, found.date_source = date, "first paragraph"
                elif i < first_body + 1 and (opened := opening_date(blocks[i].text, lang)):
                    found.date, found.date_source = opened, "first paragraph"
                elif i < first_body + 1 and (today := said_today(blocks[i].text, lang)):
                    found.date, found.date_source = today, "first paragraph"
                break
    # a date alone closing the page: the release signed and dated at its end (a plain fact of
    # letters and releases; 2013-04-02-rvv-100000ste-arrest)
    end = next((i for i in range(len(blocks) - 1, max(first_body, len(blocks) - 3), -1) if i not in used), None)
    closing = " ".join(blocks[end].text.split()) if end is not None else ""
    dateline = closing and len(closing.split()) <= 6 and is_dateline(closing, lang)
    signed = find_date(closing, lang) if dateline or (closing and stamp_line(closing, lang)) else None
    if found.date is None and signed is not None and end is not None:
        found.date, found.date_source, found.date_said = signed, "date line", closing
        used.add(end)
