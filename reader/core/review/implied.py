"""Figures one version states and the other implies (trial A's French-original pairs):

- a remainder: 'l'Union européenne les 40 % restants' / 'de Europese Unie de rest', where the
  segment gives the complement (60 %) on both sides: 'restants', 'resterende', 'overige', 'remaining'
  and 'de rest', 'le reste', 'the rest' are plain facts of the three languages;
- a share of a count: 'Douze projets … La moitié d'entre eux' / 'Twaalf projecten … Zes daarvan',
  the fraction's side stating the count (12) in the same segment or the one before, and the other
  side the figure that share of it makes (6): arithmetic on the fraction words of the languages.

Both figures were flagged as missing; they are quiet now. A share that is not the other side's
figure ('Vijf daarvan' for half of twelve) stays flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.review.checks import CheckedPair

Part = tuple[str, str, tuple[str, str]]  # (shown, where, key) of a quantity flag
_MISSING = "not in the target"
_LEFT = r"restants?|restantes?|resterende|overige|remaining"  # said of the figure, before or after it
_REST = re.compile(
    r"(?<!\w)(?:de\s+rest|het\s+overige|le\s+reste|le\s+solde|the\s+rest|the\s+remainder|the\s+balance|"
    rf"{_LEFT}|restant)(?!\w)",
    re.IGNORECASE,
)


def implied_figures(
    pairs: list[CheckedPair], keys: Callable[[str, bool], set[Any]], said: Callable[[str, list[Part]], str]
) -> None:
    """Take out of each number flag the figures the other version implies (`keys`: the keys of the
    figures a text states, the source's when True; `said`: a flag's message from its parts); a flag
    left with none goes."""
    for i, pair in enumerate(pairs):
        flag = next((f for f in pair.flags if f.code == "number" and f.detail is not None), None)
        if flag is None:
            continue
        parts: list[Part] = list(flag.detail)
        before = pairs[i - 1] if i else None
        kept = [p for p in parts if not _remainder(p, pair, keys)]
        kept = _shares(kept, pair, before, keys)
        if len(kept) == len(parts):
            continue
        if not kept:
            pair.flags.remove(flag)
            continue
        flag.message, flag.detail = said("number", kept), kept


def _sides(part: Part, pair: CheckedPair) -> tuple[str, str, bool]:
    """The text that states the figure, the other side's, and whether the first is the source."""
    source = part[1] == _MISSING
    return (pair.source, pair.target, True) if source else (pair.target, pair.source, False)


def _percents(keys: set[Any]) -> list[float]:
    return [float(value) for kind, value in keys if kind == "percent"]


def _remainder(part: Part, pair: CheckedPair, keys: Callable[[str, bool], set[Any]]) -> bool:
    """'les 40 % restants' where the other side says 'de rest' and both give the 60 %."""
    shown, _where, (kind, value) = part
    if kind != "percent":
        return False
    said, other, source = _sides(part, pair)
    figure = re.escape(shown)
    if not re.search(rf"(?:(?:{_LEFT})\s+(?:[\w'’-]+\s+)?{figure}|{figure}\s+(?:[\w'’-]+\s+)?(?:{_LEFT}))(?!\w)", said):
        return False
    if not _REST.search(other):
        return False
    here, there = set(_percents(keys(said, source))) - {float(value)}, set(_percents(keys(other, not source)))
    rest = 100 - float(value)
    both = here & there
    return any(abs(share - rest) < 0.01 for share in both) or (bool(both) and abs(sum(both) - rest) < 0.01)


def _shares(
    parts: list[Part], pair: CheckedPair, before: CheckedPair | None, keys: Callable[[str, bool], set[Any]]
) -> list[Part]:
    """'La moitié' on one side and 'Zes' on the other, twelve counted just before: both implied."""
    kept = list(parts)
    for part in parts:
        share = _share(part[2])
        if share is None or part not in kept:
            continue
        said, _other, source = _sides(part, pair)
        texts = [said, (before.source if source else before.target) if before is not None else ""]
        counts = {float(v) for text in texts if text.strip() for kind, v in keys(text, source) if kind == "number"}
        made = {round(share * count, 6) for count in counts if count >= 2}
        match = next(
            (
                p
                for p in kept
                if p[1] != part[1] and p[2][0] == "number" and _number(p[2][1]) in made and _number(p[2][1]) >= 1
            ),
            None,
        )
        if match is not None:
            kept.remove(part)
            kept.remove(match)
    return kept


def _share(key: tuple[str, str]) -> float | None:
    kind, value = key
    if kind == "fraction" and "/" in value:
        top, bottom = value.split("/")
        return int(top) / int(bottom) if bottom.isdigit() and top.isdigit() and int(bottom) else None
    return float(value) / 100 if kind == "percent" else None


def _number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return -1.0


def ranked_in_place(part: Part, parts: list[Part]) -> bool:
    """A rank its own segment replaced by another ('a third instalment' / 'une quatrième tranche'): a
    substitution, which a neighbour's same rank ('la troisième fois') does not settle (trial B, an
    ordinal being a number: order.py's settling of two segments)."""
    return part[2][0] == "ordinal" and any(p[2][0] == "ordinal" and p[1] != part[1] for p in parts)
