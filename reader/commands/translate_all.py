"""translate --all --to xx: every release that lacks the language, with progress, safe to stop.

Resumable by construction: saved versions are skipped on the next run, and the translation
cache holds every finished batch, so a rerun after Ctrl-C translates only what was left. A
release that fails (unreadable, no model) is reported and the others go on.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

from reader.commands.context import Context
from reader.commands.output import EXIT_OK, EXIT_USAGE, CommandError, print_json, since_date
from reader.commands.stopping import signals_held
from reader.core.engine.guard import REJECTED
from reader.core.engine.result import TranslationResult
from reader.core.engine.run import SentenceEngine
from reader.core.engine.save import missing_translations
from reader.core.errors import ReaderError
from reader.core.eta import Eta
from reader.core.model import Release
from reader.core.text.clean import clean_line


@dataclass
class Outcome:
    id: str
    status: str  # translated, saved, cancelled (stopped midway), pending (never started), failed, elsewhere,
    # human_meanwhile (a person's version of the language came while the run went)
    sentences: int = 0
    cached: int = 0
    done: int = 0  # of `sentences`, translated: all of them unless the run was cancelled midway
    error: str = ""
    flagged: dict[str, int] = field(default_factory=dict)  # the engine's guards: a loop, a cut, a copy

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "status": self.status, "sentences": self.sentences, "done": self.done}
        data["cached"] = self.cached
        data["flagged"] = dict(self.flagged)
        if self.error:
            data["error"] = self.error
        return data


def _one(
    ctx: Context,
    engine: SentenceEngine,
    release: Release,
    args: argparse.Namespace,
    stop: threading.Event,
    count: Any,
    gone: list[str],
) -> Outcome:
    """One release, unless another run saving the same language at once holds it (claimed) or saved it."""
    if gone:
        return Outcome(release.id, "failed", error=f"not translated: {gone[0]}")
    if not args.save:
        return _translated(ctx, engine, release, args, stop, count, gone)
    from reader.core.engine.save import claimed, left_status

    with claimed(ctx.settings.cache, ctx.library, release, args.to_code, args.lang) as elsewhere:
        if elsewhere:  # a person's version imported meanwhile is no other run's work (trial O)
            return Outcome(release.id, left_status(elsewhere), error=elsewhere)
        return _translated(ctx, engine, release, args, stop, count, gone)


def _translated(
    ctx: Context,
    engine: SentenceEngine,
    release: Release,
    args: argparse.Namespace,
    stop: threading.Event,
    count: Any,
    gone: list[str],
) -> Outcome:
    from reader.core.engine.remote import RemoteError
    from reader.core.engine.save import save_translation

    source = args.lang or release.original_language
    try:
        version = release.versions[source]
        seen = {"done": 0, "fresh": 0}

        def progress(done: int, _total: int, partial: TranslationResult) -> None:
            fresh = sum(1 for s in partial.sentences if s.done and not s.cached and any(c.isalpha() for c in s.source))
            count(done - seen["done"], fresh - seen["fresh"])  # the cache's sentences apart: the ETA's rate
            seen["done"], seen["fresh"] = done, fresh

        result = engine.translate_blocks(
            version.blocks,
            source,
            args.to_code,
            title=version.title,
            progress=progress,
            cancel=stop.is_set,
            apart=release.id,
        )
        sentences, cached = len(result.sentences), sum(1 for s in result.sentences if s.cached)
        flagged = dict(Counter(flag for s in result.sentences for flag in s.flags))
        done = sum(1 for s in result.sentences if s.done)
        if not result.complete:
            return Outcome(release.id, "cancelled", sentences, cached, done, flagged=flagged)
        if args.save:
            save_translation(ctx.library, release, result)
            return Outcome(release.id, "saved", sentences, cached, done, flagged=flagged)
        return Outcome(release.id, "translated", sentences, cached, done, flagged=flagged)
    except RemoteError as exc:
        # no server left, and no local model to stand in: every release after this one would fail
        # the same way (a new user's trial printed 123 identical lines); the rest are said once
        gone.append(str(exc))
        return Outcome(release.id, "failed", error=str(exc))
    except ReaderError as exc:
        return Outcome(release.id, "failed", error=str(exc))


def cmd_translate_all(args: argparse.Namespace, ctx: Context) -> int:
    if args.id or args.text is not None:
        raise CommandError("--all translates the library: give no release ID and no --text")
    since = None
    if args.since:
        try:
            since = since_date(args.since)  # as list's: a month or a year is its first day
        except argparse.ArgumentTypeError as exc:
            raise CommandError(f"--since: not a date (YYYY-MM-DD, YYYY-MM or YYYY): {exc}") from None
    releases = missing_translations(ctx.library.releases, args.to_code, args.lang, since)
    engine = ctx.engine(args.threads, args.beam)
    if not args.no_tm:
        from reader.commands.memory import attach_memory

        attach_memory(engine, ctx, suggestions=False)
    if releases:
        source = args.lang or releases[0].original_language
        try:
            engine.route(source, args.to_code)  # a missing model or no server: one line, before any work
        except ReaderError as exc:
            raise CommandError(str(exc)) from None
    stop = threading.Event()
    outcomes: list[Outcome] = []
    started = time.monotonic()
    show = not args.json and sys.stderr.isatty()
    eta = Eta(sum(_sentences(r, args.lang) for r in releases) if show else 0, started)
    progress_bar, task = _progress(len(releases), eta) if show else (None, None)
    sentences = {"n": 0}
    lock = threading.Lock()

    def count(n: int, fresh: int = 0) -> None:
        with lock:
            sentences["n"] += n
            eta.record(time.monotonic(), n, fresh)
        if progress_bar is not None:
            rate = sentences["n"] / max(0.001, time.monotonic() - started)
            progress_bar.update(task, sentences=f"{sentences['n']:,} sentences · {rate:.1f}/s")

    def ended_one(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if progress_bar is not None:
            progress_bar.advance(task)
        elif not sys.stderr.isatty():  # a log: a line a release, or a long run said nothing for minutes
            # (an archive team's trial watched a nightly run's log stay empty)
            line = f"press-reader: {len(outcomes)}/{len(releases)} {outcome.id}: {outcome.status}"
            sys.stderr.write(clean_line(line) + "\n")
            sys.stderr.flush()

    pool = ThreadPoolExecutor(max_workers=args.jobs)
    futures: list[Any] = []
    try:
        if progress_bar is not None:
            progress_bar.start()
        gone: list[str] = []  # why the engine can do no more (its last server lost), once known
        futures = [pool.submit(_one, ctx, engine, r, args, stop, count, gone) for r in releases]
        for future in as_completed(futures):
            ended_one(future.result())
        with signals_held():  # a stop asked during the join is raised after it, here: said as any stop
            pool.shutdown(wait=True)
    except KeyboardInterrupt as interrupt:
        stop.set()
        with signals_held(again=False):  # a second stop while the first one ends the run: no more to do
            pool.shutdown(wait=True, cancel_futures=True)
        ended = {o.id: o for o in outcomes}  # and those that ended while the pool stopped, each with its
        for future in futures:  # line: trial E's log went to 5/150 while the stop said 'saved 6' (F5)
            finished = future.done() and not future.cancelled() and not future.exception()
            if finished and future.result().id not in ended:
                ended_one(future.result())
                ended[future.result().id] = future.result()
        said = _stopped(list(ended.values()), args.save)
        terminated = type(interrupt) is not KeyboardInterrupt  # SIGTERM (cli._Terminated): 143, as the README says
        how = "terminated" if terminated else "interrupted"
        if args.json:  # a script is told what ended and what is left, every release once, as after a full run
            left = [Outcome(r.id, "pending") for r in releases if r.id not in ended]
            finished = sorted([*ended.values(), *left], key=lambda o: o.id)
            print_json({"to": args.to_code, how: True, "releases": [o.to_json() for o in finished]})
        sys.stderr.write(clean_line(f"press-reader: {how}; {said}; the rest on a rerun") + "\n")
        return 143 if terminated else 130
    finally:
        with signals_held(again=False):  # shut down above but on an error; a stop then ends nothing more
            pool.shutdown(wait=True)
        if progress_bar is not None:
            progress_bar.stop()
    return _report(args, outcomes, ctx, time.monotonic() - started)


SHOWN_IDS = 3  # of the releases a stop names: the first few, the counts say the rest


def _stopped(ended: list[Outcome], save: bool) -> str:
    """What a stop leaves, in counts and a few ids: trial O's SIGTERM printed every saved id on one
    line (6 KB for 104); --json lists them all. The releases cut midway are named: not saved."""
    if not save:
        return f"{sum(1 for o in ended if o.status == 'translated')} translated, in the cache"

    def few(ids: list[str]) -> str:
        more = len(ids) - SHOWN_IDS
        return ", ".join(ids[:SHOWN_IDS]) + (f" … and {more} more; --json lists them" if more > 0 else "")

    saved = sorted(o.id for o in ended if o.status == "saved")
    said = f"saved {len(saved)} ({few(saved)})" if saved else "none saved"
    if midway := sorted(o.id for o in ended if o.status == "cancelled"):
        said += f"; in progress, not saved: {few(midway)}"
    return said


def _sentences(release: Release, lang: str | None) -> int:
    """The sentences a release's run counts (TranslationResult.counted): what the ETA reads as left."""
    from reader.core.engine.run import split_blocks

    source = lang or release.original_language
    if (version := release.versions.get(source)) is None:
        return 0
    result = TranslationResult(source, source, [], [])
    split_blocks(result, version.blocks, source, version.title)
    return result.counted()[1]


def _progress(total: int, eta: Eta) -> tuple[Any, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn
    from rich.text import Text

    from reader.commands.output import console

    class Left(ProgressColumn):  # drawn at each refresh: a hang raises the estimate as it lasts
        def render(self, task: Any) -> Text:
            return Text(eta.said(time.monotonic()), style="progress.remaining")

    bar = Progress(
        TextColumn("translating"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("releases · {task.fields[sentences]}"),
        Left(),
        console=console(stderr=True),
        transient=True,
        disable=not console(stderr=True).is_terminal,  # a bar on a pipe or a log file left blank lines
    )
    return bar, bar.add_task("releases", total=total, sentences="0 sentences")


def _report(args: argparse.Namespace, outcomes: list[Outcome], ctx: Context, seconds: float) -> int:
    outcomes.sort(key=lambda o: o.id)
    failed = [o for o in outcomes if o.status == "failed"]
    if args.json:
        print_json({"to": args.to_code, "seconds": round(seconds, 2), "releases": [o.to_json() for o in outcomes]})
    elif not outcomes:  # 'saved 0 releases: 0 sentences in 0.0 s' said nothing a user could use
        since = f" dated {args.since} or later" if args.since else ""
        source = f" that has one in '{args.lang}'" if args.lang else ""
        lacks = f"is without a version in '{args.to_code}' or has a machine one out of date"
        sys.stdout.write(f"Nothing to translate: no release{since}{source} {lacks}.\n")
    else:
        done = sum(1 for o in outcomes if o.status in ("translated", "saved"))
        total = sum(o.sentences for o in outcomes if o.status in ("translated", "saved"))  # a cancelled one's
        cached = sum(o.cached for o in outcomes if o.status in ("translated", "saved"))  # are not kept whole
        verb = "saved" if args.save else "translated (in the cache; --save stores them)"
        sys.stdout.write(
            f"{done} release(s) {verb}: {total:,} sentences, {cached:,} from the cache, in {seconds:.1f} s\n"
        )
        _report_flagged(args, outcomes, bool(ctx.settings.engine_urls))
        elsewhere = [o for o in outcomes if o.status == "elsewhere"]
        if elsewhere:  # another run at once took them: left to it, not done twice
            sys.stdout.write(f"{len(elsewhere)} release(s) left to another run translating at the same time\n")
        if human := [o.id for o in outcomes if o.status == "human_meanwhile"]:
            named = ", ".join(human[:3]) + (f" and {len(human) - 3} more" if len(human) > 3 else "")
            sys.stdout.write(
                f"{len(human)} release(s) now have a human {args.to_code} version (imported meanwhile): "
                f"not translated ({named})\n"
            )
        waiting = [o for o in failed if (o.error or "").startswith("not translated: ")]
        why = (waiting[0].error or "").removeprefix("not translated: ") if waiting else ""
        # the release running when the last server was lost is one of them (a team's trial added 6 saved
        # and 5 not translated up to 11 of 12): counted and named with them
        waiting += [o for o in failed if why and o.error == why]
        for outcome in failed:
            if outcome not in waiting:
                sys.stderr.write(clean_line(f"press-reader: error: {outcome.id}: {outcome.error}") + "\n")
        if waiting:
            ids = sorted(o.id for o in waiting)
            named = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
            sys.stderr.write(
                clean_line(f"press-reader: error: {len(waiting)} release(s) not translated ({named}): {why}")
                + ("; run again with the key" if "API key" in why else "; run again when a server answers")
                + ": what is saved stays\n"
            )
    return EXIT_USAGE if failed else EXIT_OK  # a release refused (a write, a file): exit 2, as everywhere


def _report_flagged(args: argparse.Namespace, outcomes: list[Outcome], remote: bool) -> None:
    """What the engine's guards caught (a decoding loop, an output cut at its length limit, a
    sentence left as it was, a number lost) is said, with where to look: a saved version is a
    draft, and these are the sentences to read first."""
    flagged = [o for o in outcomes if o.flagged and o.status in ("translated", "saved")]
    if not flagged:
        return
    kinds: Counter[str] = Counter()
    for outcome in flagged:
        kinds.update(outcome.flagged)
    said = ", ".join(f"{n:,} {GUARD_WORDS.get(kind, kind)}" for kind, n in sorted(kinds.items()))
    sys.stdout.write(f"the engine's guards flagged sentences in {len(flagged)} release(s): {said}\n")
    for outcome in flagged[:10]:
        sys.stdout.write(f"  press-reader translate {outcome.id} --to {args.to_code}   (flagged sentences marked !)\n")
    if len(flagged) > 10:
        sys.stdout.write(f"  and {len(flagged) - 10} more (--json lists each release's flags)\n")
    if remote and set(kinds) & REJECTED:  # saved, so --all counts them done: said how to redo them (trial E)
        sys.stdout.write(
            f"  a server's sentences left as the source or empty are not cached: "
            f"press-reader translate ID --to {args.to_code} --save asks again\n"
        )


GUARD_WORDS = {
    "empty": "empty",
    "repetition": "looping",
    "truncated": "cut at the length limit",
    "identical": "left as the source",
    "numbers": "with a number changed",
}
