"""The words of a name line: which lowercase words a title or an office holds, and which join a
name's parts, so a line that names someone reads apart from a headline about them (issuer.py reads
them; official_names.py too, which issuer.py asks whether a name's article is its own)."""

from __future__ import annotations

import re

LINK_WORDS = {
    "van", "de", "het", "en", "voor", "der", "belast", "met", "du", "des", "la", "le", "l", "et", "chargé",
    "chargée", "of", "the", "and", "for", "in", "charge", "à", "a", "aux", "au", "pour", "les",
    "nationale", "national", "nationaal", "régionale", "régional", "regionale", "federaal", "federal",
    # the lowercase words of titles and offices
    "minister", "ministre", "eerste", "premier", "vice-premier", "vice-eersteminister", "staatssecretaris",
    "secrétaire", "d'état", "état", "secretary", "state", "prime", "kabinet", "cabinet", "federale",
    "overheidsdienst", "public", "publique", "fédéral", "fédérale", "social", "sociale", "sociales",
    "étrangères", "extérieur", "numérique", "moyennes", "classes", "service", "dienst", "woordvoerder",
    "porte-parole", "spokesperson", "vlaams", "vlaamse", "waals", "waalse", "wallon", "flamand", "bruxellois",
}  # fmt: skip


# A title and a person's name, then a lowercase word that is no part of a title: the person is the
# subject of a sentence ('Minister Jan Jambon huldigt … in', 'Ministre Anne Dupont inaugure …'). An
# issuer line goes on after a comma ('Jan Jambon, minister van …') or with a title's own words
# ('Minister van Werk', 'belast met'). A plain fact of how nl, fr and en write a name and its title;
# met on a civil protection release whose headline, with three institution words capitalised, read
# as its issuer.
# The title may have its article and a qualifier, before it or after it as each language sets one
# ('Brussels staatssecretaris Nadia … stelt … voor', 'La secrétaire d'État bruxelloise Nadia … présente
# …': trial A, F6, both taken for the issuer); the name and a verb after it still make the sentence.
_SUBJECT = re.compile(
    r"^(?:(?i:de|het|la|le|l['’]|the)\s*)?(?:[A-ZÀ-Þ][\w'’-]*\s+)?"
    r"(?i:(?:vice-?)?(?:eerste\s?)?minister|ministre|premier ministre|staatssecretaris|secrétaire d['’]état|"
    r"burgemeester|bourgmestre|gouverneur|schepen|échevine?|voorzitter|voorzitster|présidente?|president)"
    r"(?:\s+[a-zà-ÿ][\w'’-]*)?\s+(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4}([a-zà-ÿ][\w'’-]+)"
)


def name_like(text: str) -> bool:
    """'Minister van Werk, Economie en Consumenten' names someone; 'De FOD Financiën betaalt 1.250 euro
    terug' is a headline that mentions them: most of its words are lowercase content words."""
    if (subject := _SUBJECT.match(text.strip())) and subject.group(1).lower() not in LINK_WORDS | JOINING:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    content = [w for w in words if w[:1].islower() and w.lower().strip("'’") not in LINK_WORDS]
    # A figure opening the line is what a headline says ('108.745 overledenen in 2019'); a name or an
    # office never opens on one (a postcode comes after its street)
    figure = re.match(r"\s*\d[\d.,]*\s+[^\W\d_]", text)
    if figure:
        words, content = [*words, figure.group(0)], [*content, figure.group(0)]
    return bool(words) and len(content) <= max(1, len(words) // 4)


# The words that join a name's parts, which nl and fr write in lower case inside a name ('Kanselarij
# van de Eerste Minister', 'Service public fédéral Mobilité et Transports'): a plain fact of both.
JOINING = {"van", "de", "der", "den", "het", "voor", "en", "op", "in", "te", "met", "des", "du", "la", "le", "les",
            "et", "pour", "aux", "au", "sur", "of", "and", "for", "the"}  # fmt: skip
