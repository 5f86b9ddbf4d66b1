"""Memory lookups: exact and fuzzy matches for a new sentence, and concordance with the rendering spotted.

Fuzzy score: one minus the word-level edit distance over the longer sentence's word count, the measure
CAT tools show as a match percentage (punctuation and case ignored). Candidates come from the FTS5
index (the sentence's rarer words, best first), so a lookup reads a few dozen rows, not the archive.

Figures are placeables: a number or an amount is one word of the score, and when the figures pair up
in order with the match's (each found once in the stored rendering) the new sentence's are carried
into the rendering, as CAT tools do, and the frame alone is scored, less a point per figure changed
(trial D: '4,14' counted as two changed words). A date is carried whole or not at all (dates.py). A
match whose figures cannot be paired is offered as it is, its figures scored as words.

Spotting a rendering in concordance: a target word belongs to the rendering of the searched text when
it occurs in most of the hits' distinct sentences (at least half, and two; a sentence repeated across
releases, figures aside, counts once) and is at least five times likelier there than in the archive as
a whole (the FTS5 vocabulary gives each word's document count); the longest run of such words in each
hit, allowing one short word between them, is highlighted. With hits from fewer than three releases
there is no contrast to learn from (the sentences of one release share its words: 'un' and 'et' looked
like the rendering of 'Luik'), and only words the two sides share (names, numbers) are marked. The
glossary's equivalents of the searched words ('Liège' for 'Luik') and the term pairs `terms` learned
('Point de contact' for 'Meldpunt') are marked as phrases wherever they stand, in place of contrast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.memory.dates import DATE_LOOK, date_changed, with_dates
from reader.core.memory.repeats import distinct
from reader.core.memory.store import MemoryStore, StoredPair
from reader.core.memory.terms import stored_terms
from reader.core.text.fold import fold
from reader.core.text.fts import NUMBER, PREFIX_FROM, fts_query
from reader.core.text.glossary import default_glossary

FUZZY_THRESHOLD = 0.75  # the floor, and the usual lowest fuzzy band of CAT tools
SPOT_SHARE = 0.5  # a rendering's word occurs in at least half of the hits
SPOT_LIFT = 5.0  # ... and five times likelier there than in the archive
SPOT_MIN_HITS = 3
_WORD = re.compile(r"\w+")  # as FTS5's unicode61 tokenizer cuts words, so document counts match


def words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _distance(a: Sequence[str], b: Sequence[str]) -> int:
    previous = list(range(len(b) + 1))
    for i, wa in enumerate(a, 1):
        current = [i]
        for j, wb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (wa != wb)))
        previous = current
    return previous[-1]


# A number as written in any of the three languages: '1.190' and '1 190' (thousands), '2,5' and '2.5'.
FIGURE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:([ \u00a0\u202f.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?![\d]|[.,]\d)"  # grouped
    r"|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d]|[.,]\d)"
)


def figure_value(surface: str) -> str:
    """'1.190', '1 190', '1,190' and '1190' are one value; '2,5' and '2.5' another. A separator
    followed by three digits groups thousands (press releases write '2,5', not '2,500', for 2.5)."""
    digits = re.sub(r"[ \u00a0\u202f]", "", surface)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return digits.replace(".", "").replace(",", "")
    grouped = re.fullmatch(r"(\d{1,3}(?:[.,]\d{3})+)([.,]\d+)", digits)
    if grouped:
        return grouped.group(1).replace(".", "").replace(",", "") + "." + grouped.group(2)[1:]
    return digits.replace(",", ".")


def _written_like(value: str, model: str) -> str:
    """`value` in the target's own way of writing `model`: its thousands and decimal separators."""
    whole, _, fraction = value.partition(".")
    group = re.search(r"\d([ \u00a0\u202f.,])\d{3}(?:\D|$)", model)
    decimal = re.search(r"([.,])\d+$", model)
    sep = group.group(1) if group else ""
    point = decimal.group(1) if decimal and (not group or decimal.group(1) != sep) else ("." if sep == "," else ",")
    if sep and len(whole) > 3:
        whole = f"{int(whole):,}".replace(",", sep)
    return whole + (point + fraction if fraction else "")


@lru_cache(maxsize=1024)  # a lookup scores one sentence against 30 candidates: its own read once
def _figures(text: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in FIGURE.finditer(text))


def _carried(new_source: str, old_source: str, old_target: str) -> tuple[str, int] | None:
    """The dates (each whole: dates.py, trial D, F2) and figures carried over, and how many changed."""
    return with_dates(new_source, old_source, old_target, _figures_carried)


def _figures_carried(new_source: str, old_source: str, old_target: str) -> tuple[str, int] | None:
    """The figures carried: None when they do not pair up (another count, or an old figure not found
    once in the rendering). Paired by value, so '1.190' in the Dutch finds '1 190' in the French and
    '1.250' becomes '1 250'; all replaced at once, so figures that swap places are no ambiguity."""
    new, old = _figures(new_source), _figures(old_source)
    if len(new) != len(old):
        return None
    if new == old:
        return old_target, 0
    written = list(FIGURE.finditer(old_target))
    swaps: dict[int, tuple[int, int, str]] = {}
    for before, after in zip(old, new, strict=True):
        if figure_value(before) == figure_value(after):
            continue
        hits = [m for m in written if figure_value(m.group(0)) == figure_value(before)]
        if len(hits) != 1 or hits[0].start() in swaps:
            return None  # ambiguous: better the rendering as it was than a wrong number
        swaps[hits[0].start()] = (hits[0].start(), hits[0].end(), _written_like(figure_value(after), hits[0].group(0)))
    target = old_target
    for start, end, figure in sorted(swaps.values(), reverse=True):
        target = target[:start] + figure + target[end:]
    return target, len(swaps)


def carry_numbers(new_source: str, old_source: str, old_target: str) -> str:
    """The stored rendering with the new sentence's numbers carried over, else as it was."""
    return (_carried(new_source, old_source, old_target) or (old_target, 0))[0]


_PLACEHOLDER = "\x00"  # the placeholder of a figure in a frame: no word is written so
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)  # as _figures; a candidate's too, between the length filter and its score
def _tokens(text: str, placeholders: bool = False) -> tuple[str, ...]:
    """The words of a sentence, each figure one word ('4,14' is one, not '4' and '14'): its value, or a
    placeholder where the figures are carried over."""
    if not _DIGIT.search(text):  # most sentences: no figure to look for (the figure pattern is slow)
        return tuple(words(text))
    out: list[str] = []
    at = 0
    for match in FIGURE.finditer(text):
        out += words(text[at : match.start()])
        out.append(_PLACEHOLDER if placeholders else "\x00" + figure_value(match.group(0)))
        at = match.end()
    return (*out, *words(text[at:]))


def _score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    return 1.0 - _distance(a, b) / max(len(a), len(b))


def similarity(a: str, b: str) -> float:
    """Word edit distance over the longer sentence, a figure one word."""
    return _score(_tokens(a), _tokens(b))


FIGURE_PENALTY = 0.01  # a point per figure carried over: the frame decides, the same figures rank first


def match_score(new_source: str, old_source: str, old_target: str) -> tuple[float, str]:
    """How alike an earlier sentence is, and its rendering as offered: with the new figures carried
    over and the frame scored when they pair up; else the rendering as it was, figures scored as words."""
    carried = _carried(new_source, old_source, old_target)
    if carried is None:
        return similarity(new_source, old_source), old_target
    target, changed = carried
    frame = _score(_tokens(new_source, True), _tokens(old_source, True))
    return max(0.0, frame - FIGURE_PENALTY * changed), target


@dataclass(frozen=True)
class Suggestion:
    score: float
    pair: StoredPair
    target: str  # the stored rendering with the new numbers carried over
    look: str = ""  # what to look at before taking it: a date carried over (trial D, F2)

    def to_json(self) -> dict[str, object]:
        return {
            "score": round(self.score, 3),
            "source": self.pair.source,
            "target": self.target,
            "release": self.pair.release,
            "date": self.pair.date,
            "provenance": self.pair.provenance,
        } | ({"look": self.look} if self.look else {})


CANDIDATE_WORDS = 6  # the sentence's rarest words find its look-alikes; common ones only slow the search
CANDIDATE_MIN = 3  # always this many: a look-alike may differ in the rarest word (a name, an amount)
CANDIDATE_REACH = 3_000  # past these, more words add pairs to rank (each costs time) and rarely a match
CANDIDATE_CROWD = 5_000  # pairs reached by the rarest words beyond which they must come two together


def _candidate_query(store: MemoryStore, sentence: str, src: str, tgt: str) -> str:
    unique = [fold(w) for w in dict.fromkeys(_WORD.findall(sentence)) if len(w) > 2 and not w.isdigit()]
    if not unique:
        return ""
    _l1, _l2, flipped = store.orient(src, tgt)
    df = store.document_frequency(unique, "t2" if flipped else "t1")
    known = sorted((w for w in unique if df.get(w)), key=lambda w: df[w])[:CANDIDATE_WORDS]
    chosen: list[str] = []
    reach = 0
    for word in known:
        if len(chosen) >= CANDIDATE_MIN and reach + df[word] > CANDIDATE_REACH:
            break
        chosen.append(word)
        reach += df[word]
    if reach > CANDIDATE_CROWD and len(chosen) >= 2:
        # only common words: any two of them together, as a 75% look-alike keeps most of its words; one
        # alone would bring a large share of the archive to rank
        pairs = [f'("{a}" AND "{b}")' for n, a in enumerate(chosen) for b in chosen[n + 1 :]]
        return " OR ".join(pairs)
    return " OR ".join(f'"{w}"' for w in chosen)


def fuzzy(
    store: MemoryStore, sentence: str, src: str, tgt: str, limit: int = 3, threshold: float = FUZZY_THRESHOLD
) -> list[Suggestion]:
    """The best earlier renderings of sentences like this one, at least `threshold` alike."""
    query = _candidate_query(store, sentence, src, tgt)
    if not query:
        return []
    found: dict[tuple[str, str], Suggestion] = {}
    length = len(_tokens(sentence))
    for pair in store.matching(query, src, tgt, limit=30, order="rank"):
        other = len(_tokens(pair.source))
        if min(length, other) < threshold * max(length, other):
            continue  # the length difference alone keeps it under the threshold
        score, target = match_score(sentence, pair.source, pair.target)
        if score < threshold:
            continue
        key = (pair.source, pair.target)
        if key not in found or found[key].score < score:
            found[key] = Suggestion(score, pair, target, DATE_LOOK if date_changed(pair.target, target) else "")
    newest_first = sorted(found.values(), key=lambda s: s.pair.date, reverse=True)
    ranked = sorted(newest_first, key=lambda s: (-s.score, s.pair.imported, s.pair.provenance != "official"))
    return ranked[:limit]


@dataclass
class ConcordanceHit:
    pair: StoredPair
    spans: list[tuple[int, int]] = field(default_factory=list)  # character spans of the target's rendering
    releases: list[str] = field(default_factory=list)  # every release holding this very pair, newest first

    def marked(self, before: str = "**", after: str = "**") -> str:
        text, out, at = self.pair.target, [], 0
        for start, end in self.spans:
            out += [text[at:start], before, text[start:end], after]
            at = end
        out.append(text[at:])
        return "".join(out)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = dict(self.pair.to_json())
        data["rendering"] = [self.pair.target[s:e] for s, e in self.spans]
        data["marked"] = self.marked()
        data["releases"] = self.releases or [self.pair.release]
        return data


def concordance(store: MemoryStore, text: str, src: str, tgt: str, limit: int = 20) -> list[ConcordanceHit]:
    """Every stored pair whose source holds the words (a phrase in quotes, `word*` a prefix), newest first."""
    # the memory's table filters the source's column itself; a Dutch source takes the other number too
    query = fts_query(text, dutch_within="" if src == "nl" else None, english_within=None)
    pairs = distinct(lambda n: store.matching(query, src, tgt, limit=n), max(limit, 1))
    hits = [ConcordanceHit(p, releases=store.releases_of(p.source, p.target, src, tgt)) for p in pairs]
    spot(store, text, src, tgt, hits)
    return hits


def query_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the searched words are in a hit's source, as the index matched them: a bare word of
    PREFIX_FROM letters or more as a prefix, a shorter one or a "quoted phrase" word for word, a
    number such as '2,8' whole (with a comma or a point, never '2,85')."""
    exact: set[str] = set()
    prefixes: list[str] = []
    numbers: list[re.Pattern[str]] = []
    for match in re.finditer(r'"([^"]*)"|(\S+)', query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            exact.update(words(phrase))
            continue
        for number in NUMBER.findall(word):
            digits = re.findall(r"\d+", number)
            tail = r"\d*" if word.endswith(number + "*") else r"(?![.,]?\d)"  # '2,8*' asks for 2,85 too
            numbers.append(re.compile(r"(?<!\w)" + "[.,]".join(digits) + tail))
            word = word.replace(number, " ")
        parts = words(word)
        for n, part in enumerate(parts):
            starred = word.endswith("*") and n == len(parts) - 1
            if len(part) >= PREFIX_FROM or starred:
                prefixes.append(part)
            else:
                exact.add(part)
    marks = [
        (m.start(), m.end())
        for m in _WORD.finditer(text)
        if (folded := fold(m.group())) in exact or any(folded.startswith(p) for p in prefixes)
    ]
    marks = sorted(marks + [(m.start(), m.end()) for pattern in numbers for m in pattern.finditer(text)])
    spans: list[tuple[int, int]] = []
    for start, end in marks:  # neighbours joined, so a phrase is lit as one
        if spans and not text[spans[-1][1] : start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def spot(store: MemoryStore, text: str, src: str, tgt: str, hits: list[ConcordanceHit]) -> None:
    """Mark in each hit's target the words that render the searched text (see the module's docstring)."""
    query_words = set(words(text.replace("*", "")))
    chosen: set[str] = set()
    # A sentence the archive repeats word for word (a standard line of each monthly release, its
    # figures aside) is one piece of evidence, not one per release: counted per hit, its every word
    # looked like the rendering ('indice santé sert', 'allocations sociales' for 'gezondheidsindex',
    # trial D). Contrast needs hits from several releases: sentences of one release share every word.
    said = {frozenset(w for w in words(h.pair.target) if not w.isdigit()) for h in hits}
    if len({r for h in hits for r in h.releases or [h.pair.release]}) >= SPOT_MIN_HITS and len(said) >= 2:
        counts: dict[str, int] = {}
        for seen in said:
            for word in seen:
                counts[word] = counts.get(word, 0) + 1
        # (a single letter is an elided article or preposition, 'l'', 'd'': no rendering on its own)
        frequent = [w for w, c in counts.items() if c / len(said) >= SPOT_SHARE and c >= 2 and len(w) > 1]
        l1, _l2, flipped = store.orient(src, tgt)
        column = "t1" if flipped else "t2"
        df = store.document_frequency(frequent, column)
        total = max(store.count(), 1)
        for word in frequent:
            if not df.get(word):
                continue  # not a word the index knows: no contrast to judge it by
            inside = counts[word] / len(said)
            outside = df[word] / total
            if inside / outside >= SPOT_LIFT:
                chosen.add(word)
    # What the glossary and the learned terms know needs no contrast ('Luik' is 'Liège' in one release
    # as in ten), and is marked as the phrase it is: its words one by one lit a lone 'de' of 'Point de
    # contact' elsewhere in the sentence (trial D)
    glossary = default_glossary()
    known = [form for word in _WORD.findall(text.replace("*", "")) for form in glossary.equivalents(src, word)]
    wanted = " ".join(words(text.replace("*", "")))
    terms = [t for t in stored_terms(store, src, tgt) if wanted and f" {wanted} " in f" {' '.join(words(t.source))} "]
    for hit in hits:
        target = hit.pair.target
        source = f" {' '.join(words(hit.pair.source))} "
        forms = known + [t.target for t in terms if f" {' '.join(words(t.source))} " in source]
        marks = [span for form in forms for span in _phrase(target, form)]
        shared = [
            (m.start(), m.end())
            for m in _WORD.finditer(target)
            if (fold(m.group()) in chosen and not marks) or (fold(m.group()) in query_words and len(m.group()) > 2)
        ]
        hit.spans = _runs(target, sorted(set(marks + shared)))


def _phrase(text: str, form: str) -> list[tuple[int, int]]:
    """Where a phrase stands in a text, word for word (case and accents aside), as one span each."""
    want = words(form)
    tokens = list(_WORD.finditer(text))
    folded = [fold(m.group()) for m in tokens]
    return [
        (tokens[i].start(), tokens[i + len(want) - 1].end())
        for i in range(len(tokens) - len(want) + 1)
        if want and folded[i : i + len(want)] == want
    ]


def _runs(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join marked words separated by at most one short word ('de', 'du', 'l'') into one span."""
    spans: list[tuple[int, int]] = []
    for start, end in marks:
        if spans:
            gap = text[spans[-1][1] : start]
            gap_words = _WORD.findall(gap)
            if len(gap_words) == 0 or (len(gap_words) == 1 and len(gap_words[0]) <= 3):
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))  # a word inside a phrase: no shorter
                continue
        spans.append((start, end))
    return spans


class ArchiveMemory:
    """The store as the engine's `Memory`: exact renderings first, fuzzy suggestions on request."""

    def __init__(self, store: MemoryStore, limit: int = 3) -> None:
        self.store = store
        self.limit = limit

    def exact(self, sentences: list[str], src: str, tgt: str, apart: str = "") -> dict[str, StoredPair]:
        return self.store.exact(sentences, src, tgt, apart=apart)

    def suggestions(self, sentence: str, src: str, tgt: str) -> list[dict[str, object]]:
        return [s.to_json() for s in fuzzy(self.store, sentence, src, tgt, self.limit)]
