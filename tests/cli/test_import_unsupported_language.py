"""A page in a language press-reader keeps no version in (German, which the language guesser tells
apart) is named as such: trial C was told 'cannot tell the language (not Dutch, French or English
enough); use --lang nl|fr|en', followed the hint, and had German stored as the official French
version, then spread to the memory and the CAT tools' files."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice

# written for these tests: a made-up notice of a made-up municipality
DE_PAGE = (
    "Neue Spielplätze in drei Dörfern\n\n12. März 2026\n\n"
    "Die Gemeinde baut in diesem Jahr drei neue Spielplätze, jeweils neben der Schule und dem Dorfhaus. "
    "Die Arbeiten beginnen nach den Osterferien und sollen vor dem Sommer abgeschlossen sein.\n\n"
    "Die Kosten von rund zweihunderttausend Euro trägt zum größten Teil die Gemeinde selbst. "
    "Die Eltern können ihre Wünsche bis Ende April schriftlich oder im Rathaus einreichen.\n"
)


DATED = ("--date", "2026-03-12")  # German date lines are not read (only ours are)


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "spielplaetze.txt"
    page.write_text(DE_PAGE, encoding="utf-8")
    return page


def _releases(library: Path) -> list[Path]:
    return [p for p in library.iterdir() if not p.name.startswith(".")] if library.exists() else []


def test_a_german_page_is_refused_by_name_without_a_hint_to_store_it_as_ours(run, tmp_path: Path):
    library, page = tmp_path / "lib", _page(tmp_path)
    for dry in ((), ("--dry-run",)):
        refused = run("--library", str(library), "import", str(page), *dry)
        assert refused.code == 2 and refused.err.count("\n") == 1, refused.err
        assert "spielplaetze.txt: the text reads as German, a language not supported" in refused.err
        assert "--lang" not in refused.err and "cannot tell" not in refused.err
    assert not _releases(library)


def test_a_language_of_ours_asked_for_a_plainly_german_page_is_refused_unless_forced(run, tmp_path: Path):
    library, page = tmp_path / "lib", _page(tmp_path)
    for lang in ("nl", "fr", "en"):
        refused = run("--library", str(library), "import", str(page), "--lang", lang, *DATED)
        assert refused.code == 2 and refused.err.count("\n") == 1, refused.err
        assert f"reads as German (not supported), not '{lang}'; use --force" in refused.err
        assert "--lang de" not in refused.err
    assert not _releases(library)
    forced = run("--library", str(library), "import", str(page), "--lang", "fr", "--force", "--json", *DATED)
    assert forced.code == 0, forced.err
    assert "detected German (not supported), imported as fr as asked" in forced.err


def test_twin_two_processes_asking_a_language_of_ours_for_a_german_page_are_both_refused(run, tmp_path: Path):
    library, page = tmp_path / "lib", _page(tmp_path)
    library.mkdir()
    codes = twice(["--library", str(library), "import", str(page), "--lang", "nl", "--issuer", "Gemeinde", *DATED])
    assert codes == [2, 2] and not _releases(library), codes


def test_translate_text_in_german_says_so(run, tmp_path: Path):
    text = "Die Gemeinde baut in diesem Jahr drei neue Spielplätze neben der Schule und dem Dorfhaus."
    said = run("--library", str(tmp_path / "lib"), "translate", "--text", text, "--to", "en")
    assert said.code == 2 and "--text reads as German, a language not supported" in said.err, said.err
    assert "--from" not in said.err


def test_validate_names_a_version_whose_text_reads_as_german(run, tmp_path: Path):
    """Trial C's German stored as French (--lang fr, as the old hint said) passed validate: '0 problem(s)'."""
    library, page = tmp_path / "lib", _page(tmp_path)
    forced = run("--library", str(library), "import", str(page), "--lang", "fr", "--force", "--json", *DATED)
    assert forced.code == 0, forced.err
    release_id = forced.json()["id"]
    checked = run("--library", str(library), "validate")
    said = checked.out + checked.err
    assert checked.code != 0 and "fr.md" in said and "reads as German (not supported), not 'fr'" in said, said
    assert f"remove {release_id})" in said  # the original: the release goes, not '--lang fr' (refused for it)
