"""An XLIFF file comes back into the segments it was exported with: 1-1, 2-1 and 1-2 pairs, also when the
export aligned with the installed models' help (an MT-assisted alignment) and the import does not."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from lxml import etree

RID = "2024-05-02-nieuwe-kade"
BASE = [RID, "--source", "nl", "--target", "en"]
# Written for these tests. Block 1: two Dutch sentences, one English (2-1); block 2: three and three
# (1-1); block 3: one Dutch sentence, two English (1-2).
NL = [
    "De haven van Voorbeeld opent morgen een nieuwe kade voor containerschepen. Ze is 600 meter lang.",
    "De werken duurden twee jaar en kostten 40 miljoen euro. Ze werden op tijd klaar. "
    "De eerste schepen leggen er in juni aan.",
    "Volgens de directeur is dit een belangrijke dag voor de hele regio rond de haven.",
]
EN = [
    "Tomorrow the port of Voorbeeld opens a new quay for container ships, 600 metres long.",
    "The works took two years and cost 40 million euros. They were finished on time. "
    "The first ships will berth there in June.",
    "According to the director, this is an important day. The whole region around the port gains from it.",
]


def _sentences(text: str) -> list[str]:
    return [s if s.endswith(".") else s + "." for s in text.rstrip(".").split(". ")]


# What a (fake) trusted model makes of the blocks: the pairs it finds alike, every other pair unlike.
# It groups block 2 otherwise than the lengths do: its first two Dutch sentences against the first
# English one (2-1), the second English sentence alone (0-1).
# The model finds the translator's new rendering of that pair (NEW) alike as well.
NEW = "The works lasted two years and cost 40 million euros."
_NL, _EN = [_sentences(t) for t in NL], [_sentences(t) for t in EN]
ALIKE = {(NL[i], EN[i]) for i in range(3)} | {
    (" ".join(_NL[1][:2]), _EN[1][0]),
    (" ".join(_NL[1][:2]), NEW),
    (_NL[1][2], _EN[1][2]),
}


class FakeMT:
    trusted = True
    meaning = None
    notes: list[str] = []

    @staticmethod
    def scorer(source: str, target: str) -> float:
        return 1.0 if (source, target) in ALIKE else 0.05


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "library"
    folder = root / RID
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"id: {RID}\ndate: 2024-05-02\nissuer: Havenbedrijf Voorbeeld\noriginal_language: nl\n"
        "titles:\n  nl: De haven opent een nieuwe kade\n  en: The port opens a new quay\n"
        "languages:\n  nl:\n    provenance: official\n  en:\n    provenance: unofficial\n    translator: Tester\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text("\n\n".join(NL) + "\n", encoding="utf-8")
    (folder / "en.md").write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(root))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    return root


@pytest.fixture
def with_mt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports (and reviews) align with the fake model's help; an import never asks a model."""
    import reader.commands.review as review

    monkeypatch.setattr(review, "_mt", lambda args, ctx, release: None if args.no_mt else FakeMT())


def _shapes(run, *extra: str) -> list[str]:  # noqa: ANN001
    return [p["type"] for p in run("align", *BASE, *extra, "--json").json()]


def _export(run, tmp_path: Path, fmt: str, *extra: str) -> Path:  # noqa: ANN001
    out = tmp_path / f"out-{fmt}.xlf"
    result = run("export", *BASE, *extra, "--format", fmt, "-o", str(out))
    assert result.code == 0, result.err
    return out


def _set_target(path: Path, index: int, text: str, state: dict[str, str]) -> Path:
    tree = etree.parse(str(path))
    units = [e for e in tree.iter() if etree.QName(e).localname in ("trans-unit", "unit")]
    target = next(e for e in units[index].iter() if etree.QName(e).localname == "target")
    target.text = text
    for element in (units[index], *units[index].iter()):
        for key, value in state.items():
            if etree.QName(element).localname == value.split(":")[0]:
                element.set(key, value.split(":")[1])
    out = path.with_name("changed-" + path.name)
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def test_the_fixture_has_the_three_shapes_and_the_model_groups_otherwise(run, lib: Path, with_mt: None):
    assert _shapes(run, "--no-mt") == ["1-1", "2-1", "1-1", "1-1", "1-1", "1-2"]
    assert _shapes(run) == ["1-1", "2-1", "2-1", "0-1", "1-1", "1-2"]


@pytest.mark.parametrize("fmt", ["xliff", "xliff12"])
@pytest.mark.parametrize("mt", [False, True])
def test_an_unchanged_export_imports_with_no_change(run, lib: Path, with_mt: None, tmp_path: Path, fmt: str, mt: bool):
    exported = _export(run, tmp_path, fmt, *(() if mt else ("--no-mt",)))
    result = run("import", str(exported), "--dry-run", "--json")
    assert result.code == 0, result.err
    assert result.json()["changes"] == [] and result.json()["skipped"] == []
    assert run("import", str(exported)).code == 0


@pytest.mark.parametrize("fmt", ["xliff", "xliff12"])
def test_a_2_1_unit_of_an_mt_aligned_export_takes_its_new_target_and_state(
    run, lib: Path, with_mt: None, tmp_path: Path, fmt: str
):
    exported = _export(run, tmp_path, fmt)
    state = {"state": "segment:reviewed"} if fmt == "xliff" else {"state": "target:final", "approved": "trans-unit:yes"}
    new = NEW
    changed = _set_target(exported, 3 - 1, new, state)  # unit 3: the model's 2-1 pair
    dry = run("import", str(changed), "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert [(c["segment"], c.get("target"), c.get("status")) for c in dry.json()["changes"]] == [(3, new, "ok")]
    assert "op tijd klaar" in dry.json()["changes"][0]["source"]  # both sentences: the unit's source
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    body = (lib / RID / "en.md").read_text(encoding="utf-8")
    assert new in body and "They were finished on time. The first ships" in body and "took two" not in body
    segments = run("review", *BASE, "--json").json()["segments"]
    assert [(s["target"], s["status"]) for s in segments if s["status"] == "ok"] == [(new, "ok")]
    assert run("import", str(changed), "--dry-run", "--json").json()["changes"] == []  # taken: nothing left


@pytest.mark.parametrize("fmt", ["xliff", "xliff12"])
@pytest.mark.parametrize(
    ("unit", "new"),
    [(2, "Tomorrow the port opens a quay, 600 metres long."), (4, "They were ready in time."), (6, "A big day.")],
)
def test_length_aligned_2_1_and_1_2_units_take_their_new_target(
    run, lib: Path, tmp_path: Path, fmt: str, unit: int, new: str
):
    exported = _export(run, tmp_path, fmt, "--no-mt")
    changed = _set_target(exported, unit - 1, new, {})
    result = run("import", str(changed), "--json")
    assert result.code == 0, result.err
    assert [c["segment"] for c in result.json()["changes"]] == [unit]
    assert new in (lib / RID / "en.md").read_text(encoding="utf-8")


def _edit_title(library: str, barrier: object) -> None:
    from reader.cli import main

    os.environ["PRESS_READER_LIBRARY"] = library
    barrier.wait()  # type: ignore[attr-defined]
    main(["review", *BASE, "--no-mt", "--segment", "1", "--edit", "The port opens its new quay"])


def test_twin_an_mt_aligned_import_while_another_process_edits_the_title(run, lib: Path, with_mt: None, tmp_path: Path):
    """Both writers change other segments: whichever comes last, both edits are in the version (merged
    on disk), or the import refuses in one line and the other edit stands."""
    exported = _export(run, tmp_path, "xliff")
    new = NEW
    changed = _set_target(exported, 2, new, {})
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    other = ctx.Process(target=_edit_title, args=(str(lib), barrier))
    other.start()
    barrier.wait()
    result = run("import", str(changed), "--json")
    other.join(60)
    assert other.exitcode == 0
    body = (lib / RID / "en.md").read_text(encoding="utf-8")
    yaml_text = (lib / RID / "release.yaml").read_text(encoding="utf-8")
    assert "The port opens its new quay" in yaml_text
    if result.code == 0:
        assert new in body
    else:
        assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "The first ships will berth there in June." in body
