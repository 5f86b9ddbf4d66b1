"""Where a page says its date: a date line ('Brussel, 14 maart 2019', '26.10.2019'), a title that
is dated ('Ministerraad van 19 maart 2004'), a date run into the headline. Read by detection and by
the page's layout (a menu's last label over a date line is the headline).
"""

from __future__ import annotations

import datetime as dt
import re

from reader.core.importer.site_words import LINES
from reader.core.text import numbers
from reader.core.text.fold import fold


def find_date(text: str, lang: str) -> dt.date | None:
    for q in numbers.extract(text, lang):
        if q.kind == "date" and not q.value.startswith("----") and len(q.value) == 10:
            try:
                return dt.date.fromisoformat(q.value)
            except ValueError:
                continue
    return None


_HALVES = re.compile(r"(?<!\s)\s+[/|–—]\s+")  # the two halves of a bilingual letterhead's line


def is_date_line(text: str, lang: str) -> bool:
    """A short line holding a date; the site's section name run into it when the page was copied
    ('le vendredi 13 mai 2016 12:13 Communiqués de presse': 2016-05-13-geens-masterplan-gevangenissen)
    is not counted among its words."""
    halves = _HALVES.split(" ".join(text.split()))
    if len(halves) == 2 and all(any(is_date_line(h, code) for code in ("nl", "fr", "en")) for h in halves):
        return True  # a bilingual letterhead's date line, each half in its language
    if stamp_line(text, lang):  # 'Mis en ligne le mardi 4 mars 2025 à 10h30': its label and hour no words
        return True
    words = text.split()
    for k in (3, 2, 1):
        if len(words) > 8 and len(words) > k and " ".join(words[-k:]).lower() in LINES:
            words = words[:-k]
            break
    line = " ".join(words)
    return (
        len(words) <= 8 and find_date(line, lang) is not None and not period(line, lang) and not names_event(line, lang)
    )


# A span between two dates ('Du 20/03/2017 au 20/06/2017', 'van 3 tot 5 mei'): when a campaign or
# an event runs, not when its page was published (a regional government's campaign page, a city's).
_SPAN = re.compile(r"au|tot(?: en met)?|t/m|jusqu['’]au|to|until|[-–—]", re.IGNORECASE)


# A day joined to the date before it ('du 22 et 23/01/2020', '22 en 23 januari', '3, 4 et 5 mai'):
# the days an event takes; a page is published on one day.
_DAYS_BEFORE = re.compile(r"(?<![\d/.-])\d{1,2}(?:er|e)?\s*(?:,|et|en|&|and|au|tot|[-–—])\s*$", re.IGNORECASE)
# A date a period starts or ends on ('vanaf 1 juli 2020', 'à partir du 3 mai', 'jusqu'au 30 juin'):
# when a rule or a service changes, the day the page names as its subject, never the day it was
# written (a plain fact of the languages: a date line states the day, it governs nothing).
_BOUND = re.compile(
    r"(?<!\S)(?:vanaf|tot(?: en met)?|t/m|sinds|à partir d[ue]|dès(?: le)?|jusqu['’](?:au|à)|depuis(?: le)?|"
    r"from|until|since|as of|starting)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)


def period(text: str, lang: str) -> bool:
    """A date that is one end of a span or of an open period: an event's or a rule's, no date line."""
    flat = " ".join(text.split())
    dates = [q for q in numbers.extract(flat, lang) if q.kind == "date"]
    if dates and (at := flat.find(dates[0].text)) >= 0 and (_DAYS_BEFORE.search(flat[:at]) or _BOUND.search(flat[:at])):
        return True
    if len(dates) < 2:
        return False
    text = flat
    first, second = dates[0].text, dates[1].text
    between = text[text.find(first) + len(first) : text.find(second, text.find(first) + len(first))]
    return bool(_SPAN.fullmatch(" ".join(between.split())))


DATELINE_WORDS = {"le", "la", "de", "du", "op", "den", "the", "on", "van", "te", "à", "a"}

# The label a site sets before the day it published the page ('gepost op: 20/02/2020', 'Publié le 3
# mai 2021', 'Posted on …'): closing the page, the line is its date line all the same.
_STAMP_WORDS = (
    r"(?:geplaatst|gepubliceerd|gepost|publié|publiée|posté|postée|mis en ligne|posted|published)\s+(?:op|le|on)"
)
STAMP_LABEL = re.compile(rf"^{_STAMP_WORDS}\s*:?\s*", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"(?<=\S)(?:,?\s+(?:om|à|at))?,?\s+\d{1,2}[:.hu]\d{2}(?:\s*(?:u|uur|h)\b\.?)?\s*$", re.IGNORECASE
)


def stamp_line(text: str, lang: str) -> bool:
    """'Gepubliceerd op woensdag 21 november 2018 13.35 u.': a publication stamp, its hour too, and
    nothing else. The page's date line, never its headline (a dated title names its subject)."""
    flat = " ".join(text.split())
    label = STAMP_LABEL.match(flat)
    return label is not None and is_dateline(_TIME_AFTER.sub("", flat[label.end() :]), lang)


# The same stamp run onto the end of the line above it when the page was copied ('… (in pdf)gepost
# op: 04/02/2021'): the element after the text's last link, glued to it.
GLUED_STAMP = re.compile(
    rf"(?<=\S)\s*(?P<stamp>{_STAMP_WORDS}\s*:?\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s+(?:om|à|at)\s+\d{1,2}[:.h]\d{2})?)\s*$",
    re.IGNORECASE,
)


def is_dateline(text: str, lang: str) -> bool:
    """'Brussel, 14 maart 2019' or 'Woensdag 5 december 2018', not 'Ministerraad van 19 maart 2004';
    and a bilingual letterhead's dateline, each half in its language ('Brussel, 6 juni 2024 /
    Bruxelles, le 6 juin 2024': a new user's page had it taken for the headline)."""
    flat = " ".join(text.split())
    halves = _HALVES.split(flat)
    if len(halves) == 2 and all(any(_one_dateline(h, code) for code in ("nl", "fr", "en")) for h in halves):
        return True
    # the date, a bar, and who published it ('10 februari 2026 | Vlaamse Regering'): the date line
    # of a page that names its source beside the date (a regional portal's shape, an official's trial)
    dated, bar, label = flat.partition(" | ")
    if bar and _one_dateline(dated, lang) and len(label.split()) <= 8 and not re.search(r"[.!?:]$|\d", label):
        return True
    return _one_dateline(flat, lang)


def dateline_below(line: str, below: list[str], lang: str) -> bool:
    """A line holding a date but more than a dateline ('Tax-on-web : ouverture le 1er mars 2027', a
    headline naming a day) with a dateline under it in the head ('Bruxelles, le 20 février 2027'):
    the dateline dates the page, the line is the headline (a French-original trial). A line whose
    words say it gives the day the page was published ('Publié le 19/01/2026') is its date line,
    whatever dates stand under it (an event's, a city's notice of works in trial C of the
    thirty-second session: its start was taken for the page's date)."""
    if is_dateline(line, lang) or STAMP_LABEL.match(" ".join(line.split())):
        return False
    return any(is_dateline(text, lang) and find_date(text, lang) is not None for text in below)


# The word 'date' as a label before the page's date ('Datum: 17/11/2026', 'Date : 17/11/2026': French
# sets a space before its colon, a plain fact of its typography): the date line of a page that says
# what the line is (trial B: a medicines agency's French page, its headline lost to the line above).
_DATE_LABEL = re.compile(r"^(?:datum|date)\s*:\s*", re.IGNORECASE)


def _one_dateline(flat: str, lang: str) -> bool:
    flat = _DATE_LABEL.sub("", flat)
    rest = flat
    for q in numbers.extract(flat, lang):
        if q.kind in ("date", "weekday"):
            rest = rest.replace(q.text, " ")
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in DATELINE_WORDS]
    return not words or (len(words) == 1 and bool(re.match(r"^\s*[\w-]+\s*,", flat)))


_THIS = re.compile(r"(?<![\w'’])(?:ce|cette|deze|dit|this)\s+$", re.IGNORECASE)  # a demonstrative before a date


def dated_title(title: str, lang: str) -> bool:
    """'Ministerraad van 19 maart 2004' is dated by its title; 'Hulp tussen 24 en 31 juli 2000' names an event."""
    if find_date(title, lang) is None:
        return False
    dates = [q for q in numbers.extract(title, lang) if q.kind == "date"]
    if dates and _THIS.search(title[: title.find(dates[0].text)]):
        return True  # 'du Gouvernement wallon de ce 8 juin 2017': this day, the page's, however long the title
    rest = title
    for q in numbers.extract(title, lang):
        if q.kind in ("date", "weekday"):
            rest = rest.replace(q.text, " ")
    short = len(re.findall(r"[^\W\d_]+", rest)) <= 5 and not re.search(r"\d", rest)
    return short and not period(title, lang) and not names_event(title, lang)


# A meeting or a body is named without an article ('Conseil des ministres du', 'Ministerraad van');
# an article before the date's noun names an event ('Suivez l'éclipse solaire du 25 octobre 2022',
# 'de opening van 3 mei'): its day, not the page's (a plain fact of the three languages' titles).
_ARTICLE = {  # an article and its noun ('le' alone before a date is the date's: 'Bruxelles, le 3 mai')
    "fr": re.compile(r"(?<![\w'’])(?:l['’]|(?:la|le|les|une?)\s+)[^\W\d_]", re.IGNORECASE),
    "nl": re.compile(r"(?<![\w'’])(?:de|het|een)\s+[^\W\d_]", re.IGNORECASE),
    "en": re.compile(r"(?<![\w'’])(?:the|an?)\s+[^\W\d_]", re.IGNORECASE),
}


def names_event(text: str, lang: str) -> bool:
    """Words beside the date with an article and its noun: an event's day ('la comète du 12 mai')."""
    rest = text
    for q in numbers.extract(text, lang):
        if q.kind in ("date", "weekday", "time"):
            rest = rest.replace(q.text, " ")
    return bool(_ARTICLE.get(lang, _ARTICLE["en"]).search(rest))


# 'Ministerraad van 19 maart 2004', 'Conseil communal du 26 mai 2025', 'Gouvernement de Wallonie du
# 10 juillet 2025': a meeting named and dated by 'van' / 'du' ('of'), the page's headline when nothing
# stands above it; a stamp dates with 'op' / 'le' ('Gepost op', 'Mis à jour le'). Three unrelated sites
# of a new user's trial (a city's council releases, a regional government's, a town's council pages).
_OF_DATE = re.compile(r"(?<!\S)(?:van|du|of)\s+$", re.IGNORECASE)
_UPDATE = re.compile(r"^(?:mise? à jour|(?:laatst )?bijgewerkt|updated?|last updated|version|versie)\b", re.IGNORECASE)


# The phrase a date is 'of' ('de opening van 3 mei', 'la comète du 12 mai'): an article and a common
# noun, which Dutch and French write in lower case, name an event; an article before a capitalised name
# ('de Vlaamse Regering van vrijdag …', 'la Région … du jeudi …') names a body, whose meeting it is.
_EVENT_BEFORE = re.compile(
    r"(?<![\w'’])(?i:l['’]\s*|(?:la|le|les|une?|de|het|een|the|an?)\s+)[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*)*\s*$"
)


def meeting_dated(text: str, lang: str) -> bool:
    """A line dated as a meeting dates itself, however long: the full date (day, month, year) is
    'of' a body or its meeting ('Beslissingen van de Vlaamse Regering van vrijdag 21 november 2025',
    '… - séance du 10 juillet 2025', 'décisions du vendredi 4 juillet 2025'), which no event's day
    ('l'éclipse du 25 octobre'), no span ('van 3 tot 5 mei') and no kicker's date ('Persbericht van
    24 september 2025': it names no meeting) is. The digests of three regional governments (trial A,
    finding 4): their headlines were lost to the date line or kept with the page left undated."""
    flat = " ".join(text.split())
    first = next((q for q in numbers.extract(flat, lang) if q.kind == "date"), None)
    if first is None or find_date(first.text, lang) is None or (at := flat.find(first.text)) < 0:
        return False
    before = flat[:at]
    of = _OF_DATE.search(before)
    if of is None or period(flat, lang) or stamp_line(flat, lang) or _UPDATE.match(flat):
        return False
    if _EVENT_BEFORE.search(before[: of.start()].rstrip()):
        return False
    named = [w for w in re.findall(r"[^\W\d_]+", before)[:-1] if fold(w) not in _NOTICE]
    return bool(named)


def meeting_title(text: str, lang: str) -> bool:
    flat = " ".join(text.split())
    dated = dated_title(flat, lang) or meeting_dated(flat, lang)
    if len(flat) > 120 or _UPDATE.match(flat) or not dated or is_dateline(flat, lang):
        return False
    if stamp_line(flat, lang):
        return False
    first = next((q for q in numbers.extract(flat, lang) if q.kind == "date"), None)
    if first is None or (at := flat.find(first.text)) < 0:
        return False
    before = flat[:at]
    named = [w for w in re.findall(r"[^\W\d_]+", before)[:-1] if fold(w) not in _NOTICE]
    return bool(_OF_DATE.search(before)) and bool(named)  # 'Mededeling van 24-09-2019': a kicker's date


# What a notice calls itself ('Mededeling van …', 'Communiqué du …'): no meeting's name
_NOTICE = {
    "mededeling", "communique", "persbericht", "persmededeling", "nieuwsbericht", "bericht", "nieuws", "news",
    "press", "release", "pers", "presse", "de", "la", "le",
}  # fmt: skip


# Words that govern a date in a title ('Ministerraad van 9 mei', 'Conseil du 9 mai'): a date after
# one of them belongs to the title.
GOVERNING = {
    "van", "vanaf", "op", "tot", "tussen", "sinds", "voor", "na", "in", "en", "de", "het", "du", "des", "le", "la",
    "au", "aux", "à", "a", "sur", "depuis", "entre", "et", "pour", "après", "avant", "of", "on", "the", "from",
    "to", "until", "since", "between", "and", "for", "after", "before",
    # a demonstrative makes the date the sentence's own ('du Gouvernement wallon de ce 8 juin 2017',
    # an import trial's headline, was cut to '… de ce'): the determiners of a date (nl/fr/en)
    "ce", "cette", "deze", "dit", "this", "that",
}  # fmt: skip


def run_in_date(text: str, lang: str) -> tuple[str, dt.date] | None:
    """A headline and its date line run into one line when the page is copied ('Rede bij het
    einde van het jaar 2023 20 juli 2023'): the date closes the line, no word governs it, and
    what stands before it is a headline of three words or more. In brackets, the date is the
    page's and the headline keeps it."""
    flat = " ".join(text.split())
    # '… een verbonden Crisiscentrum (05 maart 2019)': the page's date set in brackets after its
    # headline, an aside the headline keeps (it is how the page writes it), and the page's date
    bracketed = re.fullmatch(r"(.*\S)\s*\(([^()]{6,40})\)", flat)
    if bracketed is not None:
        date = find_date(bracketed.group(2), lang)
        inside = [q for q in numbers.extract(bracketed.group(2), lang) if q.kind == "date"]
        if date is not None and inside and bracketed.group(2).strip() == inside[-1].text.strip():
            return (flat, date) if len(bracketed.group(1).split()) >= 3 else None
    dates = [q for q in numbers.extract(flat, lang) if q.kind == "date" and len(q.value) == 10 and q.value[0] != "-"]
    if not dates or not flat.endswith(dates[-1].text):
        return None
    head = flat[: len(flat) - len(dates[-1].text)]
    # 'Le titre - 02/03/2018': a dash or a bar sets the page's date apart from its headline
    head = re.sub(r"\s[-–|]\s*$", " ", head)
    words = head.split()
    if not head.endswith(" ") or len(words) < 3 or words[-1].lower() in GOVERNING or not words[-1][-1].isalnum():
        return None
    try:
        return head.strip(), dt.date.fromisoformat(dates[-1].value)
    except ValueError:
        return None


# 'Asielstatistieken - Overzicht 2019 (09 januari 2020)': a title with its date in brackets after it
_BRACKETED = re.compile(r"^(?P<title>.*?\S)\s*\((?P<date>[^()]{6,40})\)\s*$")


def bracket_dated_title(text: str, lang: str) -> bool:
    """A line of words that closes on its date in brackets is the page's title with its date (a
    typographic convention of titles in both languages; an asylum office's pages in Dutch and
    French): the words are its headline, the date the page's. A date line alone has no such words."""
    flat = " ".join(text.split())
    found = _BRACKETED.match(flat)
    if found is None or len(flat) > 160 or find_date(found.group("date"), lang) is None:
        return False
    words = re.findall(r"[^\W\d_]{2,}", found.group("title"))
    return len(words) >= 2 and find_date(found.group("title"), lang) is None


def bracketed_away(title: str, day: dt.date | None, lang: str) -> str:
    """The headline without its date in brackets when that date is the page's, read from them or from
    its dateline: the brackets date the page, the words are the headline (trial B, F7: a food agency's
    '… van het merk Nordhavn (21/11/2026)' kept them in the title). Another day stays: it is news."""
    found = _BRACKETED.match(" ".join(title.split()))
    if found is None or not bracket_dated_title(title, lang):
        return title
    said = find_date(found.group("date"), lang)
    return found.group("title").rstrip(" -–—,") if day is not None and said == day else title
