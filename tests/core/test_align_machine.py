"""A machine translation faces the text it was made from block for block and sentence for sentence:
its lengths say nothing (a random-weight model loops or stops short, a real one may too), and a pair
shifted by one showed a letterhead against the lead and fed the memory a wrong rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.align import align_versions, rendered_from
from reader.core.model import Block, LanguageVersion, Provenance

SOURCE = [
    Block("letterhead", "FOD Voorbeeld\nPersdienst", lang="nl"),
    Block("paragraph", "De dienst opent drie loketten. Ze zijn elke dag open."),
    Block("heading", "Waar?"),
    Block("paragraph", "In Gent en in Brugge."),
    Block("list_item", "een loket aan het station", marker="-"),
    Block("list_item", "een loket aan de markt", marker="-"),
]
# what a model of random weights makes of it: one sentence looping on, one cut to a word
LOOP = " ".join(["guichet"] * 60)
MACHINE = [
    Block("letterhead", "SPF Exemple exemple exemple exemple\nService", lang="fr"),
    Block("paragraph", "Le. Ouvert."),
    Block("heading", f"Où {LOOP}?"),
    Block("paragraph", "À."),
    Block("list_item", f"{LOOP} {LOOP}", marker="-"),
    Block("list_item", "un", marker="-"),
]


def _version(lang: str, kind: str, blocks: list[Block], source: str | None = None) -> LanguageVersion:
    provenance = Provenance(kind, engine="argos-translate" if kind != "official" else None, source=source)  # type: ignore[arg-type]
    return LanguageVersion(lang, provenance, "Titel", Path(f"{lang}.md"), None, None, list(blocks))


@pytest.mark.parametrize("kind", ["machine", "post-edited"])
def test_a_machine_version_faces_its_source_block_for_block_and_sentence_for_sentence(kind: str):
    nl = _version("nl", "official", SOURCE)
    fr = _version("fr", kind, MACHINE, source="nl:0123456789abcdef")
    assert rendered_from(nl, fr) and rendered_from(fr, nl)
    for one, two in ((nl, fr), (fr, nl)):
        pairs = align_versions(one, two)
        assert all(p.shape == "1-1" for p in pairs), [p.shape for p in pairs]
        body = [p for p in pairs if p.kind not in ("title", "letterhead")]
        assert len(body) == 6  # the first paragraph's two sentences, each facing its own
    blocks = align_versions(nl, fr, level="block")
    assert [(p.source_text, p.target_text) for p in blocks[2:]] == [
        (s.text, t.text) for s, t in zip(SOURCE[1:], MACHINE[1:], strict=True)
    ]


def test_a_machine_version_of_another_language_or_another_shape_is_aligned_by_lengths():
    nl = _version("nl", "official", SOURCE)
    from_english = _version("fr", "machine", MACHINE, source="en:0123456789abcdef")
    assert not rendered_from(nl, from_english)
    shorter = _version("fr", "machine", MACHINE[:-1], source="nl:0123456789abcdef")
    assert rendered_from(nl, shorter)  # the alignment itself falls back, the kinds no longer facing
    pairs = align_versions(nl, shorter, level="block")
    assert sum(len(p.source) for p in pairs[1:]) == len(SOURCE)  # every block still aligned somewhere


def test_a_machine_block_cut_into_other_sentences_stays_one_segment():
    """A model that runs two sentences into one (or loops on): the block faces its source block whole,
    never a machine text against nothing and each source sentence alone (a post-editor's trial)."""
    nl = _version("nl", "official", SOURCE)
    machine = [*MACHINE]
    machine[1] = Block("paragraph", "Le service ouvre trois guichets ouverts tous les jours")  # one sentence for two
    fr = _version("fr", "machine", machine, source="nl:0123456789abcdef")
    pairs = align_versions(nl, fr)
    first = next(p for p in pairs if p.kind == "paragraph")
    assert first.shape == "2-1" and first.target_text == machine[1].text
    assert not [p for p in pairs if p.shape in ("1-0", "0-1")]
