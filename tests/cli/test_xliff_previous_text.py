"""A CAT tool's file brought back says, beside each new target, the text it replaces.

Trials of the CAT-tool round trip: `import FILE.xlf --dry-run` listed only the new targets, so a
translator could not tell what the file would undo without opening the review beside it.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_xliff_cli import BASE, _export, _rewrite, _segments
from tests.two_writers import in_order


def test_a_dry_run_says_the_text_each_new_target_replaces(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    before = _segments(run)
    at = next(i for i, s in enumerate(before) if s["kind"] == "paragraph" and s["target"])
    changed = _rewrite(_export(run, tmp_path, "xliff12"), {at: "Une phrase toute neuve du traducteur."})
    dry = run("import", str(changed), "--dry-run")
    assert dry.code == 0, dry.err
    assert "Une phrase toute neuve du traducteur." in dry.out
    assert f"was: {before[at]['target'][:30]}" in dry.out.replace("\n     ", " ")
    said = run("import", str(changed), "--dry-run", "--json").json()
    assert [c["previous"] for c in said["changes"]] == [before[at]["target"]]
    assert _segments(run)[at]["target"] == before[at]["target"]  # a dry run writes nothing


def test_twin_the_import_said_while_another_process_edits_the_same_segment(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    """The file comes back while a reviewer edits the same segment in another window: the edit lands
    after the file's (it replaces it, kept in the history), or before (the file's unit is then stale
    and not applied), or is refused by name, the file's text having landed while it read: the segment
    ends with one of the two texts, and a writer whose text is not there was told so (exit 2)."""
    before = _segments(run)
    at = next(i for i, s in enumerate(before) if s["kind"] == "paragraph" and s["target"])
    changed = _rewrite(_export(run, tmp_path, "xliff12"), {at: "La version du fichier, revue."})
    where = ["--library", str(lib)]
    edit = [*where, "review", *BASE, "--segment", str(at + 1), "--edit", "La main du relecteur."]
    codes = in_order([*where, "import", str(changed), "--json"], edit)
    final = _segments(run)[at]["target"]
    assert final in ("La main du relecteur.", "La version du fichier, revue."), final
    if final == "La version du fichier, revue.":
        assert codes == [0, 2]  # the reviewer's edit refused by name, never silently lost
    else:
        assert codes[1] == 0 and codes[0] in (0, 2)
