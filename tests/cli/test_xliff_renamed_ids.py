"""A CAT tool that renumbers the units (memoQ, Phrase: 'u1', 'u2' for press-reader's ids): units are
matched by their source, and a sentence said twice is matched in order (the second's edit was
written over the first: a CAT-tool trial). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

NL = (
    "Nieuwe regels voor de aangifte\n\nBrussel, 3 april 2025\n\n"
    "De aangifte kan vanaf mei volledig online, ook voor wie een eigen zaak heeft. De details volgen later.\n\n"
    "Wie hulp nodig heeft, kan vanaf juni terecht in elk kantoor van de dienst. De details volgen later.\n"
)
FR = (
    "Nouvelles règles pour la déclaration\n\nBruxelles, le 3 avril 2025\n\n"
    "La déclaration peut se faire entièrement en ligne dès mai, y compris pour les indépendants. "
    "Les détails suivront.\n\n"
    "Qui a besoin d'aide peut se rendre dès juin dans chaque bureau du service. Les détails suivront.\n"
)


def _exported(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    """The pair in a library (the French an unofficial rendering, so edits are written to it) and
    its XLIFF 1.2 export: the library flag, the review's arguments, the file."""
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    made = run(*lib, "import", str(tmp_path / "nl.txt"), "--title", "Nieuwe regels voor de aangifte", "--json")
    assert made.code == 0, made.err
    release = made.json()["id"]
    french = ["--release", release, "--lang", "fr", "--provenance", "unofficial", "--title", "Nouvelles règles"]
    assert run(*lib, "import", str(tmp_path / "fr.txt"), *french).code == 0
    base = [release, "--source", "nl", "--target", "fr"]
    out = tmp_path / "r.xlf"
    assert run(*lib, "export", *base, "--format", "xliff12", "-o", str(out)).code == 0
    return lib, base, out


def test_a_sentence_said_twice_is_matched_in_order_when_the_ids_were_renumbered(run, tmp_path: Path):
    lib, base, out = _exported(run, tmp_path)
    tree = etree.parse(str(out))
    units = [e for e in tree.iter() if etree.QName(e).localname == "trans-unit"]
    for number, unit in enumerate(units, 1):
        unit.set("id", f"u{number}")
    twice = [
        u
        for u in units
        if "volgen later" in "".join(next(e for e in u if etree.QName(e).localname == "source").itertext())
    ]
    assert len(twice) == 2
    target = next(e for e in twice[1] if etree.QName(e).localname == "target")
    target.text = "D'autres précisions suivront."
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    result = run(*lib, "import", str(out))
    assert result.code == 0, result.err
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    later = [s["target"] for s in segments if "volgen later" in s["source"]]
    assert later == ["Les détails suivront.", "D'autres précisions suivront."], later


def test_a_tracked_deletion_a_cat_tool_kept_is_not_taken_as_text(run, tmp_path: Path):
    """memoQ keeps a tracked change's deleted run in the target (<mrk mtype="x-mq-tc" mq:tctype="del">):
    it was written with the text ('rouler à deux à deux personnes', a CAT-tool trial)."""
    lib, base, out = _exported(run, tmp_path)
    text = out.read_text(encoding="utf-8")
    tracked = (
        'Qui a besoin d\'aide peut se rendre <mrk mtype="x-mq-tc" mq:tctype="del" xmlns:mq="MQXliff">dès juin '
        '</mrk><mrk mtype="x-mq-tc" mq:tctype="ins" xmlns:mq="MQXliff">à partir de juin </mrk>dans chaque bureau'
    )
    assert text.count("Qui a besoin d'aide peut se rendre dès juin dans chaque bureau") == 1  # the target
    out.write_text(text.replace("Qui a besoin d'aide peut se rendre dès juin dans chaque bureau", tracked), "utf-8")
    assert run(*lib, "import", str(out)).code == 0
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    (said,) = [s["target"] for s in segments if "chaque bureau" in s["target"]]
    assert said.startswith("Qui a besoin d'aide peut se rendre à partir de juin dans chaque bureau"), said


def test_an_empty_target_is_never_taken_even_with_accept_copies(run, tmp_path: Path):
    """Taken, it refused the whole file at the write (the file's real edit lost with it), exit 2,
    though the dry run had said it would apply (a CAT-tool trial)."""
    lib, base, out = _exported(run, tmp_path)
    tree = etree.parse(str(out))
    targets = [e for e in tree.iter() if etree.QName(e).localname == "target"]
    edited = next(t for t in targets if "chaque bureau" in (t.text or ""))
    edited.text = (edited.text or "").replace("dès juin", "à partir de juin")
    emptied = next(t for t in targets if "en ligne" in (t.text or ""))
    emptied.text = ""
    tree.write(str(out), xml_declaration=True, encoding="utf-8")
    for args in (["--dry-run"], []):
        result = run(*lib, "import", str(out), "--accept-copies", *args)
        assert result.code == 0 and "the empty ones never" in result.err, result.err
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    assert any("à partir de juin" in s["target"] for s in segments)
    assert any("en ligne" in s["target"] for s in segments)
