"""Real LibreTranslate servers on 127.0.0.1, with packages the tests build themselves.

`.ci/run` installs LibreTranslate in a second virtual environment (`.ci-lt-venv`): its
dependencies must not mix with ours. Elsewhere, point PRESS_READER_LT_BIN at a `libretranslate`
executable; without one these tests are skipped, saying why. Each package carries a random
MiniSBD model, so a server splits sentences without downloading anything.
"""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port_for_tests

LT_PAIRS = [("nl", "en"), ("en", "nl")]


def lt_bin() -> Path | None:
    configured = os.environ.get("PRESS_READER_LT_BIN")
    candidate = Path(configured) if configured else ROOT / ".ci-lt-venv" / "bin" / "libretranslate"
    return candidate if candidate.is_file() else None


def free_port() -> int:
    return free_port_for_tests()


@pytest.fixture(scope="session")
def lt_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if lt_bin() is None:
        pytest.skip("no LibreTranslate here: .ci/run installs it in .ci-lt-venv (or set PRESS_READER_LT_BIN)")
    from reader.core.engine.packages import install_file
    from tests.argos_factory import build_package

    built = tmp_path_factory.mktemp("lt-built")
    folder = tmp_path_factory.mktemp("lt-packages")
    for i, (a, b) in enumerate(LT_PAIRS):
        install_file(build_package(built, a, b, seed=10 + i, minisbd=True), folder)
    return folder


class LTServer:
    def __init__(self, process: subprocess.Popen[bytes], url: str, log: Path) -> None:
        self.process, self.url, self.log = process, url, log

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def start_server(lt_packages: Path, tmp_path: Path) -> Iterator[Callable[..., LTServer]]:
    """Start a real server (extra flags as given) and wait until it answers /languages."""
    servers: list[LTServer] = []

    def start(*flags: str, packages: Path | None = None) -> LTServer:
        binary = lt_bin()
        assert binary is not None
        port = free_port()
        home = tmp_path / f"lt-home-{port}"
        env = dict(
            os.environ,
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_CONFIG_HOME=str(home / "config"),
            ARGOS_PACKAGES_DIR=str(packages or lt_packages),
        )
        log = tmp_path / f"lt-{port}.log"
        command = [str(binary), "--host", "127.0.0.1", "--port", str(port), "--load-only", "nl,en"]
        command += ["--disable-web-ui", "--threads", "1", *flags]
        with log.open("wb") as out:
            process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        server = LTServer(process, f"http://127.0.0.1:{port}", log)
        servers.append(server)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError(f"LibreTranslate exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{server.url}/languages", timeout=1) as answer:  # noqa: S310
                    if answer.status == 200:
                        return server
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"LibreTranslate did not start: {log.read_text(errors='replace')[-2000:]}")

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., object]:
    """The CLI in-process, as the CLI tests run it."""
    from reader.cli import main
    from tests.cli.conftest import Result

    def _run(*argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture(autouse=True)
def warnings_reach_caplog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI, once run in this process, stops 'reader' warnings from propagating (it prints them
    itself); these tests count warnings through caplog, so let them through again."""
    import logging

    monkeypatch.setattr(logging.getLogger("reader"), "propagate", True)
