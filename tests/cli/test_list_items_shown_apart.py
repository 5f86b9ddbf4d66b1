"""Two list items one side sets against one of the other's (a 2-1 segment) were shown run together,
'het aanslagbiljet van vorig jaar uw bankgegevens' (trial R): in `check`, in `review` and
in the TUI's review, side by side. They are shown a line each; the texts the checks read and the
review's keys hang on are as they were (two sentences of one paragraph still run on). Own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.model import Block

NL = """Een premie voor wie zijn dak isoleert

4 februari 2026

De premie wordt aangevraagd bij de gemeente. De aanvraag duurt tien minuten.

Voeg drie stukken toe:

- uw identiteitskaart
- het aanvraagformulier van vorig jaar
- uw rekeningnummer
"""
FR = """Une prime pour l'isolation de la toiture

4 février 2026

La prime se demande auprès de la commune, en dix minutes.

Joignez trois pièces :

- votre carte d'identité
- le formulaire de demande de l'année dernière
"""
ID = "2026-02-04-een-premie-voor-wie-zijn-dak"


def _release() -> object:
    from tests.core.releases import block_release

    items = ("uw identiteitskaart", "het aanvraagformulier van vorig jaar", "uw rekeningnummer")
    nl = [Block("paragraph", "Voeg drie stukken toe:")] + [Block("list_item", t) for t in items]
    fr = [Block("paragraph", "Joignez trois pièces :")] + [
        Block("list_item", t) for t in ("votre carte d'identité", "le formulaire de demande de l'année dernière")
    ]
    return block_release(nl, fr)


def test_a_segment_of_two_list_items_shows_them_a_line_each():
    from reader.core.review.checks import check_release

    for src, tgt in (("nl", "fr"), ("fr", "nl")):
        report = check_release(_release(), src, tgt)  # type: ignore[arg-type]
        merged = next(p for p in report.pairs if p.shape in ("2-1", "1-2"))
        side, text = (merged.source_lines, merged.source) if src == "nl" else (merged.target_lines, merged.target)
        assert side == "het aanvraagformulier van vorig jaar\nuw rekeningnummer", side
        assert text == "het aanvraagformulier van vorig jaar uw rekeningnummer"  # what the checks and the key read
        if src == "nl":  # the flag quotes the two items as they are shown
            flag = next(f for f in merged.flags if f.code == "enumeration")
            assert "«het aanvraagformulier van vorig jaar / uw rekeningnummer»" in flag.message, flag.message


def test_two_sentences_of_one_paragraph_still_run_on():
    from reader.core.align import AlignedPair, align_sentences

    block = AlignedPair(
        "paragraph",
        ["De premie wordt aangevraagd bij de gemeente. De aanvraag duurt tien minuten."],
        ["La prime se demande auprès de la commune, en dix minutes."],
        0,
        0,
    )
    (pair,) = align_sentences([block], "nl", "fr")
    assert pair.shape == "2-1" and pair.source_lines == pair.source_text and "\n" not in pair.source_lines


def test_check_and_review_show_the_items_a_line_each(run, lib: Path, tmp_path: Path):  # noqa: ANN001
    (tmp_path / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    assert run("import", str(tmp_path / "nl.txt")).code == 0
    assert run("import", str(tmp_path / "fr.txt"), "--release", ID).code == 0
    said = run("check", ID, "--no-mt", "--source", "nl", "--target", "fr").out
    assert "  nl: het aanvraagformulier van vorig jaar\n      uw rekeningnummer\n" in said, said
    table = run("review", ID, "--no-mt", "--source", "nl", "--target", "fr").out
    lines = table.splitlines()
    at = next(n for n, line in enumerate(lines) if "│ het aanvraagformulier van vorig jaar " in line)
    assert lines[at + 1].split("│")[3].strip() == "uw rekeningnummer", table  # its nl cell: the second item
    segments = run("review", ID, "--no-mt", "--source", "nl", "--target", "fr", "--json").json()["segments"]
    assert any(s["source"] == "het aanvraagformulier van vorig jaar uw rekeningnummer" for s in segments)  # as before


async def test_the_tui_review_shows_each_item_under_its_bullet():
    from textual.app import App, ComposeResult

    from reader.core.review.checks import check_release
    from reader.tui.controllers.review_session import ReviewSession
    from reader.tui.widgets.aligned import AlignedView

    session = ReviewSession(_release(), "nl", "fr")  # type: ignore[arg-type]
    session.report = check_release(session.release, "nl", "fr")
    merged = next(row for row in session.rows() if "aanvraagformulier" in row.left)

    class _One(App[None]):
        def compose(self) -> ComposeResult:
            yield AlignedView(id="aligned")

    app = _One()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.query_one(AlignedView)
        view.set_rows([merged])
        await pilot.pause()
        left = view._layout[0][0]
        assert left[:2] == ["• het aanvraagformulier van vorig jaar", "• uw rekeningnummer"], left
