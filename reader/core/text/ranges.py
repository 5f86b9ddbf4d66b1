"""Segment numbers said as runs ('1-3, 5'), as the messages about many segments name them."""

from __future__ import annotations


def ranges(numbers: list[int]) -> str:
    """1, 2, 3, 5 as '1-3, 5': a file of untranslated units names every segment. In order and once
    each (units of a file whose order is not the release's said '1, 3, 3-5, 8, 8-9, 12': a trial)."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
