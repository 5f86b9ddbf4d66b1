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

from reader.core.importer.issuer import name_like

# An institution's name, whatever its case on the page, and how it is written.
_NAMED = {
    r"kamer van volksvertegenwoordigers": "Kamer van volksvertegenwoordigers",
    r"chambre des repr[ée]sentants": "Chambre des représentants",
    r"grondwettelijk hof": "Grondwettelijk Hof",
    r"cour constitutionnelle": "Cour constitutionnelle",
    r"raad van state": "Raad van State",
    r"conseil d['’][ée]tat": "Conseil d'État",
    r"hof van cassatie": "Hof van Cassatie",
    r"cour de cassation": "Cour de cassation",
    r"vlaamse regering": "Vlaamse Regering",
    r"gouvernement flamand": "Gouvernement flamand",
    r"gouvernement de wallonie": "Gouvernement de Wallonie",
    r"gouvernement wallon": "Gouvernement wallon",
    r"waalse regering": "Waalse Regering",
    r"brusselse hoofdstedelijke regering": "Brusselse Hoofdstedelijke Regering",
    r"gouvernement bruxellois": "Gouvernement bruxellois",
    r"gouvernement de la f[ée]d[ée]ration wallonie-bruxelles": "Gouvernement de la Fédération Wallonie-Bruxelles",
    r"vlaams parlement": "Vlaams Parlement",
    r"parlement de wallonie": "Parlement de Wallonie",
    r"parlement wallon": "Parlement wallon",
    r"brussels parlement": "Brussels Parlement",
    r"parlement bruxellois": "Parlement bruxellois",
    r"parlement de la f[ée]d[ée]ration wallonie-bruxelles": "Parlement de la Fédération Wallonie-Bruxelles",
    r"belgische senaat": "Belgische Senaat",
    r"s[ée]nat de belgique": "Sénat de Belgique",
    # the central bank, by its organic law's names in each language (trial K: no issuer, p05)
    r"nationale bank van belgi[ëe]": "Nationale Bank van België",
    r"banque nationale de belgique": "Banque nationale de Belgique",
    r"national bank of belgium": "National Bank of Belgium",
    # agencies that sign their own releases, by their founding acts' names (trials A and H: the
    # French letterhead 'SPW …' / 'AViQ - …' of a regional agency, and 'Fedasil', 'Federale
    # Pensioendienst' over a page, were dropped as site lines while the Dutch 'Waalse
    # Overheidsdienst …' was kept): the asylum agency, the pensions service, the Walloon public
    # service and its agency for health and the disabled, whose acronyms every language writes alike
    r"fedasil": "Fedasil",
    r"federale pensioendienst": "Federale Pensioendienst",
    r"service f[ée]d[ée]ral des pensions": "Service fédéral des Pensions",
    r"federal pensions? service": "Federal Pensions Service",
    r"service public de wallonie": "Service public de Wallonie",
    r"waalse overheidsdienst": "Waalse Overheidsdienst",
    r"aviq": "AViQ",
    # the English names the institutions give themselves (trial K's English pages)
    r"constitutional court": "Constitutional Court",
    r"council of state": "Council of State",
    r"court of cassation": "Court of Cassation",
    r"flemish government": "Flemish Government",
    r"walloon government": "Walloon Government",
    r"brussels-capital (?:region )?government": "Brussels-Capital Government",
    r"flemish parliament": "Flemish Parliament",
    r"walloon parliament": "Walloon Parliament",
    r"chamber of representatives": "Chamber of Representatives",
    r"belgian senate": "Belgian Senate",
}
_INSTITUTION = re.compile(r"(?<![\w-])(" + "|".join(_NAMED) + r")(?![\w-])", re.IGNORECASE)
# A local authority: its kind, then its place's name with its capital ('Stad Sint-Niklaas', 'Ville
# de La Louvière'); a lowercase word after 'stad' is a common noun ('stad en land').
_LOCAL = re.compile(
    r"(?<![\w-])(?i:(stad|ville de|gemeente|commune de|provincie|province de|province du))\s+"
    r"((?:(?:La|Le|Les)\s+)?[A-ZÀ-Þ][\w'’-]+)"
)
_KIND = {"stad": "Stad", "ville de": "Ville de", "gemeente": "Gemeente", "commune de": "Commune de"}
_KIND |= {"provincie": "Provincie", "province de": "Province de", "province du": "Province du"}
_AT_MOST = 8  # words of a line that names its institution (a banner, a crumb, a title), not a sentence


def official_name(line: str) -> str:
    """The institution a short name line names ('' when none): a sentence about a city is no name.
    Each part of a title or a crumb ('Cour constitutionnelle - Communiqué arrêt 40/2025') apart."""
    for part in re.split(r"\s+[|–—›>-]\s+", " ".join(line.split())):
        if (found := _INSTITUTION.search(part)) is not None:
            name = _NAMED[next(key for key in _NAMED if re.fullmatch(key, found.group(1), re.IGNORECASE))]
        elif (found := _LOCAL.search(part)) is not None:
            place = found.group(2)
            name = f"{_KIND[found.group(1).lower()]} {place.title() if place.isupper() else place}"
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
