"""`import FOLDER/` followed a symbolic link in the folder to a file outside it (a hostile-input
trial, 2026-12-05: `passwd.txt -> /etc/passwd` became a release, --title and --date given). A folder
stands for the pages in it: such a link is skipped, named in a warning; a file named on the command
line is the user's own choice and is imported, link or not."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from tests.faults.conftest import warnings_of

INSIDE = """Gemeente Proefdorp
14 april 2025
Nieuwe uren voor het containerpark

Het containerpark van Proefdorp opent voortaan op zaterdag een uur vroeger.
Op zondag blijft het park gesloten, zoals voorheen.
"""
OUTSIDE = """Gemeente Proefdorp
15 april 2025
Een geheime nota die niet in de map hoort

Deze tekst staat buiten de map en mag er niet via een link in belanden.
Alleen wie hem bij naam noemt, haalt hem binnen.
"""


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    folder, secret = tmp_path / "pages", tmp_path / "elsewhere" / "nota.txt"
    folder.mkdir()
    secret.parent.mkdir()
    (folder / "containerpark.txt").write_text(INSIDE, encoding="utf-8")
    secret.write_text(OUTSIDE, encoding="utf-8")
    (folder / "nota.txt").symlink_to(secret)  # leads out of the folder
    (folder / "same-page.txt").symlink_to("containerpark.txt")  # stays in it: a page of the folder
    return folder, secret


def _titles(lib: Path) -> list[str]:
    return sorted(p.name for p in lib.iterdir() if (p / "release.yaml").is_file())


def _import_elsewhere(library: str, folder: str) -> int:
    from reader.cli import main

    return main(["--library", library, "import", folder + "/"])


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_a_link_leading_out_of_a_folder_is_skipped_and_named(run, lib: Path, tmp_path: Path, writer: str):  # noqa: ANN001
    folder, secret = _folder(tmp_path)
    before = _titles(lib)
    if writer == "this":
        result = run("import", f"{folder}/")
    else:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            other = pool.apply_async(_import_elsewhere, (str(lib), str(folder)))
            result = run("import", f"{folder}/")
            assert other.get(timeout=120) == 0
    assert result.code == 0, result.err
    (said,) = [w for w in warnings_of(result) if "symbolic link" in w]
    assert str(folder / "nota.txt") in said and "leading out of the folder" in said and str(secret) in said
    added = sorted(set(_titles(lib)) - set(before))
    assert added == ["2025-04-14-nieuwe-uren-voor-het-containerpark"], added
    by_name = run("import", str(folder / "nota.txt"))  # named by the user: imported, link and all
    assert by_name.code == 0, by_name.err
    assert any(name.startswith("2025-04-15-een-geheime-nota") for name in _titles(lib))
    assert os.path.islink(folder / "nota.txt")
