"""What CAT tools write in their own words into an XLIFF 1.2 or 2.0 (the thirty-first session's CAT-tool
trial: Trados, memoQ, Okapi and an XLIFF 2.0 tool saving press-reader's export). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.cli.test_import_together import _twice
from tests.cli.test_xliff_renamed_ids import _exported

SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"


def _unit(tree: etree._ElementTree, words: str) -> etree._Element:
    """The trans-unit whose target holds these words."""
    units = [e for e in tree.iter() if etree.QName(e).localname == "trans-unit"]
    return next(u for u in units if words in "".join(_target(u).itertext()))


def _target(unit: etree._Element) -> etree._Element:
    return next(e for e in unit if etree.QName(e).localname == "target")


def _trados(unit: etree._Element, text: str, conf: str) -> None:
    """The unit's target as Trados Studio saves a segment confirmed at this level."""
    _target(unit).text = text
    seg = etree.SubElement(etree.SubElement(unit, f"{{{SDL}}}seg-defs"), f"{{{SDL}}}seg", id="1", conf=conf)
    seg.tail = "\n"


def _drafted(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    """The export with one unit confirmed as translated and one left half-typed as a Trados draft."""
    lib, base, out = _exported(run, tmp_path)
    tree = etree.parse(str(out))
    _trados(
        _unit(tree, "en ligne"),
        "La déclaration se fera entièrement en ligne dès mai, indépendants compris.",
        "Translated",
    )
    _trados(_unit(tree, "chaque bureau"), "Qui a besoin d'aide pourra se rendre dès", "Draft")
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    return lib, base, out


def _targets(run, lib: tuple[str, str], base: list[str]) -> list[str]:  # noqa: ANN001
    return [s["target"] for s in run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]]


def test_a_trados_draft_is_skipped_as_unsure_and_said(run, tmp_path: Path):
    """A segment Trados keeps as 'Draft' (typed, never confirmed) was written over the good rendering
    (a CAT-tool trial); it is skipped and counted, as a target not translated yet is."""
    lib, base, out = _drafted(run, tmp_path)
    result = run(*lib, "import", str(out), "--json")
    assert result.code == 0, result.err
    assert "a draft" in result.err and len(result.json()["skipped"]) == 1, result.err
    targets = _targets(run, lib, base)
    assert any("indépendants compris" in t for t in targets)
    assert not any("pourra se rendre dès" in t for t in targets)
    assert any("dès juin dans chaque bureau" in t for t in targets)
    taken = run(*lib, "import", str(out), "--accept-copies", "--json")  # the translator's choice, as for a copy
    assert taken.code == 0 and any("pourra se rendre dès" in t for t in _targets(run, lib, base))


def test_twin_a_trados_draft_is_never_written_while_another_process_edits_the_release(run, tmp_path: Path):
    """The import and a review edit of the title at once: the draft is never written, the other
    process's edit stands, and the import's confirmed unit is in or refused in one line."""
    lib, base, out = _drafted(run, tmp_path)
    edit = "Une nouvelle déclaration"
    codes = _twice([*lib, "import", str(out)], [*lib, "review", *base, "--no-mt", "--segment", "1", "--edit", edit])
    assert codes[0] == 0 and set(codes) <= {0, 2}, codes
    targets = _targets(run, lib, base)
    assert not any("pourra se rendre dès" in t for t in targets)
    assert edit in targets and (codes == [0, 2] or any("indépendants compris" in t for t in targets))


def _asking_review(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path, list[int]]:  # noqa: ANN001
    """The export of a review with one sentence flagged, then a unit changed in the CAT tool and
    set needs-review-translation (Okapi's Ocelot does), the flagged one kept as exported."""
    lib, base, out = _exported(run, tmp_path)
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    flagged, changed = (next(i for i, s in enumerate(segments, 1) if w in s["target"]) for w in ("en ligne", "bureau"))
    assert run(*lib, "review", *base, "--no-mt", "--segment", str(flagged), "--set", "flagged").code == 0
    assert run(*lib, "export", *base, "--format", "xliff12", "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    assert _target(_unit(tree, "en ligne")).get("state") == "needs-review-translation"  # press-reader's flagged
    target = _target(_unit(tree, "chaque bureau"))
    target.text, target.attrib["state"] = (
        "Qui a besoin d'aide trouvera dès juin un guichet dans chaque bureau.",
        ("needs-review-translation"),
    )
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    return lib, base, out, [flagged, changed]


def test_needs_review_from_a_cat_tool_is_todo_and_press_readers_own_flagged_stays(run, tmp_path: Path):
    """XLIFF 1.2's needs-review-translation asks for another look, not a verdict: read as flagged, an
    Okapi trial's corrected segment was left out of the next TMX. Its text is taken, its state todo;
    a segment press-reader exported flagged (it writes that state) stays flagged."""
    lib, base, out, (flagged, changed) = _asking_review(run, tmp_path)
    result = run(*lib, "import", str(out), "--json")
    assert result.code == 0, result.err
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    assert "trouvera dès juin" in segments[changed - 1]["target"]
    assert segments[changed - 1]["status"] == "todo" and segments[flagged - 1]["status"] == "flagged"


def test_twin_needs_review_read_as_todo_while_another_process_sets_a_state(run, tmp_path: Path):
    """The import and a reviewer's 'ok' on the title at once: both stand, or the import is refused
    in one line; the segment the tool asked to look at again is never flagged."""
    lib, base, out, (flagged, changed) = _asking_review(run, tmp_path)
    codes = _twice([*lib, "import", str(out)], [*lib, "review", *base, "--no-mt", "--segment", "1", "--set", "ok"])
    assert codes[0] == 0 and set(codes) <= {0, 2}, codes
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    assert segments[flagged - 1]["status"] == "flagged" and segments[changed - 1]["status"] == "todo"
    ok, landed = segments[0]["status"] == "ok", "trouvera dès juin" in segments[changed - 1]["target"]
    # both landed, or exactly one was refused by name (the codes are sorted: either may be the one;
    # the review's mark refused as the import edited the release meanwhile failed one run in ten)
    assert (ok and landed) if codes == [0, 0] else (ok != landed), (codes, ok, landed)


X12 = "urn:oasis:names:tc:xliff:document:1.2"


def _commented(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    """The export with a reviewer's comment on three units, each in a tool's own words: memoQ's
    <mq:comment>, Trados' comment mark with its text in the file's <cmt-defs>, ITS' attribute."""
    lib, base, out = _exported(run, tmp_path)
    tree = etree.parse(str(out))
    root = tree.getroot()
    defs = etree.Element(f"{{{SDL}}}doc-info")
    thread = etree.SubElement(defs, f"{{{SDL}}}cmt-defs")
    thread = etree.SubElement(etree.SubElement(thread, f"{{{SDL}}}cmt-def", id="c7"), f"{{{SDL}}}Comments")
    etree.SubElement(thread, f"{{{SDL}}}Comment", user="relecteur").text = "Mai ou juin ?"
    root.insert(0, defs)
    target = _target(_unit(tree, "en ligne"))
    mark = etree.SubElement(target, f"{{{X12}}}mrk", mtype="x-sdl-comment", attrib={f"{{{SDL}}}cid": "c7"})
    mark.text, target.text = target.text, None
    unit = _unit(tree, "chaque bureau")
    comments = etree.SubElement(unit, "{MQXliff}comments")
    etree.SubElement(comments, "{MQXliff}comment", creatoruser="rev2").text = "Quel service au juste ?"
    target = _target(_unit(tree, "Nouvelles"))
    its = "{http://www.w3.org/2005/11/its}"
    issue = etree.SubElement(
        target, f"{{{X12}}}mrk", mtype="x-its", attrib={f"{its}locQualityIssueComment": "Trop court"}
    )
    issue.text, target.text = target.text, None
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    return lib, base, out


def _comments(run, lib: tuple[str, str], base: list[str]) -> dict[str, str]:  # noqa: ANN001
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    return {s["target"][:12]: s["comment"] for s in segments if s["comment"]}


def test_a_reviewers_comment_in_memoq_trados_or_its_words_is_the_units_comment(run, tmp_path: Path):
    """memoQ's <mq:comment>, Trados' comment mark and ITS' locQualityIssueComment were dropped in
    silence (a CAT-tool trial); each is the review comment, signed with its author where it names one,
    and the text it marks is taken as it was."""
    lib, base, out = _commented(run, tmp_path)
    result = run(*lib, "import", str(out), "--json")
    assert result.code == 0, result.err
    assert _comments(run, lib, base) == {
        "La déclarati": "relecteur: Mai ou juin ?",
        "Qui a besoin": "rev2: Quel service au juste ?",
        "Nouvelles rè": "Trop court",
    }
    again = tmp_path / "again.xlf"  # exported with the comments, the tool's kept beside press-reader's notes
    assert run(*lib, "export", *base, "--format", "xliff12", "-o", str(again)).code == 0
    tree = etree.parse(str(again))
    comments = etree.SubElement(_unit(tree, "chaque bureau"), "{MQXliff}comments")
    etree.SubElement(comments, "{MQXliff}comment", creatoruser="rev2").text = "Quel service au juste ?"
    tree.write(str(again), xml_declaration=True, encoding="utf-8")
    back = run(*lib, "import", str(again), "--json")
    assert back.code == 0 and back.json()["changes"] == [], back.out  # never said twice


def test_twin_comments_in_a_tools_words_while_another_process_comments_another_segment(run, tmp_path: Path):
    """The import and a reviewer's comment on another segment at once: both stand, or the import is refused
    in one line and the other's stands."""
    lib, base, out = _commented(run, tmp_path)
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    number = next(i for i, s in enumerate(segments, 1) if "volgen later" in s["source"])
    other = [*lib, "review", *base, "--no-mt", "--segment", str(number), "--comment", "Vague"]
    codes = _twice([*lib, "import", str(out)], other)
    assert codes[0] == 0 and set(codes) <= {0, 2}, codes
    said = _comments(run, lib, base)
    assert "Vague" in said.values()
    assert codes == [0, 2] or "rev2: Quel service au juste ?" in said.values()


X20 = "urn:oasis:names:tc:xliff:document:2.0"


def _placeholders(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    """The XLIFF 2.0 export with placeholders a CAT tool put between words: one that stands for no
    text, one whose disp is a backslash and an n, one before a full stop; and a 1.2 <x/> likewise."""
    lib, base, _out = _exported(run, tmp_path)
    out = tmp_path / "r20.xlf"
    assert run(*lib, "export", *base, "--format", "xliff", "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    targets = [e for e in tree.iter(f"{{{X20}}}target")]
    edits = {
        "en ligne": ("La déclaration se fera", {"id": "1"}, "en ligne dès mai."),
        "chaque bureau": ("Qui a besoin d'aide trouvera", {"id": "2", "disp": "\\n"}, "un guichet dans chaque bureau."),
        "Nouvelles": ("Nouvelles règles", {"id": "3"}, "."),
    }
    for words, (before, attributes, after) in edits.items():
        target = next(t for t in targets if words in "".join(t.itertext()))
        target.text = before
        etree.SubElement(target, f"{{{X20}}}ph", attrib=attributes).tail = after
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    return lib, base, out


def test_a_placeholder_between_two_words_keeps_them_apart(run, tmp_path: Path):
    """'diminué<ph id="1"/>de' was taken as 'diminuéde', and disp="\\n" written as a backslash and an n
    was no line break (an XLIFF 2.0 trial): a space goes between the words; none before punctuation."""
    lib, base, out = _placeholders(run, tmp_path)
    result = run(*lib, "import", str(out), "--json")
    assert result.code == 0, result.err
    targets = _targets(run, lib, base)
    assert "La déclaration se fera en ligne dès mai." in targets
    assert "Qui a besoin d'aide trouvera un guichet dans chaque bureau." in targets
    assert "Nouvelles règles." in targets


def test_an_xliff_1_2_placeholder_between_two_words_keeps_them_apart(tmp_path: Path):
    from reader.core.importer.xliff_read import read_xliff

    path = tmp_path / "x.xlf"
    path.write_text(
        f'<xliff xmlns="{X12}" version="1.2"><file original="x" source-language="nl" target-language="fr"'
        ' datatype="plaintext"><body><trans-unit id="u1"><source>Een twee.</source><target>Un<x id="1"/>deux'
        '<ph id="2">&lt;br/&gt;</ph>trois<x id="3"/>.</target></trans-unit></body></file></xliff>',
        encoding="utf-8",
    )
    assert read_xliff(path).units[0].target == "Un deux trois."


def test_twin_placeholders_between_words_while_another_process_edits_another_segment(run, tmp_path: Path):
    """The import and a review edit of another segment at once: both stand (words kept apart), or the
    import is refused in one line and the other's edit stands."""
    lib, base, out = _placeholders(run, tmp_path)
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    number = next(i for i, s in enumerate(segments, 1) if "volgen later" in s["source"])
    edit = "D'autres précisions suivront bientôt."
    codes = _twice(
        [*lib, "import", str(out)], [*lib, "review", *base, "--no-mt", "--segment", str(number), "--edit", edit]
    )
    assert codes[0] == 0 and set(codes) <= {0, 2}, codes
    targets = _targets(run, lib, base)
    assert edit in targets and not any("trouveraun" in t or "feraen" in t for t in targets)
    assert codes == [0, 2] or "La déclaration se fera en ligne dès mai." in targets
