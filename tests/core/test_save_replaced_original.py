"""A translation saved after its original was replaced records an earlier text, so it reads as out of
date: it was saved as current, the new original's digest beside the old text's translation (two
writers' trial: `translate --save` while `import --force` replaced the original; the TUI the same)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.engine.cache import TranslationCache
from reader.core.engine.save import save_translation
from reader.core.engine.translator import Engine
from reader.core.library import Library
from reader.core.validation import out_of_date
from tests.conftest import archive_without


def _translated(library_dir: Path, installed_packages: Path, release_id: str):  # noqa: ANN202
    release = Library.load(library_dir).get(release_id)
    nl = release.versions["nl"]
    engine = Engine(installed_packages, TranslationCache(library_dir.parent / "cache.sqlite3"))
    return release, engine.translate_blocks(nl.blocks, "nl", "en", title=nl.title)


def test_an_unchanged_original_is_recorded_as_read(library_dir: Path, installed_packages: Path):
    release_id = archive_without(library_dir, "en", count=1)[0]
    release, result = _translated(library_dir, installed_packages, release_id)
    save_translation(Library.load(library_dir), release, result)
    again = Library.load(library_dir).get(release_id)
    assert not result.source_replaced and out_of_date(again, "en") == ""


def test_an_original_replaced_in_another_process_meanwhile_leaves_the_translation_out_of_date(
    library_dir: Path, installed_packages: Path, tmp_path: Path
):
    release_id = archive_without(library_dir, "en", count=1)[0]
    release, result = _translated(library_dir, installed_packages, release_id)
    nl_title = release.versions["nl"].title
    corrected = tmp_path / "corrected.md"
    text = (library_dir / release_id / "nl.md").read_text(encoding="utf-8")
    corrected.write_text(text.replace("75 miljoen", "85 miljoen"), encoding="utf-8")
    env = dict(os.environ, PRESS_READER_LIBRARY=str(library_dir))
    argv = ["import", str(corrected), "--release", release_id, "--lang", "nl", "--force", "--title", nl_title]
    done = subprocess.run([sys.executable, "-m", "reader", *argv], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "85 miljoen" in (library_dir / release_id / "nl.md").read_text(encoding="utf-8")
    library = Library.load(library_dir)
    save_translation(library, library.get(release_id), result)  # the release as reloaded, as the TUI holds it
    assert result.source_replaced
    saved = Library.load(library_dir).get(release_id)
    assert "translated from an earlier 'nl' text" in out_of_date(saved, "en")
