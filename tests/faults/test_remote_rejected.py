"""A server's sentences the guards reject (left as the source, or empty) are not cached as
good: an echo server's Dutch saved as French came back from the cache once it was fixed (trial E)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from tests.conftest import SEED_ID
from tests.faults.lt_fake import fake_servers, rendered


def _echo(q: list[str]) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, json.dumps({"translatedText": list(q)}).encode()


def _translate(library: str, url: str, *extra: str) -> int:
    from reader.cli import main

    return main(["--library", library, "--engine-url", url, "translate", SEED_ID, "--to", "en", *extra])


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_an_echo_server_s_copies_are_asked_again_once_it_is_fixed(run, library_dir: Path, writer: str):
    yaml_path = library_dir / SEED_ID / "release.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    yaml_path.write_text(text.replace("  en:\n    provenance: unofficial\n", "  en:\n    provenance: machine\n"))
    dutch = (library_dir / SEED_ID / "nl.md").read_text(encoding="utf-8")
    with fake_servers(1) as (server,):
        server.answer = _echo
        if writer == "this":  # the echoed run, whose cache writes the fixed run reads
            assert (
                run(
                    "--library",
                    str(library_dir),
                    "--engine-url",
                    server.url,
                    "translate",
                    SEED_ID,
                    "--to",
                    "en",
                    "--save",
                ).code
                == 0
            )
        else:
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                assert pool.apply(_translate, (str(library_dir), server.url, "--save")) == 0
        server.answer = rendered
        fixed = run(
            "--library", str(library_dir), "--engine-url", server.url, "translate", SEED_ID, "--to", "en", "--save"
        )
    assert fixed.code == 0, fixed.err
    saved = (library_dir / SEED_ID / "en.md").read_text(encoding="utf-8")
    long_lines = [line for line in dutch.splitlines() if len(line.split()) > 6]
    assert long_lines and not any(line in saved for line in long_lines)
    assert "FR " in saved
