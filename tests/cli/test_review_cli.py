import json
import shutil
from pathlib import Path

from lxml import etree

from tests.conftest import SEED_ID


def test_check_clean_exits_0_and_json_shape(run, library_dir: Path):
    result = run("--library", str(library_dir), "check", SEED_ID, "--source", "nl", "--target", "fr", "--json")
    assert result.code == 0, result.err
    pairs = result.json()
    assert len(pairs) >= 15
    assert set(pairs[0]) >= {"source", "target", "flags"}
    assert all(p["flags"] == [] for p in pairs)


def test_check_flags_exit_1(run, library_dir: Path):
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    result = run("--library", str(library_dir), "check", SEED_ID, "--source", "nl", "--target", "fr", "--json")
    assert result.code == 1
    flagged = [p for p in result.json() if p["flags"]]
    assert len(flagged) == 1 and flagged[0]["flags"][0]["code"] == "number"
    assert "22" in flagged[0]["flags"][0]["message"]
    text = run("--library", str(library_dir), "check", SEED_ID, "--source", "nl", "--target", "fr")
    assert text.code == 1 and "numbers differ" in text.out


def test_align_json(run, library_dir: Path):
    result = run("--library", str(library_dir), "align", SEED_ID, "--source", "nl", "--target", "fr", "--json")
    pairs = result.json()
    assert pairs[0]["kind"] == "title" and pairs[1]["kind"] == "letterhead"
    assert {p["type"] for p in pairs} == {"1-1"}
    assert [p["segment"] for p in pairs] == list(range(1, len(pairs) + 1))  # as the table numbers them
    blocks = run(
        "--library",
        str(library_dir),
        "align",
        SEED_ID,
        "--source",
        "nl",
        "--target",
        "fr",
        "--level",
        "block",
        "--json",
    ).json()
    assert len(blocks) == 8


def test_review_state_survives_and_exports(run, library_dir: Path, tmp_path: Path):
    lib = ("--library", str(library_dir))
    args = (SEED_ID, "--source", "nl", "--target", "fr")
    assert run(*lib, "review", *args, "--segment", "3", "--set", "ok").code == 0
    assert run(*lib, "review", *args, "--segment", "4", "--set", "flagged", "--comment", "te vrij vertaald").code == 0
    state = run(*lib, "review", *args, "--json").json()
    statuses = [s["status"] for s in state["segments"]]
    assert statuses[2] == "ok" and statuses[3] == "flagged" and statuses[0] == "todo"
    assert state["segments"][3]["comment"] == "te vrij vertaald"
    assert Path(state["store"]).is_file() and "reviews" in state["store"]
    assert "1 ok, 1 flagged" in run(*lib, "review", *args).out
    one = run(*lib, "review", *args, "--segment", "4", "--comment", "te vrij vertaald, zie noot").out
    assert "1 ok, 1 flagged" in one and "te vrij vertaald, zie noot" in one  # that segment, not all 18 again
    assert "Alibaba creëert" not in one and "Alibaba creëert" in run(*lib, "review", *args).out

    xliff = tmp_path / "out.xlf"
    assert run(*lib, "export", *args, "--format", "xliff", "-o", str(xliff)).code == 0
    root = etree.parse(str(xliff)).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    assert root.get("version") == "2.0"
    segments = root.findall(".//x:segment", ns)
    assert [s.get("state") for s in segments][2:4] == ["reviewed", "translated"]
    assert segments[3].get("subState") == "press-reader:flagged"
    notes = root.findall(".//x:unit/x:notes/x:note", ns)
    assert any("te vrij vertaald" in n.text for n in notes)

    tmx = tmp_path / "out.tmx"
    written = run(*lib, "export", *args, "--format", "tmx", "-o", str(tmx))
    assert written.code == 0 and "left out 1 segment(s): 1 marked flagged" in written.err
    tus = etree.parse(str(tmx)).getroot().findall(".//tu")
    assert f"{len(tus)} translation units of" in written.err  # what the file holds, not the segments
    assert etree.parse(str(tmx)).getroot().find("header").get("creationtool") == "press-reader"
    assert len(tus) == len(segments) - 1  # a rendering the reviewer flagged never feeds a CAT memory
    every = tmp_path / "every.tmx"
    assert run(*lib, "export", *args, "--format", "tmx", "--states", "todo,ok,flagged", "-o", str(every)).code == 0
    assert len(etree.parse(str(every)).getroot().findall(".//tu")) == len(segments)
    assert "te vrij vertaald" not in every.read_text(encoding="utf-8")  # a memory is shared; the comment is not
    assert run(*lib, "export", *args, "--format", "tmx", "--states", "good", "-o", str(every)).code == 2
    assert run(*lib, "export", *args, "--format", "xliff", "--states", "ok", "-o", str(xliff)).code == 2
    assert [p.text for p in tus[2].findall("prop") if p.get("type") == "x-review-state"] == ["ok"]
    from translate.storage import tmx as tmx_store

    parsed = tmx_store.tmxfile.parsefile(str(tmx))
    assert parsed.units[2].target.startswith("Aujourd'hui")

    for fmt in ("md", "html"):
        out = tmp_path / f"report.{fmt}"
        assert run(*lib, "export", *args, "--format", fmt, "-o", str(out)).code == 0
        assert "te vrij vertaald" in out.read_text(encoding="utf-8")


def test_review_errors(run, library_dir: Path):
    lib = ("--library", str(library_dir))
    assert run(*lib, "check", SEED_ID, "--source", "nl", "--target", "de").code == 2
    assert run(*lib, "check", SEED_ID, "--source", "nl", "--target", "nl").code == 2
    result = run(*lib, "review", SEED_ID, "--source", "nl", "--target", "fr", "--set", "ok")
    assert result.code == 2 and "--segment" in result.err


def test_user_glossary_extends_the_bundled_one(run, library_dir: Path, tmp_path: Path):
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("Awex", "l'Agence"), encoding="utf-8")
    args = ("--library", str(library_dir), "check", SEED_ID, "--source", "nl", "--target", "fr", "--json")
    flagged = [f for p in run(*args).json() for f in p["flags"]]
    assert [f["code"] for f in flagged] == ["name"] and "Awex" in flagged[0]["message"]
    glossary = tmp_path / "config" / "glossary.yaml"
    glossary.parent.mkdir(parents=True, exist_ok=True)
    glossary.write_text(json.dumps({"nl": {"Awex": ["agence"]}}), encoding="utf-8")
    assert run(*args).code == 0


def test_check_min_severity_keeps_the_worse_flags(run):
    from tests.conftest import ROOT

    corpus = str(ROOT / "benchmarks" / "data" / "trust")
    argv = ["--library", corpus, "check", "2022-03-30-gas-en-elektriciteit", "--source", "nl", "--target", "fr"]
    every = run(*argv, "--json")
    assert every.code == 1 and any(f["code"] == "coordination" for p in every.json() for f in p["flags"])
    errors = run(*argv, "--json", "--min-severity", "error")
    assert errors.code == 0 and not any(p["flags"] for p in errors.json())


_NOTED = "2024-07-21-nationale-feestdag"


def _noted(library: Path) -> Path:
    """A release whose one finding is a note: the Prime Minister named on both sides, and Belgium in
    the French where the Dutch says 'het land' (the role without the name, the note these tests used,
    became a warning: a trial's lost name)."""
    from tests.conftest import ROOT

    shutil.copytree(ROOT / "benchmarks" / "data" / "heldout6" / _NOTED, library / _NOTED)
    fr = library / _NOTED / "fr.md"
    said = "Le Premier ministre Alexander De Croo y a porté un toast à la Belgique."
    fr.write_text(
        fr.read_text(encoding="utf-8").replace("Le Premier ministre y a porté un toast au pays.", said), "utf-8"
    )
    return library


def test_notes_alone_are_shown_with_min_severity_info_and_are_no_problem(run, tmp_path: Path):
    """A note is only plausible: `check --min-severity info` shows it, and exits 0 when nothing else is found."""
    corpus = str(_noted(tmp_path / "library"))
    release = _NOTED
    argv = ["--library", corpus, "check", release, "--source", "nl", "--target", "fr", "--no-mt"]
    notes = run(*argv, "--min-severity", "info")
    assert notes.code == 0 and "note (" in notes.out and "⚑" not in notes.out
    assert "0 flagged" in run(*argv).out
    # counted as the exit reads them: shown, never counted as flagged (a new user's trial read '2 flagged')
    assert ", 0 flagged, " in notes.out and "with notes only" in notes.out


def test_export_counts_flagged_segments_as_check_does(run, tmp_path: Path):
    """Notes go into the exported file but not into its count: the two commands agree."""
    library = _noted(tmp_path / "library")
    argv = ["--library", str(library), _NOTED, "--source", "nl", "--target", "fr", "--no-mt"]
    out = tmp_path / "report.md"
    result = run("export", *argv, "--format", "md", "-o", str(out))
    assert result.code == 0 and "0 flagged by the checks)" in result.err
    report = out.read_text(encoding="utf-8")  # the file's own header counts so too; a note wears no ⚑
    assert " · 0 flagged" in report and "(info): " in report and "⚑" not in report
    # a segment the reviewer marked flagged is counted apart, not left out of the summary
    assert run("review", *argv, "--segment", "3", "--set", "flagged").code == 0
    result = run("export", *argv, "--format", "md", "-o", str(out))
    assert result.code == 0 and "0 flagged by the checks, 1 marked flagged in review)" in result.err
    # and the file's header says so too: it said '0 flagged' over a segment marked flagged (a trial)
    assert " · 0 flagged by the checks, 1 marked flagged in review" in out.read_text(encoding="utf-8")


def test_two_libraries_holding_one_release_keep_their_own_review_states(run, library_dir: Path, tmp_path: Path):
    """A test library beside the real one: the same release id, states and comments apart."""
    import shutil

    other = tmp_path / "other-library"
    shutil.copytree(library_dir, other)
    args = (SEED_ID, "--source", "nl", "--target", "fr")
    assert run("--library", str(library_dir), "review", *args, "--segment", "4", "--comment", "alleen hier").code == 0
    here = run("--library", str(library_dir), "review", *args, "--json").json()
    there = run("--library", str(other), "review", *args, "--json").json()
    assert here["segments"][3]["comment"] == "alleen hier" and there["segments"][3]["comment"] == ""
    assert here["store"] != there["store"]


def test_a_tmx_leaves_out_what_a_check_flags_until_a_reviewer_passes_it(run, library_dir: Path, tmp_path: Path):
    """A CAT memory offers every unit as a match: an untranslated or wrong rendering stays out."""
    fr = library_dir / SEED_ID / "fr.md"
    text = fr.read_text(encoding="utf-8")
    fr.write_text(text.replace("Liège", "Namur", 1), encoding="utf-8")
    lib = ("--library", str(library_dir))
    args = (SEED_ID, "--source", "nl", "--target", "fr")
    flagged = [s for s in run(*lib, "review", *args, "--json").json()["segments"] if s.get("flags")]
    assert flagged
    tmx = tmp_path / "out.tmx"
    written = run(*lib, "export", *args, "--format", "tmx", "-o", str(tmx))
    assert written.code == 0 and "flagged by a check and not reviewed ok" in written.err
    assert "Namur" not in tmx.read_text(encoding="utf-8")
    number = str(flagged[0]["segment"])
    assert run(*lib, "review", *args, "--segment", number, "--set", "ok").code == 0
    assert run(*lib, "export", *args, "--format", "tmx", "-o", str(tmx)).code == 0
    assert "Namur" in tmx.read_text(encoding="utf-8")


def test_export_never_writes_inside_the_library(run, library_dir: Path, tmp_path: Path):
    """A report written over a version's file would replace the release's text with no history."""
    args = (SEED_ID, "--source", "nl", "--target", "fr")
    version = next((library_dir / SEED_ID).glob("fr.*"))
    before = version.read_bytes()
    result = run("--library", str(library_dir), "export", *args, "--format", "md", "-o", str(version))
    assert result.code == 2 and "inside the library" in result.err and str(version) in result.err
    assert version.read_bytes() == before
    beside = tmp_path / "report.md"
    assert run("--library", str(library_dir), "export", *args, "--format", "md", "-o", str(beside)).code == 0


def test_an_xliff_import_aligns_as_its_export_did_with_the_pairs_the_review_holds(
    run, library_dir: Path, tmp_path: Path, monkeypatch
):
    """Export aligns with the review's held pairs (its states, its edits); an import that aligned
    freely set the segments after an edit otherwise and refused every unit past it as stale."""
    import reader.core.importer.xliff as xliff_module
    from reader.core.importer.xliff import plan_xliff
    from reader.core.library import Library

    lib = ("--library", str(library_dir))
    args = (SEED_ID, "--source", "nl", "--target", "fr")
    assert run(*lib, "review", *args, "--segment", "3", "--set", "ok").code == 0
    store = Path(run(*lib, "review", *args, "--json").json()["store"])
    exported = tmp_path / "out.xlf"
    assert run(*lib, "export", *args, "--format", "xliff12", "-o", str(exported)).code == 0
    seen: list[object] = []
    original = xliff_module.check_release

    def spy(*a: object, **k: object) -> object:
        seen.append(k.get("held"))
        return original(*a, **k)

    monkeypatch.setattr(xliff_module, "check_release", spy)
    plan = plan_xliff(exported, Library.load(library_dir), store.parent.parent)
    assert seen and seen[0] is not None  # the review's held pair went into the alignment
    assert not plan.stale


def test_the_recheck_after_an_edit_says_a_note_as_a_note(run, tmp_path: Path):
    """The edited segment's re-check marks what to correct with ⚑ and a note (only plausible) as
    `check` does: a new user's trial saw a note as a flag there and as a note in `check`."""
    import shutil

    from tests.conftest import ROOT

    library = tmp_path / "library"
    rid = "2024-07-21-nationale-feestdag"
    shutil.copytree(ROOT / "benchmarks" / "data" / "heldout6" / rid, library / rid)
    meta = library / rid / "release.yaml"
    text = meta.read_text(encoding="utf-8")
    official, unofficial = "  fr:\n    provenance: official", "  fr:\n    provenance: unofficial"
    meta.write_text(text.replace(official, unofficial), encoding="utf-8")
    argv = ["--library", str(library), "review", rid, "--source", "nl", "--target", "fr", "--no-mt"]
    # Belgium named where the Dutch says "het land": a note
    said = "Le Premier ministre Alexander De Croo y a porté un toast à la Belgique, ce soir."
    edited = run(*argv, "--segment", "3", "--edit", said)
    assert edited.code == 0, edited.err
    assert "note (name)" in edited.out and "⚑" not in edited.out and "no flag" in edited.out


def test_check_says_when_no_model_compared_the_meaning(run, library_dir: Path, tmp_path: Path, monkeypatch):
    """Without a model the checks run on their own; the summary says so, unless --no-mt asked for it."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    argv = ["--library", str(library_dir), "check", SEED_ID, "--source", "nl", "--target", "fr"]
    said = run(*argv)
    assert said.code in (0, 1) and "no model for nl→fr" in said.out
    assert "no model" not in run(*argv, "--no-mt").out


def test_a_list_one_item_short_of_its_own_lead_in_is_flagged_not_a_note(run, tmp_path: Path):
    """'four measures:' over three items, where the Dutch gives four: the version's own text says an
    item is missing, whatever the alignment made of the items (it was only a note: a new user's trial)."""
    nl = tmp_path / "nl.txt"
    nl.write_text(
        "Vier maatregelen voor de fietsers\n\nBrussel, 25 juli 2025\n\nDe minister stelt vier maatregelen voor:\n\n"
        "- bredere fietspaden langs de gewestwegen\n- meer licht bij de overwegen\n"
        "- veilige oversteekplaatsen bij de scholen\n- nieuwe fietsenstallingen aan de stations\n\n"
        "De gemeenten krijgen daarvoor extra middelen van het gewest.\n",
        encoding="utf-8",
    )
    fr = tmp_path / "fr.txt"
    fr.write_text(
        "Quatre mesures pour les cyclistes\n\nBruxelles, le 25 juillet 2025\n\nLe ministre propose quatre mesures :\n\n"
        "- des pistes cyclables plus larges le long des routes régionales\n- plus de lumière aux passages à niveau\n"
        "- de nouveaux parkings à vélos dans les gares\n\n"
        "Les communes reçoivent à cet effet des moyens supplémentaires de la Région.\n",
        encoding="utf-8",
    )
    lib = ("--library", str(tmp_path / "lib"))
    made = run(*lib, "import", str(nl), "--json").json()["id"]
    assert run(*lib, "import", str(fr), "--release", made, "--lang", "fr").code == 0
    checked = run(*lib, "check", made, "--source", "nl", "--target", "fr", "--no-mt", "--json")
    flags = [f for p in checked.json() for f in p["flags"] if f["code"] == "enumeration"]
    assert any("itself announces 4" in f["message"] and f["severity"] != "info" for f in flags), flags


def test_expect_source_refuses_a_segment_number_that_moved(run, library_dir: Path):
    """A number from an earlier listing marks whatever sits there after an edit split a segment (a
    new user's trial marked a table ok): --expect-source names the segment meant, and guards it."""
    lib, args = ("--library", str(library_dir)), (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
    segments = run(*lib, "review", *args, "--json").json()["segments"]
    words = segments[3]["source"].split()[:4]
    wrong = run(*lib, "review", *args, "--segment", "5", "--expect-source", " ".join(words), "--set", "ok")
    assert wrong.code == 2 and "not the segment --expect-source names" in wrong.err
    assert len(wrong.err.strip().splitlines()) == 1
    assert all(s["status"] == "todo" for s in run(*lib, "review", *args, "--json").json()["segments"])
    right = run(*lib, "review", *args, "--segment", "4", "--expect-source", " ".join(words).upper(), "--set", "ok")
    assert right.code == 0, right.err
    assert run(*lib, "review", *args, "--json").json()["segments"][3]["status"] == "ok"


def test_a_tmx_of_the_segments_marked_ok_says_each_reason_with_its_count(run, lib: Path, tmp_path: Path):
    """'--states ok' left out eight segments still to do and said all nine were flagged by a check (a trial)."""
    base = ["--source", "nl", "--target", "fr", "--no-mt"]
    assert run("review", SEED_ID, *base, "--segment", "3", "--set", "ok").code in (0, 1)
    written = run("export", SEED_ID, *base, "--format", "tmx", "--states", "ok", "-o", str(tmp_path / "ok.tmx"))
    assert written.code == 0, written.err
    import re

    said = re.search(r"left out (\d+) segment\(s\): (.*) \(--states", written.err)
    assert said and "still to do" in said.group(2)
    assert sum(int(n) for n in re.findall(r"(\d+) [a-z]", said.group(2))) == int(said.group(1))
