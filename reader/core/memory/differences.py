"""Which words of an earlier sentence differ from the one being translated: what its rendering, offered
as a fuzzy match, needs changed.

Trial D: the edit dialog listed three matches as three cut renderings, two alike ('…a contrôlé 64
v…'), and not the earlier sentence each rendered, so a translator could not tell them apart. A word
diff (difflib's longest matching blocks, over folded words) names the earlier sentence's own words
where the two part; figures the match carried over are no difference (the rendering has the new ones).
"""

from __future__ import annotations

import difflib
import re

from reader.core.memory.lookup import FIGURE, figure_value
from reader.core.text.fold import fold

_TOKEN = re.compile(f"(?:{FIGURE.pattern})|\\w+")


def _tokens(text: str, carried: bool) -> list[tuple[str, int, int]]:
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        figure = "\x00" if carried else "\x00" + figure_value(word)  # a figure is no word: never equal to one
        out.append((figure if FIGURE.fullmatch(word) else fold(word), match.start(), match.end()))
    return out


def differing(sentence: str, earlier: str, carried: bool = True) -> list[tuple[int, int]]:
    """Character spans of `earlier`'s words that `sentence` does not have there, neighbours joined;
    `carried`: its figures were carried over into the rendering (so they are not marked)."""
    new, old = _tokens(sentence, carried), _tokens(earlier, carried)
    matcher = difflib.SequenceMatcher(None, [t[0] for t in new], [t[0] for t in old], autojunk=False)
    spans: list[tuple[int, int]] = []
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete") and j2 > j1:
            start, end = old[j1][1], old[j2 - 1][2]
            if spans and not earlier[spans[-1][1] : start].strip(" ,;:"):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans
