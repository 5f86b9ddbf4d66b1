"""A firm's name that the two versions give at the same place, changed in one word or one letter
('Halvorsen Asset Partners' / 'Halvorsen Asset Management', 'Veltronix Capital' / 'Veltronics
Capital'): trial F's cloned-firm warning had the first as a note only and the second not at all (F2).

A company's name is a proper name, carried over, not translated (a plain fact of the three languages);
only its legal form follows the language (NV / SA, BV / SRL) and a few generic words may be rendered
('Group' / 'Groupe'). A name of two capitalised words or more with a word of a firm's name in it,
which the other version writes with one other word, or one word a letter apart, is the same firm
named otherwise: a warning naming both. (A word that differs by an adjective's or a plural's ending,
'Nationale' / 'National', is the other language's form of it.)

A name the text introduces as a firm's or a brand's is one whatever its words: 'van het merk X', 'de
la marque X', 'de firma X', 'la société X' set the name in apposition to a noun that names a firm or a
brand (a plain fact of the three languages). Recalls name their producers so ('Chèvrerie Dumoulin',
'Traiteur Lemaire': trial B, finding 5, no warning, no financial word in them), and a name so
introduced anywhere in a version, its headline too, is a firm's in each of its sentences, a sentence's
first word included when it is the name's. Such a name of one word is compared only with a name of
one word a slip of typing apart (another word is another firm, not a misspelling).
"""

from __future__ import annotations

import re

from reader.core.model import LanguageVersion
from reader.core.review.spelling import slipped
from reader.core.text.fold import fold

# The words that make a run of capitalised words a firm's name, each in its class: two words of a
# class are one word in two languages ('Groep' / 'Groupe'), no change of name
_CLASSES = {
    "form": "nv sa bv srl bvba sprl cv sc scrl vzw asbl gmbh ag plc ltd limited inc llc",
    "group": "group groupe groep",
    "bank": "bank banque",
    "fund": "fund funds fonds",
    "invest": "invest investments investissements investeringen",
    "capital": "capital",
    "asset": "asset assets",
    "markets": "markets market",
    "partners": "partners",
    "management": "management",
    "holding": "holding holdings",
    "trading": "trading",
    "finance": "finance",
    "securities": "securities",
}
_CLASS = {word: kind for kind, words in _CLASSES.items() for word in words.split()}
_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w&'’-]*(?:\s[A-ZÀ-Þ][\w&'’-]*)+")
# a run of one word or more, within a line (a headline's name does not run into the next line)
_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w&'’-]*(?:[^\S\n][A-ZÀ-Þ][\w&'’-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
# the nouns that name a firm or a brand, the name in apposition after them (lower case: 'Merk op' is a verb)
_INTRODUCED = re.compile(
    r"(?<![\w'’-])(?:merk|merken|firma|bedrijf|onderneming|fabrikant|producent|marque|marques|firme|société"
    r"|entreprise|fabricant|producteur|brand|brands|company|firm|manufacturer|producer)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w&'’-]*(?:[^\S\n][A-ZÀ-Þ][\w&'’-]*)*)"
)


def introduced(text: str) -> set[str]:
    """The names `text` introduces as a firm's or a brand's ('van het merk Valdor Foods'), folded."""
    return {fold(m.group("name")) for m in _INTRODUCED.finditer(text)}


def firms_of(version: LanguageVersion) -> set[str]:
    """The names a version introduces as firms', its headline's included ('Terugroeping … van het merk X')."""
    return set().union(*(introduced(text) for text in [version.title, *(b.text for b in version.blocks)]))


def _runs(text: str) -> list[tuple[list[str], bool]]:
    """Each run of capitalised words, and whether it opens a sentence (its first word perhaps no name's)."""
    return [(m.group(0).split(), bool(_SENTENCE_START.search(text[: m.start()]))) for m in _NAME.finditer(text)]


def _known(words: list[str], known: set[str]) -> list[str] | None:
    """The name `known` as a firm's that the run opens with (one of them; the longest first)."""
    for name in sorted(known, key=len, reverse=True):
        size = len(name.split())
        if fold(" ".join(words[:size])) == name:
            return words[:size]
    return None


def _firms(text: str, known: set[str]) -> list[tuple[list[str], bool]]:
    """The runs of capitalised words holding a firm's word, without a sentence's first word, and the
    names `known` as firms' (a sentence's first word included when it is the name's), each with
    whether it is known so."""
    runs = []
    for words, opens in _runs(text):
        if (name := _known(words, known) or (_known(words[1:], known) if opens else None)) is not None:
            runs.append((name, True))
            continue
        words = words[1:] if opens else words
        if len(words) >= 2 and any(fold(w) in _CLASS for w in words):
            runs.append((words, False))
    return runs


def _one_apart(a: list[str], b: list[str]) -> bool:
    """The same name but for one word, which is no rendering of the other (its class's twin)."""
    if len(a) != len(b):
        return False
    if len(a) == 1:  # one word: a slip of typing, not another name
        return slipped(fold(a[0]), fold(b[0]))
    diff = [(x, y) for x, y in zip(a, b, strict=True) if fold(x) != fold(y)]
    if len(diff) != 1:
        return False
    x, y = (fold(w) for w in diff[0])
    if x in _CLASS and _CLASS[x] == _CLASS.get(y):
        return False  # 'NV' / 'SA', 'Group' / 'Groupe': the form or word the language gives
    return _stem(x) != _stem(y)  # 'Nationale' / 'National': an adjective's ending in the other language


def _stem(word: str) -> str:
    return re.sub(r"(?:e|es|en|s|n|ne)$", "", word)


def firm_spelled(
    source: str, target_block: str, known: tuple[set[str], set[str]] | None = None
) -> list[tuple[str, str]]:
    """The source's firms' names that the target's paragraph gives one word or one letter apart;
    `known`: the names each whole version introduces as firms' (`introduced`), else this text's."""
    s_known, t_known = known or (introduced(source), introduced(target_block))
    found: list[tuple[str, str]] = []
    others = [words for words, _ in _firms(target_block, t_known)]
    # a name the source introduces as a firm's may be misspelled on the other side, not introduced
    # there: any run of capitalised words of the target's paragraph may be its twin
    runs = [w for words, opens in _runs(target_block) for w in ([words, words[1:]] if opens else [words])]
    for words, by_name in _firms(source, s_known):
        name = " ".join(words)
        if re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", target_block):
            continue
        twin = next((other for other in others + (runs if by_name else []) if _one_apart(words, other)), None)
        if twin is not None:
            found.append((name, " ".join(twin)))
    return found
