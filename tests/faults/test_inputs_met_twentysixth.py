"""Ways input went wrong met in the twenty-sixth session (2026-12-04), by a sysadmin preparing
offline laptops: the terminal app started with no terminal (cron, ssh without -t) spun at full CPU
for ever. One line each, exit 2, never a traceback or exit 70."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_the_terminal_app_without_a_terminal_is_refused_in_one_line(run, lib: Path):
    result = run()  # pytest's stdin is no terminal
    assert result.code == 2 and "needs a terminal" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_twin_the_terminal_app_with_stdin_from_dev_null_leaves_at_once(lib: Path):
    """As a second process, as cron runs it: refused, not spinning until killed."""
    done = subprocess.run(
        [sys.executable, "-m", "reader"], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and "needs a terminal" in done.stderr and "Traceback" not in done.stderr


def test_a_library_folder_under_a_read_only_home_is_said_not_creatable(tmp_path: Path, monkeypatch):  # noqa: ANN001
    """`library folder does not exist; import creates it` sent a user with a read-only home to an
    import that then failed: said at once, with the way out."""
    import os

    from reader.core import on_disk

    home = tmp_path / "read-only-home"
    home.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != home)  # as root, chmod would not hold
    said = on_disk.missing_folder(home / ".local" / "share" / "press-reader" / "releases", "")
    assert "cannot be created" in said and str(home) in said and "PRESS_READER_LIBRARY" in said
    assert "import" not in on_disk.missing_folder(home / "x", "").split(";")[0]


def test_a_comment_replaced_from_the_command_line_is_said_with_its_words(run, lib: Path):
    """'review --comment' replaced a colleague's comment in silence (a team's trial): it is said, and
    its words are in the message."""
    from tests.conftest import SEED_ID

    base = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "4"]
    assert run(*base, "--comment", "alice: check the date with the cabinet").code in (0, 1)
    result = run(*base, "--comment", "bob: date confirmed")
    assert result.code in (0, 1) and "replaced the comment «alice: check the date with the cabinet»" in result.err
    again = run(*base, "--comment", "bob: date confirmed")
    assert "replaced" not in again.err  # the same words again replace nothing


def test_twin_a_comment_replaced_by_another_process_is_said_there(run, lib: Path):
    from tests.conftest import SEED_ID

    base = ["review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "4"]
    assert run(*base, "--comment", "alice: first").code in (0, 1)
    done = subprocess.run(
        [sys.executable, "-m", "reader", *base, "--comment", "bob: second"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode in (0, 1) and "replaced the comment «alice: first»" in done.stderr


def test_a_region_from_the_environment_is_named_as_such(run, lib: Path, tmp_path: Path, monkeypatch):  # noqa: ANN001
    """PRESS_READER_REGION=XX said '--region: no locale', a flag the user never gave (a sysadmin's trial)."""
    from tests.conftest import SEED_ID

    monkeypatch.setenv("PRESS_READER_REGION", "XX")
    result = run(
        "export",
        SEED_ID,
        "--source",
        "nl",
        "--target",
        "fr",
        "--no-mt",
        "--format",
        "tmx",
        "-o",
        str(tmp_path / "x.tmx"),
    )
    assert result.code == 2 and result.err.count("\n") == 1 and "PRESS_READER_REGION: no locale" in result.err
