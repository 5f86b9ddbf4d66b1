"""translate --all stopped by SIGTERM or Ctrl-C: the summary counts, names the release cut midway and
a few saved ones (trial O: every saved id on one line, 6 KB for 104 releases); --json lists them."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from reader.commands import translate_all
from tests.conftest import archive_without


def test_a_stopped_run_counts_what_it_saved_and_names_a_few(run, library_dir: Path, installed_packages, monkeypatch):  # noqa: ANN001
    ids = sorted(archive_without(library_dir, "en", count=7))

    def one(ctx, engine, release, args, stop, count, gone):  # noqa: ANN001, ANN202 - five saved, the sixth cut
        if release.id in ids[:5]:
            return translate_all.Outcome(release.id, "saved", sentences=3, done=3)
        os.kill(os.getpid(), signal.SIGTERM)
        return translate_all.Outcome(release.id, "cancelled")

    monkeypatch.setattr(translate_all, "_one", one)
    argv = ["--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--jobs", "1"]
    result = run(*argv)
    assert result.code == 143, result.err
    (line,) = [x for x in result.err.splitlines() if "terminated" in x]
    assert f"terminated; saved 5 ({', '.join(ids[:3])} … and 2 more; --json lists them)" in line, line
    assert f"in progress, not saved: {ids[5]}" in line and ids[4] not in line
    assert line.endswith("the rest on a rerun")
    listed = run(*argv, "--json")  # every id there, once more stopped at once
    assert sorted(r["id"] for r in listed.json()["releases"]) == ids


def _stopped_while_joining(monkeypatch, times: int = 99) -> None:  # noqa: ANN001
    """Each pool's shutdown (the join of its threads) receives a SIGTERM first, `times` times: where
    it landed in the join, Python 3.11 released a lock the ending worker released too ('release
    unlocked lock': this test module, once under load)."""
    sent = []

    class Pool(translate_all.ThreadPoolExecutor):
        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            if len(sent) < times:
                sent.append(1)
                os.kill(os.getpid(), signal.SIGTERM)
            super().shutdown(wait, cancel_futures=cancel_futures)

    monkeypatch.setattr(translate_all, "ThreadPoolExecutor", Pool)


def test_a_sigterm_while_the_finished_run_joins_its_threads_ends_it_as_a_stop(
    run, library_dir: Path, installed_packages, monkeypatch
):  # noqa: ANN001
    ids = sorted(archive_without(library_dir, "en", count=4))
    monkeypatch.setattr(
        translate_all, "_one", lambda ctx, engine, release, *rest: translate_all.Outcome(release.id, "saved")
    )
    _stopped_while_joining(monkeypatch)
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--jobs", "2")
    assert result.code == 143, result.err
    assert f"terminated; saved 4 ({', '.join(ids[:3])} … and 1 more" in result.err and "Traceback" not in result.err


def test_a_second_sigterm_while_a_stopped_run_joins_its_threads_changes_nothing(
    run, library_dir: Path, installed_packages, monkeypatch
):  # noqa: ANN001
    ids = sorted(archive_without(library_dir, "en", count=4))

    def one(ctx, engine, release, args, stop, count, gone):  # noqa: ANN001, ANN202 - two saved, then stopped
        if release.id in ids[:2]:
            return translate_all.Outcome(release.id, "saved")
        os.kill(os.getpid(), signal.SIGTERM)
        return translate_all.Outcome(release.id, "cancelled")

    monkeypatch.setattr(translate_all, "_one", one)
    _stopped_while_joining(monkeypatch)
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--jobs", "1")
    assert result.code == 143, result.err
    (line,) = [x for x in result.err.splitlines() if "terminated" in x]
    assert f"terminated; saved 2 ({ids[0]}, {ids[1]})" in line, line


def test_a_release_that_ended_while_the_run_stopped_has_its_progress_line(
    run, library_dir: Path, installed_packages, monkeypatch
):  # noqa: ANN001
    """Trial E (F5): Ctrl-C; the log's lines went to 5/150 and the stop said 'saved 6': the release
    saved while the pool stopped was counted but had no line. Every release counted has its line."""
    archive_without(library_dir, "en", count=5)
    # Python keeps SIGINT ignored when its parent ignored it (a job started in the background, as CI
    # runs the suite): Ctrl-C as a terminal sends it is what this test asks for
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    seen: list[str] = []  # in the order the run takes them (the library's, not the ids' sorted order)

    def one(ctx, engine, release, args, stop, count, gone):  # noqa: ANN001, ANN202 - the third saves as the run stops
        seen.append(release.id)
        if len(seen) == 3:
            os.kill(os.getpid(), signal.SIGINT)
            assert stop.wait(60)  # a loaded machine (the full suite beside other jobs)
        return translate_all.Outcome(release.id, "saved", sentences=3, done=3)

    monkeypatch.setattr(translate_all, "_one", one)
    try:
        result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--jobs", "1")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.code == 130, result.err
    lines = [x for x in result.err.splitlines() if "/5 " in x]
    assert "interrupted; saved 3 " in result.err, result.err
    assert lines == [f"press-reader: {n}/5 {rid}: saved" for n, rid in enumerate(seen, 1)], result.err
