"""argostranslate stays out of the process: importing it reads HOME, creates folders under it and sets
KMP_DUPLICATE_LIB_OK, so neither the core nor a command that lists or uses packages may import it.

Each check runs in a fresh interpreter whose HOME is an empty folder with no XDG variables, and
asserts that argostranslate was never imported and that HOME is still empty afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.core.test_import_hygiene import core_modules

AFTER = (
    "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'argostranslate')\n"
    "assert not bad, bad\n"
    "assert 'KMP_DUPLICATE_LIB_OK' not in os.environ\n"
)


def _run(code: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_", "PRESS_READER_", "KMP_"))}
    clean.update(HOME=str(home), PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=clean, timeout=300)


def test_importing_every_core_module_leaves_argostranslate_and_home_alone(tmp_path: Path):
    home = tmp_path / "empty-home"
    home.mkdir()
    code = f"import importlib, os, sys\nfor name in {core_modules()!r}: importlib.import_module(name)\n" + AFTER
    result = _run(code, home)
    assert result.returncode == 0, result.stderr
    assert list(home.iterdir()) == []


def test_help_list_and_translate_with_packages_never_import_argostranslate(tmp_path: Path, installed_packages: Path):
    home = tmp_path / "empty-home"
    home.mkdir()
    folders = {f"PRESS_READER_{name}_DIR": str(tmp_path / name.lower()) for name in ("DATA", "CACHE", "CONFIG")}
    env = dict(folders, ARGOS_PACKAGES_DIR=str(installed_packages), PRESS_READER_THREADS="1")
    library = str(ROOT / "releases")
    for argv in (
        ["--help"],
        ["--library", library, "list"],
        ["translate", "--from", "nl", "--to", "en", "--text", "Het akkoord is getekend in Luik."],
    ):
        code = (
            "import os, sys\nfrom reader.cli import main\n"
            f"try:\n    code = main({argv!r})\nexcept SystemExit as exc:\n    code = int(exc.code or 0)\n"
            + AFTER
            + "sys.exit(code)\n"
        )
        result = _run(code, home, **env)
        assert result.returncode == 0, (argv, result.stderr[-2000:])
        assert list(home.iterdir()) == [], argv
