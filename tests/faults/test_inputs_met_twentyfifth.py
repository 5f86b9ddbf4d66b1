"""Ways input went wrong met in the nineteenth session (2026-12-03), by a translator exchanging with
a CAT tool: native code in an XLIFF target ('<ph>&lt;br/&gt;</ph>'), which became words of the release;
a billion laughs, said in libxml's words. One line each, or the work done; never exit 70."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_edit_cli import _segments, _xml, xliff_1_2
from tests.conftest import SEED_ID


def test_xliff_1_2_native_code_in_a_target_is_no_text(run, lib: Path, tmp_path: Path):
    """A CAT tool's '<ph>&lt;br/&gt;</ph>' or '<bpt>&lt;b&gt;</bpt>…<ept>&lt;/b&gt;</ept>' is the
    original format's code: it was pasted into the release as words. Its text stays, its code goes."""
    before = _segments(run)
    words = before[4]["target"].split(" ")
    tagged = (
        f'<bpt id="1">&lt;b&gt;</bpt>{_xml(words[0])}<ept id="1">&lt;/b&gt;</ept> '
        + _xml(" ".join(words[1:]))
        + ' Modifié.<ph id="2">&lt;br/&gt;</ph><it id="3" pos="open">&lt;i&gt;</it>'
    )
    units = "".join(
        f'<trans-unit id="s{i}-x"><source>{_xml(s["source"])}</source>'
        f"<target>{tagged if i == 5 else _xml(s['target'])}</target></trans-unit>"
        for i, s in enumerate(before, 1)
    )
    xlf = xliff_1_2(tmp_path / "cat.xlf", units, "html")
    result = run("import", str(xlf), "--release", SEED_ID)
    assert result.code in (0, 1), result.err
    after = _segments(run)
    assert after[4]["target"] == before[4]["target"] + " Modifié."
    assert "<" not in (lib / SEED_ID / "fr.md").read_text(encoding="utf-8")


def test_an_xliff_billion_laughs_is_said_as_any_file_declaring_entities(run, lib: Path, tmp_path: Path):
    """The parser stopped it first, and the user read libxml's 'Maximum entity amplification factor
    exceeded, see xmlCtxtSetMaxAmplification' (a new user's trial)."""
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(9)
    )
    laughs = tmp_path / "laughs.xlf"
    laughs.write_text(
        f'<?xml version="1.0"?><!DOCTYPE xliff [{entities}]>'
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="nl" trgLang="fr">'
        f'<file id="f" original="press-reader:{SEED_ID}"><unit id="s1-x"><segment>'
        "<source>&j;</source><target>&j;</target></segment></unit></file></xliff>",
        encoding="utf-8",
    )
    result = run("import", str(laughs))
    assert result.code == 2 and "declares XML entities" in result.err and "xmlCtxt" not in result.err
    assert len(result.err.strip().splitlines()) == 1
