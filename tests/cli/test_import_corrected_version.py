"""A corrected page of a release's second language (same date, headline and issuer as that version)
is refused as the same release, naming `--release ID --force`: a new user's corrected French page
(one figure, then a list item added) made a release of its own, since its issuer was compared with
the Dutch original's ('SPF …' against 'FOD …', fix batch 12, F1). Pages in our own words."""

from __future__ import annotations

import contextlib
import io
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

NL = """Provincie Antwerpen

Nieuw zuiveringsstation aan de rivier

Lier, 9 juni 2026

De provincie investeert 8,5 miljoen euro in een zuiveringsstation aan de rivier.
Het station is klaar in de herfst van 2027.

De bouw start op 3 augustus. Het jaagpad blijft open.

Het station bedient drie gemeenten:

- Lier;
- Duffel.
"""
FR = """Province d'Anvers

Une nouvelle station d'épuration au bord de la rivière

Lierre, le 9 juin 2026

La province investit 8,5 millions d'euros dans une station d'épuration au bord de la rivière.
La station sera prête à l'automne 2027.

Les travaux débutent le 3 août. Le chemin de halage reste ouvert.

La station dessert trois communes :

- Lierre ;
- Duffel.
"""
FIGURE = FR.replace("8,5 millions", "9,5 millions")  # the French page corrected: one figure
ITEM = FR.replace("- Lierre ;\n", "- Lierre ;\n- Nijlen ;\n")  # a list item the French page lacked


@pytest.fixture
def pair(tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: ANN001
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    (tmp_path / "lib").mkdir()
    files = []
    for name, text in (("nl.txt", NL), ("fr.txt", FR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    made = run("import", *files, "--json")
    assert made.code == 0, made.err
    (rid,) = {r["id"] for r in made.json()}
    return str(rid)


@pytest.mark.parametrize("page", [FIGURE, ITEM], ids=["figure", "list-item"])
def test_a_corrected_page_of_the_second_language_is_refused_naming_the_release(
    run,
    pair: str,
    tmp_path: Path,
    page: str,  # noqa: ANN001
):
    fixed = tmp_path / "fr-v2.txt"
    fixed.write_text(page, encoding="utf-8")
    result = run("import", str(fixed))
    assert result.code == 2, result.err
    assert f"as '{pair}'" in result.err and f"--release {pair}" in result.err and "--force" in result.err
    assert "a release of its own" not in result.err
    assert [r["id"] for r in run("list", "--json").json()] == [pair]
    # and --release ID --force, as said, replaces that version
    assert run("import", str(fixed), "--release", pair, "--force").code == 0
    assert "9,5" in run("show", pair, "--lang", "fr").out or "Nijlen" in run("show", pair, "--lang", "fr").out


def test_a_dry_run_and_the_dialogs_preview_say_it_would_be_refused(run, pair: str, tmp_path: Path):  # noqa: ANN001
    from reader.core.importer.importer import plan_import
    from reader.core.library import Library
    from reader.tui.import_hints import DIALOG

    fixed = tmp_path / "fr-v2.txt"
    fixed.write_text(FIGURE, encoding="utf-8")
    plan = plan_import(fixed, Library(tmp_path / "lib"), hints=DIALOG, preview=True)
    said = " ".join(plan.warnings)
    assert "importing it would be refused" in said and pair in said and "a release of its own" not in said


def test_another_issuers_french_page_under_that_headline_is_still_a_release_of_its_own(run, pair: str, tmp_path: Path):  # noqa: ANN001
    other = tmp_path / "autre.txt"
    head = FR.split("\n\nLa province")[0].replace("Province d'Anvers", "Ville de Lierre")
    text = "Le club de voile ouvre une école pour les enfants en juillet. Les cours ont lieu le mercredi."
    other.write_text(f"{head}\n\n{text}\n", encoding="utf-8")
    result = run("import", str(other))
    assert result.code == 0 and "a release of its own" in result.err, result.err
    assert len(run("list", "--json").json()) == 2


def _in_process(library: str, page: str, barrier: Any, results: Any) -> None:
    from reader.cli import main

    barrier.wait()
    with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()):
        code = main(["--library", library, "import", page])
    results.put((code, err.getvalue()))


def test_twin_two_processes_importing_the_corrected_page_at_once_are_both_refused(run, pair: str, tmp_path: Path):  # noqa: ANN001
    fixed = tmp_path / "fr-v2.txt"
    fixed.write_text(FIGURE, encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [
        ctx.Process(target=_in_process, args=(str(tmp_path / "lib"), str(fixed), barrier, results)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    outcomes = [results.get(timeout=5) for _ in workers]
    assert [code for code, _ in outcomes] == [2, 2], outcomes
    assert all(err.count(f"--release {pair}") == 1 for _, err in outcomes), outcomes  # one refusal each
    assert [r["id"] for r in run("list", "--json").json()] == [pair]
