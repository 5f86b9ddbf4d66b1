"""Turns of an interview set with a dash ('– Wat verandert er concreet?' / '– Tom Vanderlinden: Vanaf
2027 …'): the French tiret de dialogue and the Dutch gedachtestreepje open a turn of speech, each a
paragraph of its own (a plain fact of French and Dutch typography). Read as a list's bullets, a
whole interview became list items on both sides (trial U of the thirty-fourth session). A list
enumerates things; a dialogue asks and answers: a run of dash items with a question and an answer
of several sentences, or with speakers named ('Name: …'), is a dialogue, its items paragraphs, each
opening on the turn's dash ('–': the readers keep a list's marker as '-', whatever the page set).
A list's lead-in (a paragraph ending on ':') announces a list, never turns.
"""

from __future__ import annotations

import re

from reader.core.model import Block

_DASHES = ("-", "–", "—")
# 'Tom Vanderlinden:', 'VANDERLINDEN :', 'Anne-Marie De Smet:': a speaker named before the turn
_SPEAKER = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]+\s?:\s+\S")
_SENTENCE_END = re.compile(r"[.!?…][\"”»')]*(?=\s+[\"„“«'(]?[A-ZÀ-Þ0-9]|\s*$)")
_SEVERAL = 2  # sentences of an answer; a list's item is one (or a fragment)
_LONE_TURNS = 2  # single dash items of speech between paragraphs, for the page to read as turns


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def _question(text: str) -> bool:
    return text.rstrip(" \"”»')").endswith("?")


def _answer(text: str) -> bool:
    return not _question(text) and _sentences(text) >= _SEVERAL


def _runs(body: list[Block]) -> list[tuple[int, int]]:
    """Runs of dash-led items (start, end), but those under a list's lead-in."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        if body[i].kind != "list_item" or body[i].marker not in _DASHES:
            i += 1
            continue
        j = i
        while j < len(body) and body[j].kind == "list_item" and body[j].marker in _DASHES:
            j += 1
        if not (i and body[i - 1].text.rstrip().endswith(":")):
            runs.append((i, j))
        i = j
    return runs


def dialogue_turns(body: list[Block]) -> None:
    """The dash items of an interview's turns become paragraphs opening on the dash (in place)."""
    runs = _runs(body)
    lone = [(i, j) for i, j in runs if j - i == 1 and (_answer(body[i].text) or _SPEAKER.match(body[i].text))]
    for i, j in runs:
        items = [b.text for b in body[i:j]]
        named = sum(bool(_SPEAKER.match(x)) for x in items) >= 2
        asked = any(_question(x) for x in items) and any(_answer(x) for x in items)
        if named or asked or ((i, j) in lone and len(lone) >= _LONE_TURNS):
            for k in range(i, j):
                body[k] = Block("paragraph", f"– {body[k].text}", lang=body[k].lang)
