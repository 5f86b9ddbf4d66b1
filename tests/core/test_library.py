import datetime as dt
import shutil
from pathlib import Path

import pytest

from reader.core.errors import LibraryError
from reader.core.library import Library
from reader.core.model import Block, Provenance
from reader.core.text.fold import fold, slugify
from tests.conftest import ROOT, SEED_ID
from tests.conftest import SEED_TXT as SEED


def test_seed_release_metadata():
    library = Library.load(ROOT / "releases")
    assert library.problems == []
    release = library.get(SEED_ID)
    assert release.date == dt.date(2018, 12, 5)
    assert release.original_language == "nl"
    assert release.languages == ["nl", "fr", "en"]
    assert release.versions["nl"].provenance.kind == "official"
    assert release.versions["fr"].provenance.kind == "unofficial"
    assert release.versions["en"].provenance.kind == "unofficial"
    assert release.title("nl") == "Kris Peeters en Alibaba ondertekenen samenwerkingsakkoord voor investering Luik"
    assert "Kris Peeters" in release.issuer


def test_seed_letterhead_is_bilingual_and_apart_from_the_body():
    release = Library.load(ROOT / "releases").get(SEED_ID)
    nl = release.versions["nl"]
    assert [(b.kind, b.lang) for b in nl.letterhead] == [("letterhead", "nl"), ("letterhead", "fr")]
    assert nl.letterhead[1].text.startswith("Vice-Premier Ministre et\nMinistre de l'Emploi")
    assert all(b.kind == "paragraph" for b in nl.body)
    assert nl.body[2].text.startswith("Alibaba creëert zijn eerste Europese hub in Luik")


def test_seed_body_paragraphs_are_verbatim():
    release = Library.load(ROOT / "releases").get(SEED_ID)
    seed_paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    body = [b.text for b in release.versions["nl"].body]
    assert body == seed_paragraphs[-len(body) :]


def _break(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


BAD_INPUTS = {
    "malformed-yaml": ("release.yaml", b"id: x\ndate: [unclosed\n", "malformed YAML"),
    "unknown-language": (
        "release.yaml",
        b"date: 2020-01-01\noriginal_language: nl\nlanguages:\n  nl: official\n  xx: official\n",
        "unknown language code 'xx'",
    ),
    "missing-body": (
        "release.yaml",
        b"date: 2020-01-01\noriginal_language: nl\nlanguages:\n  nl: official\n  fr: unofficial\n",
        "body file for 'fr' is missing",
    ),
    "empty-body": ("nl.md", b"", "body file is empty"),
    "not-utf8-yaml": ("release.yaml", "date: 2020-01-01\ntitle: caf\xe9\n".encode("latin-1"), "not UTF-8"),
    "bad-date": (
        "release.yaml",
        b"date: 5 december\noriginal_language: nl\nlanguages:\n  nl: official\n",
        "date must be YYYY-MM-DD",
    ),
    "bad-provenance": (
        "release.yaml",
        b"date: 2020-01-01\noriginal_language: nl\nlanguages:\n  nl: maybe\n",
        "provenance must be one of",
    ),
    "not-a-mapping": ("release.yaml", b"- just\n- a list\n", "expected a mapping"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_broken_release_is_reported_and_skipped(library_dir: Path, case: str):
    name, data, reason = BAD_INPUTS[case]
    broken = library_dir / f"2020-01-01-{case}"
    broken.mkdir()
    (broken / "release.yaml").write_text(
        "date: 2020-01-01\noriginal_language: nl\ntitles: {nl: Titel}\nlanguages:\n  nl: official\n", encoding="utf-8"
    )
    (broken / "nl.md").write_text("Tekst.\n", encoding="utf-8")
    _break(broken, name, data)
    library = Library.load(library_dir)
    assert SEED_ID in library, "the good release still loads"
    assert len(library.problems) == 1
    problem = library.problems[0]
    assert broken.name in str(problem.path)
    assert reason in problem.reason


def test_body_not_utf8_is_found_by_validate_not_by_load(library_dir: Path):
    (library_dir / SEED_ID / "en.md").write_bytes("caf\xe9\n".encode("latin-1"))
    library = Library.load(library_dir)
    assert library.problems == []
    problems = library.validate()
    assert len(problems) == 1 and problems[0].path.name == "en.md" and "not UTF-8" in problems[0].reason


def test_folder_without_metadata_and_id_mismatch(library_dir: Path):
    (library_dir / "stray").mkdir()
    other = library_dir / "2020-02-02-other"
    shutil.copytree(library_dir / SEED_ID, other)
    library = Library.load(library_dir)
    reasons = sorted(p.reason for p in library.problems)
    assert any("no release.yaml" in r for r in reasons)
    assert any("does not match its folder name" in r for r in reasons)


def test_listing_reads_no_body(library_dir: Path, monkeypatch: pytest.MonkeyPatch):
    import reader.core.library as lib

    def boom(path: Path) -> list[Block]:
        raise AssertionError(f"body read during listing: {path}")

    monkeypatch.setattr(lib, "read_body", boom)
    library = Library.load(library_dir)
    assert [r.title() for r in library.filter(lang="fr")]


def test_search_is_accent_and_case_insensitive(library_dir: Path, tmp_path: Path):
    from reader.core.search import SearchIndex

    index = SearchIndex(library_dir, tmp_path / "search")
    index.update()
    assert [h.listing["id"] for h in index.search("CREEERT")] == [SEED_ID]
    assert index.search("liège", lang="fr")
    assert index.search("no such words here") == []
    assert fold("Liège") == "liege"
    assert slugify("Kris Peeters en Alibaba: Luik!") == "kris-peeters-en-alibaba-luik"
    assert slugify("Vier F-35 toestellen geland") == "vier-f35-toestellen-geland"  # the letter is the model's
    # a number is one word with its decimals: never cut between them ('…-augmente-de-2' for '2,8%')
    assert slugify("La pension minimum augmente de 2,8% au 1er janvier") == "la-pension-minimum-augmente-de-2-8"
    # thousands set apart by spaces, one word of the id (a trial's id ended mid-number, '…-12-450')
    assert (
        slugify("La Wallonie débloque 12 450 000 euros pour cinq communes") == "la-wallonie-debloque-12-450-000-euros"
    )
    assert slugify("L'alerte est donnée") == "alerte-est-donnee"  # an elided article is no word of it
    # never cut after a function word: '…-spoorlijn-in', '…-prix-de' read cut (a new user's trial)
    assert slugify("Nieuw plan voor de spoorlijn in Namen") == "nieuw-plan-voor-de-spoorlijn"
    assert slugify("Nouveau plan pour le prix de l'énergie") == "nouveau-plan-pour-le-prix"
    assert slugify("De") == "de"  # a headline of one such word keeps it


def test_an_issuer_set_in_capitals_keeps_its_joining_words_in_lower_case():
    from reader.core.importer.issuer import issuer_text

    assert issuer_text("KANSELARIJ VAN DE EERSTE MINISTER") == "Kanselarij van de Eerste Minister"
    assert issuer_text("SPF MOBILITÉ ET TRANSPORTS") == "SPF Mobilité et Transports"


def test_save_version_is_atomic_and_reloads(library_dir: Path):
    library = Library.load(library_dir)
    release = library.get(SEED_ID)
    models = [{"code": "translate-nl_en", "version": "1.0"}]
    prov = Provenance("machine", engine="argos", models=models, date="2026-01-01")
    library.save_version(release, "en", [Block("paragraph", "Hello.")], prov, "Title")
    assert not [p for p in (library_dir / SEED_ID).iterdir() if p.name.endswith(".tmp")]
    again = Library.load(library_dir).get(SEED_ID)
    assert again.versions["en"].provenance.label() == "machine (translate-nl_en 1.0)"
    assert again.versions["en"].blocks == [Block("paragraph", "Hello.")]
    assert again.versions["nl"].title == release.versions["nl"].title
    with pytest.raises(LibraryError, match="empty body"):
        library.save_version(release, "en", [], prov, "Title")


def test_missing_library_folder(tmp_path: Path):
    with pytest.raises(LibraryError, match="library folder does not exist"):
        Library.load(tmp_path / "nowhere")


def test_metadata_index_skips_yaml_and_notices_edits(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import reader.core.library as lib

    index = tmp_path / "index"
    Library.load(library_dir, index).scan()  # builds the index
    calls = []
    real = lib.read_metadata
    monkeypatch.setattr(lib, "read_metadata", lambda folder: calls.append(folder) or real(folder))
    assert Library.load(library_dir, index).releases and calls == []
    meta = library_dir / SEED_ID / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("Luik\n", "Luik!\n", 1), encoding="utf-8")
    again = Library.load(library_dir, index)
    assert again.releases[0].title("nl").endswith("Luik!") and len(calls) == 1
    (library_dir / SEED_ID / "nl.md").unlink()
    assert Library.load(library_dir).problems[0].reason == "body file for 'nl' is missing"


def test_the_issuer_in_the_language_read():
    """The issuer line holds the Dutch half of the letterhead: French readers get the French half;
    without a half in the language (English here), or a line that does not repeat it, the original."""
    release = Library.load(ROOT / "releases").get(SEED_ID)
    assert release.issuer_in("nl") == release.issuer
    assert release.issuer_in("fr") == (
        "Kris Peeters, Vice-Premier Ministre et Ministre de l'Emploi, de l'Economie et des Consommateurs, "
        "chargé du Commerce Extérieur"
    )
    assert release.issuer_in("en") == release.issuer
    release.issuer = "Kabinet Peeters"
    assert release.issuer_in("fr") == "Kabinet Peeters"


def test_a_library_knows_the_state_it_wrote_itself_not_another_process_s(library_dir: Path):
    """What a window saved is no news to it; what another process wrote since is (the TUI's poll)."""
    from reader.core.model import Provenance

    library = Library.load(library_dir)
    release = library.get(SEED_ID)
    english = release.versions["en"]
    machine = Provenance("machine", engine="test", models=[{"code": "translate-nl_en", "version": "1.0"}])
    library.save_version(release, "en", english.blocks, machine, english.title)
    assert library.knows_current(SEED_ID)
    body = library_dir / SEED_ID / "en.md"
    body.write_text(body.read_text(encoding="utf-8") + "\nEen zin van elders.\n", encoding="utf-8")
    assert not library.knows_current(SEED_ID)


def test_an_atomic_write_onto_a_pipe_is_refused_and_the_pipe_stays(tmp_path: Path):
    """A write replaces a file whole; a pipe or a device named as its target is refused, never replaced."""
    import os
    import stat

    from reader.core import atomic
    from reader.core.errors import WriteFailed

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(WriteFailed, match="not a regular file"):
        atomic.write_bytes(pipe, b"x")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_long_title_is_written_on_one_line_without_a_trailing_space():
    """The metadata wrapped a long issuer at 100 columns, leaving a line that ended in a space."""
    from reader.core import yamlio

    issuer = "Vice-Eersteminister en Minister van Werk, Economie en Consumenten, belast met Buitenlandse Handel " * 2
    for text in (
        yamlio.dump({"issuer": issuer.strip()}),
        yamlio.round_trip_dump(yamlio.round_trip_load(f"issuer: {issuer.strip()}\n")),
    ):
        assert not any(line.endswith(" ") for line in text.splitlines()), text
        assert yamlio.load(text)["issuer"] == issuer.strip()
        assert text.count("\n") == 1


def test_a_ligature_in_a_headline_is_its_two_letters_in_the_id():
    """'Cœur' lost its first letters ('ur-de-…'): NFKD leaves a ligature whole."""
    from reader.core.text.fold import slugify

    assert slugify("Cœur de ville : 12 millions") == "coeur-de-ville-12-millions"
    assert slugify("Les œuvres du musée") == "les-oeuvres-du-musee"
