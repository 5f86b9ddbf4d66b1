"""A name spelled two ways: the same letters with two neighbours swapped ('Athisaari' / 'Ahtisaari'),
or, in a long name, one letter added, dropped or changed ('Bundeskriminalamt' / 'Bundenskriminalamt').

A name is carried over, not translated; where a rendering changes one, it changes it wholly
('Antwerpen' / 'Anvers') or by a cognate's ending ('Ministers' / 'Ministres', 'Systeem' /
'Système'), and an acronym follows its language's word order ('DRC' / 'RDC', 'IOP' / 'OIP'). Two
adjacent letters swapped inside a word, away from its ending, is a slip of the keyboard, not a
language's form (a plain fact of typing; seen on real pairs: a UN envoy's surname misspelt in one
version). So is one letter more, less or another inside a long name (MIN_SLIP_LENGTH: in shorter
words one letter makes another word), away from its first letter and its ending (a German agency's
name misspelt in one version, another real pair). Within one version, where no language sets a name
apart, a name written once with two letters swapped against its usual spelling is the slip,
acronyms included.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.model import LanguageVersion
from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.structure import NAMES
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary

_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ]{4,}(?![\w'’-])")  # a capitalised name of five letters or more
_NAME = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Þ][a-zà-ÿ]{4,}|[A-Z]{3,})(?![\w'’-])")  # or an acronym
_ENDING = 3  # the letters of a cognate's ending ('-er' / '-re', '-eem' / '-ème')
MIN_SLIP_LENGTH = 8  # a letter more, less or another: only in names this long ('Kenia' / 'Kenya' is one country)


def _swapped_at(a: str, b: str) -> int | None:
    """Where b is a with exactly two neighbouring letters swapped (the first's index), else None."""
    if len(a) != len(b) or a == b:
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return diff[0]
    return None


def _slipped_at(a: str, b: str) -> int | None:
    """Where b is a with one letter added, dropped or changed (its index), else None."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    return start if max(end_a, end_b) - start == 1 else None


def slipped(a: str, b: str) -> bool:
    """b is a with one slip of typing: a letter added, dropped or changed, or two neighbours swapped."""
    return _slipped_at(a, b) is not None or _swapped_at(a, b) is not None


def misspelled(s: SegmentAnalysis, t_block: SegmentAnalysis, glossary: Glossary | None = None) -> list[tuple[str, str]]:
    """The source's names that the target's paragraph spells with a slip, as pairs; a name the
    glossary gives in the two languages ('Maleisië' / 'Malaisie', from CLDR) is spelled as each writes it."""
    other = sorted({m.group(0) for m in _WORD.finditer(t_block.text)})
    found: list[tuple[str, str]] = []
    for name in dict.fromkeys(m.group(0) for m in _WORD.finditer(s.text)):
        if fold(name) in t_block.words:
            continue  # spelled as here too, somewhere in the paragraph
        for twin in other:
            at = _swapped_at(fold(name), fold(twin))
            if glossary is not None and fold(twin) in glossary.equivalents(s.lang, name):
                continue
            if at is None and min(len(name), len(twin)) >= MIN_SLIP_LENGTH:
                at = _slipped_at(fold(name), fold(twin))
                at = None if at is None or at == 0 else at
            if at is not None and at + 1 < min(len(name), len(twin)) - _ENDING:
                found.append((name, twin))
                break
    return found


# A person's name, first name and surname, is written the same in every language (a plain fact: a
# name is carried over, never translated). Two new users' pairs gave 'Sofie Vandamme' / 'Sophie
# Vandame' and 'Annelies Verbeke' / 'Anne-Lise Verbeek', which the slips above let pass: a change near
# the ending is a cognate's there. Here the two words of a name are read together: both alike, not
# both the same. A monarch's or a pope's name is translated: it follows its title in lower case in
# French ('le roi Philippe'), so it is never two capitalised words there.
# A surname's particles, one or two ('Van der Straeten', 'de la Vallée', 'Ter Haar'): part of the name.
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Ll]a|[Ll]e|[Dd]u|[Dd]es|[Tt]er|[Vv]on)"
_PERSON = re.compile(  # every two capitalised words in a row, overlapping ('Mobilité Sophie Vandame')
    rf"(?<![\w'’-])(?!{_PARTICLE}\s)(?=([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?) "
    rf"((?:{_PARTICLE} ){{0,2}}[A-ZÀ-Þ][a-zà-ÿ]{{2,}})(?![\w'’-]))"
)
# a role's word, capitalised before a name or in a title ('Vice-Eerste Minister'), is translated
_ROLE_WORD = re.compile(
    r"(?i:minist|premier|eerste|staatssecretaris|secr[ée]taire|koning|roi|prin[cs]|gouverneur|burgemeester"
    r"|bourgmestre|generaal|g[ée]n[ée]ral|voorzitter|pr[ée]sident|commissaris|commissaire|directeur|directrice"
    r"|procureur)"
)
# The other ways a release names a person, besides a role before the name: a courtesy title just
# before it ('Mme', 'mevrouw'), a verb of saying just before it ('zegt', 'déclare': the quote's
# speaker), or the role right after it ('X Y, ministre de ...'). Two trials' pairs had their misspelt
# minister named so ('Mme Véronique X, ministre', 'zegt Annelies X, minister').
_COURTESY_BEFORE = re.compile(
    r"(?i:(?<![\w'’])(?:mme|m\.|mevr\.?|mevrouw|dhr\.?|de heer|monsieur|madame|mr\.?|mrs\.?|ms\.?)\s+$)"
)
# 'Volgens Jan X, ...', 'Selon Jan X', 'According to Jan X': the attribution a release gives a person's
# view by, as a verb of saying does (a plain fact of the three languages; a checks trial's misspelt
# speaker went unflagged after 'Selon').
_ACCORDING = r"(?:volgens|selon|d['’]apr[èe]s|according\s+to)"
_ROLE_AFTER = re.compile(r"\s*,\s*(?:(?:de|het|la|le|l['’]|the)\s+)?(?:vice-?)?" + _ROLE_WORD.pattern)


def _named_as_person(text: str, start: int, end: int) -> bool:
    from reader.core.review.speakers import SAYS

    before = text[max(0, start - 60) : start]
    if _ROLE_WORD.search(before) or _COURTESY_BEFORE.search(before):
        return True
    return bool(re.search(rf"(?i:(?<!\w)(?:{SAYS}|{_ACCORDING})\s+$)", before) or _ROLE_AFTER.match(text, end))


FIRST_ALIKE, SURNAME_ALIKE = 0.6, 0.8  # difflib ratios: 'Sofie' / 'Sophie' 0.73, 'Vandamme' / 'Vandame' 0.93


def person_spelled(
    s: SegmentAnalysis, t_block: SegmentAnalysis, glossary: Glossary | None = None
) -> list[tuple[str, str]]:
    """The source's persons' names that the target's paragraph writes alike but not the same; two
    the user's glossary calls the same (a name transliterated two ways, 'Koebrakov' / 'Koubrakov')
    are one."""
    from difflib import SequenceMatcher

    def alike(a: str, b: str) -> float:
        return SequenceMatcher(None, fold(a), fold(b)).ratio()

    others = [(m.group(1), m.group(2)) for m in _PERSON.finditer(t_block.text)]
    found: list[tuple[str, str]] = []
    for m in _PERSON.finditer(s.text):
        first, last = m.group(1), m.group(2)
        if re.search(rf"(?<![\w'’-]){re.escape(f'{first} {last}')}(?![\w'’-])", t_block.text):
            continue  # the same name, whole ('Velden' is not written in 'Veldenn')
        if _ROLE_WORD.search(f"{first} {last}") or not _named_as_person(s.text, m.start(), m.end(2)):
            continue  # a person as a release names one (after a role, a courtesy title), not the role itself
        for f2, l2 in others:
            if glossary is not None and _same_to(glossary, s.lang, (first, last, f"{first} {last}"), (f2, l2)):
                continue
            accents = last != l2 and fold(last) == fold(l2) and not last.isupper()  # 'Lefèvre' / 'Lefevre'
            # the surname the same, the first name alike but not ('Annelies' / 'Annelise'): a first name
            # is carried over as the surname is (a long review's trial)
            # (the pair a name's end, not a portfolio over a first name: 'Defensie Ludivine Dedonder')
            # ('Justitie Lutgart' of 'minister van Justitie Lutgart Van den Berghe' is neither: a
            # translator's trial got it offered as the same name, for the glossary of every release)
            at_end = not re.match(r"\s+[A-ZÀ-Þ]", s.text[m.end(2) :])
            portfolio = glossary is not None and glossary.known(s.lang, first)
            first_only = fold(last) == fold(l2) and fold(first) != fold(f2) and alike(first, f2) >= FIRST_ALIKE
            both = (fold(last) != fold(l2) or accents) and alike(first, f2) >= FIRST_ALIKE
            if at_end and not portfolio and (first_only or both and alike(last, l2) >= SURNAME_ALIKE):
                found.append((f"{first} {last}", f"{f2} {l2}"))
                break
    return found


def _same_to(glossary: Glossary, lang: str, said: tuple[str, ...], written: tuple[str, str]) -> bool:
    """The glossary pairs the surname, or the whole name, with the other side's."""
    other = {fold(written[1]), fold(" ".join(written))}
    return any(other & set(glossary.equivalents(lang, term)) for term in said)


def inconsistent(version: LanguageVersion) -> dict[str, str]:
    """Within one version: each rarer spelling of a name and the usual one it swaps two letters of
    ('FBP' written once where 'FPB' is written three times)."""
    texts = [version.title, *(b.text for b in version.blocks)]
    counts = Counter(m.group(0) for text in texts for m in _NAME.finditer(text))
    same_letters: dict[str, list[str]] = {}  # a swap keeps the letters: only anagrams are compared
    for name in counts:
        same_letters.setdefault("".join(sorted(name)), []).append(name)
    slips: dict[str, str] = {}
    for group in (g for g in same_letters.values() if len(g) > 1):
        for rare, usual in ((a, b) for a in group for b in group):
            n, m = counts[rare], counts[usual]
            at = _swapped_at(rare, usual) if m > n else None
            if at is not None and (rare.isupper() or at + 1 < len(rare) - _ENDING):  # 'Europees' / 'Europese'
                slips[rare] = usual
    return slips


def slips_said(source: str, target: str, *sides: tuple[str, dict[str, str]]) -> list[str]:
    """What a segment pair says of the slips of each side (its language and `inconsistent`'s)."""
    said = []
    for (lang, slips), text in zip(sides, (source, target), strict=True):
        here = [
            f"«{rare}» here, «{usual}» elsewhere" for rare, usual in slips.items() if re.search(rf"\b{rare}\b", text)
        ]
        if here:
            said.append(f"spelled two ways in the {NAMES.get(lang, lang)}: " + "; ".join(here))
    return said
