"""A ratio said in words: 'drie op de vier', 'un senior sur cinq', 'one in three', '265 des 308'.

Its count, its whole, and the numbers said between them; after an article ('un', 'een') the ratio
is only plausible when words stand between, unless a count stands nearer to the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.text.quantity import Quantity
from reader.core.text.spoken import count_word


def read_ratio(
    m: re.Match[str], text: str, lang: str, extract: Callable[[str, str], list[Quantity]]
) -> list[Quantity] | None:
    surface, start = m.group(0), m.start()
    k, per = ("k", "per") if m.group("per") else ("k2", "per2")  # 'sur N' / 'des N': the same ratio
    count, part = count_word(m.group(per), lang), count_word(m.group(k), lang)
    if not count or part is None or part >= count:
        return None
    # Numbers between the count and its whole are numbers too ('un senior de plus de 65 ans sur cinq').
    gap_start = m.end(k)
    inner = [
        Quantity(q.kind, q.value, q.text, q.start + gap_start, q.soft)
        for q in extract(text[gap_start : m.start(per)], lang)
        if q.kind in ("number", "percent")
    ]
    # 'un plan qui repose sur trois piliers' is no ratio: after an article ('un', 'one'), words
    # between it and 'sur/in N' make the ratio only plausible (soft: it covers, is never reported).
    gap = len(re.findall(r"[\w'’-]+", text[m.end(k) : m.start(per)])) - 1  # minus 'sur'/'in'/'op'
    article = not m.group(k)[:1].isdigit() and m.group(k).lower() in ("un", "une", "one", "a", "een")
    # Dutch 'een' before a noun is the article as often as the numeral ('een beroep op twee
    # experts'): one word between already makes its ratio only plausible
    soft = article and (gap > 1 or (gap == 1 and m.group(k).lower() == "een"))
    # ... unless a count stands nearer: 'une infraction lors de 4 contrôles sur 10' is 4 in 10,
    # 'un peu plus de quatre missions sur cinq' 4 in 5 (a trial's pairs, two issuers)
    nearest = next((q for q in reversed(inner) if q.kind == "number" and not q.soft), None)
    if soft and nearest is not None and nearest.value.isdigit() and int(nearest.value) < count:
        inner.remove(nearest)
        said = text[nearest.start : m.end(per)]
        return [Quantity("fraction", f"{nearest.value}/{count}", said, nearest.start), *inner]
    # only plausible, the ratio leaves its whole a number too ('un éclairage sur 12 kilomètres'
    # matches '12 kilometer': a new user's pair said 12 was missing from it)
    whole = [Quantity("number", str(count), m.group(per), m.start(per), True)] if soft else []
    return [Quantity("fraction", f"{part}/{count}", surface, start, soft), *whole, *inner]
