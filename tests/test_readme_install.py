"""The README's install steps work as pasted (trial J: a model file name of one version that the
reader's copy did not have, a models folder said without XDG_DATA_HOME, and pip 23.2's warning about
jusText's 'lxml[html_clean]' extra)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.DOTALL)


def test_the_offline_model_install_takes_copied_files_of_any_version(tmp_path: Path):
    block = next(b for b in _blocks() if "models install" in b and ".argosmodel" in b)
    models = tmp_path / "models"
    models.mkdir()
    for name in ("translate-nl_en-1_8.argosmodel", "translate-en_fr-2_0.argosmodel"):
        (models / name).write_bytes(b"")
    # press-reader stood in for by a function that notes what it is given
    script = 'press-reader() { printf "%s\\n" "$*" >> "$LOG"; }\n' + block
    log = tmp_path / "log"
    subprocess.run(
        ["bash", "-c", script], env={"HOME": str(tmp_path), "LOG": str(log), "PATH": "/usr/bin:/bin"}, check=True
    )
    said = log.read_text(encoding="utf-8").splitlines()
    assert sorted(s for s in said if s.startswith("models install")) == [
        f"models install {models}/translate-en_fr-2_0.argosmodel",
        f"models install {models}/translate-nl_en-1_8.argosmodel",
    ]


def test_the_models_folder_is_said_as_it_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from reader.paths import argos_packages_dir

    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert argos_packages_dir() == tmp_path / "data" / "argos-translate" / "packages"
    row = next(line for line in README.splitlines() if line.startswith("| models |"))
    assert "`$XDG_DATA_HOME/argos-translate/packages`" in row and "ARGOS_PACKAGES_DIR" in row
    assert "`$XDG_DATA_HOME/argos-translate/packages`" in README.split("## Translation models")[1]


def test_pip_is_brought_past_23_2_before_the_install():
    """pip 23.2 (Python 3.11's venv) reads jusText's 'lxml[html_clean]' by the letter, lxml spelling it
    'html-clean', and warns; 23.3 and newer read extras by PEP 685's normal form."""
    steps = next(b for b in _blocks() if "constraints.txt" in b).splitlines()
    upgrade = next(i for i, line in enumerate(steps) if re.search(r"pip install -U \"pip>=23\.3\"", line))
    assert upgrade < next(i for i, line in enumerate(steps) if "-c constraints.txt" in line)
