"""A segment the same in both versions: left untranslated, or a name the same in every language.

A sentence of either language, or of a third ('Register here.'), copied into the other version is
untranslated; names read as neither language ('National Museum of Natural History', a list of
authors, 'Isabelle Fontignie') are the same in every language and no flag.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.review import thresholds as limit
from reader.core.review.analysis import SegmentAnalysis
from reader.core.review.name_facts import LINKS
from reader.core.text.fold import fold

if TYPE_CHECKING:
    from reader.core.review.findings import Finding
    from reader.core.text.glossary import Glossary

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def left_as_is(source: SegmentAnalysis, target: SegmentAnalysis, src: str, tgt: str) -> bool:
    """The target copies the source, and the copy is text left untranslated, not a name."""
    if not copied(source, target) or len(source.text) <= limit.IDENTICAL_MIN_CHARS or names_only(source.text):
        return False
    if not re.search(r"[^\W\d_]{2,}", source.text):
        return False  # a telephone number, a code, a sum: no words to translate (an import trial's contact lines)
    lang, sure = source.language
    return (lang in (src, tgt) and sure >= limit.UNTRANSLATED_IDENTICAL) or not _mostly_capitalised(source.text)


def copied(source: SegmentAnalysis, target: SegmentAnalysis) -> bool:
    """engine.guard.is_identical, read from the analyses: a copy of the source beyond one word."""
    return bool(target) and target.folded_stripped == source.folded_stripped and len(source.text.split()) >= 2


def _mostly_capitalised(text: str) -> bool:
    """Most words capitalised ('4 National Museum of Natural History, G-D Luxemburg'): names."""
    words = _WORD.findall(text)
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)


def names_only(text: str) -> bool:
    """Every word capitalised but a name's own linking words ('Isabelle Fontignie', 'Guy Cox', 'Vrije
    Universiteit van Brussel, Belgium'): a name, the same in every language (a list of members, a
    signature, an author's affiliation), not a sentence left untranslated."""
    words = _WORD.findall(text)
    named = [w for w in words if w.lower() not in LINKS]
    return bool(named) and all(w[:1].isupper() for w in named)


# A conjunction that is no word of the target's language ('et' is French, never Dutch or English:
# a plain fact of the languages). Between two names or figures it joins the last members of a
# list the translation left as it was ('… Blondeau et Quentin Jossen', 'EPCLUSA® et ZEPATIER®',
# '5,4% et 2018: 6,8%': three unrelated real pairs). English 'and' is not read so: English names
# ('Eco-Management and Audit Scheme') are kept as such in both versions of the real pages.
_FOREIGN_CONJUNCTION = {"nl": ("et",), "en": ("et",)}
_MEMBER = r"(?:[A-ZÀ-Þ0-9][\w'’®%.,-]*)"


def foreign_conjunction(target: SegmentAnalysis, tgt: str, glossary: Glossary | None = None) -> str | None:
    """Two names or figures joined by a conjunction of another language ('A et B' in a Dutch
    version); 'et al.' and a French name's inner 'et' ('Arts et des Lettres', 'économique et
    social', lower case on either side, or a body's name going on from its acronym or a name of the
    glossary, or words the glossary has as a name) are not."""
    for word in _FOREIGN_CONJUNCTION.get(tgt, ()):
        pattern = rf"(?<![\w'’-]){_MEMBER}\s+{word}\s+(?!al\b){_MEMBER}(?![\w'’-])"
        for found in re.finditer(pattern, target.text):
            said = found.group(0).rstrip(".,")
            if _quoted(target.text, found.start()) or _in_a_french_name(target.text, found):
                continue
            if not _body_name(target.text, found, glossary):
                return said
    return None


# A body's division named in its own language after the body's acronym: 'SPW Mobilité et
# Infrastructures', 'SPW Intérieur et Action sociale' (Walloon public service's departments, kept so
# in Dutch texts; a mobility trial's false flag). An acronym: two to six letters, capitals at both ends.
_ACRONYM = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ]{0,4}[A-ZÀ-Þ]")
_LETTERS = re.compile(r"[^\W\d_]")


def _body_name(text: str, found: re.Match[str], glossary: Glossary | None) -> bool:
    """The words joined are a name's: they go on, with no stop between, from an acronym or from a
    name of two words or more the glossary knows ('Service public de Wallonie Mobilité et …'), or
    the glossary holds a name that is written here and has them (taught as 'the same name')."""
    if not (_LETTERS.match(found.group(0)) and _LETTERS.match(found.group(0).split()[-1])):
        return False  # figures ('2020: 4,1% et 2021: 3,9%') make no name
    before = text[: found.start()]
    if not before.endswith(" "):
        return False
    words = before.split()
    if words and _ACRONYM.fullmatch(words[-1]) and sum(ch.isupper() for ch in words[-1]) >= 2:
        return True
    if glossary is None:
        return False
    langs = ("nl", "fr", "en")
    if any(glossary.known(lang, " ".join(words[-k:])) for k in range(2, 6) if len(words) >= k for lang in langs):
        return True
    folded, written = fold(found.group(0)), fold(text)
    return any(folded in phrase and phrase in written for lang in langs for phrase, _ in glossary.phrases(lang))


# The articles and prepositions of a French name ('Union des Villes et Communes de Wallonie'), kept
# whole in a Dutch version: the 'et' is the name's own (a checks trial). Not 'de', Dutch's article too.
_FRENCH_NAME_WORD = re.compile(r"(?<![\w'’])(?:(?:des|du|la|le|les|aux)(?!\w)|[dl]['’])", re.IGNORECASE)


def _in_a_french_name(text: str, found: re.Match[str]) -> bool:
    before = " ".join(text[: found.start()].split()[-2:])
    after = " ".join(text[found.end() :].split()[:2])
    return bool(_FRENCH_NAME_WORD.search(before) or _FRENCH_NAME_WORD.search(after))


def _quoted(text: str, at: int) -> bool:
    """Inside a quotation or a title in quotes, a name of the other language keeps its words."""
    before = text[:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count('"') % 2 == 1


def alone_untranslated(findings: list[Finding]) -> list[Finding]:
    """A segment left in the source language is that one flag: its figures and names, read in the
    wrong language ('Cent cinquante-huit' not in a target that is the source word for word), say
    nothing more and pointed elsewhere (a checks trial). A warning's conjunction left is no such segment."""
    if not any(f.code == "untranslated" and f.severity == "error" for f in findings):
        return findings
    return [f for f in findings if f.code not in ("number", "date", "name")]
