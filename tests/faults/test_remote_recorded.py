"""What a version through LibreTranslate servers records: the servers that answered its batches,
and both engines when the local models finished what a server began (trial E)."""

from __future__ import annotations

import itertools
import multiprocessing
from pathlib import Path

import pytest
import yaml

from reader.core.engine.cache import TranslationCache
from reader.core.engine.save import machine_provenance
from reader.core.engine.translator import Engine
from tests.conftest import SEED_ID
from tests.faults.lt_fake import fake_servers, refused, rendered
from tests.faults.test_remote_failing import blocks, engine


def test_a_server_that_only_answered_500_is_not_named(tmp_path: Path):
    with fake_servers(2) as (broken, healthy):
        broken.answer = refused(500, "Cannot translate text: it broke")
        result = engine([broken.url, healthy.url], tmp_path).translate_blocks(blocks(3), "nl", "fr")
    (model,) = machine_provenance(result).models
    assert model["servers"] == healthy.url, model


def _first_then_500() -> object:
    count = itertools.count()
    return lambda q: rendered(q) if next(count) == 0 else refused(500, "worker died")(q)


def test_a_server_lost_mid_run_and_the_local_models_finishing_both_are_recorded(tmp_path: Path, installed_packages):
    """It was saved as 'engine: libretranslate', the server's URL alone, the rest local."""
    local = Engine(installed_packages, TranslationCache(tmp_path / "local.sqlite3"), threads=1)
    with fake_servers(1) as (dying,):
        dying.answer = _first_then_500()  # type: ignore[assignment]
        remote = engine([dying.url], tmp_path, fallback=local, batch_size=2)
        result = remote.translate_blocks(blocks(4), "nl", "en")
    assert result.complete and result.fell_back
    provenance = machine_provenance(result)
    assert provenance.engine and provenance.engine.startswith("libretranslate, then argos-translate"), provenance
    assert {m["code"] for m in provenance.models} == {"libretranslate:nl_en", "translate-nl_en"}


def _save_elsewhere(library: str, url: str) -> int:
    from reader.cli import main

    return main(["--library", library, "--engine-url", url, "translate", SEED_ID, "--to", "en", "--save"])


@pytest.mark.parametrize("writer", ["this", "another process"])
def test_the_saved_engine_is_what_made_the_saved_text_with_a_second_writer(
    run, library_dir: Path, installed_packages: Path, monkeypatch: pytest.MonkeyPatch, writer: str
):
    """Two runs saving the release's English at once, the server lost after its first batch: whichever
    saved, its engine says what made its text, never the server alone."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(installed_packages))
    yaml_path = library_dir / SEED_ID / "release.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    yaml_path.write_text(text.replace("  en:\n    provenance: unofficial\n", "  en:\n    provenance: machine\n"))
    with fake_servers(1) as (dying,):
        dying.answer = _first_then_500()  # type: ignore[assignment]
        argv = ["--library", str(library_dir), "--engine-url", dying.url, "translate", SEED_ID, "--to", "en", "--save"]
        if writer == "this":
            assert run(*argv).code == 0
        else:
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                other = pool.apply_async(_save_elsewhere, (str(library_dir), dying.url))
                mine = run(*argv)
                codes = {other.get(timeout=120), mine.code}  # the one that found it held says so: 2
                assert 0 in codes and codes <= {0, 2}, mine.err
    en = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["languages"]["en"]
    assert en["engine"] != "libretranslate", en
    assert en["engine"].startswith("libretranslate, then ") == any(
        m["code"].startswith("libretranslate:") for m in en["models"]
    ), en
