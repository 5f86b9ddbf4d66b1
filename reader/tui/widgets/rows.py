"""Rows for the aligned view from a translation or from two versions: plain values, built in workers."""

from __future__ import annotations

from reader.core.engine.result import SentencePair, TranslationResult
from reader.core.model import LanguageVersion, Release
from reader.tui.messages import Row


def _flags(pair: SentencePair) -> tuple[str, ...]:
    return (*pair.flags, pair.memory_check) if pair.memory_check else tuple(pair.flags)


def rows_from_result(result: TranslationResult) -> list[Row]:
    """Sentence by sentence for machine translations; pending rows show where work remains. A
    letterhead half and a table stay one row each, as beside a version (a new user's trial saw a
    letterhead of eight lines become eight rows per half)."""
    rows: list[Row] = []
    for block in result.blocks:
        if block.kind in ("letterhead", "table") and block.sentences:
            pairs = block.sentences
            flags = tuple(sorted({flag for pair in pairs for flag in _flags(pair)}))
            started, cached = any(p.done for p in pairs), all(p.cached for p in pairs)
            # lines not translated yet wait as '…' in place: a cancel's count and the lines shown agree
            right = block.target if block.kind == "table" else "\n".join(p.target if p.done else "…" for p in pairs)
            rows.append(Row(block.kind, block.source, right if started else "", flags, cached, pending=not started))
            continue
        rows += [
            # an imported TMX's exact match is marked, never shown as the library's own (fix batch 19)
            Row(block.kind, pair.source, pair.target, _flags(pair), pair.cached, pending=not pair.done)
            for pair in block.sentences
        ]
    return rows


def rows_from_versions(release: Release, left: str, right: str) -> list[Row]:
    from reader.core.align import align_versions

    one, two = release.versions[left], release.versions[right]
    pairs = align_versions(one, two, level="block")
    return [
        Row(
            p.kind,
            "\n\n".join(p.source),
            "\n\n".join(p.target),
            markers=_markers(one, two, p.source_block, p.target_block),
        )
        for p in pairs
    ]


def _markers(one: LanguageVersion, two: LanguageVersion, left: int | None, right: int | None) -> tuple[str, str]:
    """The numbers of a numbered list's items ('2.'), as the reader shows them: side by side, a reader
    refers to point 2 (a new user's trial saw bullets there)."""
    return (
        one.blocks[left].marker if left is not None and left < len(one.blocks) else "",
        two.blocks[right].marker if right is not None and right < len(two.blocks) else "",
    )


def paired_rows(release: Release, left: str, right: str) -> list[Row]:
    """Both versions at once, block beside block in order: right for most renderings, and on screen
    at once at any length (aligning 600 blocks took 2.5 s); the alignment replaces it when done."""
    from itertools import zip_longest

    one, two = release.versions[left], release.versions[right]
    rows = [Row("title", one.title, two.title)] if one.title or two.title else []
    for a, b in zip_longest(one.blocks, two.blocks):
        marks = (a.marker if a else "", b.marker if b else "")
        rows.append(Row((a or b).kind, a.text if a else "", b.text if b else "", markers=marks))
    return rows


def source_rows(release: Release, lang: str) -> list[Row]:
    """The original alone, at once, while the other side is aligned or translated."""
    version = release.versions[lang]
    rows = [Row("title", version.title, "", pending=True)] if version.title else []
    return rows + [
        Row(block.kind, block.text, "", pending=True, markers=(block.marker, "")) for block in version.blocks
    ]
