"""Markup nested deeper than the HTML parser goes is read flat, never cut off in silence.

libxml2 stops at about 255 levels: a page with 50,000 nested <div>s lost everything from the
nesting on, and the import said nothing. Before parsing, the tags beyond `DEPTH` levels are taken
out (their text stays, in order), and the caller is told how many, so it can warn.
"""

from __future__ import annotations

import re

DEPTH = 160
# Passed through whole: comments, declarations, and the contents of script and style.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>",
    re.S | re.I,
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr basefont frame keygen".split())
# Closed by the next of their kind, so they never nest deep (an unclosed <p> in every line is common).
_SELF_ENDING = frozenset("p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp".split())


def flatten(text: str, depth: int = DEPTH) -> tuple[str, int]:
    """The markup with tags beyond `depth` levels removed (text kept), and how many were removed."""
    if text.count("<") < depth:
        return text, 0
    out: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    removed = 0
    at = 0
    for match in _TOKEN.finditer(text):
        name = (match.group(3) or "").lower()
        if not name or name in _VOID or name in _SELF_ENDING or match.group(0).endswith("/>"):
            continue
        keep = True
        if match.group(2):  # a closing tag
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            elif name in stack:
                while stack and stack.pop() != name:
                    pass
        elif len(stack) >= depth:
            dropped[name] = dropped.get(name, 0) + 1
            keep = False
        else:
            stack.append(name)
        if not keep:
            out.append(text[at : match.start()])
            out.append(" ")
            at = match.end()
            removed += 1
    if not removed:
        return text, 0
    out.append(text[at:])
    return "".join(out), removed
