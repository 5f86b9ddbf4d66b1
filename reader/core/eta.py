"""How long a translate --all run has left, from its sentences (trial O, F4: the bar's estimate was
the releases', so at 30 s it said 0:58 left when 132 s were, jumped from 0:30 to 1:54 as long
releases came, and stood still through a server's 30 s hang).

A pure estimator: the caller gives the clock, so the tests give the times. The rate counts only the
sentences a model translated: those served from the cache cost no time, and a burst of them (a rerun
of releases the cache holds) promised a rate the rest never had. What is left is counted in
sentences, less the share the cache has served so far. The rate is taken over the last minute up
to now, so a hang lowers it as the seconds pass rather than freezing the estimate, and half of it
is the whole run's, so one fast or slow batch moves it little.
"""

from __future__ import annotations

from collections import deque

WINDOW = 60.0  # seconds of recent progress the rate reads
ROUGH = 0.10  # under this share done, the estimate is said to be rough ('about')


class Eta:
    def __init__(self, total: int, started: float) -> None:
        self.total = total  # the run's sentences, cached or not
        self.started = started
        self.done = 0  # sentences gone through, cached or not
        self.fresh = 0  # of them, translated by a model
        self._samples: deque[tuple[float, int]] = deque([(started, 0)])  # (when, fresh so far)

    def record(self, now: float, done: int, fresh: int) -> None:
        """`done` sentences more gone through, `fresh` of them by a model."""
        self.done += done
        self.fresh += fresh
        self._samples.append((now, self.fresh))
        while len(self._samples) > 2 and self._samples[1][0] <= now - WINDOW:
            self._samples.popleft()  # the oldest kept is the last one at or before the window's start

    def seconds_left(self, now: float) -> float | None:
        """None until a model has translated a sentence, or while the rate is nil."""
        elapsed = now - self.started
        if self.fresh <= 0 or elapsed <= 0:
            return None
        if self.done >= self.total:
            return 0.0
        since, fresh_then = self._samples[0]
        for when, fresh in self._samples:  # the window's start, up to now (a hang counts as nothing done)
            if when > now - WINDOW:
                break
            since, fresh_then = when, fresh
        recent = (self.fresh - fresh_then) / max(now - since, 1e-9)
        rate = (recent + self.fresh / elapsed) / 2
        share = self.fresh / max(self.done, 1)  # of the sentences, those the cache did not serve
        return (self.total - self.done) * share / rate

    def said(self, now: float) -> str:
        """'0:02:10', 'about 0:06:00' while under a tenth is done, '-:--:--' when none can be given."""
        left = self.seconds_left(now)
        if left is None:
            return "-:--:--"
        rough = self.done < ROUGH * self.total
        step = (60 if left >= 600 else 10) if rough else 1  # a rough one in round figures
        seconds = int(round(left / step)) * step
        clock = f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
        return f"about {clock}" if rough else clock
