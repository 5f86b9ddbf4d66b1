"""Align two language versions of a release into segment pairs (1-1, 1-2, 2-1, 1-0, 0-1, 2-2).

Blocks are aligned first, then sentences inside aligned blocks, both by Gale-Church on character
lengths (`gale_church`). The letterhead is aligned apart (`_letterhead_pairs`): its half in the
source language faces the target's half in the target language, a letterhead kept as printed is
shown once. An optional scorer (chrF between an MT of the source and the target) turns the same
dynamic programme into a Bleualign-style MT-assisted alignment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reader.core.align_sections import by_sections, items_by_content
from reader.core.gale_church import RATIOS as RATIOS
from reader.core.gale_church import AlignCancelled as AlignCancelled
from reader.core.gale_church import Held as Held
from reader.core.gale_church import Scorer as Scorer
from reader.core.gale_church import align_lengths as align_lengths
from reader.core.gale_church import length_delta as length_delta
from reader.core.model import Block, LanguageVersion
from reader.core.sentence_cuts import faced_sentences, homes, kind_of, semicolons, without_counterpart
from reader.core.text.segment import split_sentences


@dataclass
class AlignedPair:
    kind: str  # "title", "letterhead", or the kind of the source block
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    source_block: int | None = None
    target_block: int | None = None
    # each source block's kind, where blocks of several kinds were paired as one (a heading and the
    # paragraph under it): a sentence pair then takes the kind of its own block
    kinds: list[str] = field(default_factory=list, compare=False, repr=False)
    target_kinds: list[str] = field(default_factory=list, compare=False, repr=False)  # the same, target side
    # each side's parts that open another block than the part before them: two list items of a 2-1
    # pair are shown on lines of their own there (`source_lines`), where the texts the checks read
    # and the review's keys run them on ('het aanslagbiljet van vorig jaar uw bankgegevens': trial R)
    seams: tuple[tuple[int, ...], tuple[int, ...]] = field(default=((), ()), compare=False, repr=False)

    @property
    def source_text(self) -> str:
        return " ".join(self.source)

    @property
    def target_text(self) -> str:
        return " ".join(self.target)

    @property
    def source_lines(self) -> str:
        return joined(self.source, self.seams[0])

    @property
    def target_lines(self) -> str:
        return joined(self.target, self.seams[1])

    @property
    def shape(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "type": self.shape, "source": self.source_text, "target": self.target_text}


def joined(parts: list[str], seams: tuple[int, ...]) -> str:
    """The parts run on with a space, a part that opens a block of its own on a new line."""
    return "".join(("\n" if k in seams else " ") + part if k else part for k, part in enumerate(parts))


def _seams(homes: list[int], indexes: list[int]) -> tuple[int, ...]:
    """Which of the pair's parts (`indexes` into the sentences) open another block than the one before."""
    return tuple(k for k in range(1, len(indexes)) if homes[indexes[k]] != homes[indexes[k - 1]])


def _letterhead_pairs(
    source: list[tuple[int, Block]], target: list[tuple[int, Block]], src: str, tgt: str
) -> list[AlignedPair]:
    """The letterhead is the original's furniture, which every version carries: never a row of
    missing text. Its source-language half faces the target's half in the target language; a
    version that keeps the letterhead as printed with no half in its own language (an English
    version of a Dutch and French letterhead) shows that half on both sides, once: the same text,
    which the checks, the memory and an XLIFF round trip take for furniture, not a rendering. The
    halves left (a machine translation renders each) face each other in order; a half both
    versions share is not repeated, nor is the copy of a half shown in its own version's text."""
    s_texts, t_texts = {b.text for _, b in source}, {b.text for _, b in target}
    s_main = next(((i, b) for i, b in source if b.lang in (src, None)), source[0] if source else None)
    t_main = next(((j, b) for j, b in target if b.lang in (tgt, None)), None)
    if t_main is None and target:  # the letterhead as printed (no half in tgt): the same half faces itself
        t_main = next(((j, b) for j, b in target if s_main and b.text == s_main[1].text), target[0])
    if not (s_main or t_main):
        return []
    pairs = [
        AlignedPair(
            "letterhead",
            [s_main[1].text] if s_main else [],
            [t_main[1].text] if t_main else [],
            s_main[0] if s_main else None,
            t_main[0] if t_main else None,
        )
    ]
    shown = {pair[1].text for pair in (s_main, t_main) if pair}
    # The source's copy of the target's half is that half as printed, which the target's own text
    # (corrected, say) replaces: the same half, never a row of its own, whatever its text now.
    copies_s = {tgt} if t_main and t_main[1].lang == tgt and tgt != src else set()
    copies_t = {src} if s_main and s_main[1].lang == src and tgt != src else set()
    rest_s = [
        (i, b) for i, b in source if (i, b) != s_main and b.text not in shown | t_texts and b.lang not in copies_s
    ]
    rest_t = [
        (j, b) for j, b in target if (j, b) != t_main and b.text not in shown | s_texts and b.lang not in copies_t
    ]
    for k in range(max(len(rest_s), len(rest_t))):
        one, two = rest_s[k] if k < len(rest_s) else None, rest_t[k] if k < len(rest_t) else None
        pairs.append(
            AlignedPair(
                "letterhead",
                [one[1].text] if one else [],
                [two[1].text] if two else [],
                one[0] if one else None,
                two[0] if two else None,
            )
        )
    return pairs


def _hint(src: str, tgt: str) -> Scorer:
    from reader.core.text.anchors import hint_for

    return hint_for(src, tgt)


def _held_blocks(held: Held, src: str, tgt: str) -> Held:
    """A group of blocks holds a held pair when one of its sentences (or two running) and one of the
    other's are it: the blocks stay together as they were when the reviewer worked on them."""

    def runs(text: str, lang: str) -> list[str]:
        said = split_sentences(text, lang)
        return said + [f"{a} {b}" for a, b in zip(said, said[1:], strict=False)]

    def holds(source: str, target: str) -> bool:
        targets = runs(target, tgt)
        return any(held(s, t) for s in runs(source, src) for t in targets)

    return holds


def align_blocks(
    source: list[Block],
    target: list[Block],
    src: str,
    tgt: str,
    scorer: Scorer | None = None,
    held: Held | None = None,
    parallel: bool = False,
    steps: Callable[[int, int], None] | None = None,
) -> list[AlignedPair]:
    """Block pairs: the letterhead apart, then the body by Gale-Church over whole blocks, or block for
    block when one version was translated from the other (`parallel`, `rendered_from`). `steps` is
    told the blocks aligned of all, now and then."""
    s_letter = [(i, b) for i, b in enumerate(source) if b.kind == "letterhead"]
    t_letter = [(j, b) for j, b in enumerate(target) if b.kind == "letterhead"]
    pairs = _letterhead_pairs(s_letter, t_letter, src, tgt)
    s_body = [(i, b) for i, b in enumerate(source) if b.kind != "letterhead"]
    t_body = [(j, b) for j, b in enumerate(target) if b.kind != "letterhead"]
    if parallel and [b.kind for _, b in s_body] == [b.kind for _, b in t_body]:
        faced = zip(s_body, t_body, strict=True)
        return pairs + [AlignedPair(s.kind, [s.text], [t.text], i, j, [s.kind], [t.kind]) for (i, s), (j, t) in faced]
    ratio = RATIOS.get((src, tgt), 1.0)
    holding = _held_blocks(held, src, tgt) if held is not None else None
    hint = None if scorer else _hint(src, tgt)

    def facing(one: str, two: str) -> tuple[str, str] | None:
        return faced_sentences(one, two, src, tgt, ratio)

    sections = by_sections(s_body, t_body, ratio, scorer, hint, holding, facing, steps)
    for s_idx, t_idx in items_by_content(sections, s_body, t_body, ratio, scorer, hint, holding):
        kind = s_body[s_idx[0]][1].kind if s_idx else t_body[t_idx[0]][1].kind
        pairs.append(
            AlignedPair(
                kind,
                [s_body[i][1].text for i in s_idx],
                [t_body[j][1].text for j in t_idx],
                s_body[s_idx[0]][0] if s_idx else None,
                t_body[t_idx[0]][0] if t_idx else None,
                [s_body[i][1].kind for i in s_idx],
                [t_body[j][1].kind for j in t_idx],
                (tuple(range(1, len(s_idx))), tuple(range(1, len(t_idx)))),  # each part a block
            )
        )
    return pairs


def align_sentences(
    block_pairs: list[AlignedPair],
    src: str,
    tgt: str,
    scorer: Scorer | None = None,
    held: Held | None = None,
    cancelled: Callable[[], bool] | None = None,
    parallel: bool = False,
) -> list[AlignedPair]:
    """Split each aligned block pair into sentence pairs; unaligned blocks stay whole. `parallel`: the
    target was translated from the source sentence by sentence, so as many sentences face each other
    in order."""
    ratio = RATIOS.get((src, tgt), 1.0)
    out: list[AlignedPair] = []
    for pair in block_pairs:
        if pair.kind in ("title", "letterhead", "table") or not pair.source or not pair.target:
            out.append(pair)  # a table is compared whole (its cells, in the checks), never split
            continue
        split = [
            (s, k)
            for text, k in zip(pair.source, pair.kinds or [pair.kind] * len(pair.source), strict=False)
            for s in split_sentences(text, src)
        ]
        s_sent = [s for s, _ in split]
        t_split = [
            (s, k)
            for text, k in zip(pair.target, pair.target_kinds or [pair.kind] * len(pair.target), strict=False)
            for s in split_sentences(text, tgt)
        ]
        t_sent = [s for s, _ in t_split]
        if parallel and len(s_sent) == len(t_sent):
            kinds = [kind_of(s, split, pair.kind) for s in s_sent]
            faced = zip(kinds, s_sent, t_sent, strict=True)
            out += [AlignedPair(k, [s], [t], pair.source_block, pair.target_block) for k, s, t in faced]
            continue
        if parallel:  # the block is the rendering of the block; its sentences cut otherwise: one segment
            out.append(AlignedPair(pair.kind, s_sent, t_sent, pair.source_block, pair.target_block))
            continue  # (split by lengths, it showed a machine text against nothing and each sentence alone)
        # Communiqués chain clauses with ';' where the other language writes sentences: the side
        # with fewer sentences is cut at its semicolons when that brings the counts closer.
        if len(s_sent) < len(t_sent):
            s_sent = semicolons(s_sent, len(t_sent))
        elif len(t_sent) < len(s_sent):
            t_sent = semicolons(t_sent, len(s_sent))
        hint = None if scorer else _hint(src, tgt)
        # A heading is the title of what follows it: it may open a group of sentences (a heading
        # the other version glued to its paragraph), never close one.
        opens = (
            {k for k, s in enumerate(s_sent) if kind_of(s, split, pair.kind) == "heading"},
            {k for k, s in enumerate(t_sent) if kind_of(s, t_split, "") == "heading"},
        )
        # A sentence facing nothing pays at most BLOCK_GAP for its length, as a block does: at full
        # price a lead sentence one version lacks was paired with the next sentence, and every later
        # pair of the paragraph was one place off (two unrelated issuers' pairs, a trial: a buildings
        # agency's, an asylum agency's). Only with evidence of that, though: a figure the other side
        # never gives, or nothing in common with it; a sentence rendered longer or shorter still faces
        # its rendering, and a section one version adds does not push the paragraph's own pair apart.
        alone = (without_counterpart(s_sent, t_sent, src, tgt), without_counterpart(t_sent, s_sent, tgt, src))
        s_homes, t_homes = homes(s_sent, pair.source), homes(t_sent, pair.target)
        for s_idx, t_idx in align_lengths(
            s_sent, t_sent, ratio, scorer, hint, held, cancelled, opens=opens, alone=alone
        ):
            out.append(
                AlignedPair(
                    kind_of(s_sent[s_idx[0]], split, pair.kind) if s_idx else pair.kind,
                    [s_sent[i] for i in s_idx],
                    [t_sent[j] for j in t_idx],
                    pair.source_block,
                    pair.target_block,
                    seams=(_seams(s_homes, s_idx), _seams(t_homes, t_idx)),
                )
            )
    return out


def rendered_from(source: LanguageVersion, target: LanguageVersion) -> bool:
    """One version is a machine translation of the other (post-edited since, or not), made block for
    block from the text it is read against: its blocks face that text's by their place. Lengths
    mislead on a machine's output (a loop, a cut-off): a pair shifted by one showed a letterhead
    against the lead and fed the memory a wrong rendering as a person's (two trials)."""
    for made, base in ((target, source), (source, target)):
        said = made.provenance.source or ""
        if made.provenance.kind in ("machine", "post-edited") and said.partition(":")[0] == base.lang:
            return True
    return False


def align_versions(
    source: LanguageVersion, target: LanguageVersion, level: str = "sentence", scorer: Scorer | None = None
) -> list[AlignedPair]:
    """The title pair first, then letterhead and body, by block or by sentence."""
    pairs = [AlignedPair("title", [source.title], [target.title])]
    parallel = rendered_from(source, target)
    blocks = align_blocks(source.blocks, target.blocks, source.lang, target.lang, scorer, parallel=parallel)
    if level == "block":
        return pairs + blocks
    return pairs + align_sentences(blocks, source.lang, target.lang, scorer, parallel=parallel)
