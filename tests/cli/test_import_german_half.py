"""A file holding German beside Dutch or French (the same release twice, as a bilingual Community
or federal service sends it) is said as a bilingual document, as Dutch beside French was: trial C
(F3) had the German half stored inside the Dutch or French version with no word, in .txt, .html and
.docx alike; a German half first was refused as 'not Dutch, French or English enough'."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice

# written for these tests: a made-up notice of a made-up municipality, in its three languages
NL = [
    "De gemeente legt dit jaar drie nieuwe speelpleinen aan, telkens naast de school en het dorpshuis.",
    "De werken beginnen na de paasvakantie en moeten voor de zomer klaar zijn.",
    "De kosten van ongeveer tweehonderdduizend euro draagt grotendeels de gemeente zelf.",
]
FR = [
    "La commune aménage cette année trois nouvelles plaines de jeux, chaque fois à côté de l'école.",
    "Les travaux commencent après les vacances de Pâques et doivent être terminés avant l'été.",
    "Le coût d'environ deux cent mille euros est pris en charge en grande partie par la commune.",
]
DE = [
    "Die Gemeinde baut in diesem Jahr drei neue Spielplätze, jeweils neben der Schule und dem Dorfhaus.",
    "Die Arbeiten beginnen nach den Osterferien und sollen vor dem Sommer abgeschlossen sein.",
    "Die Kosten von rund zweihunderttausend Euro trägt zum größten Teil die Gemeinde selbst.",
]
NL_HEAD = "Drie nieuwe speelpleinen in de dorpen\n\nEupen, 12 maart 2026\n\n"
FR_HEAD = "Trois nouvelles plaines de jeux dans les villages\n\nEupen, le 12 mars 2026\n\n"
DE_HEAD = "Drei neue Spielplätze in den Dörfern\n\n"


def _txt(tmp_path: Path, name: str, text: str) -> Path:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return page


def test_dutch_then_german_in_one_text_is_said_as_a_bilingual_document(run, tmp_path: Path):
    page = _txt(tmp_path, "nl-de.txt", NL_HEAD + "\n\n".join(NL) + "\n\n" + DE_HEAD + "\n\n".join(DE) + "\n")
    said = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--issuer", "Gemeente")
    assert said.code == 0, said.err
    line = next(line for line in said.err.splitlines() if "bilingual document" in line)
    assert "nl-de.txt: a good part of the text is in German (not supported) too" in line
    assert "imported as one 'nl' version; to keep the 'nl' text alone" in line


def test_french_then_german_in_a_word_file_is_said_as_a_bilingual_document(run, tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_heading("Trois nouvelles plaines de jeux dans les villages", level=1)
    document.add_paragraph("Eupen, le 12 mars 2026")
    for paragraph in FR + [DE_HEAD.strip(), *DE]:
        document.add_paragraph(paragraph)
    page = tmp_path / "fr-de.docx"
    document.save(str(page))
    said = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--issuer", "Commune")
    assert said.code == 0, said.err
    assert "fr-de.docx: a good part of the text is in German (not supported) too" in said.err, said.err


def test_a_german_headline_and_half_over_a_french_web_page_is_said_as_a_bilingual_document(run, tmp_path: Path):
    """Trial C's HTML page was stored as French under the German headline, its German paragraphs
    first, with no word."""
    body = "".join(f"<p>{p}</p>" for p in DE[:2]) + "<h2>Trois nouvelles plaines de jeux dans les villages</h2>"
    body += "<p>Eupen, le 12 mars 2026</p>" + "".join(f"<p>{p}</p>" for p in FR)
    page = tmp_path / "de-fr.html"
    page.write_text(
        f"<html><head><title>Spielplätze</title></head><body><main><h1>{DE_HEAD.strip()}</h1>{body}</main>"
        "</body></html>",
        encoding="utf-8",
    )
    said = run(
        "--library",
        str(tmp_path / "lib"),
        "import",
        str(page),
        "--dry-run",
        "--json",
        "--issuer",
        "Commune",
        "--date",
        "2026-03-12",
    )
    assert said.code == 0 and said.json()["language"] == "fr", said.err
    assert "de-fr.html: a good part of the text is in German (not supported) too" in said.err, said.err


def test_a_german_half_first_in_a_text_file_is_refused_naming_both(run, tmp_path: Path):
    text = DE_HEAD + "\n\n".join(DE + DE[:1]) + "\n\n" + FR_HEAD + "\n\n".join(FR) + "\n"
    page = _txt(tmp_path, "de-fr.txt", text)
    said = run("--library", str(tmp_path / "lib"), "import", str(page))
    assert said.code == 2 and said.err.count("\n") == 1, said.err
    assert "de-fr.txt: the text reads as German, a language not supported" in said.err
    assert "a good part is in French (a bilingual document?): that half, saved as a file" in said.err


def test_dutch_beside_french_is_said_as_before(run, tmp_path: Path):
    page = _txt(tmp_path, "nl-fr.txt", NL_HEAD + "\n\n".join(NL) + "\n\n" + FR_HEAD + "\n\n".join(FR) + "\n")
    said = run("--library", str(tmp_path / "lib"), "import", str(page), "--dry-run", "--issuer", "Gemeente")
    assert "a good part of the text is in 'fr' too (a bilingual document?)" in said.err, said.err
    assert "to have each language its version" in said.err


def test_twin_two_processes_importing_a_dutch_and_german_file_make_one_release_and_both_say_it(run, tmp_path: Path):
    page = _txt(tmp_path, "nl-de.txt", NL_HEAD + "\n\n".join(NL) + "\n\n" + DE_HEAD + "\n\n".join(DE) + "\n")
    library = tmp_path / "lib"
    library.mkdir()
    codes = twice(["--library", str(library), "import", str(page), "--issuer", "Gemeente"])
    listed = run("--library", str(library), "list", "--json").json()
    assert len(listed) == 1 and codes in ([0, 0], [0, 2]), (codes, listed)
    again = run("--library", str(library), "import", str(page), "--dry-run")
    assert "German (not supported) too" in again.err and "an import would skip it" in again.err, again.err
