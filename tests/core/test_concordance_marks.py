"""What concordance marks as the rendering: a sentence each release repeats word for word (its figures
aside) is one piece of evidence, so its every word is not taken for the rendering (trial D's
'gezondheidsindex' lit 'indice santé sert' and 'allocations sociales'); a glossary's or a learned
term's rendering is lit as its phrase, never its short words one by one elsewhere (a lone 'de' beside
'Point de contact'). Sentences invented for these tests."""

from __future__ import annotations

from pathlib import Path

from reader.core.memory.lookup import concordance
from reader.core.memory.store import MemoryStore
from reader.core.memory.terms import cached_terms
from tests.core.test_translation_memory import write_release

STANDARD = (
    "De waterindex dient om de tarieven van zwembaden en sporthallen aan te passen.",
    "L'indice eau sert à adapter les tarifs des piscines et des salles de sport.",
)


# the rest of the archive, so the rendering's words are rare there as in a real one
OTHER = [
    (f"De markt van dorp {k} opent om {k} uur.", f"Le marché du village {k} ouvre à {k} heures.") for k in range(9)
]


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    for n in range(6):
        nl = [f"De waterindex staat op {100 + n},{n}5 punten.", STANDARD[0], "De werken lopen verder."]
        fr = [f"L'indice eau atteint {100 + n},{n}5 points.", STANDARD[1], "Les travaux se poursuivent."]
        nl += [a.replace("dorp", f"dorp {n}") for a, _b in OTHER]
        fr += [b.replace("village", f"village {n}") for _a, b in OTHER]
        if n % 2:
            nl.append(f"Het Klachtenbureau telde {200 + n} dossiers van burgers.")
            fr.append(f"Le Bureau des plaintes a compté {200 + n} dossiers de citoyens.")
        write_release(root, f"2024-0{n + 1}-10-water-{n}", f"2024-0{n + 1}-10", nl, fr)
    return root


def _marked(hits: list) -> list[list[str]]:  # noqa: ANN001 - ConcordanceHit
    return [[hit.pair.target[s:e] for s, e in hit.spans] for hit in hits]


def test_a_sentence_repeated_in_each_release_is_no_rendering(tmp_path: Path):
    store = MemoryStore(_library(tmp_path), None)
    store.update()
    hits = concordance(store, "waterindex", "nl", "fr", limit=20)
    assert sum(len(hit.releases) for hit in hits) == 12  # a pair repeated word for word is one hit
    for rendering in _marked(hits):
        assert rendering == ["indice eau"], rendering


def test_a_learned_term_is_marked_as_its_phrase(tmp_path: Path):
    store = MemoryStore(_library(tmp_path), None)
    store.update()
    terms = {t.source: t.target for t in cached_terms(store, "nl", "fr", 3)}
    assert terms["Klachtenbureau"] == "Bureau des plaintes"
    hits = concordance(store, "Klachtenbureau", "nl", "fr", limit=20)
    assert len(hits) == 3
    for rendering in _marked(hits):
        assert rendering == ["Bureau des plaintes"], rendering  # not 'de' of 'dossiers de citoyens'


def test_a_dutch_word_with_another_plural_stem_is_looked_up_in_the_memory(tmp_path: Path):
    """The search's Dutch plurals ('prijs' / 'prijzen') came into the memory's lookup with the
    library index's column names, and every concordance of such a word failed ('no such column')."""
    root = tmp_path / "lib"
    write_release(root, "2024-01-10-prijs", "2024-01-10", ["De prijs van brood stijgt."], ["Le prix du pain augmente."])
    write_release(
        root, "2024-02-10-prijzen", "2024-02-10", ["De prijzen van melk dalen."], ["Les prix du lait baissent."]
    )
    store = MemoryStore(root, None)
    store.update()
    assert {hit.pair.release for hit in concordance(store, "prijs", "nl", "fr")} == {
        "2024-01-10-prijs",
        "2024-02-10-prijzen",
    }
    assert len(concordance(store, "prix", "fr", "nl")) == 2  # French: as typed, no Dutch forms
