"""A version made the original by `original ID xx` shows the issuer its own page named: trial B
(thirty-fifth session, B-6) made an English page the original of a release its Dutch page had made,
and the English reader's header showed the Dutch issuer, its letterhead naming the English one.
Texts in our own words."""

from __future__ import annotations

from pathlib import Path

NL = (
    "Federaal Planbureau\n\nGroei van de economie vertraagt volgend jaar\n\nBrussel, 3 maart 2026\n\n"
    "De economie groeit volgend jaar met 1,1 %, na 1,4 % dit jaar, zo verwacht het bureau.\n"
)
EN = (
    "Federal Planning Bureau\n\nEconomic growth slows next year\n\nBrussels, 3 March 2026\n\n"
    "The economy grows by 1.1% next year, after 1.4% this year, the bureau expects.\n"
)


def test_an_english_original_set_afterwards_shows_its_own_issuer(run, tmp_path: Path):  # noqa: ANN001
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    for lang, text in (("nl", NL), ("en", EN)):
        (tmp_path / f"groei_{lang}.txt").write_text(text, encoding="utf-8")
    done = run("--library", str(lib), "import", str(tmp_path / "groei_nl.txt"), str(tmp_path / "groei_en.txt"))
    assert done.code == 0, done.err
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert run("--library", str(lib), "original", release["id"], "en").code == 0
    shown = run("--library", str(lib), "show", release["id"], "--lang", "en", "--json").json()
    assert shown["issuer"] == "Federal Planning Bureau"
    (listed,) = run("--library", str(lib), "list", "--search", "growth", "--json").json()
    assert listed["issuers"]["en"] == "Federal Planning Bureau"
    assert run("--library", str(lib), "show", release["id"], "--lang", "nl", "--json").json()["issuer"] == (
        "Federaal Planbureau"
    )
