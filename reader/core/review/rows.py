"""A table row one version drops or adds, read row by row.

The figures' check compares a table's figures as a whole: a row whose figures recur in other rows
('Bouw | 1,2 | 1,5' beside 'Handel | 1,5 | 1,2') left nothing missing, and trial F's French table
that lacked it was 0 flagged (C14); R05's dropped row was found only because its figures were its own.
Here each row looks for its counterpart in the other table, in any order (a row moved is none lost):
the same first cell (a label: a sector, a region, a year; through the glossary, or a cognate), the same
figures cell by cell, or both. A row left with none is said by name; a row of figures is an error.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from reader.core.body import table_rows
from reader.core.review.findings import Finding, FlagCode
from reader.core.review.thresholds import COGNATE_STEM, SAME_NAME
from reader.core.text.anchors import figures
from reader.core.text.fold import fold
from reader.core.text.glossary import Glossary

_WORD = re.compile(r"[^\W\d_]+")
# A word long enough to be read as a cognate by its spelling: 'Bouw' / 'Bois' (0.5) and shorter
# words ('Bbp' / 'PIB') say nothing by their letters (a plain fact of the cognate languages).
_COGNATE_MIN = 4
_NAMED = 3  # rows a flag names: two tables of other rows throughout would fill the screen

Row = list[str]
Cells = tuple[frozenset[str], ...]


def row_findings(source: str, target: str, src: str, tgt: str, glossary: Glossary) -> list[Finding]:
    """An omission naming each source row with no counterpart in the target, an addition naming each
    target row with none in the source; nothing when either side is no table (laid out otherwise:
    layout.py's case) or every row has its counterpart."""
    s_rows, t_rows = table_rows(source), table_rows(target)
    if not s_rows or not t_rows:
        return []
    if max(map(len, s_rows)) != max(map(len, t_rows)):
        return []  # one table copied cell by cell, the other row by row: its figures say it (test_flat_tables)
    lost, added = _unmatched(s_rows, t_rows, src, tgt, glossary)
    counted = f"the source's table has {len(s_rows)} rows, the target's {len(t_rows)}"
    counted = counted if len(s_rows) != len(t_rows) else "as many rows either side: one replaced by another?"
    findings = []
    said: tuple[tuple[FlagCode, list[Row], str], ...] = (
        ("omission", lost, "in the target"),
        ("addition", added, "in the source: added in the target, or dropped from the source"),
    )
    for code, rows, where in said:
        if not rows:
            continue
        named = " and ".join(f"«{' | '.join(row)}»" for row in rows[:_NAMED])
        named += f" and {len(rows) - _NAMED} more" if len(rows) > _NAMED else ""
        verb = "have" if len(rows) > 1 else "has"
        message = f"the row{'s' if len(rows) > 1 else ''} {named} {verb} no counterpart {where} ({counted})"
        figured = any(any(figures(cell, src if code == "omission" else tgt) for cell in row) for row in rows)
        findings.append(Finding(code, message, "error" if figured else "warning"))
    return findings


def _unmatched(
    s_rows: list[Row], t_rows: list[Row], src: str, tgt: str, glossary: Glossary
) -> tuple[list[Row], list[Row]]:
    """The rows of either side left without a counterpart (`_matched`)."""
    paired = _matched(s_rows, t_rows, src, tgt, glossary)
    s_done, t_done = {i for i, _ in paired}, {j for _, j in paired}
    return [r for i, r in enumerate(s_rows) if i not in s_done], [r for j, r in enumerate(t_rows) if j not in t_done]


def row_pairs(source: str, target: str, src: str, tgt: str, glossary: Glossary) -> list[tuple[int | None, int | None]]:
    """The rows of two tables (`table_rows`' indexes) side by side as the check pairs them, in the
    source's order, a row with no counterpart facing None: review set them top-aligned, so after a
    dropped row each row faced the next one's counterpart (trial D, finding 7). A target row with
    none stands before the source row whose counterpart follows it. Empty when either is no table."""
    s_rows, t_rows = table_rows(source), table_rows(target)
    if not s_rows or not t_rows:
        return []
    faced = dict(_matched(s_rows, t_rows, src, tgt, glossary))
    alone = [k for k in range(len(t_rows)) if k not in faced.values()]  # target rows with no counterpart
    out: list[tuple[int | None, int | None]] = []
    for i in range(len(s_rows)):
        j = faced.get(i)
        while j is not None and alone and alone[0] < j:
            out.append((None, alone.pop(0)))
        out.append((i, j))
    return out + [(None, k) for k in alone]


def _matched(s_rows: list[Row], t_rows: list[Row], src: str, tgt: str, glossary: Glossary) -> list[tuple[int, int]]:
    """The rows of the two sides paired one to one (source index, target index): first rows alike by
    label and figures, then by label, then by figures; the rest paired in order where they share a
    figure cell (a row rendered with a figure changed: the figures' flag says so) or neither has a figure."""
    s_cells, t_cells = [_cells(r, src) for r in s_rows], [_cells(r, tgt) for r in t_rows]
    free_s, free_t = list(range(len(s_rows))), list(range(len(t_rows)))
    topics = _topic(s_rows), _topic(t_rows)

    def label(i: int, j: int) -> bool:
        return _labels_meet(s_rows[i][0], t_rows[j][0], (src, tgt), topics, glossary)

    def same_figures(i: int, j: int) -> bool:
        return any(s_cells[i]) and s_cells[i] == t_cells[j]

    def shares(i: int, j: int) -> bool:
        if not any(s_cells[i]) and not any(t_cells[j]):
            return True
        return any(a and a == b for a, b in zip(s_cells[i], t_cells[j], strict=False))

    paired: list[tuple[int, int]] = []
    for test in (lambda i, j: same_figures(i, j) and label(i, j), label, same_figures):
        for i in list(free_s):
            j = next((j for j in free_t if test(i, j)), None)
            if j is not None:
                free_s.remove(i)
                free_t.remove(j)
                paired.append((i, j))
    last = -1  # the leftovers pair in their order: a row rendered in place, one figure changed
    for i in list(free_s):
        j = next((j for j in free_t if j > last and shares(i, j)), None)
        if j is not None:
            free_s.remove(i)
            free_t.remove(j)
            paired.append((i, j))
            last = j
    return paired


def _cells(row: Row, lang: str) -> Cells:
    """The figures of each cell after the label, in order: a row's figures read cell by cell."""
    return tuple(figures(cell, lang) for cell in row[1:])


def _topic(rows: list[Row]) -> frozenset[str]:
    """Words two labels of one table share ('Regio Noord', 'Regio Oost'): they tell no row from
    another, and 'Regio' / 'Région' paired any region with any (as layout.py reads a list's topic)."""
    seen: dict[str, int] = {}
    for row in rows:
        for word in _words(fold(row[0])):
            seen[word] = seen.get(word, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1)


def _labels_meet(
    a: str, b: str, langs: tuple[str, str], topics: tuple[frozenset[str], frozenset[str]], glossary: Glossary
) -> bool:
    """Two first cells that name one thing: alike when folded (a year, a name written the same, two
    empty cells under a merged header), an equivalent of the glossary, or a word of each, not its
    table's topic, that is a cognate of the other (thresholds.SAME_NAME, COGNATE_STEM: plain facts
    of cognates)."""
    (src, tgt), fa, fb = langs, fold(a).strip(), fold(b).strip()
    if fa == fb:
        return True
    if not fa or not fb:
        return False
    if fb in glossary.equivalents(src, a) or fa in glossary.equivalents(tgt, b):
        return True
    s_words, t_words = [w for w in _words(fa) if w not in topics[0]], [w for w in _words(fb) if w not in topics[1]]
    return any(_words_meet(x, y, src, tgt, glossary) for x in s_words for y in t_words)


@lru_cache(maxsize=4096)
def _words(folded: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_WORD.findall(folded)))


def _words_meet(x: str, y: str, src: str, tgt: str, glossary: Glossary) -> bool:
    if x == y and len(x) >= 2:
        return True
    if y in glossary.equivalents(src, x) or x in glossary.equivalents(tgt, y):
        return True
    if len(x) < _COGNATE_MIN or len(y) < _COGNATE_MIN:
        return False
    if len(x) > COGNATE_STEM and len(y) > COGNATE_STEM and x[:COGNATE_STEM] == y[:COGNATE_STEM]:
        return True
    matcher = difflib.SequenceMatcher(None, x, y)
    return (
        matcher.real_quick_ratio() >= SAME_NAME and matcher.quick_ratio() >= SAME_NAME and matcher.ratio() >= SAME_NAME
    )
