"""'Volgens Jan X' / 'Selon Jan Y': the attribution names a person as a verb of saying does, so a
speaker's surname written otherwise is flagged (a checks trial: it passed unsaid)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from tests.core.test_checks import make_release


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Volgens Jan Hendrickx blijft het loket open.", "Selon Jan Hendrikx, le guichet reste ouvert."),
        ("Volgens Els Vandevelde is de aanpak geslaagd.", "D'après Els Vandevelden, l'approche est réussie."),
    ],
)
def test_a_speakers_name_after_according_to_is_compared(tmp_path: Path, nl: str, fr: str) -> None:
    make_release(tmp_path, "2024-03-19-loket", nl + "\n", fr + "\n")
    report = check_release(Library.load(tmp_path).get("2024-03-19-loket"), "nl", "fr")
    messages = [f.message for p in report.pairs for f in p.flags if f.code == "name"]
    assert any("spelled differently" in m for m in messages), messages


def test_the_same_name_after_according_to_is_clean(tmp_path: Path) -> None:
    make_release(
        tmp_path,
        "2024-03-19-loket",
        "Volgens Jan Hendrickx blijft het loket open.\n",
        "Selon Jan Hendrickx, le guichet reste ouvert.\n",
    )
    assert check_release(Library.load(tmp_path).get("2024-03-19-loket"), "nl", "fr").flagged == []
