"""Two runs of one import of three files at once (a script started twice, a user pressing Enter in
two terminals): the second, reading the first's release with this very file in it while looking
for its partner, made a release of that file alone, one run in two (the twin of
test_import_original_chosen failed so under load). One release, every file in it, both runs exit 0."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_import_original_chosen import _files
from tests.two_writers import twice


def test_twin_the_same_three_files_imported_by_two_processes_make_one_release(run, tmp_path: Path):  # noqa: ANN001
    for round_ in range(4):  # the race is won either way: a few rounds meet both orders
        (tmp_path / str(round_)).mkdir()
        lib, names = _files(tmp_path / str(round_))
        assert twice(["--library", str(lib), "import", *names]) == [0, 0]
        releases = run("--library", str(lib), "list", "--json").json()
        assert len(releases) == 1, [r["id"] for r in releases]
        assert sorted(releases[0]["languages"]) == ["en", "fr", "nl"]
