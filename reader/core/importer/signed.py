"""Who issues a page that names no issuer line: the office that signs it, in the lines the page
showed around its text (the contact block, a source line) or in the site's own name."""

from __future__ import annotations

import re

from reader.core.importer.name_words import name_like
from reader.core.importer.official_names import domain_line, domain_owner, named_institution
from reader.core.text.glossary import official_service

# 'FOD Financiën', 'SPF Chancellerie du Premier Ministre', 'FOD Mobiliteit en Vervoer'; the Walloon
# public service's departments so too ('SPW Mobilité et Infrastructures', trial A)
_SERVICE = re.compile(
    r"\b(?:FOD|SPF|POD|SPP|FPS|SPW)\s+[A-ZÀ-Ý][\w-]+"
    r"(?:\s+(?:en|et|and|van de|van het|van|du|de la|de l'|des|de|of the|of)?\s*[A-ZÀ-Ý][\w-]+)*"
)


_CABINET = re.compile(
    r"^\s*(?:kabinet van (?:de |het )?|cabinet (?:du |de la |de l'|des |de )|office of the )(.{3,80}?)\s*$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^\s*(?:bron|source|uitgever|éditeur)\s*:\s*(.{3,80}?)\s*$", re.IGNORECASE)
_OFFICE_NAME = re.compile(r"\b(?:minister|ministre|staatssecretaris|secrétaire d'état|premier)\b", re.IGNORECASE)


def _named_in(site: str, texts: list[str]) -> bool:
    """A site's short name ('Fedasil', 'SPF Mobilité') that the headline or the text names as well:
    a portal's name ('Belgium.be') is not said by the releases it carries."""
    name = " ".join(site.split())
    if not name or len(name.split()) > 5 or not re.search(r"[A-Za-zÀ-ÿ]{3}", name):
        return False
    said = re.compile(r"(?<![\w.])" + re.escape(name) + r"(?![\w.])", re.IGNORECASE)
    return any(said.search(text) for text in texts)


def signed_issuer(
    dropped: list[str], site: str, texts: list[str], declared: str = "", head: str = "", language: str = ""
) -> str:
    """The issuer the dropped lines or the site name ('' when none says it); `texts`: the headline
    and the body, which name a site's owner when it speaks of itself; `declared`: the publisher the
    page's metadata names (html_meta), after the lines the page shows; `head`: an HTML page's title."""
    # A FOD/SPF site signs its releases in the contact block that closes the page.
    signed = next(
        (official_service(line[m.start() :], m.group(0)) for line in dropped if (m := _SERVICE.search(line))), ""
    )
    # 'Cabinet du Premier ministre' in the press contact: the office that speaks.
    signed = signed or next((m.group(1) for line in dropped if (m := _CABINET.match(line))), "")
    signed = signed or next((m.group(1) for line in dropped if (m := _SOURCE.match(line))), "")
    signed = signed or declared
    # The site's own name ('… | SPF Economie', og:site_name 'Premier ministre') when it is an office.
    signed = signed or (
        official_service(site[m.start() :], m.group(0))
        if (m := _SERVICE.search(site))
        else site
        if _OFFICE_NAME.search(site)
        else ""
    )
    # A city's, a province's, a parliament's, a court's or a government's official name over the page
    signed = signed or named_institution([*dropped, site, head])
    # or its address, when the data knows it as an official body's ('… | nbb.be', trial W p15)
    signed = signed or domain_owner(site, language)
    # or an official body's address on a line of its own ('perspective.brussels' over the page: trial T, F8)
    signed = signed or domain_line(dropped, language)
    # A site named by its owner ('… | Fedasil') whose release speaks of it: the owner issues it.
    return signed or (site if _named_in(site, texts) else "") or _owner_line(dropped, texts)


def _owner_like(name: str) -> bool:
    """A name as a line sets one: a capital first, no sentence's end, its words those of a name
    ('Banque nationale de Belgique', 'College van procureurs-generaal': name_words.name_like)."""
    return name[:1].isupper() and not re.search(r"[.!?:;,]$", name) and len(name.split()) <= 8 and name_like(name)


def _owner_line(dropped: list[str], texts: list[str]) -> str:
    """A name over the page, left out with the site's lines ('Statbel', 'BIPT', 'Federaal Planbureau',
    'College van procureurs-generaal'), that the headline or the text names inside a sentence with
    its capitals: the owner speaking of itself. A menu's or a tag's word ('Nieuws', 'Onderwijs') is a
    common noun, or a portfolio; a name of one word counts when it is an acronym or a brand, which
    every language writes alike (the glossary's 'Statbel: [Statbel]'). Four trials' pages (a
    statistics office, a regulator, a prosecutors' college, a transport company) lost their issuer."""
    body = " ".join(" ".join(text.split()) for text in texts)
    for line in dropped:
        name = " ".join(line.split())
        # an acronym set before its full name, as an agency's logo link does ('AFMPS - Agence fédérale
        # des médicaments …': trial C): the acronym is the name said, as in '… (RSZ)' (a fact of names)
        ahead = re.match(r"([A-Z]{2,8})\s+[-–—]\s+[A-ZÀ-Þ]", name) if len(name) <= 100 else None
        if not ahead and (len(name) > 80 or not _owner_like(name) or (" " not in name and not one_word_name(name))):
            continue
        short = "" if ahead else re.sub(r"\s*\([^()]*\)$", "", name)  # 'Rijksdienst voor … (RSZ)'
        acronym = ahead or re.search(r"\(([A-Z]{2,8})\)$", name)
        # a brand or an acronym of one word is no common noun: opening a sentence it is still the
        # name ('Statbel publiceert …' was a site line, trial K)
        brand = " " not in name and not ahead
        for said in (short, acronym.group(1) if acronym else ""):
            # inside a sentence: after a word, not opening it (where any noun has its capital), or
            # elided into its article ('l'AFMPS autorise', a plain fact of French)
            inside = r"(?:(?<=[\w,;:’'] )|(?<=\b[lLdD]['’]))"
            if said and re.search((r"(?<![\w-])" if brand else inside) + re.escape(said) + r"(?![\w-])", body):
                return name
    return ""


def one_word_name(word: str) -> bool:
    from reader.core.text.fold import fold
    from reader.core.text.glossary import default_glossary

    if sum(c.isupper() for c in word) >= 2:  # 'BIPT', 'NMBS', 'CREG'
        return True
    forms = [f for terms in default_glossary().entries.values() for f in terms.get(fold(word), [])]
    return bool(forms) and all(f == fold(word) for f in forms)  # a brand: 'Statbel', 'Sciensano'
