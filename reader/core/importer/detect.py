"""What a press release says about itself: languages, letterhead, date, title, issuer, body.

The layout of a Belgian federal release: an optional bilingual letterhead (blocks in the other
language come before the body), an issuer line ('PERSMEDEDELING DOOR ...', a minister, a FOD/SPF),
a date line, the headline, then the body. Nothing is guessed silently: what is not found is None,
and the importer asks for the flag.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from reader.core.importer.datelines import (
    bracket_dated_title,
    bracketed_away,
    dated_title,
    dateline_below,
    find_date,
    is_date_line,
    is_dateline,
    meeting_dated,
    meeting_title,
    stamp_line,
)
from reader.core.importer.furniture import line_key
from reader.core.importer.head import (
    asked_about,
    clear_head,
    office_issuer,
    reads_as_headline,
    shortened,
    title_again,
    under_date,
)
from reader.core.importer.header_lines import split_header_lines
from reader.core.importer.issuer import (
    ISSUER,
    KICKER,
    about_line,
    addressee,
    interview_line,
    issuer_text,
    org_line,
    publication_name,
    question_author,
    short_name,
)
from reader.core.importer.kicker_line import read_kicker
from reader.core.importer.letterhead import halves, menu_line, other_halves, same_shape, two_columns
from reader.core.importer.name_line import under_name_line
from reader.core.importer.name_words import name_like
from reader.core.importer.other_language import other_language_lines
from reader.core.importer.page_dates import body_dates, date_run_in, restated_dateline
from reader.core.importer.proposers import items_start
from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import (
    SENTENCE_END,
    can_head,
    first_paragraph,
    is_body_paragraph,
    is_kicker,
    over_its_date,
    reads_on,
    run_in_kicker,
    set_apart,
    site_header,
)
from reader.core.text.langid import identify


@dataclass
class Detected:
    language: str | None
    languages: list[str]  # per raw block
    letterhead: list[tuple[str, str]] = field(default_factory=list)  # (lang, text)
    date: dt.date | None = None
    date_source: str = ""
    date_said: str = ""  # the date line as the page writes it: its weekday is checked against the calendar
    title: str | None = None
    issuer: str = ""
    body: list[RawBlock] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # the page's own lines around its headline
    reads_as: str | None = None  # what most of the body reads as, German too: a page in none of ours is named


_SENTENCES = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")  # two sentences: a caption, not a headline
# a domain, with its subdomains ('www.favv.be', 'citydev.brussels')
_SITE_ADDRESS = re.compile(
    r"^\s*[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:brussels|be|eu|com|org|net|info|vlaanderen|wallonie|gov)\b"
)


# A list of names in brackets ('(Courtrai, Kuurne, Lendelede)'): places a body serves, said alike in
# any language (Kuurne is Kuurne in French), so they say nothing of the line's language (trial A, F7:
# 'Zone de police VLAS (Courtrai, Kuurne, Lendelede)' read as Dutch, the French page left no issuer).
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*"
_NAMES = re.compile(rf"\s*\({_NAME}(?:\s*(?:,|/|\s(?:en|et|and|&))\s*{_NAME})*\)")


def _guess(text: str) -> tuple[str, float]:
    line = text.replace("\n", " ")
    words = _NAMES.sub(" ", line)
    if words != line and len(words.split()) >= 2:  # the line's own words, its names aside
        return identify(words)
    return identify(line)


def main_language(blocks: list[RawBlock], langs: list[str], any_known: bool = False) -> str | None:
    votes: Counter[str] = Counter()
    for block, lang in zip(blocks, langs, strict=True):
        votes[lang] += len(block.text)
    if not votes:
        return None
    lang = votes.most_common(1)[0][0]
    return lang if any_known or lang in ("nl", "fr", "en") else None


_BELONGS = re.compile(r"^\s*(?:appartient à|behoort tot|belongs to|gehört zu)\b", re.IGNORECASE)


def detect(blocks: list[RawBlock], facts: dict[str, str] | None = None, keep: Collection[str] = ()) -> Detected:
    facts = facts or {}
    blocks = split_header_lines(blocks)
    guesses = [_guess(b.text) for b in blocks]
    langs = [lang for lang, _ in guesses]
    body_langs = [lang for b, lang in zip(blocks, langs, strict=True) if is_body_paragraph(b)]
    said = Counter(body_langs).most_common(1)[0][0] if body_langs else main_language(blocks, langs, any_known=True)
    main = said if said in ("nl", "fr", "en") else main_language(blocks, langs)
    found = Detected(main, langs, reads_as=said)
    lang = main or "nl"
    first_body = min(first_paragraph(blocks), items_start(blocks))  # a digest's items are its text
    header = list(range(first_body))
    kept_keys = {line_key(k) for k in keep}
    kept_out = {i for i in header if line_key(blocks[i].text) not in kept_keys}  # lines the user keeps stay
    # Letterhead: leading blocks up to the last header block in another language (or marked as such).
    foreign = other_halves(blocks, header, langs, lang)
    # A letterhead stands above the headline: a block in another language under a line of the page's
    # own language that reads as a headline ('Brandweer in 2014: bijna 1 interventie per minuut' over
    # two English tag lines) is the site's, not the letterhead's other half.
    headline_like = next((i for i in header if langs[i] == lang and reads_as_headline(blocks[i], lang)), None)
    if headline_like is not None:
        foreign = [i for i in foreign if i < headline_like]
    marked = [i for i, b in enumerate(blocks) if b.kind == "letterhead"]
    letterhead_end = max((foreign[-1] + 1 if foreign else 0), (marked[-1] + 1 if marked else 0))
    if letterhead_end and any(blocks[i].kind == "title" for i in range(letterhead_end)):
        letterhead_end = 0  # a headline before the 'letterhead' means it was not one
    # The other half of a bilingual letterhead may be in the main language: same shape, before the kicker.
    while (
        letterhead_end
        and letterhead_end < first_body
        and same_shape(blocks[letterhead_end - 1], blocks[letterhead_end], lang)
    ):
        letterhead_end += 1
    used: set[int] = set(range(letterhead_end))
    # A site's link left above the letterhead ('Contact', 'Home'): one short line that names no
    # institution starts no letterhead; it is the site's.
    start = 0
    while start < letterhead_end and menu_line(blocks[start]):
        found.dropped.append(blocks[start].text.strip())
        start += 1
    columns = two_columns([blocks[i] for i in range(start, letterhead_end)])
    for i in range(start, letterhead_end) if not columns else ():
        found.letterhead += halves(blocks[i], langs[i], lang, found.dropped)
    found.letterhead += columns
    title_block: int | None = None
    date_block: int | None = None
    issuer_line: int | None = None
    read_kicker(blocks, header, used, found, lang)
    if not found.issuer:  # 'Kabinet van de Eerste Minister': who speaks; a press service, whose it is
        found.issuer = office_issuer(blocks, header, used, found, lang)
    if not found.issuer and len(found.letterhead) == 1 and "\n" not in (alone := found.letterhead[0][1].strip()):
        # one name alone over the page (a name over its kicker, furniture.py): the issuer (trial A, F7)
        found.issuer = issuer_text(alone) if short_name(alone) or org_line(alone) else ""
    for i in header:
        if i in used:
            continue
        text = blocks[i].text
        issuer_like = (is_kicker(text) and not meeting_title(text, lang)) or (
            (ISSUER.search(text) or under_date(blocks, i, lang))
            and not is_body_paragraph(blocks[i])
            and len(text) < 300
            and blocks[i].kind != "title"
            and name_like(text)
            and not about_line(" ".join(text.split()))
            and not addressee(text)
        )
        if not found.issuer and issuer_like and not is_date_line(text, lang):
            issuer = issuer_text(text)
            if issuer and (ISSUER.search(text) or len(issuer.split()) >= 2):
                found.issuer = issuer
                used.add(i)
                if not KICKER.match(text) and "\n" not in text.strip():
                    issuer_line = i  # a one-line guess: the headline, if no other line can be
                if not KICKER.match(text) and text.count("\n") >= 1 and blocks[i].kind == "":
                    # A minister's titles set over several lines above a one-language release: a
                    # letterhead, kept as one (and read as the issuer), never the headline; set in two
                    # languages, its halves, and the issuer is the half in the page's language.
                    parts = halves(blocks[i], lang, lang, found.dropped)
                    found.letterhead += parts
                    own = [half for code, half in parts if code == lang]
                    if own and (len(parts) > 1 or own[0] != text.strip()):
                        found.issuer = issuer_text(own[0])
                continue
        if addressee(text) and "\n" not in text.strip() and len(text) < 300:
            found.dropped.append(" ".join(text.split()))  # whom a question is put to: listed, never the issuer
            used.add(i)
            continue
        if _BELONGS.match(text) and "\n" not in text.strip():
            # 'Appartient à Conseil des ministres du 20 décembre 2019': the section the page belongs
            # to, and its date the page's (the federal portal's Council pages, 2006 and 2019, dev)
            said = " ".join(text.split())
            found.dropped.append(said)
            used.add(i)
            if found.date is None and (day := find_date(said, lang)) is not None:
                found.date, found.date_source, found.date_said = day, "date line", said[:120]
            continue
        if KICKER.match(text) and len(text.split()) <= 4 and not meeting_title(text, lang):
            found.dropped.append(" ".join(text.split()))
            used.add(i)
            continue
        # a question's date line names its author and party, longer than a date line ('van Martine
        # Taelman (Open Vld) d.d. 9 juni 2009'): the Senate's, the page's date
        authored = bool(question_author(text)) and find_date(" ".join(text.split()), lang) is not None
        if found.date is None and blocks[i].kind != "title" and (is_date_line(text, lang) or authored):
            if not authored and dateline_below(text, [blocks[j].text for j in header if j > i], lang):
                continue  # a headline naming a day over the page's dateline: the dateline dates it
            found.date, found.date_source = find_date(text.replace("\n", " "), lang), "date line"
            found.date_said = " ".join(text.split())[:120]
            found.issuer = found.issuer or question_author(text)  # 'van J. Peeters (Partij) d.d. …'
            if i not in kept_out:
                continue  # a line the user keeps stays in the text, and still dates the page
            headed = meeting_title(text, lang) or bracket_dated_title(text, lang)
            if headed and all(j in used for j in header if j < i):
                found.title, title_block = " ".join(text.split()), i  # the meeting the page reports on
                used.add(i)
                continue
            date_block = i
            used.add(i)
            if not is_dateline(text, lang):  # more than a date ('van J. Peeters d.d. 20 januari 2016'): listed
                found.dropped.append(found.date_said)
        elif i == first_body - 1 and find_date(text, lang) and is_dateline(text, lang) and i in kept_out:
            found.dropped.append(" ".join(text.split()))  # a second date line over the text: the page's
            used.add(i)
    # The other version's lines (its headline set on this page too, an image described in it) are
    # the site's, and never this page's headline, whether above or below it.
    kept_in = {i for i, b in enumerate(blocks) if line_key(b.text) in kept_keys}  # the user's stay
    for i in other_language_lines(blocks, used | kept_in, lang, guesses):
        found.dropped.append(" ".join(blocks[i].text.split()))
        used.add(i)
    kept_above = site_header(blocks, header, used, kept_out, found.dropped)
    # Title: an explicit headline, else the first header block the page sets apart as one, whatever
    # its length or last mark; a line naming an institution or a minister above it is no headline.
    candidates = [i for i in header if i not in used | kept_above and can_head(blocks, i, lang)]
    titled = [i for i in candidates if blocks[i].kind == "title"]
    # (a body's name dated as its meeting, 'Communiqué … du Gouvernement de Wallonie du 18 décembre
    # 2025', names the meeting the page reports on: the headline, no letterhead's line; trial A, F4)
    named = [i for i in candidates if org_line(blocks[i].text) and not meeting_dated(blocks[i].text, lang)]
    # One word alone on its line is a section or a tag ('Uncategorized', 'Bevolking'), not a headline.
    # Two or three capitalised words are a site's name when a line follows that can be the headline.
    # A line opening on the site's address ('citydev.brussels activiteitenverslag 2016') is its logo:
    # a headline opens on a capital or a number, never on a lowercase domain (a plain fact of
    # nl/fr/en orthography; 2017-citydev-jaarverslag-2016-interview, -cadranel).
    worded = [
        i
        for i in candidates
        if i not in named
        and len(blocks[i].text.split()) > 1
        and not short_name(blocks[i].text)
        and not _SITE_ADDRESS.match(blocks[i].text)
        and not publication_name(blocks[i].text)
    ]
    # A page sets its date line right under its headline: of the lines above a date line, the one
    # just over it is the headline and the higher ones are the site's (a banner, a slogan): two
    # unrelated sites, 2018-10-11-fedasil-bufferplaatsen and 2019-10-26-bpv-veiligheidsenquete-2018.
    # (a date line alone: 'Plenaire vergadering van 20 juli 2023' under a speech's title names its day)
    # (in the page's head: a date line under lists or tables closes the text, it stands under no headline)
    stamp = date_block if date_block is not None and is_dateline(blocks[date_block].text, lang) else None
    if stamp is not None and any(blocks[j].kind in ("list_item", "table") for j in range(stamp)):
        stamp = None
    # ('Interview met …' under a headline over the date line: the interview's subtitle, trial U)
    above = [
        i
        for i in worded
        if stamp is not None and i < stamp and not _SENTENCES.search(blocks[i].text)
        if not (i and interview_line(blocks[i].text))
    ]
    if above and len([i for i in worded if stamp is not None and i < stamp]) >= 2:
        worded = [above[-1]] + [i for i in worded if i != above[-1]]
    # A line closing on its date in brackets sets itself apart as the headline, as a date line under
    # it does (datelines.bracket_dated_title): the lines above it are the site's (a menu of a food
    # agency's sections was taken, trial C of the thirty-second session).
    bracketed = next((i for i in worded if bracket_dated_title(blocks[i].text, lang)), None)
    if stamp is None and bracketed is not None:
        worded = [bracketed] + [i for i in worded if i != bracketed]
    # The line over the date a short form of the line under it (a breadcrumb's last crumb, a tab's
    # title: its words all in the fuller one): the fuller one is the headline (a regional portal's
    # head in a trial); a headline is never a shortened copy of a line of its own page.
    fuller = next((i for i in worded if stamp is not None and i > stamp), None)
    if (
        worded
        and fuller is not None
        and worded[0] < (stamp or 0)
        and shortened(blocks[worded[0]].text, blocks[fuller].text)
    ):
        found.dropped.append(" ".join(blocks[worded[0]].text.split()))
        used.add(worded[0])
        worded = [fuller] + [i for i in worded[1:] if i != fuller]
    topic = next((i for i in candidates if worded and i < worded[0] and i not in named + worded), None)
    if topic is not None and asked_about(blocks[topic].text, blocks[worded[0]].text):
        worded = [topic, *worded]  # 'De Kids-ID' over 'Waarom een Kids-ID?': the topic heads the page
    if (lead := under_name_line(blocks, candidates, titled, worded, first_body)) is not None:
        worded = [lead, *(i for i in worded if i != lead)]  # 'Rekenhof' / 'Premies voor …': the name's the issuer
    for i in (titled or worded or [i for i in candidates if i not in named] or candidates) if not found.title else ():
        text = " ".join(blocks[i].text.split())
        if len(text) <= 250 and (
            blocks[i].kind in ("title", "heading")
            or not SENTENCE_END.search(text)
            or len(text.split()) <= 14
            or over_its_date(blocks, i)  # a sentence set over the date: '“België neemt … jaar.”'
            or run_in_kicker(text)  # 'Communiqué de presse: …!' is a headline, however long its sentence
        ):
            found.title = text
            used.add(i)
            title_block = i
            after = i + 1
            if after in header and after not in used and reads_on(text, blocks[after].text, lang):
                found.title = f"{text} {' '.join(blocks[after].text.split())}"  # a colon, a wrap: the rest
                used.add(after)
            date_run_in(blocks, range(first_body), kept_out, used, i, found, lang)
            break
    if found.title is None and issuer_line is not None:
        # 'Eerste minister ontvangt de Poolse premier': a headline about a minister, read as the
        # issuer line because nothing else stood above the body. The headline matters more.
        found.title, found.issuer = " ".join(blocks[issuer_line].text.split()), ""
        used.add(issuer_line)
    if (
        found.title is None
        and date_block is not None
        and not is_dateline(blocks[date_block].text, lang)
        and not stamp_line(blocks[date_block].text, lang)  # 'Gepubliceerd op … 13.35 u.': no title
    ):
        found.title = " ".join(blocks[date_block].text.split())  # 'Ministerraad van 19 maart 2004'
    if found.title is None and facts.get("title"):
        found.title = facts["title"]
    if found.title is None and (apart := set_apart(blocks, used)) is not None:
        found.title = " ".join(blocks[apart].text.split())
        used.add(apart)
        title_block = apart  # what stands between it and the text is read as under any headline
    if found.date is None and found.title:
        restated_dateline(blocks, used, found, lang)
    if found.date is None and facts.get("date"):
        try:
            found.date, found.date_source = dt.date.fromisoformat(facts["date"][:10]), "page metadata"
        except ValueError:
            pass
    if found.date is None and found.title and (dated_title(found.title, lang) or meeting_dated(found.title, lang)):
        found.date, found.date_source = find_date(found.title, lang), "title"
    if found.title:  # '… Nordhavn (21/11/2026)': the brackets date the page, the words head it
        found.title = bracketed_away(found.title, found.date, lang)
    body_dates(blocks, used, first_body, found, lang)
    title_again(blocks, used, found, kept_keys)
    if title_block is not None:
        clear_head(
            blocks,
            [i for i in header if i in kept_out],
            used,
            title_block,
            found,
            lang,
        )
    found.body = [b for i, b in enumerate(blocks) if i not in used]
    return found
