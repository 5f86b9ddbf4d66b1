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
