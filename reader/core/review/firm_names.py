"""A firm's name that the two versions give at the same place, changed in one word or one letter
('Halvorsen Asset Partners' / 'Halvorsen Asset Management', 'Veltronix Capital' / 'Veltronics
Capital'): trial F's cloned-firm warning had the first as a note only and the second not at all (F2).

A company's name is a proper name, carried over, not translated (a plain fact of the three languages);
only its legal form follows the language (NV / SA, BV / SRL) and a few generic words may be rendered
('Group' / 'Groupe'). A name of two capitalised words or more with a word of a firm's name in it,
which the other version writes with one other word, or one word a letter apart, is the same firm
named otherwise: a warning naming both. (A word that differs by an adjective's or a plural's ending,
'Nationale' / 'National', is the other language's form of it.)
"""

from __future__ import annotations

import re

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
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _firms(text: str) -> list[list[str]]:
    """The runs of capitalised words holding a firm's word, without a sentence's first word."""
    runs = []
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        if _SENTENCE_START.search(text[: m.start()]):
            words = words[1:]
        if len(words) >= 2 and any(fold(w) in _CLASS for w in words):
            runs.append(words)
    return runs


def _one_apart(a: list[str], b: list[str]) -> bool:
    """The same name but for one word, which is no rendering of the other (its class's twin)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if fold(x) != fold(y)]
    if len(diff) != 1:
        return False
    x, y = (fold(w) for w in diff[0])
    if x in _CLASS and _CLASS[x] == _CLASS.get(y):
        return False  # 'NV' / 'SA', 'Group' / 'Groupe': the form or word the language gives
    return _stem(x) != _stem(y)  # 'Nationale' / 'National': an adjective's ending in the other language


def _stem(word: str) -> str:
    return re.sub(r"(?:e|es|en|s|n|ne)$", "", word)


def firm_spelled(source: str, target_block: str) -> list[tuple[str, str]]:
    """The source's firms' names that the target's paragraph gives one word or one letter apart."""
    found: list[tuple[str, str]] = []
    others = _firms(target_block)
    for words in _firms(source):
        name = " ".join(words)
        if re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", target_block):
            continue
        twin = next((other for other in others if _one_apart(words, other)), None)
        if twin is not None:
            found.append((name, " ".join(twin)))
    return found
