"""A place one version goes to and the other comes from: 'van Luik naar Brussel' against 'de Bruxelles
vers Liège', 'richting Brussel' against 'en provenance de Bruxelles' (trial M, finding 2: both passed,
the names being the same on both sides). In a works or traffic notice the route is the news.

The words of direction are a closed set of each language, plain facts of it: towards ('naar',
'richting', 'tot'; 'vers', 'en direction de', 'jusqu'à', 'à destination de'; 'to', 'towards') and from
('vanuit', 'uit'; 'depuis', 'en provenance de'; 'from'). A word with another sense says a role only in
a pair of them: Dutch 'van' is as often 'of' ('de burgemeester van Gent'), French 'de' too and 'à' is
also 'in', so 'van X naar Y', 'de X vers Y', 'de X à Y' alone read X as the start. A place is flagged
only where each version gives it a role and none the same: a role one side leaves out ('tussen Luik en
Namen') is how translators write, and a route said both ways has both roles.
"""

from __future__ import annotations

import re

from reader.core.review.findings import Finding
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary

__all__ = ["route_findings"]

# a place's name: capitalised, its parts joined by hyphens ('Braine-le-Comte', "'s-Gravenbrakel")
_PLACE = r"(?P<p>(?:['’]s-)?[A-ZÀ-Þ][^\W\d_]*(?:[-‑][^\W\d_]+)*)"
_DE = r"d(?:e\s+|['’]\s*)"  # 'de Gand', "d'Anvers"
_TO, _FROM = "to", "from"
_ROLES: dict[str, list[tuple[str, str]]] = {
    "nl": [(_TO, r"(?i:naar|richting|tot)\s+"), (_FROM, r"(?i:vanuit|uit)\s+")],
    "fr": [
        (_TO, rf"(?i:vers\s+|en\s+direction\s+{_DE}|jusqu['’]à\s+|à\s+destination\s+{_DE})"),
        (_FROM, rf"(?i:depuis\s+|en\s+provenance\s+{_DE})"),
    ],
    "en": [(_TO, r"(?i:towards?|to)\s+"), (_FROM, r"(?i:from)\s+")],
}
# a start said with an ambiguous word, then its end: 'van X naar Y', 'de X vers Y', 'de X à Y'
_PAIRS = {
    "nl": r"(?i:van)\s+{a}\s+(?i:naar|tot)\s+",
    "fr": rf"(?i:{_DE}){{a}}\s+(?:vers|à|jusqu['’]à)\s+",
}

Said = dict[str, dict[str, str]]  # a place (folded) -> its roles, each with the words that say it


def _roles(text: str, lang: str) -> Said:
    """Each place given a role, with the words as written ('naar Luik', 'en provenance de Gand')."""
    said: Said = {}
    for role, words in _ROLES.get(lang, []):
        for m in re.finditer(rf"(?<![\w'’-]){words}{_PLACE}", text):
            said.setdefault(fold(m.group("p")), {}).setdefault(role, m.group(0))
    pair = _PAIRS.get(lang)
    if pair is not None:
        start = _PLACE.replace("?P<p>", "?P<a>")
        for m in re.finditer(rf"(?<![\w'’-]){pair.format(a=start)}{_PLACE}", text):
            said.setdefault(fold(m.group("a")), {}).setdefault(_FROM, text[m.start() : m.end("a")])
            said.setdefault(fold(m.group("p")), {}).setdefault(_TO, text[m.end("a") : m.end()].strip())
    return said


def _same(place: str, other: str, src: str, glossary: Glossary) -> bool:
    """One place in the two languages: written alike, or the glossary's (CLDR's, the table's) names of it."""
    return place == other or other in glossary.equivalents(src, place)


def route_findings(
    source: str, target: str, blocks: tuple[str, str], src: str, tgt: str, glossary: Glossary
) -> list[Finding]:
    """A term flag naming, on each side, the words of every place the two versions give opposite roles.
    A role the other version's block gives the place too is a sentence alignment's slip, not the rendering's."""
    s_said, t_said = _roles(source, src), _roles(target, tgt)
    if not s_said or not t_said:
        return []
    s_block, t_block = _roles(blocks[0], src), _roles(blocks[1], tgt)
    parts = []
    for place, s_roles in sorted(s_said.items(), key=lambda item: min(source.find(w) for w in item[1].values())):
        for other, t_roles in t_said.items():
            if not _same(place, other, src, glossary) or set(s_roles) & set(t_roles):
                continue
            if set(s_roles) & set(t_block.get(other, {})) or set(t_roles) & set(s_block.get(place, {})):
                continue
            parts.append(f"«{'», «'.join(s_roles.values())}» / «{'», «'.join(t_roles.values())}»")
    return [Finding("term", "a place's direction differs: " + "; ".join(parts))] if parts else []
