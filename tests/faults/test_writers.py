"""Issue 22, part 1: a write never undoes another writer's work (CLI edits, XLIFF import, TUI `w`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import WriteConflict
from reader.core.library import Library
from reader.core.model import Block
from reader.core.review.checks import check_release
from reader.core.review.edit import Edit, apply_edits, edited_provenance
from tests.faults.conftest import one_line_error, write_release

RID = "2024-05-02-havenbezoek"
COUNT = 14


def _bodies() -> dict[str, str]:
    nl = "\n\n".join(f"De minister bezoekt op dag {n} de haven met {n * 10} medewerkers." for n in range(1, COUNT))
    fr = "\n\n".join(f"Le ministre visite le port le jour {n} avec {n * 10} collaborateurs." for n in range(1, COUNT))
    return {"nl": nl + "\n", "fr": fr + "\n"}


def make_release(root: Path) -> Path:
    yaml_text = (
        f"id: {RID}\ndate: 2024-05-02\nissuer: FOD Mobiliteit\noriginal_language: nl\n"
        "titles:\n  nl: Havenbezoek\n  fr: Visite du port\n"
        "languages:\n  nl:\n    provenance: official\n  fr:\n    provenance: unofficial\n    translator: Anne\n"
    )
    return write_release(root, RID, yaml_text, _bodies())


def _cli(root: Path, tmp: Path, *argv: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PRESS_READER_LIBRARY=str(root), PRESS_READER_DATA_DIR=str(tmp / "data"))
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *argv], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _edit_args(segment: int, text: str, who: str) -> list[str]:
    return ["review", RID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", str(segment)] + [
        "--edit",
        text,
        "--translator",
        who,
    ]


def _new(n: int) -> str:
    return f"La ministre a visité le port le jour {n} avec {n * 10} collaborateurs."


def test_two_processes_editing_different_segments_keep_both(tmp_path: Path):
    for rnd in range(3):
        root = tmp_path / f"lib{rnd}"
        make_release(root)
        first = _cli(root, tmp_path, *_edit_args(4, _new(3), "alice"))
        second = _cli(root, tmp_path, *_edit_args(10, _new(9), "bob"))
        for proc in (first, second):
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        text = (root / RID / "fr.md").read_text(encoding="utf-8")
        assert _new(3) in text and _new(9) in text, text
        meta = (root / RID / "release.yaml").read_text(encoding="utf-8")
        assert "alice" in meta and "bob" in meta and "translator: Anne" in meta


def test_a_stale_writer_is_refused_for_the_segment_someone_changed(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    make_release(root)
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    stale_library = Library.load(root)
    stale = stale_library.get(RID)
    report = check_release(stale, "nl", "fr")
    target = stale.versions["fr"]
    # another window edits segment 4 meanwhile
    assert run(*_edit_args(4, _new(3), "alice")).code == 0
    # the stale writer changes the same segment differently, and another one
    blocks, title = apply_edits(
        report, target.blocks, target.title, [Edit(4, "Autre texte du jour 3."), Edit(8, _new(7))]
    )
    with pytest.raises(WriteConflict) as caught:
        stale_library.save_version(
            stale, "fr", blocks, edited_provenance(target.provenance, "bob"), title, base=target, who="bob"
        )
    assert caught.value.written and "jour 3" in str(caught.value) and "\n" not in str(caught.value)
    text = (root / RID / "fr.md").read_text(encoding="utf-8")
    assert _new(3) in text and _new(7) in text and "Autre texte" not in text
    meta = (root / RID / "release.yaml").read_text(encoding="utf-8")
    assert "alice" in meta and "bob" in meta and "translator: Anne" in meta


def test_a_cli_edit_of_a_segment_changed_since_is_one_line(run, tmp_path: Path, monkeypatch):
    """The CLI reads, then another writer changes the same segment before the CLI writes."""
    from reader.core.review import edit as edit_module

    root = tmp_path / "lib"
    make_release(root)
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    real = edit_module.apply_edits

    def meanwhile(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - a second writer between read and write
        other = Library.load(root)
        release = other.get(RID)
        version = release.versions["fr"]
        blocks = [Block(b.kind, b.text.replace("jour 3 ", "jour trois ")) for b in version.blocks]
        other.save_version(release, "fr", blocks, version.provenance, version.title, base=version)
        return real(*args, **kwargs)

    monkeypatch.setattr(edit_module, "apply_edits", meanwhile)
    result = run(*_edit_args(4, _new(3), "alice"))
    one_line_error(result, "segment 4", "changed by someone else")
    assert "jour trois" in (root / RID / "fr.md").read_text(encoding="utf-8")


def test_xliff_import_and_an_edit_at_once_keep_both(run, tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    make_release(root)
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    xliff = tmp_path / "out.xlf"
    assert (
        run("export", RID, "--source", "nl", "--target", "fr", "--no-mt", "--format", "xliff", "-o", str(xliff)).code
        == 0
    )
    old = "Le ministre visite le port le jour 5 avec 50 collaborateurs."
    exported = xliff.read_text(encoding="utf-8")
    assert f">{old}</target>" in exported  # the target as exported (its attributes are the exporter's)
    xliff.write_text(exported.replace(f">{old}</target>", f">{_new(5)}</target>"), encoding="utf-8")
    assert _new(5) in xliff.read_text(encoding="utf-8")
    for rnd in range(2):
        if rnd:
            (root / RID).rename(tmp_path / f"old{rnd}")
            make_release(root)
        first = _cli(root, tmp_path, "import", str(xliff), "--translator", "carol")
        second = _cli(root, tmp_path, *_edit_args(12, _new(11), "dave"))
        for proc in (first, second):
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        text = (root / RID / "fr.md").read_text(encoding="utf-8")
        assert _new(5) in text and _new(11) in text


def test_a_restore_and_an_edit_at_once_lose_nothing(tmp_path: Path):
    """The twin of history --restore: another process edits the version being restored."""
    from reader.core import history

    for rnd in range(3):
        root = tmp_path / f"lib{rnd}"
        make_release(root)
        library = Library.load(root)
        release = library.get(RID)
        fr = release.versions["fr"]
        library.save_version(
            release, "fr", [Block("paragraph", "Un texte entièrement autre.")], fr.provenance, fr.title, base=fr
        )
        (stamp,) = [r.stamp for r in history.revisions(root / RID, "fr")]
        restore = _cli(root, tmp_path, "history", RID, "--lang", "fr", "--restore", stamp)
        edit = _cli(root, tmp_path, *_edit_args(1, "Un titre changé à la main", "bob"))
        outcomes = []
        for proc in (restore, edit):
            _out, err = proc.communicate(timeout=120)
            assert "Traceback" not in err
            if proc.returncode:
                (line,) = [x for x in err.splitlines() if x.startswith("press-reader: error:")]
                assert "changed by someone else" in line, err
            outcomes.append(proc.returncode)
        assert 0 in outcomes
        texts = [p.read_text(encoding="utf-8") for p in (root / RID / "history" / "fr").glob("*.md")]
        texts.append((root / RID / "fr.md").read_text(encoding="utf-8"))
        assert any("entièrement autre" in t for t in texts)  # nothing ever written is lost
        assert any("jour 3 avec" in t for t in texts)


def test_a_version_made_official_meanwhile_is_never_edited(tmp_path: Path):
    root = tmp_path / "lib"
    make_release(root)
    stale_library = Library.load(root)
    stale = stale_library.get(RID)
    target = stale.versions["fr"]
    report = check_release(stale, "nl", "fr")
    meta = root / RID / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("provenance: unofficial", "provenance: official"), "utf-8")
    blocks, title = apply_edits(report, target.blocks, target.title, [Edit(4, _new(3))])
    before = (root / RID / "fr.md").read_bytes()
    with pytest.raises(WriteConflict, match="official since it was read"):
        stale_library.save_version(
            stale, "fr", blocks, edited_provenance(target.provenance, "bob"), title, base=target, who="bob"
        )
    assert (root / RID / "fr.md").read_bytes() == before


def test_a_title_edit_keeps_the_title_it_replaces(tmp_path: Path):
    """Segment 1 is the title: an edit of it alone leaves the body as it was, and the earlier title
    goes to the history like any earlier text, so a restore brings it back."""
    from reader.core import history

    root = tmp_path / "lib"
    make_release(root)
    library = Library.load(root)
    release = library.get(RID)
    fr = release.versions["fr"]
    library.save_version(release, "fr", fr.blocks, fr.provenance, "Visite du port, revue", base=fr, who="bob")
    (revision,) = history.revisions(root / RID, "fr")
    assert revision.title == "Visite du port" and revision.who == "bob"
    library.restore(library.get(RID), "fr", revision.stamp)
    assert Library.load(root).get(RID).versions["fr"].title == "Visite du port"


def test_a_title_edit_and_a_body_edit_at_once_keep_both_and_the_old_title(tmp_path: Path):
    from reader.core import history

    for rnd in range(3):
        root = tmp_path / f"lib{rnd}"
        make_release(root)
        title = _cli(root, tmp_path, *_edit_args(1, "Un titre changé à la main", "alice"))
        body = _cli(root, tmp_path, *_edit_args(10, _new(9), "bob"))
        for proc in (title, body):
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        fr = Library.load(root).get(RID).versions["fr"]
        assert fr.title == "Un titre changé à la main" and _new(9) in fr.path.read_text(encoding="utf-8")
        assert "Visite du port" in [r.title for r in history.revisions(root / RID, "fr")]


def test_two_language_versions_imported_at_once_keep_both_records(tmp_path: Path):
    """The twin of an import's record (its file, date line and site lines in release.yaml): another
    process imports the release's other language at the same moment; both versions and both records land."""
    import yaml

    root = tmp_path / "lib"
    make_release(root)
    text = "\n\n".join(f"The minister visits the port on day {n} with {n * 10} staff." for n in range(1, 6))
    page = tmp_path / "page-en.txt"
    page.write_text(f"Home\n\nPort visit\n\n2 May 2024\n\n{text}\n\nShare this page\n", encoding="utf-8")
    procs = [
        _cli(root, tmp_path, "import", str(page), "--release", RID, "--lang", "en", "--title", "Port visit"),
        _cli(root, tmp_path, *_edit_args(3, _new(2), "erin")),  # the same release.yaml, another version
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    meta = yaml.safe_load((root / RID / "release.yaml").read_text(encoding="utf-8"))
    assert "en" in meta["languages"] and (root / RID / "en.md").exists()
    assert meta["source"]["files"]["en"]["site_lines"]
    assert _new(2) in (root / RID / "fr.md").read_text(encoding="utf-8")


def _review_args(*argv: str) -> list[str]:
    return ["review", RID, "--source", "nl", "--target", "fr", "--no-mt", *argv]


def test_an_edit_letting_go_of_a_state_and_another_process_marking_a_segment_keep_both(tmp_path: Path):
    """The edit forgets the state of the text it replaces while another writer marks a segment: the
    store's lock keeps the mark, and the edited segment comes back to do, with its neighbours in place."""
    import json

    for rnd in range(3):
        root = tmp_path / f"lib{rnd}"
        make_release(root)
        marked = _cli(root, tmp_path, *_review_args("--segment", "4", "--set", "ok"))
        assert marked.communicate(timeout=120) and marked.returncode == 0
        first = _cli(root, tmp_path, *_edit_args(4, _new(3) + " Encore une phrase.", "alice"))
        second = _cli(root, tmp_path, *_review_args("--segment", "10", "--set", "flagged", "--comment", "à voir"))
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        out, err = second.communicate(timeout=120)
        # the mark lands, or, when the edit landed between its reading and its writing (the edit may
        # number the segments anew), it is refused naming the segment and why: never written elsewhere
        marked = second.returncode == 0
        assert marked or (second.returncode == 2 and "segment 10: another process edited" in err), err
        listed = _cli(root, tmp_path, *_review_args("--json"))
        out, err = listed.communicate(timeout=120)
        segments = json.loads(out)["segments"]
        assert segments[3]["target"].endswith("Encore une phrase.") and segments[3]["status"] == "todo"
        if marked:
            assert (segments[9]["status"], segments[9]["comment"]) == ("flagged", "à voir")
        else:
            assert "à voir" not in json.dumps(segments, ensure_ascii=False)
        assert len(segments) == COUNT


def _page(tmp_path: Path) -> Path:
    text = "\n\n".join(f"De minister bezoekt op dag {n} de haven met {n * 10} medewerkers." for n in range(1, 6))
    page = tmp_path / "haven.txt"
    page.write_text(f"Nieuwe kaai in de haven\n\n3 juni 2024\n\n{text}\n", encoding="utf-8")
    return page


def test_one_page_imported_twice_at_once_makes_one_release_planned_apart(tmp_path: Path):
    """Two imports that read the library before either wrote: the second is refused by name, not '…-2'."""
    from reader.core.errors import AlreadyImported
    from reader.core.importer.importer import apply_import, plan_import

    root = tmp_path / "lib"
    root.mkdir()
    page = _page(tmp_path)
    first, second = Library.load(root), Library.load(root)
    plans = [plan_import(page, first), plan_import(page, second)]
    apply_import(plans[0], first)
    with pytest.raises(AlreadyImported, match="already imported as release") as refused:
        apply_import(plans[1], second)
    assert refused.value.path == page and refused.value.release_id == plans[0].release_id  # named by the file
    assert [p.name for p in root.iterdir() if not p.name.startswith(".")] == [plans[0].release_id]


def test_one_page_imported_by_two_processes_at_once_makes_one_release(tmp_path: Path):
    for rnd in range(3):
        root = tmp_path / f"lib{rnd}"
        root.mkdir()
        page = _page(tmp_path)
        procs = [_cli(root, tmp_path, "import", str(page)) for _ in range(2)]
        results = [(proc.wait(timeout=120), proc.communicate()[1]) for proc in procs]
        assert [code for code, _ in results] == [0, 0], results
        refused = [err for _, err in results if "already imported" in err]  # the second one: skipped, named
        assert len(refused) == 1 and len(refused[0].strip().splitlines()) == 1 and "(skipped)" in refused[0]
        assert len([p for p in root.iterdir() if not p.name.startswith(".")]) == 1


def test_a_staging_folder_a_killed_import_left_is_swept_by_the_next_import(tmp_path: Path):
    """`kill -9` during an import left a hidden `.importing-*` folder for ever, said by nothing (a
    careful user's trial): the next import takes away one over an hour old, never a younger one
    (another process's import under way)."""
    import datetime as dt
    import os
    import time

    from reader.core.library import Library
    from reader.core.model import Block, Provenance

    root = tmp_path / "lib"
    root.mkdir()
    old, young = root / ".importing-old", root / ".importing-young"
    for folder in (old, young):
        folder.mkdir()
        (folder / "nl.md").write_text("Half.\n", encoding="utf-8")
    past = time.time() - 2 * 3600
    os.utime(old, (past, past))
    library = Library.load(root)
    body = [Block("paragraph", "Een tekst van de dienst.")]
    library.create_release(
        "2025-01-02-a", dt.date(2025, 1, 2), "Dienst", "nl", "Een titel", body, Provenance("official")
    )
    assert not old.exists() and young.exists()
