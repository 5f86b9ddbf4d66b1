"""Learned term pairs as TBX (ISO 30042, the TBX-Basic dialect's shape), for term bases in CAT tools."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from reader.core.memory.terms import TermPair
from reader.core.text.clean import clean_line


def _text(value: str) -> str:
    # XML 1.0 forbids most control characters and U+FFFE/U+FFFF; names never need them.
    return escape("".join(ch for ch in clean_line(value) if ch not in "\ufffe\uffff"))


def tbx_text(terms: list[TermPair], src: str, tgt: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<martif type="TBX-Basic" xml:lang={quoteattr(src)}>',
        "  <martifHeader><fileDesc><sourceDesc><p>press-reader: term pairs learned from aligned releases"
        "</p></sourceDesc></fileDesc></martifHeader>",
        "  <text><body>",
    ]
    for n, term in enumerate(terms, 1):
        note = f"seen together in {term.count} aligned pairs; Dice {term.dice:.2f}; {', '.join(term.releases)}"
        lines += [
            f'    <termEntry id="t{n}">',
            f"      <note>{_text(note)}</note>",
            f"      <langSet xml:lang={quoteattr(src)}><tig><term>{_text(term.source)}</term></tig></langSet>",
            f"      <langSet xml:lang={quoteattr(tgt)}><tig><term>{_text(term.target)}</term></tig></langSet>",
            "    </termEntry>",
        ]
    lines += ["  </body></text>", "</martif>", ""]
    return "\n".join(lines)
