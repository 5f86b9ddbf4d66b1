"""Inputs the thirty-sixth session's trials met, each refused in one line naming the file, nothing
written: a page in German (once stored as an official Dutch version when the refusal's own hint was
followed), and a TMX whose declaration names Latin-1 over UTF-8 bytes (once learned as mojibake).
Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_memory_tmx_import import tmx, tu
from tests.faults.conftest import one_line_error, tree_hashes

GERMAN = (
    "Neue Radwege zwischen drei Gemeinden\n\n12. März 2026\n\n"
    "Die Provinz baut im Frühjahr vierzehn Kilometer Radweg zwischen drei Gemeinden im Osten des Landes, "
    "die bisher nur über eine stark befahrene Landstraße miteinander verbunden waren.\n\n"
    "Die Arbeiten beginnen im September und dauern zwei Jahre, in zwei Abschnitten, damit der Verkehr "
    "während der ganzen Zeit auf mindestens einer Spur weiterfließen kann.\n"
)


def test_a_page_in_german_is_refused_as_german_and_nothing_is_written(run, lib: Path, tmp_path: Path):
    page = tmp_path / "radwege.txt"
    page.write_text(GERMAN, encoding="utf-8")
    before = tree_hashes(lib)
    one_line_error(run("import", str(page)), str(page), "German")
    one_line_error(run("import", str(page), "--lang", "nl", "--date", "2026-03-12"), str(page), "German")
    assert tree_hashes(lib) == before


def test_a_tmx_declared_latin1_over_utf8_bytes_is_refused_and_nothing_learned(run, lib: Path, tmp_path: Path):
    text = tmx(tu("De molen draait weer in Liège.", "Le moulin tourne à nouveau à Liège, dit le député."))
    path = tmp_path / "geheugen.tmx"
    path.write_bytes(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("utf-8"))
    one_line_error(run("memory", "--import", str(path)), str(path))
    listed = run("memory", "--imported", "--json")
    assert listed.code == 0 and "geheugen" not in listed.out
