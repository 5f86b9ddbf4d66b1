"""The official names of Belgian cities, provinces, parliaments, courts and governments, as a page
sets them over itself ('Persruimte Stad Gent', 'Stad Antwerpen › Nieuws', 'provincie Antwerpen',
'CHAMBRE DES REPRÉSENTANTS DE BELGIQUE', 'Gouvernement de Wallonie du 5 juin 2025', an HTML title
'Grondwettelijk Hof - …'). Trial C's pages of seven such issuers imported with none: the name was
among the site's lines, read by no rule, since FOD/SPF and office words were all the issuer rules
knew. The names are facts: the Constitution's (Kamer van volksvertegenwoordigers / Chambre des
représentants, Grondwettelijk Hof / Cour constitutionnelle, Raad van State / Conseil d'État, the
governments and parliaments of the regions and communities) and the local government laws' ('Stad
X' / 'Ville de X', 'Provincie X' / 'Province de X', 'Gemeente X' / 'Commune de X')."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from reader.core.importer.name_words import name_like
from reader.core.text.fold import fold
from reader.core.text.glossary import body_names

# An institution's name, whatever its case on the page, and how it is written: data, in
# official_names.yaml beside this module, each name with the text it is a fact of.
_NAMED: dict[str, str] = yaml.safe_load(Path(__file__).with_name("official_names.yaml").read_text(encoding="utf-8"))
_INSTITUTION = re.compile(r"(?<![\w-])(" + "|".join(_NAMED) + r")(?![\w-])", re.IGNORECASE)
# A local authority: its kind, then its place's name with its capital ('Stad Sint-Niklaas', 'Ville
# de La Louvière'); a lowercase word after 'stad' is a common noun ('stad en land').
_LOCAL = re.compile(
    r"(?<![\w-])(?i:(stad|ville de|gemeente|commune de|provincie|province de|province du))\s+"
    r"((?:(?:La|Le|Les)\s+)?[A-ZÀ-Þ][\w'’-]+)"
)
_KIND = {"stad": "Stad", "ville de": "Ville de", "gemeente": "Gemeente", "commune de": "Commune de"}
_KIND |= {"provincie": "Provincie", "province de": "Province de", "province du": "Province du"}
# A local police zone, by the integrated police's law (7 December 1998: 'politiezone' / 'zone de
# police' and its place's name, 'Politiezone Kempenrand'), and a national centre as Dutch names one,
# a compound whose head says what it is ('Nationaal Crisiscentrum': the head of a Dutch compound is
# its last part, a plain fact of Dutch): trial W's pages set them alone at the top, dropped as site
# lines, and the release got no issuer
_SHAPED = re.compile(
    r"(?<![\w-])(?:(?i:politiezone|zone de police)\s+(?:(?:La|Le|Les)\s+)?[A-ZÀ-Þ][\w'’/-]+"
    r"|(?i:nationaal)\s+[A-ZÀ-Þ][a-zà-ÿ]+centrum)(?![\w-])"
)
_AT_MOST = 8  # words of a line that names its institution (a banner, a crumb, a title), not a sentence


def official_name(line: str) -> str:
    """The institution a short name line names ('' when none): a sentence about a city is no name.
    Each part of a title or a crumb ('Cour constitutionnelle - Communiqué arrêt 40/2025') apart."""
    for part in re.split(r"\s+[|–—›>-]\s+", " ".join(line.split())):
        if (tabled := body_names().get(fold(part))) is not None:
            return tabled  # a body the glossary's table of official names holds, alone ('Sciensano')
        if (found := _INSTITUTION.search(part)) is not None:
            name = _NAMED[next(key for key in _NAMED if re.fullmatch(key, found.group(1), re.IGNORECASE))]
        elif (found := _LOCAL.search(part)) is not None:
            place = found.group(2)
            name = f"{_KIND[found.group(1).lower()]} {place.title() if place.isupper() else place}"
        elif (found := _SHAPED.search(part)) is not None:
            name = found.group(0).title() if found.group(0).isupper() else found.group(0)
        else:
            continue
        # the name's own lowercase words aside ('représentants'), the rest says no sentence
        rest = f"{part[: found.start()]} Name {part[found.end() :]}"
        if len(part.split()) <= _AT_MOST and name_like(rest):
            return name
    return ""


def named_institution(lines: list[str]) -> str:
    """The first of these lines (the site's, the page's title) that names an institution officially."""
    return next((name for line in lines if (name := official_name(line))), "")


# An official body's own web address, its name in each language: data, official_domains.yaml
_DOMAINS: dict[str, dict[str, str]] = yaml.safe_load(
    Path(__file__).with_name("official_domains.yaml").read_text(encoding="utf-8")
)


def domain_owner(site: str, language: str) -> str:
    """The body a site's address names ('nbb.be', 'www.nbb.be/fr') in the page's language, else ''."""
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", " ".join(site.split()).lower()).split("/")[0]
    names = _DOMAINS.get(address, {})
    return names.get(language) or next(iter(names.values()), "")


def domain_line(lines: list[str], language: str) -> str:
    """The body whose address one of these lines is, alone ('perspective.brussels'), else ''."""
    bare = (line.strip() for line in lines if re.fullmatch(r"\s*(?:www\.)?[\w-]+(?:\.[\w-]+)+\s*", line))
    return next((owner for line in bare if (owner := domain_owner(line, language))), "")
