"""Issue 22, part 3: the translation cache knows its model; an engine lets a removed model go."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.engine.cache import TranslationCache
from reader.core.engine.packages import MissingModelError, install_file, list_packages
from reader.core.engine.translator import Engine

TEXT = "De minister opent vandaag een nieuwe brug.\n\nDe haven groeit elk jaar."


def _built(tmp_path: Path, seed: int) -> Path:
    from tests.argos_factory import build_package

    out = tmp_path / f"built-{seed}"
    out.mkdir()
    return build_package(out, "nl", "en", seed=seed)


def test_a_reinstall_with_other_weights_never_serves_the_old_sentences(tmp_path: Path):
    folder = tmp_path / "packages"
    install_file(_built(tmp_path, 1), folder)
    cache = TranslationCache(tmp_path / "cache.sqlite3")
    first = Engine(folder, cache, threads=1).translate_text(TEXT, "nl", "en")
    assert not any(s.cached for s in first.sentences)
    again = Engine(folder, cache, threads=1).translate_text(TEXT, "nl", "en")
    assert all(s.cached for s in again.sentences)  # the same install: served from the cache
    (package,) = list_packages(folder)[0]
    digest = package.digest
    assert digest and (package.path / ".press-reader-digest.json").is_file()
    install_file(_built(tmp_path, 99), folder)  # same code, same version, other weights
    (package,) = list_packages(folder)[0]
    assert package.digest != digest and package.version == "1.0"
    after = Engine(folder, cache, threads=1).translate_text(TEXT, "nl", "en")
    assert not any(s.cached for s in after.sentences)


def test_an_engine_drops_a_model_another_process_removed(tmp_path: Path):
    folder = tmp_path / "packages"
    install_file(_built(tmp_path, 1), folder)
    engine = Engine(folder, TranslationCache(tmp_path / "cache.sqlite3"), threads=1)
    engine.translate_text(TEXT, "nl", "en")
    assert engine.loaded_models()
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(folder))  # the real CLI, another process
    subprocess.run([sys.executable, "-m", "reader", "models", "remove", "nl_en"], env=env, check=True, timeout=60)
    with pytest.raises(MissingModelError):
        engine.translate_text("Een andere zin over de brug.", "nl", "en")
    assert engine.loaded_models() == []
