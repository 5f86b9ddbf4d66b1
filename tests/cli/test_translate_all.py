"""translate --all: the library's missing versions, once, resumable, with the local engine."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.library import Library
from tests.conftest import archive_without


def test_translate_all_saves_each_missing_version_once(run, library_dir: Path, installed_packages: Path, no_network):
    ids = archive_without(library_dir, "en")
    first = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--jobs", "2", "--json")
    assert first.code == 0, first.err
    report = first.json()
    assert sorted(r["id"] for r in report["releases"]) == sorted(ids)
    assert all(r["status"] == "saved" and r["sentences"] > 0 for r in report["releases"])
    library = Library.load(library_dir)
    assert all(library.get(rid).versions["en"].provenance.kind == "machine" for rid in ids)
    again = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save")
    assert again.code == 0 and again.out.startswith("Nothing to translate")


def test_translate_all_without_save_fills_the_cache_and_since_filters(run, library_dir: Path, installed_packages):
    archive_without(library_dir, "en")
    argv = ["--library", str(library_dir), "translate", "--all", "--to", "en", "--since", "2019-02-01", "--json"]
    only_late = run(*argv)
    assert [r["id"] for r in only_late.json()["releases"]] == ["2019-02-11-copy-1", "2019-03-12-copy-2"]
    rerun = run(*argv)
    assert all(r["cached"] == r["sentences"] for r in rerun.json()["releases"])  # resumable: nothing decoded again


def test_translate_all_refuses_bad_input_in_one_line(run, library_dir: Path, installed_packages):
    archive_without(library_dir, "en")
    for argv, words in (
        (["--since", "yesterday"], "not a date"),
        (["--lang", "de"], "unknown language 'de'"),
        (["--text", "x"], "give no release ID"),
    ):
        result = run("--library", str(library_dir), "translate", "--all", "--to", "en", *argv)
        assert result.code == 2 and words in result.err and result.err.count("\n") == 1, result.err


def test_translate_all_names_the_missing_model_before_any_work(run, library_dir: Path):
    archive_without(library_dir, "en")
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en")
    assert result.code == 2 and "no model for nl->en" in result.err


def test_translate_all_says_which_releases_hold_flagged_sentences(run, library_dir: Path, installed_packages: Path):
    """The tiny random-weight models never end a sentence: every output is cut at its length
    limit, which the guards catch. A saved draft says so, per release and in --json."""
    ids = archive_without(library_dir, "en")
    argv = ["--library", str(library_dir), "translate", "--all", "--to", "en"]
    listed = run(*argv, "--json").json()["releases"]
    assert listed and all(r["flagged"].get("truncated", 0) > 0 for r in listed)
    done = run(*argv, "--save")
    assert done.code == 0, done.err
    assert "flagged sentences in" in done.out and "cut at the length limit" in done.out
    assert f"press-reader translate {sorted(ids)[0]} --to en" in done.out


def test_sigterm_ends_translate_all_with_143_and_json_names_what_ended(
    run, library_dir: Path, installed_packages: Path, monkeypatch
):
    """A stopped job: exit 143 as the README says (not Ctrl-C's 130), and --json still tells a script
    which releases were saved before the signal."""
    import os
    import signal
    import time

    from reader.commands import translate_all

    ids = sorted(archive_without(library_dir, "en"))
    real = translate_all._one

    sent = []

    def one(ctx, engine, release, args, stop, count, gone):  # noqa: ANN001, ANN202
        if release.id == ids[0]:
            return real(ctx, engine, release, args, stop, count, gone)
        if not sent:  # one signal, as a job control sends
            sent.append(release.id)
            time.sleep(0.5)  # the first has ended by now
            os.kill(os.getpid(), signal.SIGTERM)
        return translate_all.Outcome(release.id, "cancelled")

    monkeypatch.setattr(translate_all, "_one", one)
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--jobs", "1", "--json")
    assert result.code == 143 and "terminated; saved 1" in result.err, result.err
    report = result.json()
    assert report["terminated"] is True and [r["id"] for r in report["releases"] if r["status"] == "saved"] == ids[:1]
    # every release is named once: those never started are "pending", so a script knows what a rerun does
    assert sorted(r["id"] for r in report["releases"]) == ids
    assert {r["status"] for r in report["releases"] if r["id"] not in ids[:2]} <= {"pending", "cancelled"}


def test_a_translation_of_a_text_replaced_since_is_reported_out_of_date(run, library_dir: Path, installed_packages):
    """The machine version records what it read; once the original is replaced, validate says so."""
    ids = archive_without(library_dir, "en", count=1)
    assert run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save").code == 0
    release = Library.load(library_dir).get(ids[0])
    source = release.versions["en"].provenance.source
    assert source and source.startswith(f"{release.original_language}:")
    assert run("--library", str(library_dir), "validate").code == 0
    original = release.versions[release.original_language].path
    original.write_text(original.read_text(encoding="utf-8").replace("75", "80"), encoding="utf-8")
    checked = run("--library", str(library_dir), "validate")
    assert checked.code == 1 and "translated from an earlier" in checked.out
    assert f"press-reader --library {library_dir} translate {ids[0]} --to en --save" in checked.out
    listed = run("--library", str(library_dir), "list", "--json").json()
    assert [r["out_of_date"] for r in listed if r["id"] == ids[0]] == [["en"]]
    shown = run("--library", str(library_dir), "list").out
    assert "en: out of date" in re.sub(r"[│┃\s]+", " ", shown)  # however the table wraps the title
    # and translate --all takes it again (a team's trial was told 'nothing to translate')
    again = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--json")
    assert again.code == 0 and [r["id"] for r in again.json()["releases"]] == [ids[0]], again.out
    assert run("--library", str(library_dir), "validate").code == 0


def test_translate_all_whose_last_server_is_lost_says_the_rest_once(run, library_dir: Path, tmp_path: Path):
    """The only server stopped answering after a few releases: each release left printed the same
    error line (123 of them in a new user's trial). Now the rest are said once, with what to do."""
    from tests.core.test_engine_compose import server as _server  # the fake LibreTranslate on 127.0.0.1

    ids = archive_without(library_dir, "en", count=5)
    for n, rid in enumerate(ids):  # each its own sentences: none comes from the cache
        body = "\n\n".join(f"De haven van stad {n} telt {k} nieuwe kranen." for k in range(4))
        (library_dir / rid / "nl.md").write_text(body + "\n", encoding="utf-8")
    serving = _server.__wrapped__()  # type: ignore[attr-defined]
    url, state = next(serving)
    calls = {"n": 0}

    def then_nothing(q: list[str]) -> list[str]:
        calls["n"] += 1
        return [f"EN {t}" for t in q] if calls["n"] <= 2 else []  # then a wrong count: the server is dropped

    state.answer = then_nothing
    try:
        argv = ["--library", str(library_dir), "--engine-url", url, "translate", "--all", "--to", "en", "--save"]
        result = run(*argv, "--jobs", "1")
    finally:
        next(serving, None)
    assert result.code == 2
    lines = [line for line in result.err.splitlines() if line.startswith("press-reader: error:")]
    assert len(lines) <= 2, result.err
    assert re.search(r"\d release\(s\) not translated \(.*\): .*run again when a server answers", lines[-1])
    saved = Library.load(library_dir)
    done = sum("en" in saved.get(rid).versions for rid in ids)
    assert 0 < done < len(ids)
    # the saved and the not translated add up to all of them (the one running when the server was lost too)
    said = re.search(r"(\d+) release\(s\) not translated", lines[-1])
    assert said and done + int(said.group(1)) == len(ids), result.err


def test_translate_all_with_nothing_left_says_so(run, library_dir: Path, installed_packages: Path):
    """'0 release(s) saved: 0 sentences, 0 from the cache, in 0.0 s' said nothing (a new user's trial)."""
    done = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--since", "2999-01-01")
    said = (
        "Nothing to translate: no release dated 2999-01-01 or later is without a version in 'en' "
        "or has a machine one out of date."
    )
    assert done.code == 0 and said in done.out, done.out


def test_a_release_cancelled_midway_says_how_many_of_its_sentences_were_done(library_dir: Path, installed_packages):
    """'sentences': 61 of a release stopped midway read as 61 translated (a new user's trial): its
    outcome says the sentences done beside all of them."""
    import argparse
    import threading

    from reader.commands import translate_all
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine

    rid = archive_without(library_dir, "en", count=1)[0]
    body = "\n\n".join(f"De haven telt {k} nieuwe kranen voor het hele jaar." for k in range(40))
    (library_dir / rid / "nl.md").write_text(body + "\n", encoding="utf-8")
    release = Library.load(library_dir).get(rid)
    engine = Engine(installed_packages, TranslationCache(library_dir.parent / "c.sqlite3"), threads=1, batch_size=2)
    stop = threading.Event()
    seen = {"n": 0}

    def count(
        n: int, _fresh: int = 0
    ) -> None:  # the progress bar's count: the run is stopped after its first sentences
        seen["n"] += n
        if seen["n"] >= 2:
            stop.set()

    args = argparse.Namespace(lang=None, to_code="en", save=False)
    outcome = translate_all._one(None, engine, release, args, stop, count, [])  # type: ignore[arg-type]
    said = outcome.to_json()
    assert said["status"] == "cancelled" and 0 < said["done"] < said["sentences"]


def test_a_release_another_run_holds_is_left_to_it(run, library_dir: Path, installed_packages: Path):
    """Two batches at once each translated every release, a server doing the work twice (an archive
    team's trial): a release another run is saving is left to it, said, and not failed."""
    import os

    from reader.core import atomic
    from reader.core.engine.save import claim_path

    ids = sorted(archive_without(library_dir, "en"))
    held = Library.load(library_dir).get(ids[0])
    cache = Path(os.environ["PRESS_READER_CACHE_DIR"])
    with atomic.claimed(claim_path(cache, held, "en")) as mine:
        assert mine
        result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--json")
    assert result.code == 0, result.err
    status = {r["id"]: r["status"] for r in result.json()["releases"]}
    assert status[ids[0]] == "elsewhere" and all(status[i] == "saved" for i in ids[1:])
    assert "en" not in Library.load(library_dir).get(ids[0]).versions


def test_twin_two_runs_at_once_save_each_release_once(run, library_dir: Path, installed_packages: Path):
    import json
    import subprocess
    import sys

    ids = archive_without(library_dir, "en")
    argv = [sys.executable, "-m", "reader", "--library", str(library_dir), "translate", "--all", "--to", "en"]
    other = subprocess.Popen([*argv, "--save", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mine = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--json")
    out, err = other.communicate(timeout=300)
    assert mine.code == 0 and other.returncode == 0, (mine.err, err)
    theirs = json.loads(out)["releases"] if out.strip() else []
    saved = [r["id"] for r in [*mine.json()["releases"], *theirs] if r["status"] == "saved"]
    assert sorted(saved) == sorted(ids)  # each release saved by one run, none twice
    library = Library.load(library_dir)
    assert all(library.get(rid).versions["en"].provenance.kind == "machine" for rid in ids)


def test_twin_two_users_with_caches_of_their_own_save_each_release_once(
    run, library_dir: Path, installed_packages: Path, tmp_path: Path
):
    """Two users of a shared library, each with a cache of their own: the claims lived in each cache,
    and both runs translated and saved everything (a sysadmin's trial). They live beside the library."""
    import json
    import os
    import subprocess
    import sys

    ids = archive_without(library_dir, "en")
    argv = [sys.executable, "-m", "reader", "--library", str(library_dir), "translate", "--all", "--to", "en"]
    env = {**os.environ, "PRESS_READER_CACHE_DIR": str(tmp_path / "another-users-cache")}
    other = subprocess.Popen(
        [*argv, "--save", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    mine = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--json")
    out, err = other.communicate(timeout=300)
    assert mine.code == 0 and other.returncode == 0, (mine.err, err)
    theirs = json.loads(out)["releases"] if out.strip() else []
    saved = [r["id"] for r in [*mine.json()["releases"], *theirs] if r["status"] == "saved"]
    assert sorted(saved) == sorted(ids)
    assert run("--library", str(library_dir), "validate").code == 0  # the claims' folder is no release


def test_a_run_written_to_a_log_says_each_release_as_it_ends(run, library_dir: Path, installed_packages):
    """No terminal, no progress bar: a nightly run's log stayed empty for minutes (an archive team's trial)."""
    ids = archive_without(library_dir, "en", count=2)
    result = run("--library", str(library_dir), "translate", "--all", "--to", "en", "--save", "--json")
    assert result.code == 0, result.err
    lines = [line for line in result.err.splitlines() if line.startswith("press-reader: ") and "/2 " in line]
    assert sorted(line.split()[2].rstrip(":") for line in lines) == sorted(ids)
    assert all(line.endswith(": saved") for line in lines)
    assert result.json()  # stdout stays the report
