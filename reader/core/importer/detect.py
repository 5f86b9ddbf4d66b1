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
from dataclasses import dataclass, field

from reader.core.importer.raw import RawBlock
from reader.core.text import numbers
from reader.core.text.langid import identify

_KICKER = re.compile(
    r"^\s*(persmededeling|persbericht|perscommuniqué|communiqué de presse|communiqué|press release|"
    r"mededeling aan de pers|information presse)\b|^\s*(?:bron|source|uitgever|éditeur)\s*:",
    re.IGNORECASE,
)
_OFFICE = re.compile(
    r"^\s*(kabinet van|cabinet d[eu']|persdienst|service de presse|press office of)\b[^\n]{0,80}$", re.IGNORECASE
)
_ISSUER = re.compile(
    r"\b(minister|ministre|eerste minister|premier ministre|vice-?eersteminister|vice-?premier|staatssecretaris|"
    r"secrétaire d'état|secretaire d'etat|secretary of state|FOD|SPF|POD|SPP|FPS|federale overheidsdienst|"
    r"service public fédéral|kanselarij|chancellerie|chancellery|kabinet|cabinet)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…]\s*[”»\"']?\s*$")


@dataclass
class Detected:
    language: str | None
    languages: list[str]  # per raw block
    letterhead: list[tuple[str, str]] = field(default_factory=list)  # (lang, text)
    date: dt.date | None = None
    date_source: str = ""
    title: str | None = None
    issuer: str = ""
    body: list[RawBlock] = field(default_factory=list)


def block_language(text: str) -> str:
    lang, _ = identify(text.replace("\n", " "))
    return lang


def main_language(blocks: list[RawBlock], langs: list[str]) -> str | None:
    votes: Counter[str] = Counter()
    for block, lang in zip(blocks, langs, strict=True):
        votes[lang] += len(block.text)
    if not votes:
        return None
    lang = votes.most_common(1)[0][0]
    return lang if lang in ("nl", "fr", "en") else None


def find_date(text: str, lang: str) -> dt.date | None:
    for q in numbers.extract(text, lang):
        if q.kind == "date" and not q.value.startswith("----") and len(q.value) == 10:
            try:
                return dt.date.fromisoformat(q.value)
            except ValueError:
                continue
    return None


def _is_body_paragraph(block: RawBlock) -> bool:
    text = block.text.replace("\n", " ")
    return block.kind in ("", "quote") and (
        len(text) > 220 or (len(text.split()) >= 10 and bool(_SENTENCE_END.search(text)))
    )


def _is_date_line(text: str, lang: str) -> bool:
    flat = text.replace("\n", " ")
    return find_date(flat, lang) is not None and len(flat.split()) <= 8


_DATELINE_WORDS = {"le", "la", "de", "du", "op", "den", "the", "on", "van", "te", "à", "a"}


def _is_dateline(text: str, lang: str) -> bool:
    """'Brussel, 14 maart 2019' or 'Woensdag 5 december 2018', not 'Ministerraad van 19 maart 2004'."""
    flat = " ".join(text.split())
    rest = flat
    for q in numbers.extract(flat, lang):
        if q.kind in ("date", "weekday"):
            rest = rest.replace(q.text, " ")
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in _DATELINE_WORDS]
    return not words or (len(words) == 1 and bool(re.match(r"^\s*[\w-]+\s*,", flat)))


def _dated_title(title: str, lang: str) -> bool:
    """'Ministerraad van 19 maart 2004' is dated by its title; 'Hulp tussen 24 en 31 juli 2000' names an event."""
    if find_date(title, lang) is None:
        return False
    rest = title
    for q in numbers.extract(title, lang):
        if q.kind in ("date", "weekday"):
            rest = rest.replace(q.text, " ")
    return len(re.findall(r"[^\W\d_]+", rest)) <= 5 and not re.search(r"\d", rest)


def _same_shape(previous: RawBlock, block: RawBlock, lang: str) -> bool:
    """Letterhead halves look alike: several short lines, no sentence, no date, no kicker."""
    lines, before = block.text.split("\n"), previous.text.split("\n")
    return (
        block.kind in ("", "letterhead")
        and len(lines) >= 2
        and abs(len(lines) - len(before)) <= 1
        and max(len(line) for line in lines) <= 60
        and not _KICKER.match(block.text)
        and not _is_date_line(block.text, lang)
        and not _SENTENCE_END.search(block.text)
    )


# Acronyms keep their capitals when a kicker line in capitals is brought to normal case.
_ACRONYMS = {
    "FOD",
    "SPF",
    "POD",
    "SPP",
    "FPS",
    "FAVV",
    "AFSCA",
    "RVA",
    "ONEM",
    "RSZ",
    "ONSS",
    "RIZIV",
    "INAMI",
    "KMO",
    "PME",
    "EU",
    "UE",
    "NAVO",
    "OTAN",
    "BTW",
    "TVA",
    "OCMW",
    "CPAS",
    "FSMA",
    "BIPT",
    "CREG",
    "NBB",
    "BNB",
}


_LINK_WORDS = {
    "van", "de", "het", "en", "voor", "der", "belast", "met", "du", "des", "la", "le", "l", "et", "chargé",
    "chargée", "of", "the", "and", "for", "in", "charge", "à", "a", "aux", "au",
    # the lowercase words of titles and offices
    "minister", "ministre", "eerste", "premier", "vice-premier", "vice-eersteminister", "staatssecretaris",
    "secrétaire", "d'état", "état", "secretary", "state", "prime", "kabinet", "cabinet", "federale",
    "overheidsdienst", "public", "publique", "fédéral", "fédérale", "social", "sociale", "sociales",
    "étrangères", "extérieur", "numérique", "moyennes", "classes", "service", "dienst", "woordvoerder",
    "porte-parole", "spokesperson", "vlaams", "vlaamse", "waals", "waalse", "wallon", "flamand", "bruxellois",
}  # fmt: skip


def _name_like(text: str) -> bool:
    """'Minister van Werk, Economie en Consumenten' names someone; 'De FOD Financiën betaalt 1.250 euro
    terug' is a headline that mentions them: most of its words are lowercase content words."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    content = [w for w in words if w[:1].islower() and w.lower().strip("'’") not in _LINK_WORDS]
    return bool(words) and len(content) <= max(1, len(words) // 4)


def _official_case(word: str) -> str:
    if word.strip(",.;:") in _ACRONYMS:
        return word
    return word.capitalize() if len(word) > 2 or not word.isalpha() else word.lower()


def _issuer_text(text: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    first = _KICKER.sub("", lines[0]).strip(" :,-")
    for _ in range(2):  # 'DOOR DE FOD FINANCIËN': both words go
        first = re.sub(r"^(door|van|de|het|du|de la|la|le|by|from|the)\s+", "", first, flags=re.IGNORECASE).strip()
    if first.isupper():
        first = " ".join(_official_case(w) for w in first.split())
    rest = " ".join(lines[1:]).strip(" ,")
    # A title wrapped over lines ('Ministre ... et' / 'des Consommateurs') reads on; else a comma.
    joiner = " " if re.search(r"\b(?:et|en|de|du|des|van|met|voor|of|and)$", first, re.IGNORECASE) else ", "
    return joiner.join(part for part in (first, rest) if part)


def _split_header_lines(blocks: list[RawBlock]) -> list[RawBlock]:
    """A header block mixing a headline and a dateline ('Titel<br>Brussel, 5 mei 2020') becomes lines."""
    out: list[RawBlock] = []
    seen_body = False
    for block in blocks:
        seen_body = seen_body or _is_body_paragraph(block)
        lines = [line for line in block.text.split("\n") if line.strip()]
        if not seen_body and block.kind in ("", "title") and len(lines) > 1:
            lang = block_language(block.text)
            if not _KICKER.match(block.text) and any(_is_date_line(line, lang) for line in lines):
                out.extend(RawBlock(line.strip(), block.kind if i == 0 else "") for i, line in enumerate(lines))
                continue
        out.append(block)
    return out


def detect(blocks: list[RawBlock], facts: dict[str, str] | None = None) -> Detected:
    facts = facts or {}
    blocks = _split_header_lines(blocks)
    langs = [block_language(b.text) for b in blocks]
    body_langs = [lang for b, lang in zip(blocks, langs, strict=True) if _is_body_paragraph(b)]
    main = Counter(body_langs).most_common(1)[0][0] if body_langs else main_language(blocks, langs)
    if main not in ("nl", "fr", "en"):
        main = main_language(blocks, langs)
    found = Detected(main, langs)
    lang = main or "nl"
    first_body = next((i for i, b in enumerate(blocks) if _is_body_paragraph(b)), len(blocks))
    header = list(range(first_body))
    # Letterhead: leading blocks up to the last header block in another language (or marked as such).
    foreign = [
        i
        for i in header
        if langs[i] != lang
        and langs[i] in ("nl", "fr", "en", "de")
        and blocks[i].kind not in ("title",)
        and not _is_date_line(blocks[i].text, langs[i])
        # A single short line ('FOD Economie') is a name, whose language guess means little.
        and ("\n" in blocks[i].text.strip() or len(blocks[i].text.split()) > 4)
    ]
    marked = [i for i, b in enumerate(blocks) if b.kind == "letterhead"]
    letterhead_end = max((foreign[-1] + 1 if foreign else 0), (marked[-1] + 1 if marked else 0))
    if letterhead_end and any(blocks[i].kind == "title" for i in range(letterhead_end)):
        letterhead_end = 0  # a headline before the 'letterhead' means it was not one
    # The other half of a bilingual letterhead may be in the main language: same shape, before the kicker.
    while (
        letterhead_end
        and letterhead_end < first_body
        and _same_shape(blocks[letterhead_end - 1], blocks[letterhead_end], lang)
    ):
        letterhead_end += 1
    found.letterhead = [
        (blocks[i].lang or (langs[i] if langs[i] in ("nl", "fr", "en") else lang), blocks[i].text)
        for i in range(letterhead_end)
    ]
    used: set[int] = set(range(letterhead_end))
    date_block: int | None = None
    issuer_line: int | None = None
    kicker = next((i for i in header if i not in used and _KICKER.match(blocks[i].text)), None)
    if kicker is not None:
        text = blocks[kicker].text
        dated = find_date(text.replace("\n", " "), lang)
        if dated is not None:  # 'Persbericht - 14 februari 2024': a kicker and a date line in one
            found.date, found.date_source = dated, "date line"
            for q in numbers.extract(text, lang):
                if q.kind in ("date", "weekday"):
                    text = text.replace(q.text, " ")
            text = re.sub(r"(?:^|\s)[-–—|,·]+(?=\s|$)", " ", text).strip()
        found.issuer = _issuer_text(text) if len(text.split()) > 3 else ""
        used.add(kicker)
    office = next((i for i in header if i not in used and _OFFICE.match(blocks[i].text)), None)
    if office is not None and not found.issuer:  # 'Kabinet van de Eerste Minister': who speaks
        found.issuer = " ".join(blocks[office].text.split())
        used.add(office)
    for i in header:
        if i in used:
            continue
        text = blocks[i].text
        issuer_like = _KICKER.match(text) or (
            _ISSUER.search(text)
            and not _is_body_paragraph(blocks[i])
            and len(text) < 300
            and blocks[i].kind != "title"
            and _name_like(text)
        )
        if not found.issuer and issuer_like and not _is_date_line(text, lang):
            issuer = _issuer_text(text)
            if issuer and (_ISSUER.search(text) or len(issuer.split()) >= 2):
                found.issuer = issuer
                used.add(i)
                if not _KICKER.match(text) and "\n" not in text.strip():
                    issuer_line = i  # a one-line guess: the headline, if no other line can be
                if not _KICKER.match(text) and text.count("\n") >= 1 and blocks[i].kind == "":
                    # A minister's titles set over several lines above a one-language release: a
                    # letterhead, kept as one (and read as the issuer), never the headline.
                    found.letterhead.append((lang, text))
                continue
        if _KICKER.match(text) and len(text.split()) <= 4:
            used.add(i)
            continue
        if found.date is None and _is_date_line(text, lang):
            found.date, found.date_source = find_date(text.replace("\n", " "), lang), "date line"
            date_block = i
            used.add(i)
    # Title: an explicit headline, else the first short header block that is not a sentence.
    candidates = [i for i in header if i not in used and not _KICKER.match(blocks[i].text)]
    titled = [i for i in candidates if blocks[i].kind == "title"]
    # A headline has a few words; a two-word line above it is the site's or the service's name.
    worded = [i for i in candidates if len(blocks[i].text.split()) >= 4]
    for i in titled or worded or candidates:
        text = " ".join(blocks[i].text.split())
        if len(text) <= 250 and (
            blocks[i].kind in ("title", "heading") or not _SENTENCE_END.search(text) or len(text.split()) <= 14
        ):
            found.title = text
            used.add(i)
            break
    if found.title is None and issuer_line is not None:
        # 'Eerste minister ontvangt de Poolse premier': a headline about a minister, read as the
        # issuer line because nothing else stood above the body. The headline matters more.
        found.title, found.issuer = " ".join(blocks[issuer_line].text.split()), ""
        used.add(issuer_line)
    if found.title is None and date_block is not None and not _is_dateline(blocks[date_block].text, lang):
        found.title = " ".join(blocks[date_block].text.split())  # 'Ministerraad van 19 maart 2004'
    if found.title is None and facts.get("title"):
        found.title = facts["title"]
    if found.date is None and facts.get("date"):
        try:
            found.date, found.date_source = dt.date.fromisoformat(facts["date"][:10]), "page metadata"
        except ValueError:
            pass
    if found.date is None and found.title and _dated_title(found.title, lang):
        found.date, found.date_source = find_date(found.title, lang), "title"
    if found.date is None:
        for i in range(len(blocks)):
            if i not in used and (date := find_date(blocks[i].text.replace("\n", " "), lang)):
                # A dateline opening the first paragraph ('Brussel, 5 mei 2020 - De minister ...');
                # any other date in a sentence is an event.
                lead = re.split(r"\s[-–—:]\s|\.\s", blocks[i].text.replace("\n", " "), maxsplit=1)[0]
                if i < first_body + 1 and len(lead.split()) <= 8 and _is_dateline(lead, lang):
                    found.date, found.date_source = date, "first paragraph"
                break
    found.body = [b for i, b in enumerate(blocks) if i not in used]
    return found
