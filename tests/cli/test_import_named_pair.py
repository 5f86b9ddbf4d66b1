"""A pair given alone, of one date and named as one release's versions ('x_nl.txt', 'x_fr.txt'), whose
translation got its figures and places wrong: joined, with a warning naming the figures that differ
(trial G's pair was refused 'they share too few numbers and names' for the very slips checking is
for). Named unlike, or dated apart, they stay two releases, as before. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.two_writers import twice

NL = (
    "Stad opent een zwemvijver in het park\n\nHasselt, 3 maart 2026\n\n"
    "De stad legt voor 410.000 euro een zwemvijver aan naast de speeltuin van het Kapermolenpark.\n\n"
    "Zwemmen mag er van 1 juni tot 15 september, onder toezicht van redders.\n"
)
# the rendering's slips: 140 000 for 410.000, another park, 31 août for 15 september
FR = (
    "La ville ouvre un étang de baignade dans le parc\n\nHasselt, le 3 mars 2026\n\n"
    "La ville aménage pour 140 000 euros un étang à côté de la plaine de jeux du bois de Kiewit.\n\n"
    "La baignade y sera permise du 1er juin au 31 août, sous la surveillance de sauveteurs.\n"
)


def _pair(tmp_path: Path, nl: str = "zwemvijver_nl.txt", fr: str = "zwemvijver_fr.txt", fr_text: str = FR) -> list[str]:
    (tmp_path / nl).write_text(NL, encoding="utf-8")
    (tmp_path / fr).write_text(fr_text, encoding="utf-8")
    return [str(tmp_path / nl), str(tmp_path / fr)]


def _languages(run, lib: Path) -> list[list[str]]:  # noqa: ANN001 - the `run` fixture
    return sorted(sorted(r["languages"]) for r in run("--library", str(lib), "list", "--json").json())


def test_a_pair_named_as_one_releases_versions_joins_with_the_figures_that_differ_said(run, tmp_path: Path):
    lib = tmp_path / "lib"
    files = _pair(tmp_path)
    dry = run("--library", str(lib), "import", *files, "--dry-run")
    assert dry.code == 0 and "would be added as the 'fr' version" in dry.err, dry.err
    assert "would be joined though the two share few numbers and names" in dry.err, dry.err
    done = run("--library", str(lib), "import", *files, "--json")
    assert done.code == 0, done.err
    nl, fr = done.json()
    assert fr["id"] == nl["id"] and not fr["new_release"], done.err
    warning = next(line for line in done.err.splitlines() if "joined though" in line)
    assert "410.000" in warning and "15 september" in warning and "only in 'nl'" in warning, warning
    assert "140 000" in warning and "31 août" in warning and "only in 'fr'" in warning, warning
    assert f"remove {nl['id']} --lang fr, then press-reader --library {lib} import {files[1]}" in warning
    assert _languages(run, lib) == [["fr", "nl"]]


@pytest.mark.parametrize(
    "names, fr_text",
    [
        (("zwembad.txt", "etang.txt"), FR),  # named unlike: the score alone decides, as before
        (("zwemvijver_nl.txt", "zwemvijver_fr.txt"), FR.replace("3 mars", "13 mars")),  # the README's 4 days
    ],
)
def test_a_pair_named_unlike_or_dated_apart_stays_two_releases(run, tmp_path: Path, names, fr_text):  # noqa: ANN001
    lib = tmp_path / "lib"
    done = run("--library", str(lib), "import", *_pair(tmp_path, *names, fr_text=fr_text))
    assert done.code == 0 and "not joined to" in done.err and "joined though" not in done.err, done.err
    assert _languages(run, lib) == [["fr"], ["nl"]]


def test_twin_two_processes_importing_the_named_pair_at_once_make_one_release(run, tmp_path: Path):
    """Two terminals import the pair at once: one release with both versions, never two, nor the
    French twice; a command whose file the other took says so (exit 2)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", *_pair(tmp_path)]
    codes = twice(argv)
    assert _languages(run, lib) == [["fr", "nl"]], codes
    assert set(codes) <= {0, 2}


NOTES = "Things to do\n\nPhone the town hall about the pond pictures.\nAsk whether a German page is planned.\n"
OTHER_NL = (
    "Nieuwe bibliotheek in Genk\n\nGenk, 9 juni 2025\n\n"
    "De stad bouwt voor 3,1 miljoen euro een bibliotheek met 120 leesplaatsen aan het station.\n"
)
OTHER_FR = (
    "Nouvelle bibliothèque à Genk\n\nGenk, le 9 juin 2025\n\n"
    "La ville construit pour 3,1 millions d'euros une bibliothèque de 120 places de lecture à la gare.\n"
)


def _folder(tmp_path: Path) -> Path:
    """The named pair whose rendering slipped, beside a notes file and another pair (trial J's inbox)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _pair(inbox)
    (inbox / "todo.md").write_text(NOTES, encoding="utf-8")
    (inbox / "bieb-nl.txt").write_text(OTHER_NL, encoding="utf-8")
    (inbox / "bieb-fr.txt").write_text(OTHER_FR, encoding="utf-8")
    return inbox


def test_a_named_pair_in_a_folder_with_other_files_joins_all_the_same(run, tmp_path: Path):
    """Trial J: with a notes file or another pair beside it, the pair whose figures differ (the one
    needing review) became two releases; named alike but for the language, of one date, it is one."""
    lib, inbox = tmp_path / "lib", _folder(tmp_path)
    dry = run("--library", str(lib), "import", str(inbox), "--dry-run")
    assert "zwemvijver_nl.txt: would be joined though" in dry.err, dry.err
    done = run("--library", str(lib), "import", str(inbox))
    assert "zwemvijver_nl.txt: joined though the two share few numbers" in done.err, done.err
    assert "todo.md" in done.err and done.code == 2, done.err  # the notes file is no release
    assert _languages(run, lib) == [["fr", "nl"], ["fr", "nl"]]


def test_twin_two_processes_importing_the_folder_at_once_join_the_named_pair(run, tmp_path: Path):
    lib, inbox = tmp_path / "lib", _folder(tmp_path)
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", str(inbox)]
    codes = twice(argv)
    assert _languages(run, lib) == [["fr", "nl"], ["fr", "nl"]], codes


# a translator's notes on the pair, in English, with no date: both sides' figures and names quoted
LABELS = """# My labels for the pond pair (written before the import)
Pair: zwemvijver_nl.txt (original) / zwemvijver_fr.txt (rendering). Made-up facts, my own words.
Planted slips that a careful reader should flag:
P1 amount: nl 410.000 euro / fr 140 000 euros      (number)
P2 end date: nl 15 september / fr 31 août          (date)
P3 park: nl Kapermolenpark / fr bois de Kiewit      (name)
Fine as they are (no flag expected):
F1 Hasselt = Hasselt
F2 1 juni = 1er juin
"""


def _with_labels(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _pair(inbox)
    (inbox / "labels.md").write_text(LABELS, encoding="utf-8")
    return inbox


def test_a_notes_file_without_a_date_is_no_version_of_the_pair_it_describes(run, tmp_path: Path):
    """Trial J: a translator's labels.md (English, no date) beside the pair became 'the en version' of
    its release, shown as official English. Its figures are both sides', most not in the original:
    refused, as a dateless file sharing nothing is, and not offered as a version either."""
    lib, inbox = tmp_path / "lib", _with_labels(tmp_path)
    dry = run("--library", str(lib), "import", str(inbox), "--dry-run")
    assert "labels.md: no date line found" in dry.err and "'en' version" not in dry.err, dry.err
    done = run("--library", str(lib), "import", str(inbox))
    assert done.code == 2 and "labels.md: no date line found" in done.err, done.err
    assert "'en' version" not in done.err, done.err
    assert _languages(run, lib) == [["fr", "nl"]]


def test_twin_two_processes_importing_the_notes_and_pair_at_once_make_no_english_version(run, tmp_path: Path):
    lib, inbox = tmp_path / "lib", _with_labels(tmp_path)
    lib.mkdir()
    (lib / ".press-reader").touch()
    argv = ["--library", str(lib), "import", str(inbox)]
    codes = twice(argv)
    assert _languages(run, lib) == [["fr", "nl"]], codes
