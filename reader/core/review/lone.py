"""A sentence that faces nothing, set against another's rendering: of two sentences paired with one
(2-1), the one that has no figure, name or cognate in common with the other side, while the other
has and the other side is as long as that one alone renders, is missing there (a paragraph one
version dropped, paired with its neighbour's rendering). Length alone missed it: a short sentence
lost beside a long one leaves the pair's ratio inside what chance gives (three trials' pages)."""

from __future__ import annotations

import math
import textwrap

from reader.core.align import AlignedPair
from reader.core.review import thresholds as limit
from reader.core.review.findings import Finding, FlagCode
from reader.core.text.anchors import shares_anchor


def lone_sentence(pair: AlignedPair, src: str, tgt: str, ratio: float) -> Finding | None:
    """The omission (2-1) or addition (1-2) of the one sentence that shares nothing, when the
    rest of the pair is a clean one-for-one rendering by length (`limit.CLEAN_ONE_TO_ONE`)."""
    merged = len(pair.source) == 2 and len(pair.target) == 1
    split = len(pair.target) == 2 and len(pair.source) == 1
    if not (merged or split):
        return None
    more, other, lang, other_lang = (
        (pair.source, pair.target_text, src, tgt) if merged else (pair.target, pair.source_text, tgt, src)
    )
    shared = [shares_anchor(sentence, other, lang, other_lang) for sentence in more]
    if shared.count(False) != 1 or len(more[shared.index(False)].split()) < limit.LONE_WORDS:
        return None
    lone = shared.index(False)
    kept = len(more[1 - lone])
    fit = len(other) / (kept * ratio) if merged else kept / (len(other) * ratio)
    low, high = limit.CLEAN_ONE_TO_ONE
    if not low <= fit <= high:
        return None
    # and it fits better than a rendering of both: a sentence merged into its neighbour as a clause
    # ('…, à savoir :', '…, le trafic étant …') shares nothing either, and the other side is then as
    # long as both render (a checks trial: three false flags on such merges, in real pairs' shapes)
    both = (
        len(other) / ((kept + len(more[lone])) * ratio) if merged else (kept + len(more[lone])) / (len(other) * ratio)
    )
    if abs(math.log(fit)) >= abs(math.log(both)):
        return None
    said = textwrap.shorten(more[lone], 70, placeholder="…")
    if merged:
        message = f"«{said}» has nothing in common with the target, which renders the other sentence alone: missing?"
    else:
        message = f"«{said}» has nothing in common with the source, which the other sentence renders alone: added?"
    # the sentence is its detail: what without_lone leaves out of the checks that follow
    code: FlagCode = "omission" if merged else "addition"
    return Finding(code, message, "warning", confidence=limit.LONE_SENTENCE, detail=more[lone])


def without_lone(
    pair: AlignedPair, findings: list[Finding], source: str, target: str, src: str = "", tgt: str = ""
) -> tuple[str, str]:
    """The two sides without the sentence a lone flag among `findings` says is missing or added: a
    check that reads the rest need not say again what that flag says (a trial: the 'niet' of the
    sentence a target dropped was also 'the Dutch negates, the French does not'). A length flag
    (not a note) on a 2-1 pair leaves out the one sentence that shares nothing with the other side,
    as lone_sentence reads it, where the rest is not a clean rendering: the flag says that sentence
    is lost (trial A, r04: a sentence and a clause dropped, 'Hij heeft die medicatie niet bij zich.'
    was also 'the meaning reversed?')."""
    for flag in findings:
        side = pair.source if flag.code == "omission" else pair.target if flag.code == "addition" else []
        if len(side) == 2 and isinstance(flag.detail, str) and flag.detail in side:
            rest = " ".join(sentence for sentence in side if sentence != flag.detail)
            return (rest, target) if side is pair.source else (source, rest)
    for flag in findings:
        if flag.detail != "length" or flag.severity == "info" or not (src and tgt):
            continue
        merged = flag.code == "omission"
        side, other, lang, other_lang = (
            (pair.source, pair.target_text, src, tgt) if merged else (pair.target, pair.source_text, tgt, src)
        )
        if len(side) != 2:
            continue
        shared = [shares_anchor(sentence, other, lang, other_lang) for sentence in side]
        if shared.count(False) == 1 and len(side[shared.index(False)].split()) >= limit.LONE_WORDS:
            rest = side[shared.index(True)]
            return (rest, target) if merged else (source, rest)
    return source, target


MAYBE = "maybe «"  # how either_lone's flag quotes the sentence it takes for the one missing


def lone_quote(message: str) -> str:
    """The quote that starts an omission's or addition's message about a lone sentence (its
    sentence, what a list's check calls the item lost), or that ends an either_lone flag's."""
    if message.startswith("«"):
        return message
    return message[message.rindex(MAYBE) + len(MAYBE) - 1 :] if MAYBE in message else ""


def either_lone(pairs: list[AlignedPair], flags: list[list[Finding]], src: str, tgt: str, ratio: float) -> None:
    """A lone sentence whose neighbour, in the one-for-one pair beside, shares nothing with its own
    rendering either, and both as long as that rendering: either may be the one it renders, and the
    other the sentence missing. Trial U: a quote's last sentence dropped ('Dat is het verschil …'),
    the sentence before it ('Ze twijfelen …') and it shared no figure, name or cognate with the French
    sentence between, so the lengths alone chose: the one before joined its neighbour as a 2-1, called
    missing, and the one dropped faced the rendering. The flag names both (it stays where it is)."""
    for k, found in enumerate(flags):
        pair = pairs[k]
        sides = {"omission": pair.source, "addition": pair.target}
        lone = next((f for f in found if isinstance(f.detail, str) and f.detail in sides.get(f.code, [])), None)
        more = sides[lone.code] if lone is not None else []
        if lone is None or len(more) != 2:
            continue
        step = 1 if more.index(lone.detail) == 1 else -1  # the neighbour beside the lone sentence
        if not 0 <= k + step < len(pairs) or pairs[k + step].shape != "1-1":
            continue
        merged, beside = lone.code == "omission", pairs[k + step]
        theirs, facing = (beside.source[0], beside.target[0]) if merged else (beside.target[0], beside.source[0])
        lang, other = (src, tgt) if merged else (tgt, src)
        if any(shares_anchor(sentence, facing, lang, other) for sentence in (theirs, lone.detail)):
            continue
        low, high = limit.CLEAN_ONE_TO_ONE
        fits = [
            len(facing) / (len(s) * ratio) if merged else len(s) / (len(facing) * ratio) for s in (lone.detail, theirs)
        ]
        if all(low <= fit <= high for fit in fits):
            one, two, three = (textwrap.shorten(x, 70, placeholder="…") for x in (lone.detail, theirs, facing))
            # Said from the alignment shown, not against it: 'which renders one of them' read as
            # contradicting the 1-1 pair of «two» and «three» right below (trial G, F3)
            lone.message = (
                f"the aligner paired «{two}» with «{three}», but neither «{one}» nor that "
                f"{'next' if step == 1 else 'previous'} sentence shares a figure, name or cognate with it, and "
                f"both are as long as it: one of them is {'missing from' if merged else 'added in'} the target, "
                f"{MAYBE}{one}»"
            )
