"""When two written names are one: a name lost on one side and a name added on the other.

A name and its rendering look alike ('Roemenië', 'Roumanie': a fact of cognates, thresholds.SAME_NAME),
or one is an expected form of the other (the glossary's), or one is the head that stands for the
whole after its first mention: 'het Rekenhof' is 'la Cour' (des comptes), 'la Cour' is 'het
(Reken)hof'. A French name's head comes first, a Dutch compound's last: facts of the two languages'
word order and word formation.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from reader.core.review.thresholds import SAME_NAME
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary


@dataclass(frozen=True)
class Lost:
    """A name of one side that the other lacks; `kind` says how it was found (and how sure that is)."""

    kind: str  # glossary | phrase | portfolio | place | person | substitution | part | brand | domain | body
    text: str
    expected: tuple[str, ...] = ()
    confidence: float = 1.0

    def describe(self) -> str:
        expected = [e for e in self.expected if e.lower() != self.text.lower()][:2]  # 'Infrabel' is 'Infrabel'
        return f"{self.text} (expected: {', '.join(expected)})" if expected else self.text


def alike(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() >= SAME_NAME


def _head_of(short: Lost, whole: Lost) -> bool:
    """`short` is the head of a form of `whole`: the first word of a multi-word name ('Cour' of
    'Cour des comptes'), or the last part of a Dutch compound ('hof' of 'Rekenhof')."""
    word = fold(short.text)
    if " " in word or len(word) < 3:
        return False
    forms = [fold(e) for e in (*whole.expected, whole.text)]
    return any(f.split()[0] == word for f in forms if " " in f) or (
        len(fold(whole.text)) > len(word) and fold(whole.text).endswith(word) and " " not in fold(whole.text)
    )


def one_name(lost: Lost, added: Lost) -> bool:
    """A lost name and an added one that are the same name in the two texts (people excepted). Two
    web addresses in one place are a body's site in each language ('federaalombudsman.be',
    'mediateurfederal.be'): Belgian bodies keep a domain per language."""
    if lost.kind == added.kind == "domain":
        return lost.text.rsplit(".", 1)[-1].lower() == added.text.rsplit(".", 1)[-1].lower()
    return alike(lost.text, added.text) or _head_of(added, lost) or _head_of(lost, added)


def same_name(lost: Lost, added: Lost) -> bool:
    """As one_name, and an added name that is an expected form of the lost one; people only as written."""
    if lost.kind in ("person", "substitution") or added.kind in ("person", "substitution"):
        return fold(lost.text) == fold(added.text)
    return fold(added.text) in {fold(e) for e in lost.expected} or one_name(lost, added)


def _named_otherwise(glossary: Glossary, name: str, lang: str, other: str, written: str) -> bool:
    """The glossary gives `name` (of `lang`) a form it tags as `other`'s, and `written` is none of them:
    'Gent' is 'Ghent' in English, so an English 'Genk' is another city, however alike (trial K)."""
    forms = [f for f in glossary.shown(lang, name) if f[:1].isupper() and other in glossary.languages.get(fold(f), ())]
    return bool(forms) and fold(written) not in {fold(f) for f in forms}


def paired_away(lost: list[Lost], added: list[Lost], glossary: Glossary, lang: str, other: str = "") -> None:
    """Take out of both lists each lost name and added name that are one: alike in the two languages
    ('Roemenië', 'Roumanie'), a name and its head standing for it (people excepted: 'Vandenbroucke'
    for 'Vanderbroek' is an error), or named the same by the glossary, a person's whole name too
    ('Annelies Verhaegen = Annelise Verhaeghe', taught from a review: the flag stayed, a translator's
    trial). `lang`: the language of the lost names, `other` of the added ones. Alike is not enough
    where the glossary names either in the other's language otherwise (trial K: 'Genk' rendered
    'Ghent', 'Gent' rendered 'Genk' were paired away as one name)."""

    def one(item: Lost, twin: Lost) -> bool:
        if _head_of(twin, item) or _head_of(item, twin) or not other:
            return one_name(item, twin)
        if _named_otherwise(glossary, item.text, lang, other, twin.text):
            return False
        return not _named_otherwise(glossary, twin.text, other, lang, item.text) and one_name(item, twin)

    for item in list(lost):
        taught = set(glossary.equivalents(lang, item.text))
        twin = next((a for a in added if fold(a.text) in taught), None)
        if twin is None and item.kind not in ("person", "substitution"):
            twin = next((a for a in added if a.kind not in ("person", "substitution") and one(item, a)), None)
        if twin is not None:
            lost.remove(item)
            added.remove(twin)
