"""Reliability issue, data loss (cases 1-5 and 16): nothing the user keeps is ever lost."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import zipfile
from pathlib import Path

import pytest

from reader.core import atomic
from reader.core.library import Library
from reader.core.model import Block, Provenance
from reader.core.review.store import ReviewStore
from tests.faults.conftest import SEED_ID, one_line_error, simple_yaml, tree_hashes, write_release


def _package(path: Path, metadata: dict[str, object]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("p/metadata.json", json.dumps(metadata))
        archive.writestr("p/model/model.bin", b"x")
        archive.writestr("p/sentencepiece.model", b"x")
    return path


@pytest.mark.parametrize("field", ["from_code", "to_code"])
@pytest.mark.parametrize("code", ["en/../../victim", "../victim", "/tmp/victim", "en\x00", "EN", ""])
def test_1_package_codes_cannot_name_a_folder_outside(run, tmp_path: Path, field: str, code: str):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    packages = tmp_path / "argos-packages"
    packages.mkdir(exist_ok=True)
    metadata = {"type": "translate", "from_code": "nl", "to_code": "en", field: code}
    archive = _package(tmp_path / "evil.argosmodel", metadata)
    before = tree_hashes(tmp_path)
    one_line_error(run("models", "install", str(archive)), str(archive))
    assert tree_hashes(tmp_path) == before


def test_1_index_served_package_with_a_bad_code_is_refused(run, tmp_path: Path, monkeypatch):
    archive = _package(
        tmp_path / "evil.argosmodel", {"type": "translate", "from_code": "nl", "to_code": "en/../../victim"}
    )
    index = tmp_path / "index.json"
    index.write_text(
        json.dumps(
            [
                {
                    "type": "translate",
                    "from_code": "nl",
                    "to_code": "en",
                    "package_version": "1",
                    "links": [archive.as_uri()],
                }
            ]
        )
    )
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.as_uri())
    before = tree_hashes(tmp_path)
    one_line_error(run("models", "install", "--from", "nl", "--to", "en"), "not a language code")
    assert tree_hashes(tmp_path) == before


def _save_en(root: str, rounds: int) -> None:
    library = Library.load(Path(root))
    for n in range(rounds):
        release = library.get(SEED_ID)
        library.save_version(
            release, "en", [Block("paragraph", f"machine {n}")], Provenance("machine", engine="test"), "Machine title"
        )


def _save_fr(root: str, rounds: int) -> None:
    for n in range(rounds):
        library = Library.load(Path(root))
        release = library.get(SEED_ID)
        library.save_version(
            release, "fr", [Block("paragraph", f"officiel {n}")], Provenance("official"), "Titre officiel"
        )


def test_2_a_long_save_keeps_what_another_writer_saved_meanwhile(library_dir: Path):
    stale = Library.load(library_dir).get(SEED_ID)  # read at the start of a long translation
    other = Library.load(library_dir)
    other.save_version(
        other.get(SEED_ID), "fr", [Block("paragraph", "Officiel.")], Provenance("official"), "Titre officiel"
    )
    Library.load(library_dir).save_version(
        stale, "en", [Block("paragraph", "Machine.")], Provenance("machine", engine="test"), "Machine"
    )
    release = Library.load(library_dir).get(SEED_ID)
    assert release.versions["fr"].provenance.kind == "official"
    assert release.versions["fr"].title == "Titre officiel"
    assert release.versions["en"].provenance.kind == "machine"
    assert stale.versions["fr"].provenance.kind == "official"  # the object took in the other write


def test_2_two_processes_saving_one_release_lose_nothing(library_dir: Path):
    ctx = multiprocessing.get_context("fork")
    workers = [
        ctx.Process(target=_save_en, args=(str(library_dir), 15)),
        ctx.Process(target=_save_fr, args=(str(library_dir), 15)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    release = Library.load(library_dir).get(SEED_ID)
    assert release.versions["en"].provenance.kind == "machine"
    assert release.versions["fr"].provenance.kind == "official"
    assert release.versions["nl"].provenance.kind == "official"


def _set_states(root: str, segment: int, rounds: int, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    for n in range(rounds):
        ReviewStore(SEED_ID, "nl", "fr", Path(root)).set(f"segment-{segment}", comment=f"round {n}")


def test_3_concurrent_review_updates_are_all_kept(tmp_path: Path):
    ctx = multiprocessing.get_context("fork")
    for _round in range(4):
        root = tmp_path / f"reviews-{_round}"
        barrier = ctx.Barrier(4)
        workers = [ctx.Process(target=_set_states, args=(str(root), i, 8, barrier)) for i in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
            assert worker.exitcode == 0
        segments = ReviewStore(SEED_ID, "nl", "fr", root).segments
        assert {k: v.comment for k, v in segments.items()} == {f"segment-{i}": "round 7" for i in range(4)}


def test_4_saves_keep_the_file_mode_and_the_comments(library_dir: Path):
    folder = library_dir / SEED_ID
    meta = folder / "release.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("languages:", "# keep this comment\nlanguages:"), encoding="utf-8"
    )
    meta.chmod(0o644)
    (folder / "en.md").chmod(0o664)
    library = Library.load(library_dir)
    library.save_version(
        library.get(SEED_ID), "en", [Block("paragraph", "New.")], Provenance("machine", engine="test"), "New"
    )
    assert meta.stat().st_mode & 0o777 == 0o644
    assert (folder / "en.md").stat().st_mode & 0o777 == 0o664
    text = meta.read_text(encoding="utf-8")
    assert "# keep this comment" in text and "# One release: its metadata." in text
    assert "date: 2018-12-05\n" in text  # not rewritten as a quoted string


def test_4_new_files_follow_the_umask(tmp_path: Path):
    old = os.umask(0o027)
    try:
        atomic.write_text(tmp_path / "new.md", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o640


def test_5_identical_pairs_have_their_own_review_state(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    body_nl = "Eerste alinea over de begroting.\n\nDe minister is tevreden.\n\nDe minister is tevreden.\n"
    body_fr = "Premier paragraphe sur le budget.\n\nLe ministre est satisfait.\n\nLe ministre est satisfait.\n"
    yaml_text = simple_yaml("2024-03-19-dubbel") + "  fr:\n    provenance: official\n"
    write_release(root, "2024-03-19-dubbel", yaml_text, {"nl": body_nl, "fr": body_fr})
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    rows = run("review", "2024-03-19-dubbel", "--source", "nl", "--target", "fr", "--no-mt", "--json").json()
    same = [i for i, r in enumerate(rows["segments"], 1) if r["source"] == "De minister is tevreden."]
    assert len(same) == 2
    assert (
        run(
            "review",
            "2024-03-19-dubbel",
            "--source",
            "nl",
            "--target",
            "fr",
            "--no-mt",
            "--segment",
            str(same[1]),
            "--set",
            "flagged",
        ).code
        == 0
    )
    rows = run("review", "2024-03-19-dubbel", "--source", "nl", "--target", "fr", "--no-mt", "--json").json()
    assert [rows["segments"][i - 1]["status"] for i in same] == ["todo", "flagged"]


def test_5_review_files_of_the_old_format_are_still_read(tmp_path: Path):
    import hashlib

    key = hashlib.sha1(b"a\x00b").hexdigest()[:16]
    path = tmp_path / SEED_ID / "nl-fr.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"segments": {key: {"status": "ok", "comment": "old"}}}))
    store = ReviewStore(SEED_ID, "nl", "fr", tmp_path)
    assert store.get(key).status == "ok"
    store.set("other", status="flagged")
    saved = json.loads(path.read_text())
    assert saved["version"] == 2 and saved["segments"][key]["comment"] == "old"


def test_16_disk_full_during_import_leaves_no_broken_release(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    root.mkdir()
    source = tmp_path / "persbericht.txt"
    source.write_text(
        "FOD Economie\n\nEen titel voor de test\n\nBrussel, 19 maart 2024\n\nDe eerste alinea van het bericht.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    real = os.replace

    def full(src: str, dst: str) -> None:
        if str(dst).endswith("release.yaml"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", full)
    one_line_error(run("import", str(source)), "no space left")
    monkeypatch.setattr(os, "replace", real)
    assert list(root.iterdir()) == []
    listed = run("list", "--json")
    assert listed.code == 0 and listed.json() == [] and "warning" not in listed.err
