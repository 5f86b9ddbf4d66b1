"""Who is quoted: a quote's speaker named before a colon ('Name Surname:' over the quote, or opening it).

A person's name is not translated, so the name checks read a capitalised run as a person only after a
title ('minister X'): institutions are translated, and a run like 'Hoge Raad' against 'Conseil
supérieur' is no person lost. A speaker line is the one place a release names a person bare, and a
quote credited to someone else there went unflagged (a reviewer's trial: 'Name:' against 'Other
name :'). The shapes are facts of how both languages attribute quotes: a name of two to four words
(particles aside) before a colon, then the quote or nothing; or, after the quote's closing mark, a verb
of saying and the name (the inversion both languages use there), which a real pair showed crediting
one quote to two different researchers.
"""

from __future__ import annotations

import re

from reader.core.review.name_forms import Lost
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary

# A role that may stand before the name ('Minister', 'La ministre', 'Eerste minister', 'Le Premier ministre')
_ROLE = re.compile(
    r"^(?:(?:de|het|la|le|l['’]|the)\s+)?(?:(?:vice-?)?(?:eerste\s+|premier\s+|prime\s+)?"
    r"(?:minister|ministre|staatssecretaris|secrétaire d['’]état|secretary of state|burgemeester|bourgmestre|mayor)"
    r"(?:-president|-présidente?)?)\s+",
    re.IGNORECASE,
)
# The name before the colon, then the quote (its opening mark) or the end of the segment
_SPEAKER = re.compile(r"^\s*(?:[–—-]\s*)?([^\W\d_][\w'’. -]{2,60}?)\s*:\s*(?:$|[«“„\"'‘‹])")
# An interview's turn: 'Name Surname : text' at a paragraph's head, the answer unquoted (trial U, F2: a
# turn credited to the journalist passed). Only a name of two words or more, each capitalised, is read
# so: one word ('Brussel:', 'Contact:') is a label, a lower-case word a phrase ('Meer info:'). A turn may
# open on the dialogue dash import keeps ('– Name Surname: …'; trial R: the swap passed behind it).
_TURN = re.compile(r"^\s*(?:[–—-]\s*)?([^\W\d_][\w'’. -]{2,60}?)\s*:\s+(?=[^\W\d_])")
# After the quote: its closing mark (or a comma), a verb of saying in the present or the past, the
# name. The verbs are the common ones of both languages' reported speech; a name after any other
# verb is no speaker.
SAYS = (
    r"(?:zegt|zei|aldus|verklaart|verklaarde|stelt|stelde|benadrukt|benadrukte|vertelt|vertelde|onderstreept|"
    r"onderstreepte|besluit|concludeert|reageert|reageerde|antwoordt|antwoordde|"
    r"dit|a dit|déclare|a déclaré|explique|a expliqué|souligne|a souligné|précise|a précisé|ajoute|a ajouté|"
    r"affirme|a affirmé|indique|a indiqué|conclut|a conclu|poursuit|commente|insiste|rappelle|estime|"
    r"says|said|explains|explained|adds|added)"
)
_AFTER_QUOTE = re.compile(
    rf"[”»\"'’,]\s*,?\s*{SAYS}\s+((?:(?:de|het|la|le|l['’]|the)\s+)?[^\W\d_][\w'’. -]{{2,80}}?)\s*(?:[,.;(]|$)",
    re.IGNORECASE,
)
_PORTFOLIO = re.compile(  # what opens a role's portfolio: 'van', 'voor de', 'de la', 'du', 'of the'
    r"(?:(?:van|voor|of|for)\s+)?(?:(?:de la|de l['’]|de|du|des|het|the|d['’])\s*)?", re.IGNORECASE
)
# After a role and its portfolio, a comma and the person: the apposition both languages write
_APPOSED = re.compile(r",\s*([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){1,3})\s*(?:[,.;(]|$)")
_PARTICLES = {"van", "de", "der", "den", "het", "ter", "vanden", "vander", "du", "des", "le", "la", "d", "von", "di"}
_ARTICLES = {"het", "la", "le", "les", "the", "l"}


def speaker(text: str, lang: str = "", glossary: Glossary | None = None) -> list[str] | None:
    """The words of the name a segment credits its quote to (particles aside: what tells two names
    apart), or None when it does not open so."""
    named = speaker_name(text, lang, glossary)
    return None if named is None else named[1]


def speaker_name(text: str, lang: str = "", glossary: Glossary | None = None) -> tuple[str, list[str]] | None:
    """The name as written ('Vincent Van Peteghem') and its words that tell it apart. A role's
    portfolio ('Minister van Klimaat', 'Ministre du Climat') is the glossary's words after the role."""
    found = _SPEAKER.match(text) or _said_after(text)
    turn = None if found else _TURN.match(text)
    if turn and len([w for w in turn.group(1).split() if fold(w) not in _PARTICLES]) >= 2:
        found = turn
    if not found:
        return None
    name = _ROLE.sub("", found.group(1).strip())
    if name != found.group(1).strip() and (apposed := _APPOSED.match(text, found.end(1))):
        name = apposed.group(1)  # 'le ministre des Affaires sociales, Frank Martin': the name after the comma
    elif name != found.group(1).strip() and glossary is not None:
        portfolio = _PORTFOLIO.match(name)
        rest = name[portfolio.end() if portfolio else 0 :].split()
        # 'van Sociale Zaken en Volksgezondheid Ann Peeters': the portfolio's words up to its last
        # lower-case one ('en', 'et'), then the ones the glossary knows
        lower = [i for i, w in enumerate(rest) if not w[:1].isupper() and fold(w) not in _PARTICLES]
        if lower and lower[-1] < len(rest) - 2:
            rest = rest[lower[-1] + 1 :]
        while len(rest) > 1 and glossary.known(lang, rest[0]):
            rest = rest[1:]  # 'Klimaat Zakia Khattabi': the portfolio, then the person
        name = " ".join(rest)
    words = [w for w in re.split(r"[\s'’]+", name) if w]
    if not 1 <= len(words) <= 5 or fold(words[0]) in _ARTICLES:
        return None
    proper = [w for w in words if fold(w) not in _PARTICLES]
    if not proper or any(not w[:1].isupper() for w in proper) or any(w.isupper() and len(w) > 1 for w in proper):
        return None  # a lower-case word is a phrase ('Meer info:'), an acronym a body ('FOD:')
    if len(proper) < 2 and name == found.group(1).strip():
        return None  # one bare word before a colon is a label ('Contact:', 'Brussel:'), not a person
    return " ".join(name.split()), proper


def _said_after(text: str) -> re.Match[str] | None:
    """The one attribution after a quote; two (a segment quoting two people) name no one speaker."""
    found = list(_AFTER_QUOTE.finditer(text))
    return found[0] if len(found) == 1 else None


def speaker_change(source: str, target: str, src: str, tgt: str, glossary: Glossary) -> tuple[Lost, Lost] | None:
    """The speaker named on one side and another on the other: no word of either name on the other
    side's, and no word the glossary knows (a place, an institution: translated, so no person)."""
    said_name, rendered_name = speaker_name(source, src, glossary), speaker_name(target, tgt, glossary)
    if not said_name or not rendered_name:
        return None
    (said_text, said), (rendered_text, rendered) = said_name, rendered_name
    if any(glossary.known(src, w) for w in said) or any(glossary.known(tgt, w) for w in rendered):
        return None
    if {fold(w) for w in said} & {fold(w) for w in rendered}:
        return None  # 'Luc Martin' and 'Martin': the same person, said more briefly
    if fold(rendered_text) in glossary.equivalents(src, said_text):
        return None  # the user's glossary calls them the same person (taught from a review)
    return Lost("person", said_text), Lost("person", rendered_text)


def within(found: list[Lost], name: Lost) -> list[Lost]:
    """The names found otherwise, less those that are part of the speaker's ('Tinne Van' of 'Tinne
    Van der Straeten', cut at a particle): the speaker's whole name says them."""
    words = set(name.text.split())
    return [item for item in found if not set(item.text.split()) <= words]
