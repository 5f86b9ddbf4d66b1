"""A street named after a person, in both languages: French puts the noun first and the name bare
after it ('rue Vandenpeereboom', 'avenue Marcel Thiry'), Dutch joins the name to the noun
('Vandenpeereboomstraat', 'Marcel Thirylaan'): a plain fact of bilingual street naming in Brussels.
The name is not translated, so a street of one side whose name the other side lacks is lost, and
one put in place of another a swap (trial T, F2: 'rue Vandenpeereboom' rendered 'Ninoofsesteenweg'
passed even at info, while 'Émile Carpentierstraat' for 'rue Émile Carpentier' was a note).
Streets on a place or a thing ('chaussée de Wavre', 'rue de la Loi') are name_facts.street's.
"""

from __future__ import annotations

import difflib
import re

from reader.core.review.name_facts import street
from reader.core.review.name_forms import Lost
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary

_NOUNS_FR = r"rue|avenue|boulevard|chaussée|place|quai|square|drève|porte"
# the French noun, then up to two given names and the name itself, capitalised, with no 'de' between
_FRENCH = re.compile(rf"(?<![\w-])(?:{_NOUNS_FR})\s+((?:[A-ZÀ-Þ][\w'’-]*\s+){{0,2}}[A-ZÀ-Þ][\w'’-]+)")
_DUTCH = re.compile(r"(?<![\w-])([A-ZÀ-Þ][\w'’-]*?)(?:se)?(straat|steenweg|laan|plein|kaai|dreef|poort)(?![\w-])")
# A street named by a quality, not a person, is translated ('rue Royale' is the 'Koningsstraat',
# 'rue Neuve' the 'Nieuwstraat', 'place Sainte-Catherine' the 'Sint-Katelijneplein'): read no further.
_QUALITY = re.compile(
    r"royale?|neuve|haute|basse|grande|petite|vieille|nouvelle|longue|saint|sainte|st|ste|notre|"
    r"konings?|nieuw|nieuwe|hoog|hoge|laag|lage|groot|grote|klein|kleine|oud|oude|lange?|sint|onze"
)


def _close(word: str, words: set[str]) -> bool:
    """The name, or one spelled a little otherwise ('Louise', 'Louiza'), among the other side's words
    or the heads of its compounds."""
    return word in words or any(
        difflib.SequenceMatcher(None, word, other).ratio() >= 0.8
        or len(word) >= 5
        and other[:4] == word[:4]
        and abs(len(other) - len(word)) <= 1
        for other in words
    )


def _french(text: str, glossary: Glossary) -> list[tuple[str, str]]:
    """(the street as written, its name folded) for the French streets named after a person."""
    found = []
    for m in _FRENCH.finditer(text):
        name = m.group(1).split()[-1]
        if not _quality(fold(m.group(1))) and not glossary.known("fr", name):
            found.append((m.group(0), fold(name)))
    return found


def _dutch(text: str) -> list[tuple[str, str]]:
    return [(m.group(0), fold(m.group(1))) for m in _DUTCH.finditer(text) if not _quality(fold(m.group(1)))]


def _quality(name: str) -> bool:
    return bool(re.match(rf"(?:{_QUALITY.pattern})(?![a-z])", name))


_COMPOUND = re.compile(r"([\w'’-]+?)(?:se)?(?:straat|steenweg|laan|plein|kaai|dreef|poort)")


def _heads(folded: str) -> set[str]:
    """A text's words and the names its streets are made of ('vandenpeereboom' of the compound)."""
    words = set(re.findall(r"[\w'’-]+", folded))
    return words | {m.group(1).rstrip("-") for w in words if (m := _COMPOUND.fullmatch(w))}


def street_losses(
    source: str, target: str, src: str, tgt: str, target_block: str, source_block: str, glossary: Glossary
) -> tuple[list[Lost], list[Lost]]:
    """The person-named streets of the source the target block lacks, and those of the target the
    source block lacks: one alone a note, a street in place of another a warning (a swap)."""
    if {src, tgt} != {"nl", "fr"}:
        return [], []

    def lacking(text: str, lang: str, other_block: str) -> list[str]:
        other = fold(other_block)
        heads = _heads(other)
        if lang == "fr":
            return [shown for shown, name in _french(text, glossary) if not _close(name, heads)]
        return [
            shown
            for shown, name in _dutch(text)
            if not _close(name, heads) and not street(shown.split()[-1], "nl", other, glossary)
        ]

    lost, added = lacking(source, src, target_block), lacking(target, tgt, source_block)
    if not (lost and added):
        # one alone: a French street a note (the name check notes a Dutch one already, as a word of its
        # run), a Dutch one nothing more ('Tweede Britse Legerlaan' is a name translated)
        lost, added = (lost if src == "fr" else []), (added if tgt == "fr" else [])
    confidence = 1.0 if lost and added else 0.4
    return [Lost("street", s, confidence=confidence) for s in lost], [
        Lost("street", s, confidence=confidence) for s in added
    ]
