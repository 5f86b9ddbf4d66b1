"""The Gale-Church dynamic programme on lengths, which aligns blocks and sentences alike.

Gale and Church (1993) pair texts whose lengths are likely translations of each other; a lexical
hint (shared numbers, names, cognates), an MT similarity or a pair the reviewer holds weigh in on the
same steps. `align` builds the release's pairs on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

# Priors from Gale & Church (1993), with 2-2 kept rare.
# 1-3 and 3-1 for communiqués: Dutch chains clauses with ';' where French writes sentences.
_PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.002,
    (3, 1): 0.004,
    (1, 3): 0.004,
}
HINT_WEIGHT = 3.0
# Far above what lengths, priors or a similarity weigh (a step costs 0-25): a pair the reviewer marked
# or edited is kept as it was shown, so an edit that shortens one sentence never regroups the others.
HELD_BONUS = 60.0
# What a block with no counterpart pays for its length, at most: the cost of a pair about three
# deviations apart. Gale and Church's length cost prices a pair; a block facing nothing has no pair,
# and at full price (up to 28 for a paragraph) the programme would rather pair it with anything, so
# a version lacking a paragraph or its end dragged every later block one place off. Measured on the
# real dev pairs imported whole (bench_checks.py --real DIR --imported whole), nl->fr: false flags
# inside the labelled bodies 186 -> 134, with headings opening groups; 3 gives about the same, 10 less.
BLOCK_GAP = 6.0
MAX_CELLS = 2_000_000  # cells of the banded programme beyond which alignment falls back to positions
_VARIANCE = 6.8
# Characters of target per character of source, measured on parallel press releases.
RATIOS = {
    ("nl", "fr"): 1.10,
    ("fr", "nl"): 0.91,
    ("nl", "en"): 0.95,
    ("en", "nl"): 1.05,
    ("fr", "en"): 0.87,
    ("en", "fr"): 1.15,
}

Scorer = Callable[[str, str], float]  # similarity in [0, 1] between a source and a target text
Held = Callable[[str, str], bool]  # a pair the reviewer worked on (a state, a comment, an edit): it stays a pair
# Of two blocks, their sentences that face each other where the rest of the longer has no
# counterpart (each side's, joined), or None (sentence_cuts.faced_sentences)
Faced = Callable[[str, str], tuple[str, str] | None]


def _norm_cdf(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def length_delta(l1: int, l2: int, ratio: float) -> float:
    """Gale and Church's deviation of a target length from its source's: normal under their model,
    its spread growing with the square root of the length, so a short sentence's ratio strays far by
    chance where a long one's cannot."""
    mean = (l1 + l2 / ratio) / 2
    return (l2 - l1 * ratio) / math.sqrt(max(mean, 1) * _VARIANCE)


# Beyond a long paragraph, two versions' lengths differ in proportion: Gale and Church's spread,
# measured on sentences, grows with the square root of the length, which makes a block of thousands
# of characters 14% longer than expected (an unbroken page, a long list) look impossible as a pair;
# past this length the blocks' spread grows with the length itself.
_PROPORTIONAL_BEYOND = 1000


def _length_cost(l1: int, l2: int, ratio: float, blocks: bool = False) -> float:
    """What a pair of sentences' lengths cost, the same whichever version is the source: measured from
    the side that writes longer (French against Dutch), so that checking nl->fr and fr->nl pairs the
    same sentences. Gale and Church's deviation is not symmetric in its two lengths; computed from each
    side, the two directions of one release paired differently (a new user's trials, three issuers:
    a buildings agency's, an air traffic controller's, an asylum agency's). Of the two orientations,
    the longer side's measured better on the real dev pairs (nl->fr false flags 36 -> 35, labels found
    102 -> 103; fr->nl as before; from the shorter side: fr->nl 32 -> 36). Blocks keep their source's
    deviation, on which BLOCK_GAP was measured."""
    if l1 == 0 and l2 == 0:
        return 0.0
    if ratio > 1 and not blocks:  # blocks: BLOCK_GAP was measured on the source's deviation
        l1, l2, ratio = l2, l1, 1 / ratio
    delta = length_delta(l1, l2, ratio)
    mean = (l1 + l2 / ratio) / 2
    if blocks and mean > _PROPORTIONAL_BEYOND:
        delta *= math.sqrt(_PROPORTIONAL_BEYOND / mean)
    p = 2 * (1 - _norm_cdf(abs(delta)))
    return -math.log(max(p, 1e-12))


# A unit facing nothing: the prior of the step and BLOCK_GAP, what a block with no counterpart pays
_GAP_PRICE = -math.log(_PRIORS[(1, 0)]) + BLOCK_GAP


def _partial_cost(faced: tuple[str, str] | None, ratio: float) -> float:
    """Two blocks paired as the sentences that face each other (`faced`) plus the rest facing
    nothing: what the sentence level will make of them. Trial L's p04, a French paragraph one
    sentence short: its full length cost (16) set it with the paragraph before it as a 1-2."""
    if faced is None:
        return math.inf
    return _length_cost(len(faced[0]), len(faced[1]), ratio, blocks=True) + _GAP_PRICE


class AlignCancelled(Exception):
    """The caller's `cancelled` said stop, between rows of the programme."""


def align_lengths(
    source: Sequence[str],
    target: Sequence[str],
    ratio: float = 1.0,
    scorer: Scorer | None = None,
    hint: Scorer | None = None,
    held: Held | None = None,
    cancelled: Callable[[], bool] | None = None,
    gap: float | None = None,
    opens: tuple[set[int], set[int]] = (set(), set()),
    alone: tuple[set[int], set[int]] = (set(), set()),
    priors: dict[tuple[int, int], float] | None = None,
    faced: Faced | None = None,
    items: tuple[Sequence[bool], Sequence[bool]] | None = None,
    steps: Callable[[int, int], None] | None = None,
) -> list[tuple[list[int], list[int]]]:
    """Gale-Church dynamic programme.

    With an MT `scorer`, similarity dominates the length cost; without one, a lexical `hint`
    (shared numbers, names, cognates) rewards pairs that share anchors; a `held` pair wins over both.
    `gap` bounds what a unit facing nothing pays for its length (BLOCK_GAP, for blocks). `opens`:
    the units of each side that may only open a group, never close one (a heading's sentence).
    `alone`: units with evidence of having no counterpart (a figure the other side never gives, or
    nothing in common with it): facing nothing, they pay at most BLOCK_GAP for their length, as
    blocks do. `priors`: the steps allowed and how likely each is, Gale and Church's by default.
    `faced`: of two blocks too unlike in length for a pair, the sentences that face each other, the
    rest of the longer having no counterpart: the pair then costs as those sentences (their lengths,
    their hint) plus the gap of the rest, as the sentence level will align them (`_partial_cost`).
    `items`: which units of each side are list items. A rendering keeps a list item a list item, so
    items facing blocks that are none pay BLOCK_GAP more: a version one item short otherwise set its
    lead with the list's intro (their lengths fit) and paired its intro with the other's first item,
    every item after one place off (trial E, F9; `list_ends` holds the same fact at a list's edge). A
    list laid out as paragraphs on one side still pairs, each pair cheaper than two gaps.
    `steps` is told the source's units done of all, now and then (a long release's blocks take
    half a minute: review showed nothing but 'checking…' meanwhile, trial E, F10).
    """
    n, m = len(source), len(target)
    # A band around the diagonal: alignments stray little from it, and the programme stays linear in
    # the length of the text instead of quadratic (a 2,000-sentence release aligns in a blink).
    width = max(30, abs(n - m) + 20, min((n + m) // 20, 60))
    if (n + 1) * (2 * width + 1) > MAX_CELLS:
        return _positional(n, m)  # far beyond any release: a bound on time, never a hang
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    lengths_s = [len(s) for s in source]
    lengths_t = [len(t) for t in target]
    for i in range(n + 1):
        if cancelled is not None and i % 200 == 199 and cancelled():
            raise AlignCancelled  # a paragraph of thousands of sentences takes seconds: asked on the way
        if steps is not None and i % 10 == 0:
            steps(i, n)
        center = round(i * m / n) if n else 0
        for j in range(max(0, center - width), min(m, center + width) + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), prior in (priors or _PRIORS).items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if any(k in opens[0] for k in range(i + 1, ni)) or any(k in opens[1] for k in range(j + 1, nj)):
                    continue
                l1 = sum(lengths_s[i:ni])
                l2 = sum(lengths_t[j:nj])
                length = _length_cost(l1, l2, ratio, blocks=gap is not None)
                cut = faced(source[i], target[j]) if faced and di == dj == 1 and length > _GAP_PRICE else None
                partial = _partial_cost(cut, ratio)
                length, cut = (partial, cut) if partial < length else (length, None)
                cap = gap
                if cap is None and not (di and dj) and (i in alone[0] if di else j in alone[1]):
                    cap = BLOCK_GAP
                step = -math.log(prior) + (min(length, cap) if cap is not None and not (di and dj) else length)
                if items is not None and di and dj and _across_list(items, i, ni, j, nj):
                    step += BLOCK_GAP
                if held is not None and di and dj and held(" ".join(source[i:ni]), " ".join(target[j:nj])):
                    step -= HELD_BONUS
                elif scorer is not None and di and dj:
                    similarity = scorer(" ".join(source[i:ni]), " ".join(target[j:nj]))
                    step = step * 0.3 + (1 - similarity) * 20
                elif scorer is not None:
                    step += 6  # with MT evidence, a gap must be earned
                elif hint is not None and di and dj:
                    # The hint lowers a step by at most HINT_WEIGHT: skip it where even that cannot win.
                    if cost[i][j] + step - HINT_WEIGHT >= cost[ni][nj]:
                        continue
                    parts = getattr(hint, "parts", None)  # a run's anchors from its units' (anchors.Hint)
                    if cut is not None:  # the rest's figures are the gap's, not a conflict of the pair
                        step -= HINT_WEIGHT * hint(*cut)
                    elif parts is not None:
                        step -= HINT_WEIGHT * parts(tuple(source[i:ni]), tuple(target[j:nj]))
                    else:
                        step -= HINT_WEIGHT * hint(" ".join(source[i:ni]), " ".join(target[j:nj]))
                if cost[i][j] + step < cost[ni][nj]:
                    cost[ni][nj] = cost[i][j] + step
                    back[ni][nj] = (di, dj)
    pairs: list[tuple[list[int], list[int]]] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j] or (1 if i else 0, 1 if j else 0)
        pairs.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    pairs.reverse()
    return pairs


def _across_list(items: tuple[Sequence[bool], Sequence[bool]], i: int, ni: int, j: int, nj: int) -> bool:
    """Blocks that are all list items on one side facing blocks that are none on the other."""
    one, two = items[0][i:ni], items[1][j:nj]
    return (all(one) and not any(two)) or (all(two) and not any(one))


def _positional(n: int, m: int) -> list[tuple[list[int], list[int]]]:
    """One to one in order, the rest unmatched: the fallback for texts too long to align."""
    pairs = [([k], [k]) for k in range(min(n, m))]
    pairs += [([k], []) for k in range(m, n)] + [([], [k]) for k in range(n, m)]
    return pairs
