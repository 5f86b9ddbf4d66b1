"""`history --diff STAMP`: what changed from an earlier text to the current one, word by word, so a
translator can judge an edit before restoring; a read-only command, so it has no two-writer twin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.core.text.changes import changes

NL = "Nieuwe brug over de Leie\n\nKortrijk, 3 maart 2025\n\nDe brug kost 4 miljoen euro.\n\nZe opent in juni.\n"
FR = (
    "Nouveau pont sur la Lys\n\nCourtrai, le 3 mars 2025\n\n"
    "Le pont coûte {amount} millions d'euros.\n\nIl ouvre en juin.\n"
)


def test_a_changed_amount_is_one_changed_word_in_its_paragraph():
    found = changes(
        "Le pont coûte 4 millions.\n\nIl ouvre en juin.\n", "Le pont coûte 5 millions.\n\nIl ouvre en juin.\n"
    )
    assert len(found) == 1 and found[0].kind == "changed" and (found[0].old_line, found[0].new_line) == (1, 1)
    assert [(p.kind, p.text) for p in found[0].pieces if p.kind != "same"] == [("old", "4"), ("new", "5")]
    assert found[0].to_json()["new"] == "Le pont coûte 5 millions."


def test_removed_and_added_paragraphs_are_named_by_their_line():
    found = changes("Un.\n\nDeux.\n", "Un.\n\nDeux.\n\nTrois.\n")
    assert [(c.kind, c.old_line, c.new_line) for c in found] == [("added", None, 5)]
    assert [(c.kind, c.old_line) for c in changes("Un.\n\nDeux.\n", "Un.\n")] == [("removed", 3)]
    assert changes("Un.\n", "Un.\n") == []


def _replaced_once(run: Any, tmp_path: Path) -> tuple[tuple[str, str], str, Path, str]:
    """A release whose French was imported again with 5 millions for 4: its one revision's stamp."""
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    fr = tmp_path / "fr.txt"
    fr.write_text(FR.format(amount=4), encoding="utf-8")
    release_id = run(*lib, "import", str(tmp_path / "nl.txt"), "--json").json()["id"]
    assert run(*lib, "import", str(fr), "--release", release_id).code == 0
    fr.write_text(FR.format(amount=5), encoding="utf-8")
    assert run(*lib, "import", str(fr), "--release", release_id, "--force").code == 0
    return lib, release_id, fr, run(*lib, "history", release_id, "--json").json()[0]["stamp"]


def test_history_diff_shows_the_words_an_import_changed(run: Any, tmp_path: Path):
    lib, release_id, fr, stamp = _replaced_once(run, tmp_path)
    shown = run(*lib, "history", release_id, "--diff", stamp)  # no --lang: the stamp's language
    assert shown.code == 0, shown.err
    assert "[-4-]{+5+}" in shown.out and "(fr)" in shown.out
    data = run(*lib, "history", release_id, "--diff", stamp, "--json").json()
    assert data["lang"] == "fr" and [c["kind"] for c in data["changes"]] == ["changed"]
    assert "4 millions" in data["changes"][0]["old"] and "5 millions" in data["changes"][0]["new"]
    both = run(*lib, "history", release_id, "--diff", stamp, "--show", stamp)
    assert both.code == 2 and "--show and --diff together" in both.err
    unknown = run(*lib, "history", release_id, "--diff", "20990101T000000000000Z")
    assert unknown.code == 2 and "no earlier text" in unknown.err and "Traceback" not in unknown.err


def test_a_rewritten_paragraph_is_shown_replaced_whole_not_interleaved():
    (change,) = changes("Le ministre visite le port.\n", "Une nouvelle ligne de bus relie la gare.\n")
    assert [(p.kind, p.text) for p in change.pieces] == [
        ("old", "Le ministre visite le port."),
        ("new", "Une nouvelle ligne de bus relie la gare."),
    ]


def test_a_stamp_in_no_history_is_said_of_the_release_and_a_unique_start_is_enough(run: Any, tmp_path: Path):
    lib, release_id, fr, stamp = _replaced_once(run, tmp_path)
    bogus = run(*lib, "history", release_id, "--diff", "bogus")
    assert bogus.code == 2 and "no earlier text 'bogus'" in bogus.err and "languages with history: fr" in bogus.err
    assert "of 'nl'" not in bogus.err
    start = run(*lib, "history", release_id, "--diff", stamp[:15])  # the start of the one stamp
    assert start.code == 0 and "[-4-]{+5+}" in start.out
    fr.write_text(FR.format(amount=6), encoding="utf-8")
    assert run(*lib, "import", str(fr), "--release", release_id, "--force").code == 0
    two = run(*lib, "history", release_id, "--show", stamp[:8])  # the day: both stamps begin so
    assert two.code == 2 and "2 revisions of 'fr' start with" in two.err


def test_a_change_of_spacing_alone_is_shown_visibly():
    """'[- -]{+ +}' said nothing: a space shows as '␣', a no-break space as '⍽'."""
    from reader.core.text.changes import visible

    (change,) = changes("soit 15\u00a0% de plus\n", "soit 15 % de plus\n")
    shown = [(p.kind, visible(p.text)) for p in change.pieces if p.kind != "same"]
    assert shown == [("old", "⍽"), ("new", "␣")]
    assert visible(" word ") == " word "  # a piece with words keeps its spaces as they are


def test_a_headline_changed_alone_is_a_change(run: Any, tmp_path: Path):
    """An edit of the headline alone read 'no paragraph differs' (a trial): the title is compared too."""
    lib, release_id, fr, _stamp = _replaced_once(run, tmp_path)
    fr.write_text(FR.format(amount=5).replace("Nouveau pont", "Un nouveau pont"), encoding="utf-8")
    assert run(*lib, "import", str(fr), "--release", release_id, "--force").code == 0
    stamp = run(*lib, "history", release_id, "--json").json()[-1]["stamp"]
    shown = run(*lib, "history", release_id, "--diff", stamp)
    assert shown.code == 0 and "title: [-Nouveau-]{+Un nouveau+} pont" in shown.out, shown.out
    assert "no paragraph differs" not in shown.out
    data = run(*lib, "history", release_id, "--diff", stamp, "--json").json()
    assert data["title"] == {"before": "Nouveau pont sur la Lys", "now": "Un nouveau pont sur la Lys"}
