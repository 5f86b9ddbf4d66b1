"""What a segment's context says of a name the other side seems to lack: the head of the name
standing for it ('la Région'), its acronym written out on the other side ('FOD' / 'Service public
fédéral'), or another name put in its place in a short segment ('- Hasselt;' / '- Namur ;').
Read by names.py; facts of how Dutch, French and English refer to a body again, and write its
name with its acronym or word for word in cognates.
"""

from __future__ import annotations

import re

from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.name_facts import TITLES, spelled_out_at
from reader.core.review.name_forms import Lost
from reader.core.review.spelling import slipped
from reader.core.review.thresholds import ABOUT_MENTIONS, COGNATE_STEM, SPOKEN_OF
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary


def inside_written_out(word: str, source: str, other: SegmentAnalysis, glossary: Glossary) -> bool:
    """The word is part of a name this side writes out whose acronym the other side gives."""
    folded = fold(word)
    for token in {t for t in other.tokens if t.isupper() and 3 <= len(t) <= 6}:
        for form in [token, *glossary.equivalents(other.lang, token)]:
            if " " not in form and any(folded in fold(source[a:b]) for a, b in spelled_out_at(form, source)):
                return True
    return False


SHORT_SEGMENT = 6  # words: a list item, a table cell, a heading, where one name stands for another


def put_in_place(s: SegmentAnalysis, t: SegmentAnalysis, added: list[Lost], glossary: Glossary) -> list[Lost]:
    """'- Hasselt;' rendered '- Namur ;': in a short segment, the one capitalised word the target
    lacks is the name the added one took the place of (a place or a person with the same name in
    both languages is in no glossary, so nothing else reports it lost)."""
    if len(s.tokens) > SHORT_SEGMENT or len(added) != 1 or added[0].kind not in ("glossary", "place"):
        return []
    theirs = set(t.folded_tokens)
    gone = [
        token
        for i, (token, folded) in enumerate(zip(s.tokens, s.folded_tokens, strict=True))
        if token[:1].isupper()
        and len(token) >= 3
        and folded not in theirs
        and not glossary.known(s.lang, token)
        and (i > 0 or len(s.tokens) == 1)  # a heading's first word is capitalised as any sentence's
    ]
    return [Lost("substitution", gone[0])] if len(gone) == 1 else []


def by_head(item: Lost, target: str, others: list[str]) -> Lost:
    """The lost name, only plausibly lost where the target names it by its head; still lost where the
    head opens another name (`others`: 'la Région flamande' for the Brussels Region) or a form of
    this one with a slip ('Région buxelloise')."""
    if item.kind not in ("glossary", "phrase") or item.confidence < 1.0:
        return item
    expected = {fold(f) for f in item.expected}
    heads = False
    for form in (f for f in item.expected if " " in f and len(f.split()[0]) >= 4 and f[:1].isupper()):
        size = len(form.split())
        for match in re.finditer(rf"(?<![\w-]){re.escape(form.split()[0])}(?![\w-])", target):
            said = fold(target[match.start() :])
            if any(said.startswith(other) and other not in expected for other in others):
                continue
            if slipped(fold(form), " ".join(said.split()[:size]).rstrip(".,;:")):
                return item
            heads = True
    return Lost(item.kind, item.text, item.expected, 0.5) if heads else item


_BRACKETED = re.compile(r"\(([A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,9}(?: [A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,9})?)\)")


def acronym_spans(source: str, other: SegmentAnalysis, lang: str, glossary: Glossary) -> list[tuple[int, int]]:
    """Where a name is followed by its acronym, '(NCCN)', '(DG EPI)', and the other side has the
    acronym (or its glossary equivalent, RSZ for ONSS): the acronym vouches for the name, whatever
    its words. So does the other side's one name with its own acronym where this side has one
    ('(BESOC)' / '(CBCES)'): a body has an acronym in each language. The span runs back from the
    acronym over the name, up to 8 words or a punctuation."""
    folded_other = other.folded
    spans: list[tuple[int, int]] = []
    mine, theirs = list(_BRACKETED.finditer(source)), _BRACKETED.findall(other.text)
    for match in mine:
        forms = [fold(match.group(1)), *glossary.equivalents(lang, match.group(1))]
        named = any(re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", folded_other) for form in forms)
        if not named and not (
            len(mine) == len(theirs) == 1 and not _known_apart(match.group(1), theirs[0], lang, glossary)
        ):
            continue
        before = source[max(0, match.start() - 160) : match.start()]
        cut = max(before.rfind(mark) for mark in ",;:.!?")
        words = list(re.finditer(r"[\w'’-]+", before[cut + 1 :]))[-8:]
        if words:
            spans.append((match.start() - len(before) + cut + 1 + words[0].start(), match.end()))
    # The same written the other way round, the acronym first: 'OLAF (Europees Bureau voor ...)'.
    for match in re.finditer(r"(?<![\w-])([A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,9})\s*\(([^()]{3,120})\)", source):
        forms = [fold(match.group(1)), *glossary.equivalents(lang, match.group(1))]
        if any(re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", folded_other) for form in forms):
            spans.append((match.start(), match.end()))
    return spans


def _known_apart(mine: str, theirs: str, lang: str, glossary: Glossary) -> bool:
    """Two acronyms the glossary knows as different bodies ('(INAMI)' / '(RSZ)'): one body put in
    another's place, which the two sides' one acronym each no longer vouches for (a trial's pair)."""
    others = [code for code in ("nl", "fr", "en") if code != lang]
    mine_known = glossary.known(lang, mine)
    theirs_known = any(glossary.known(code, theirs) for code in others)
    if not (mine_known or theirs_known):
        return False
    same = fold(theirs) in glossary.equivalents(lang, mine) or any(
        fold(mine) in glossary.equivalents(code, theirs) for code in others
    )
    return not same


def cognate_name(term: str, words: set[str]) -> bool:
    """A name of two long words or more, each of which the other side has as a cognate (the same
    first letters, thresholds.COGNATE_STEM, as the aligner's anchors read them), in any order: the
    name written word for word, as an institution's name is across nl/fr/en."""
    long = [w for w in re.findall(r"\w+", fold(term)) if len(w) >= COGNATE_STEM + 1]
    return len(long) >= 2 and all(any(other.startswith(w[:COGNATE_STEM]) for other in words) for w in long)


def inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start < b for a, b in spans)


# What stands for a body in its own release: the issuer speaking ('bij ons', 'nous'), or a subject
# pronoun opening the sentence ('Ze coördineert', 'Il organise'); a plain fact of nl/fr/en.
_STANDS_FOR = re.compile(
    r"(?<![\w'’-])(?:ons|onze|we|wij|nous|notre|nos|us|our)(?![\w'’-])|(?:^|[.!?]\s+)(?:ze|zij|hij|il|elle|it)\s",
    re.IGNORECASE,
)


def spoken_of(item: Lost, side: SegmentAnalysis, other: SegmentAnalysis) -> Lost:
    """The body a release is about (its issuer, named in paragraph after paragraph) is 'we', 'it' or
    left out where one version names it once more and the other, which names it elsewhere, does not
    ('wie vragen heeft, kan bij ons terecht' for 'toute question peut être adressée à <the body>',
    'Ze coördineert …' for 'Le <centre> coordonne …': two unrelated real dev pairs), where the other
    sentence has what stands for it. Only plausible then: a note."""
    if item.kind not in ("glossary", "phrase", "place") or item.confidence < 1.0 or not _STANDS_FOR.search(other.text):
        return item
    forms = [fold(item.text)]
    if side.release_mentions(forms) < ABOUT_MENTIONS:
        return item
    if other.release_mentions([fold(form) for form in (item.text, *item.expected)]) == 0:
        return item  # never named in the other version: lost there, not said another way
    return Lost(item.kind, item.text, item.expected, confidence=SPOKEN_OF)


def shortened(item: Lost, other: SegmentAnalysis) -> Lost:
    """A word of a body's name the other version leaves out where it names the body by the rest
    ('de Ombudsdienst voor Energie' / 'le Service de Médiation', the full name given before): the
    head of a name standing for the whole, as `by_head` has it for the glossary's names, here with the
    other version's own full name as the glossary. Only plausible: a note."""
    if item.kind not in ("glossary", "place") or item.confidence < 1.0 or " " in item.text:
        return item
    folded = other.folded
    for form in {fold(f) for f in (*item.expected, item.text)}:
        if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", folded):
            return item  # named here after all: not this rule's
        # a head of one short word ('ministre' of 'ministre de l'Energie') names no one body
        heads = [head for head in other.release_heads(form) if len(head.split()) >= 2 or len(head) >= 10]
        if any(re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", folded) for head in heads):
            return Lost(item.kind, item.text, item.expected, confidence=SPOKEN_OF)
    return item


# A name followed by its title in apposition: 'zegt Lien X, woordvoerster van de federale politie',
# 'a déclaré Marc X, le porte-parole', 'said Jan X, the mayor' (how nl/fr/en put a role after a name).
_APPOSED = re.compile(r"\s*,\s*(?:de\s+|het\s+|la\s+|le\s+|l['’]|the\s+)?" + TITLES + r"(?![\w-])", re.IGNORECASE)


def titled_after(source: str, names: list[str]) -> bool:
    """The run of names is a person's, its title said after it (a trial's pair lost 'Lien X,
    woordvoerster' to 'la porte-parole' unflagged: only a title before a name counted)."""
    run = re.search(r"(?<![\w-])" + r"\s+".join(re.escape(name) for name in names) + r"(?![\w-])", source)
    return bool(run and _APPOSED.match(source, run.end()))


# What opens a portfolio: a minister's title and its lower-case preposition ('minister van Lokale
# Besturen', 'ministre des Pouvoirs locaux', 'secretary of State for'), or 'bevoegd voor', 'en charge
# de'. The words after it name a remit, not a person: a plain fact of how both languages write titles
# (wallonie.be and maron-trachte.brussels write 'X, minister van …' after the name; trial A's pair was
# flagged 'Lokale Besturen' as a person added). The preposition is case-sensitive: 'minister De Croo'.
_PORTFOLIO_OPENER = re.compile(
    r"(?:\b(?i:minister|ministre|ministers|ministres|staatssecretaris|secrétaire d['’]état|secretary of state)"
    r"\s+(?:van|voor|de|du|des|of|for)"
    r"|\b(?:bevoegd|belast)\s+(?:voor|met)|\ben\s+charge\s+(?:de|du|des)|\bchargée?\s+(?:de|du|des)"
    r"|\bin\s+charge\s+of)"
    r"\s*(?:de\s+|het\s+|la\s+|l['’]|the\s+)?$"
)


def portfolio_after(source: str, names: list[str]) -> bool:
    """The run is a portfolio: one or two capitalised words right after a title and its preposition
    (a longer run is a portfolio with a person's name after it: 'minister van Werk Kris Peeters')."""
    run = re.search(r"(?<![\w-])" + r"\s+".join(re.escape(name) for name in names) + r"(?![\w-])", source)
    return bool(run and len(names) <= 2 and _PORTFOLIO_OPENER.search(source[max(0, run.start() - 60) : run.start()]))
