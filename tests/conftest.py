"""Shared fixtures. Every test runs with its own HOME, XDG folders and press-reader folders,
so nothing reads or writes the developer's home directory."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "2018-12-05-peeters-alibaba-luik"
# The seed press release exactly as received, kept with the tests: they need nothing outside the repository.
SEED_TXT = ROOT / "tests" / "fixtures" / "seed_nl.txt"

# Collection and session fixtures run before `isolated_env`: they too see a HOME of their own. (The
# core no longer imports argostranslate, whose import wrote under HOME: tests/core/test_argos_isolation.py.)
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="press-reader-home-"))
os.environ["HOME"] = str(_SESSION_HOME)
for _var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
    os.environ[_var] = str(_SESSION_HOME / _var.lower())
os.environ.pop("ARGOS_PACKAGES_DIR", None)
os.environ.pop("PRESS_READER_LIBRARY", None)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("PRESS_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PRESS_READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PRESS_READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    monkeypatch.delenv("PRESS_READER_LIBRARY", raising=False)
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    monkeypatch.delenv("PRESS_READER_ENGINE_URLS", raising=False)  # offline unless a test names a server
    monkeypatch.delenv("PRESS_READER_API_KEY", raising=False)
    monkeypatch.setenv("PRESS_READER_THREADS", "1")  # tiny test models run fastest on one thread
    return home


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled library."""
    target = tmp_path / "library"
    shutil.copytree(ROOT / "releases", target)
    return target


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test loudly."""

    def guard(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    monkeypatch.setattr(socket, "create_connection", guard)


PAIRS = [("nl", "en"), ("en", "nl"), ("fr", "en"), ("en", "fr")]


@pytest.fixture(scope="session")
def argos_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The four test packages, built once per session (random weights, fixed seeds)."""
    from tests.argos_factory import build_package

    out = tmp_path_factory.mktemp("argosmodels")
    return {f"{a}_{b}": build_package(out, a, b, seed=i) for i, (a, b) in enumerate(PAIRS)}


@pytest.fixture
def installed_packages(argos_packages: dict[str, Path], tmp_path: Path) -> Path:
    """All four packages installed into this test's ARGOS_PACKAGES_DIR."""
    from reader.core.engine.packages import install_file

    folder = tmp_path / "argos-packages"
    for path in argos_packages.values():
        install_file(path, folder)
    return folder


def archive_without(library_dir: Path, lang: str, count: int = 3) -> list[str]:
    """`count` copies of the seed release under new ids (and dates), none with a `lang` version."""
    import yaml

    ids = []
    for i in range(count):
        rid = f"2019-0{i + 1}-1{i}-copy-{i}"
        folder = library_dir / rid
        shutil.copytree(library_dir / SEED_ID, folder)
        (folder / f"{lang}.md").unlink()
        data = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
        data["id"], data["date"] = rid, f"2019-0{i + 1}-1{i}"
        del data["languages"][lang], data["titles"][lang]
        (folder / "release.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        ids.append(rid)
    return ids


def free_port_for_tests() -> int:
    """A port nothing listens on (bound, read, released): a server that is not there."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def second_process(*argv: str, timeout: float = 120) -> str:
    """`press-reader ARGV` run by another process, as a second window or a script does: its stderr
    when it failed (the twin of a write test asserts it did not)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "reader", *argv], env={**os.environ}, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode in (0, 1), done.stderr  # 1: a check or review that found flags
    return done.stderr
