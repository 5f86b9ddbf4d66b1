"""Terminology learned from the aligned archive, and the `consistency` check that uses it.

Candidates are the names a release writes with capitals: runs of capitalised words, joined by the
short words that names carry inside them in each language ('Federale Overheidsdienst Economie',
'Service public fédéral Finances', 'Conseil des Ministres'), and acronyms. A single capitalised word
at the start of a sentence is left out: every sentence starts with one. A French name also runs on
in lower case past its head ('Point de contact'); each stop is a candidate (name_spans.py) and the
counts choose among them.

A source name and a target name are a term pair when they co-occur in aligned sentence pairs far
more than chance: Dice's coefficient 2·c(s,t) / (c(s) + c(t)) of at least DICE, seen together in at
least `min_count` pairs, the best-scoring target for that source. Dice is what term extractors from
parallel text have used since Smadja et al. (1996); it needs no corpus-wide model and is 1 when the
two always go together.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reader.core.memory.name_spans import name_spans, names
from reader.core.memory.store import MemoryStore, StoredPair
from reader.core.text.fold import fold

DICE = 0.5
LEARNING = 7  # the rules' version: 2 counts distinct sentence pairs only; 3 reads no single letter as a
# name; 4 never cuts a run of capitalised words at MAX_WORDS ('Minister van … Karel De' / 'Gucht');
# 5 runs French names on in lower case and reads a person apart from a portfolio (name_spans.py); 6
# reads a capitalised French name with the adjective after it ('SPF Santé publique', trial O); 7 reads
# no title opening a sentence, no preposition as an adjective, and a person after a French portfolio
# in lower case apart (trial D)


@dataclass
class TermPair:
    source: str
    target: str
    count: int  # aligned pairs holding both
    dice: float
    releases: list[str] = field(default_factory=list)  # the newest few that established it

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "target": self.target,
            "count": self.count,
            "dice": round(self.dice, 3),
            "releases": list(self.releases),
            "same": self.same,
        }

    @property
    def same(self) -> bool:
        """Written alike in both languages (a person's name): a pair that teaches a translator nothing,
        left out of the listing (trial O: 35 of 52), kept for the checks (a name rendered otherwise)."""
        return fold(self.source) == fold(self.target)


def learn(
    pairs: Iterable[StoredPair],
    src: str,
    tgt: str,
    min_count: int = 3,
    progress: Callable[[int], None] | None = None,
) -> list[TermPair]:
    """Term pairs of an archive's aligned sentence pairs, most frequent first."""
    c_s: Counter[str] = Counter()
    c_t: Counter[str] = Counter()
    c_st: Counter[tuple[str, str]] = Counter()
    written: dict[str, str] = {}
    where: dict[tuple[str, str], list[tuple[str, str]]] = {}
    # Evidence is distinct text: a sentence pair the archive holds twice (a release copied, a line of
    # boilerplate) counts once, so copies of one error never make it a term
    heard: set[tuple[str, str]] = set()
    for n, pair in enumerate(pairs, 1):
        if progress is not None and n % 5000 == 0:
            progress(n)
        said = (fold(pair.source), fold(pair.target))
        if said in heard:
            continue
        heard.add(said)
        s_names = {fold(x): x for x in name_spans(pair.source, src)}
        t_names = {fold(x): x for x in name_spans(pair.target, tgt)}
        c_s.update(s_names.keys())
        c_t.update(t_names.keys())
        for key, shown in (*s_names.items(), *t_names.items()):
            written.setdefault(key, shown)
        for s in s_names:
            for t in t_names:
                c_st[(s, t)] += 1
                seen = where.setdefault((s, t), [])
                if len(seen) < 50:
                    seen.append((pair.date, pair.release))
    scored: dict[str, list[tuple[str, int, float]]] = {}
    for (s, t), both in c_st.items():
        dice = 2 * both / (c_s[s] + c_t[t])
        if both >= min_count and dice >= DICE:
            scored.setdefault(s, []).append((t, both, dice))
    chosen = _choose(scored)
    best: dict[str, TermPair] = {}
    for s, (t, both, dice) in chosen.items():
        newest = sorted(set(where[(s, t)]), reverse=True)[:3]
        best[s] = TermPair(written[s], written[t], both, dice, [r for _d, r in newest])
    return sorted(best.values(), key=lambda p: (-p.count, p.source))


def _rank(s: str, t: str, both: int, dice: float) -> tuple[float, int, bool, int]:
    """The best target of a source: the surest, then the most seen, then the source's own spelling
    (a person, a brand), then the longest reading: 'Point de contact' is always with 'Point', and
    which of the two says the name is what the head carries every time (name_spans.py)."""
    return (dice, both, s == t, len(t.split()))


def _choose(scored: dict[str, list[tuple[str, int, float]]]) -> dict[str, tuple[str, int, float]]:
    """One target per source, and one source per nested set: a target holding another source's name
    past its head ('… Qualité et Sécurité du SPF Economie' holding 'SPF Economie') is two names
    (trial D); of 'Point' and 'Point de contact' as sources with one target, the better reading."""
    first = {s: max(c, key=lambda x: _rank(s, *x))[0] for s, c in scored.items()}
    chosen: dict[str, tuple[str, int, float]] = {}
    for s, candidates in scored.items():
        others = {f" {t} " for s2, t in first.items() if s2 != s}
        kept = [c for c in candidates if not any(f" {c[0]} ".find(o) > 0 for o in others)] or candidates
        chosen[s] = max(kept, key=lambda x: _rank(s, *x))
    for s in list(chosen):
        for longer in [x for x in chosen if x.startswith(s + " ") and chosen[x][0] == chosen.get(s, ("",))[0]]:
            if s not in chosen or longer not in chosen:
                continue
            worse = (
                s
                if _rank(s, *chosen[s])[:2] + (len(s),) < _rank(longer, *chosen[longer])[:2] + (len(longer),)
                else longer
            )
            del chosen[worse]
    return chosen


def cached_terms(store: MemoryStore, src: str, tgt: str, min_count: int = 3) -> list[TermPair]:
    """The learned pairs, recomputed only when the store's pairs changed (kept in the store itself)."""
    conn = store.conn
    conn.execute(
        "CREATE TABLE IF NOT EXISTS terms (src TEXT, tgt TEXT, min_count INTEGER, stamp TEXT, source TEXT,"
        " target TEXT, count INTEGER, dice REAL, releases TEXT)"
    )
    # the pairs as they stand, and how they are read (LEARNING: a change of the rules learns again)
    stamp = f"{LEARNING}:{conn.execute('SELECT count(*), coalesce(max(rowid), 0) FROM pairs').fetchone()}"
    rows = conn.execute(
        "SELECT stamp, source, target, count, dice, releases FROM terms WHERE src = ? AND tgt = ? AND min_count = ?",
        (src, tgt, min_count),
    ).fetchall()
    if rows and rows[0][0] == stamp:
        return [
            TermPair(r[1], r[2], int(r[3]), float(r[4]), [x for x in str(r[5]).split(",") if x])
            for r in rows
            if r[1] is not None
        ]
    learned = learn(store.all_pairs(src, tgt), src, tgt, min_count)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM terms WHERE src = ? AND tgt = ? AND min_count = ?", (src, tgt, min_count))
        conn.executemany(
            "INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(src, tgt, min_count, stamp, p.source, p.target, p.count, p.dice, ",".join(p.releases)) for p in learned]
            or [(src, tgt, min_count, stamp, None, None, 0, 0.0, "")],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return learned


def stored_terms(store: MemoryStore, src: str, tgt: str) -> list[TermPair]:
    """The pairs `terms` last learned by these rules, read without learning (a lookup must stay quick:
    learning reads the whole archive); none when `terms` never ran."""
    try:
        rows = store.conn.execute(
            "SELECT source, target, max(count), dice, releases FROM terms WHERE src = ? AND tgt = ? AND stamp LIKE ?"
            " AND source IS NOT NULL GROUP BY source, target",
            (src, tgt, f"{LEARNING}:%"),
        ).fetchall()
    except sqlite3.OperationalError:  # no table: nothing learned yet
        return []
    return [TermPair(r[0], r[1], int(r[2]), float(r[3]), [x for x in str(r[4]).split(",") if x]) for r in rows]


def glossary_entries(terms: list[TermPair], src: str, tgt: str) -> dict[str, dict[str, list[str]]]:
    """Learned pairs in the glossary's shape, both ways, so the name check knows them."""
    out: dict[str, dict[str, list[str]]] = {src: {}, tgt: {}}
    for term in terms:
        out[src].setdefault(term.source, []).append(term.target)
        out[tgt].setdefault(term.target, []).append(term.source)
    return out


@dataclass(frozen=True)
class Inconsistency:
    term: TermPair
    found: str  # the name the target uses instead, or "" when it names nothing in its place

    def message(self) -> str:
        where = ", ".join(self.term.releases)
        instead = f" here it is '{self.found}'" if self.found else " here it is missing"
        return (
            f"'{self.term.source}' is rendered '{self.term.target}' in {self.term.count} pairs of the archive"
            f" (e.g. {where});{instead}"
        )


def inconsistencies(
    source: str,
    target: str,
    src: str,
    tgt: str,
    terms: list[TermPair],
    *,
    folded_target: str | None = None,
    rendering: Callable[[str], bool] | None = None,
) -> list[Inconsistency]:
    """Established terms of the source rendered otherwise in the target (the `consistency` check);
    `folded_target` is the target folded, when the caller has it (the checks' analysis); `rendering`
    tells a target name the glossary knows as the rendering of a name in the source ('SPF Justice'
    for 'FOD Justitie'): that name stands for its own source name, not for the missing term."""
    if not terms:
        return []
    s_names = {fold(x) for x in name_spans(source, src)}  # every reading: 'Point de contact' is a term
    t_names = {fold(x): x for x in names(target, tgt)}
    folded_target = fold(target) if folded_target is None else folded_target
    out: list[Inconsistency] = []
    by_source = {fold(t.source): t for t in terms}
    # Target names accounted for: a name the source writes too, or the rendering of another source name.
    accounted = set(s_names) | {fold(by_source[n].target) for n in s_names if n in by_source}
    for name in s_names:
        term = by_source.get(name)
        if term is None or fold(term.target) in folded_target:
            continue
        others = [
            shown
            for key, shown in t_names.items()
            # 'Point' is the head of 'Point de contact': accounted with it (French names run on)
            if not any(a == key or a.startswith(key + " ") for a in accounted) and not (rendering and rendering(shown))
        ]
        if others:  # a name stands where the established one would: rendered otherwise
            out.append(Inconsistency(term, others[0]))
    return out
