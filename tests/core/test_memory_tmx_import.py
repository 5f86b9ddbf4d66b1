"""A CAT tool's TMX brought into the memory (trial D: a translator's own memory could not come in).
Units, texts and names written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.memory import tmx_read
from reader.core.memory.imported import bring_in, imported_files
from reader.core.memory.lookup import fuzzy
from reader.core.memory.store import MemoryStore
from reader.core.memory.tmx_read import read_tmx
from tests.core.test_translation_memory import archive, write_release


def tu(nl: str, fr: str, lang_nl: str = "nl-BE", lang_fr: str = "FR", props: str = "", date: str = "") -> str:
    dated = f' creationdate="{date}"' if date else ""
    return (
        f'<tu{dated}>{props}<tuv xml:lang="{lang_nl}"><seg>{nl}</seg></tuv>'
        f'<tuv xml:lang="{lang_fr}"><seg>{fr}</seg></tuv></tu>'
    )


def tmx(*units: str, head: str = "", created: str = "20230305T101010Z") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{head}<tmx version="1.4"><header creationtool="AnyTool" '
        f'segtype="sentence" o-tmf="x" adminlang="en" srclang="nl-BE" datatype="plaintext" '
        f'creationdate="{created}"/><body>{"".join(units)}</body></tmx>\n'
    )


GOOD = tu("De molen draait weer.", "Le moulin tourne à nouveau.")
MARKUP = tu(
    'Lees <bpt i="1">&lt;b&gt;</bpt>de folder<ept i="1">&lt;/b&gt;</ept> over<ph>&lt;br/&gt;</ph> '
    "de <hi>nieuwe</hi> brug.",
    'Lisez <bpt i="1">&lt;b&gt;</bpt>le dépliant<ept i="1">&lt;/b&gt;</ept> sur le <it pos="begin">x</it>nouveau pont.',
)


def write(tmp_path: Path, text: str, name: str = "mijn geheugen.tmx") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_units_are_read_languages_mapped_markup_dropped_and_the_rest_counted(tmp_path: Path):
    units = [
        GOOD,
        MARKUP,
        tu("Alleen Nederlands hier.", "Nur Deutsch hier.", lang_fr="de-DE"),  # one of ours only
        tu("Een lege kant.", ""),
        tu("Een te lange zin " * 150, "Une phrase trop longue " * 150),
        tu("Er zijn 12 bomen.", "Il y a 13 arbres."),  # figures that differ: the memory's rule
        tu("Gemarkeerd fout.", "Marqué faux.", props='<prop type="x-review-state">flagged</prop>'),
        tu("Door de machine.", "Par la machine.", props='<prop type="x-provenance">machine</prop>'),
    ]
    _data, read = read_tmx(write(tmp_path, tmx(*units)))
    texts = [(u.row[0], u.row[1], u.row[3], u.row[4]) for u in read.units]
    assert texts == [
        ("fr", "Le moulin tourne à nouveau.", "nl", "De molen draait weer."),
        ("fr", "Lisez le dépliant sur le nouveau pont.", "nl", "Lees de folder over de nieuwe brug."),
    ]
    assert read.skipped == {
        "of one language": 1,
        "empty or the same on both sides": 1,
        "over 2,000 characters": 1,
        "figures that differ": 1,
        "marked flagged or machine-made": 2,
    }
    assert read.created is not None and read.created.isoformat() == "2023-03-05"


BOMB = (
    '<!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\n'
)
OUTSIDE = '<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'


@pytest.mark.parametrize(("head", "entity"), [(BOMB, "&d;"), (OUTSIDE, "&secret;")])
def test_entities_are_refused_as_the_xliff_reader_refuses_them(tmp_path: Path, head: str, entity: str):
    path = write(tmp_path, tmx(tu(f"Een {entity} hier.", f"Un {entity} ici."), head=head))
    with pytest.raises(ImportFailed, match="declares XML entities"):
        read_tmx(path)


def test_the_size_and_the_units_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write(tmp_path, tmx(GOOD, GOOD, GOOD))
    monkeypatch.setattr(tmx_read, "MAX_TMX_UNITS", 2)
    with pytest.raises(ImportFailed, match="over 2 units"):
        read_tmx(path)
    monkeypatch.setattr(tmx_read, "MAX_TMX_BYTES", 100)
    with pytest.raises(ImportFailed, match="over 0 MB"):
        read_tmx(path)


def test_not_a_tmx_is_said(tmp_path: Path):
    with pytest.raises(ImportFailed, match="not a TMX"):
        read_tmx(write(tmp_path, '<?xml version="1.0"?><xliff version="1.2"><tu/></xliff>'))
    with pytest.raises(ImportFailed, match="not well-formed"):
        read_tmx(write(tmp_path, "<tmx><body><tu>"))


def test_imported_units_are_the_memory_s_as_tmx_name_and_the_library_ranks_first(tmp_path: Path):
    root = archive(tmp_path)
    # the library says it one way (an unofficial version); the translator's memory another, and newer
    library_nl, library_fr = "De zaal gaat open om negen uur.", "La salle ouvre à neuf heures."
    write_release(root, "2024-02-01-zaal-00", "2024-02-01", [library_nl], [library_fr], "unofficial")
    units = [
        GOOD,
        tu(library_nl, "La salle est ouverte à neuf heures.", date="20250101T000000Z"),
        tu("De zaal gaat dicht om negen uur.", "La salle ferme à neuf heures."),
    ]
    name, path, read = bring_in(root, write(tmp_path, tmx(*units)))
    assert name == "mijn-geheugen" and path == root / ".memories" / "mijn-geheugen.tmx" and len(read.units) == 3
    assert list(imported_files(root)) == ["tmx:mijn-geheugen"]
    store = MemoryStore(root, tmp_path / "cache")
    stats = store.update()
    assert stats.imported == 1 and store.imported_counts() == {"tmx:mijn-geheugen": 3}
    assert store.paired_releases() == 6  # a memory is no release
    found = store.exact(["De molen draait weer.", library_nl], "nl", "fr")
    assert found["De molen draait weer."].release == "tmx:mijn-geheugen"
    assert found["De molen draait weer."].date == "2023-03-05"  # the file's creationdate
    assert found[library_nl].target == library_fr and not found[library_nl].imported
    assert found[library_nl].renderings == 2  # the other rendering is said, as any other
    # a fuzzy match: the library's and the imported alike score the same; the library's comes first
    suggestions = fuzzy(store, "De zaal gaat open om negen uur!", "nl", "fr")
    assert [s.pair.imported for s in suggestions][:2] == [False, True]
    assert store.update().imported == 0  # unchanged: not read again
    (root / ".memories" / "mijn-geheugen.tmx").unlink()
    store.update()
    assert store.imported_counts() == {} and store.exact(["De molen draait weer."], "nl", "fr") == {}


def test_a_second_memory_of_one_name_is_refused_unless_replaced(tmp_path: Path):
    root = tmp_path / "lib"
    root.mkdir()
    source = write(tmp_path, tmx(GOOD))
    bring_in(root, source, "Werk")
    with pytest.raises(ImportFailed, match="a memory named 'werk' was imported already"):
        bring_in(root, write(tmp_path, tmx(MARKUP), "other.tmx"), "werk")
    bring_in(root, write(tmp_path, tmx(MARKUP), "other.tmx"), "werk", replace=True)
    assert b"folder" in (root / ".memories" / "werk.tmx").read_bytes()
    with pytest.raises(ImportFailed, match="no name"):
        bring_in(root, source, "...")


def test_a_forget_waiting_for_another_forget_is_refused(tmp_path: Path):
    """Fix batch 19: the name was looked for before the lock, so of two forgets at once both said
    'forgot'; the one that waited now finds the file gone and says so."""
    import threading
    import time

    from reader.core import atomic
    from reader.core.memory.imported import forget, memories_folder

    root = archive(tmp_path)
    source = tmp_path / "werk.tmx"
    source.write_text(tmx(GOOD), encoding="utf-8")
    _name, kept, _read = bring_in(root, source)
    said: list[object] = []

    def waiting() -> None:
        try:
            said.append(forget(root, "werk"))
        except ImportFailed as exc:
            said.append(exc)

    with atomic.locked(memories_folder(root)):  # the other forget, holding the folder
        worker = threading.Thread(target=waiting)
        worker.start()
        time.sleep(0.3)
        kept.unlink()
    worker.join(10)
    assert len(said) == 1 and isinstance(said[0], ImportFailed) and "no imported memory named 'werk'" in str(said[0])


def test_a_memory_forgotten_during_an_update_is_removed_not_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Fix batch 19: a `memory --rebuild` that listed a TMX another process then forgot counted it
    'unreadable' and kept its units; it is gone."""
    from reader.core.memory import store as store_module

    root = archive(tmp_path)
    source = tmp_path / "werk.tmx"
    source.write_text(tmx(GOOD), encoding="utf-8")
    _name, kept, _read = bring_in(root, source)
    store = MemoryStore(root, tmp_path / "cache")
    store.update()
    assert store.imported_counts()
    listed = store_module.imported_files(root)
    kept.unlink()  # forgotten after the update listed it
    monkeypatch.setattr(store_module, "imported_files", lambda _root: listed)
    stats = store.update()
    assert stats.broken == 0 and stats.removed == 1 and store.imported_counts() == {}
