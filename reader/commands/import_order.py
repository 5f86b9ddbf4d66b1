"""Which of a release's files given together is its original, when the command does not say: the
first file makes the release (its id, its original), and a shell lists 'x_en.txt x_fr.txt x_nl.txt'
in name order, so English became the original of a Belgian release and its id English, which
`original ID LANG` cannot change (ids stay stable) (trial S, 8a). The data says it instead, for files
in their name order only: files given in another order were ordered by the user, whose first is the
original, English too (trial B, thirty-fifth session: English-first releases of a Council presidency,
a central bank, an agency lost their original to the Dutch)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

# A file's language as its name ends: 'r1_nl.txt', 'persbericht-fr.html', 'page.en.md'
_TAGGED = re.compile(r"^(?P<stem>.+?)[_.-](?P<lang>nl|fr|en|de)$", re.IGNORECASE)
# A page that says it is a translation, on a line of its own or as a label ('Traduction', 'Vertaling:',
# 'Translation from Dutch'): the word of each language for it, a plain fact of the languages
_TRANSLATION = re.compile(r"^\s*(?:traduction|vertaling|translation|übersetzung)\b", re.IGNORECASE | re.MULTILINE)
# Belgium's official languages are Dutch, French and German; an English page of a Belgian body is a
# rendering of one of them (the Constitution, art. 4; English has no official status)
_RANK = {"nl": 0, "fr": 0, "de": 1, "en": 2}


def _says_translation(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(4000).decode("utf-8", errors="ignore")
    except OSError:
        return False  # said by the import of the file, with its reason
    return _TRANSLATION.search(head) is not None


def original_first(files: list[str], say: Callable[[str], None]) -> list[str]:
    """`files` with each release's original first among its files (named alike but for their language
    tag): not a page that says it is a translation, nor, when the files came in their name order (a
    shell's glob, a folder), English beside Dutch or French; otherwise in the order given. What was
    chosen, and how to change it, is said through `say`."""
    groups: dict[str, list[str]] = {}
    for name in files:
        if (tagged := _TAGGED.match(Path(name).stem)) is not None:
            groups.setdefault(f"{Path(name).parent}/{tagged['stem'].casefold()}", []).append(name)
    ordered = list(files)
    for group in (g for g in groups.values() if len(g) > 1):
        by_name = group in (sorted(group), sorted(group, key=str.casefold))
        first = min(group, key=lambda n: (_says_translation(n), _RANK[_lang(n)] if by_name else 0, group.index(n)))
        if first == group[0]:
            continue
        ordered.remove(first)
        ordered.insert(ordered.index(group[0]), first)
        why = (
            "the others say they are translations"
            if _says_translation(group[0])
            else "they came in their name order, and a Belgian body writes in Dutch or French, English is a rendering"
        )
        say(
            f"{Path(first).name} is taken as the original of its release, before {Path(group[0]).name} given "
            f"first ({why}); to make the {_lang(group[0])} version the original after the import: "
            f"press-reader original ID {_lang(group[0])}"
        )
    return ordered


def _lang(name: str) -> str:
    tagged = _TAGGED.match(Path(name).stem)
    return tagged["lang"].lower() if tagged else "en"
