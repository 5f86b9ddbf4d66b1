"""A reviser's verdict in Trados' and memoQ's own attributes (a CAT-tool trial: a sign-off stayed
'todo', a rejected translation became 'todo' and went into the next TMX). Files in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.xliff_read import read_xliff

FILE = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"
 xmlns:mq="MQXliff">
<file original="press-reader:2025-01-01-x" source-language="nl" target-language="fr" datatype="plaintext"><body>
<trans-unit id="u1"><source>Een.</source><target state="translated">Un.</target>
 <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff"/></sdl:seg-defs></trans-unit>
<trans-unit id="u2"><source>Twee.</source><target state="translated">Deux.</target>
 <sdl:seg-defs><sdl:seg id="2" conf="RejectedTranslation"/></sdl:seg-defs></trans-unit>
<trans-unit id="u3" mq:status="Rejected"><source>Drie.</source><target>Trois.</target></trans-unit>
<trans-unit id="u4" mq:status="ManuallyConfirmed"><source>Vier.</source>
 <target state="translated">Quatre.</target></trans-unit>
</body></file></xliff>
"""


def test_a_sign_off_is_ok_a_rejection_flagged_and_a_translators_confirmation_translated(tmp_path: Path):
    path = tmp_path / "tools.xlf"
    path.write_text(FILE, encoding="utf-8")
    assert [u.status for u in read_xliff(path).units] == ["ok", "flagged", "flagged", "todo"]


def test_an_xliff_under_another_name_is_told_by_its_start_whatever_its_byte_order_mark(tmp_path: Path):
    """Trados writes a BOM on every .sdlxliff: it was refused as an unsupported file (a CAT-tool trial)."""
    from reader.commands.import_xliff import xliff_inside

    for name, data in (
        ("job.sdlxliff", b"\xef\xbb\xbf" + FILE.encode("utf-8")),
        ("job.xliff12", "\ufeff".encode("utf-16-le") + FILE.encode("utf-16-le")),
        ("plain.xml", FILE.encode("utf-8")),
    ):
        (tmp_path / name).write_bytes(data)
        assert xliff_inside(tmp_path / name), name
    (tmp_path / "page.xml").write_bytes(b"\xef\xbb\xbf<?xml version='1.0'?><html><body>x</body></html>")
    assert not xliff_inside(tmp_path / "page.xml")


def test_a_machine_suggestion_no_translator_took_up_is_no_rendering(tmp_path: Path):
    """A target marked 'mt-suggestion' (as press-reader marks its own machine text) was written into
    the human version as a translator's edit (a CAT-tool trial); once final, it is one."""
    path = tmp_path / "mt.xlf"
    path.write_text(
        FILE.replace(
            '<target state="translated">Un.</target>',
            '<target state="translated" state-qualifier="mt-suggestion">Un.</target>',
        ).replace(
            '<target state="translated">Deux.</target>',
            '<target state="final" state-qualifier="mt-suggestion">Deux.</target>',
        ),
        encoding="utf-8",
    )
    assert [u.unsure for u in read_xliff(path).units][:2] == [True, False]


def test_an_its_comment_in_an_xliff_2_unit_is_its_comment_beside_a_note(tmp_path: Path):
    """ITS' locQualityIssueComment (Okapi's Ocelot writes it) was dropped in silence: read with the notes."""
    path = tmp_path / "its.xlf"
    path.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its"'
        ' version="2.0" srcLang="nl" trgLang="fr"><file id="f"><unit id="u1"><notes><note>Vu.</note></notes>'
        '<segment state="translated"><source>Een.</source><target><mrk id="m1" type="its:any"'
        ' its:locQualityIssueComment="Un seul ?">Un.</mrk></target></segment></unit></file></xliff>',
        encoding="utf-8",
    )
    (unit,) = read_xliff(path).units
    assert (unit.target, unit.comment) == ("Un.", "Vu.\nUn seul ?")
