"""A table's scale, stated once for all its figures: '2023 (miljoen euro)', '(en milliers d'euros)',
'in thousand euro', 'x 1.000 euro', 'k€'. The figures under it are the same on both sides, so the
figures' check finds nothing, and a scale rendered as another (a trial's Court of Audit table under
'miljoen euro' and 'milliers d'euros') puts every figure off by a factor 1,000, with no flag at any
severity. In running text '14,8 miljard' / '14,8 millions' is a figure of its own and flagged as such.

The scale is read where tables state it: the header row (and a row of no figure under it, a
sub-header), else the caption, the segment just above or below the table. Its words are the scale
words of the three languages (number_words.SCALES, from the languages' number names, with the
plural 'milliers', 'duizenden', 'thousands' a header writes) standing without a figure of their own,
and the multiplier 'x 1.000', a plain notation. Compared only where both sides state one: a scale said
in a paragraph further off is not read, and no scale is no difference.
"""

from __future__ import annotations

import re

from reader.core.body import table_rows
from reader.core.review.findings import CheckedPair, Finding
from reader.core.text.number_words import SCALES, cardinal

_POWERS = {1e3: "thousands", 1e6: "millions", 1e9: "billions"}
_WORDS = {word: value for word, value in SCALES.items() if value in _POWERS}
_WORDS |= dict.fromkeys(["millier", "milliers", "duizenden", "thousands"], 1e3)
_SCALE = re.compile(
    r"(?<![\w-])(?P<word>" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")\.?(?![\w-])"
    r"|(?<![\w-])(?P<symbol>[kKM])\s?(?:€|EUR\b)"
    r"|(?<![\w-])[x×]\s?1(?P<groups>(?:[ .,\u00a0\u202f']?000)+)(?![\d])",
    re.IGNORECASE,
)
# a scale word after a figure or a number word is that figure's ('2,3 miljoen', 'un million'): a quantity
_COUNTED = re.compile(r"(?:\d[\d.,]*|[^\W\d_]+)\s*$")
_ARTICLES = {"een", "un", "une", "a", "an", "one", "des", "de", "enkele", "plusieurs", "several"}


def scales(text: str, lang: str) -> frozenset[float]:
    """The scales `text` states for figures elsewhere: 1e3, 1e6, 1e9."""
    found = set()
    for m in _SCALE.finditer(text):
        if m.group("word") is not None:
            before = _COUNTED.search(text, 0, m.start())
            last = before.group(0).strip().lower() if before else ""
            if last[:1].isdigit() or last in _ARTICLES or (last and cardinal(last, lang) is not None):
                continue
            found.add(_WORDS[m.group("word").lower()])
        elif m.group("symbol") is not None:
            found.add(1e3 if m.group("symbol") in "kK" else 1e6)
        else:
            found.add(10.0 ** (3 * m.group("groups").count("000")))
    return frozenset(found)


def _header(table: str, lang: str) -> frozenset[float]:
    """The scales of a table's header row and of the rows of no figure (a sub-header)."""
    rows = table_rows(table)
    heads = rows[:1] + [row for row in rows[1:] if not any(ch.isdigit() for cell in row for ch in cell)]
    return scales(" | ".join(cell for row in heads for cell in row), lang)


def _named(found: frozenset[float]) -> str:
    return " and ".join(_POWERS[value] for value in sorted(found))


def table_scales(pairs: list[CheckedPair], src: str, tgt: str) -> None:
    """Flag each table whose scale (its header's, else its caption's) differs between the two sides."""
    for at, pair in enumerate(pairs):
        if pair.kind != "table" or not (pair.source.strip() and pair.target.strip()):
            continue
        near = [p for p in pairs[max(0, at - 1) : at + 2] if p.kind not in ("table", "title", "letterhead")]
        said = []
        for text, lang, side in ((pair.source, src, "source"), (pair.target, tgt, "target")):
            found = _header(text, lang)
            for caption in near if not found else []:
                found |= scales(getattr(caption, side), lang)
            said.append(found)
        s_scale, t_scale = said
        if not s_scale or not t_scale or s_scale == t_scale:
            continue
        factor = ""
        if len(s_scale) == len(t_scale) == 1:
            factor = f" (a factor {max(*s_scale, *t_scale) / min(*s_scale, *t_scale):,.0f})"
        message = (
            f"the table's scale differs: its figures are in {_named(s_scale)} in the source, in "
            f"{_named(t_scale)} in the target{factor}"
        )
        pair.flags.append(Finding("number", message, "error"))
