"""Guards against the classic NMT failure modes: runaway loops and copies of the source."""

from __future__ import annotations

from reader.core.text.fold import fold

MAX_DECODING = 512


def max_decoding_length(source_tokens: int) -> int:
    """Bound the output by the input: a real translation is rarely over twice as long."""
    return min(MAX_DECODING, int(source_tokens * 2) + 10)


def bounded(source: str, target: str) -> tuple[str, bool]:
    """A server's output cut at the bound the local engine decodes to, in words (whether it was cut)."""
    words = target.split()
    limit = max_decoding_length(len(source.split()))
    return (" ".join(words[:limit]), True) if len(words) > limit else (target, False)


def has_repetition(tokens: list[str]) -> bool:
    """True when some n-gram (n <= 4) repeats back to back: 4 times for single tokens, 3 for longer."""
    for n in range(1, 5):
        needed = 4 if n == 1 else 3
        if len(tokens) < n * needed:
            continue
        for start in range(0, len(tokens) - n * needed + 1):
            gram = tokens[start : start + n]
            if all(tokens[start + k * n : start + (k + 1) * n] == gram for k in range(1, needed)):
                if n == 1 and not any(ch.isalnum() for ch in gram[0]):
                    continue  # '...' or '---' are punctuation, not a loop
                return True
    return False


def flags_for(source: str, target: str, tokens: list[str], limit: int) -> list[str]:
    flags: list[str] = []
    if not target.strip():
        flags.append("empty")
    if has_repetition(tokens):
        flags.append("repetition")
    if len(tokens) >= limit:
        flags.append("truncated")
    if is_identical(source, target):
        flags.append("identical")
    return flags


def is_identical(source: str, target: str) -> bool:
    """A copy of the source (beyond a single word, which may be a name) is an untranslated output."""
    return bool(target.strip()) and fold(target.strip()) == fold(source.strip()) and len(source.split()) >= 2


def numbers_differ(source: str, target: str, src: str, tgt: str) -> bool:
    """Numbers, amounts and dates must survive translation (after locale-aware normalisation)."""
    from reader.core.text.numbers import extract, unmatched

    if not any(ch.isdigit() for ch in source + target):
        return False
    missing, extra = unmatched(extract(source, src), extract(target, tgt))
    return bool(missing or extra)


def remote_flags(source: str, target: str, src: str, tgt: str) -> tuple[str, list[str]]:
    """The local guards, on words, and the local bound, on a server's output: a server's loop was
    saved whole (346 kB of English for 1 kB of Dutch, a 17,000-character title: an archive team's trial)."""
    target, cut = bounded(source, target)
    flags = [f for f in flags_for(source, target, target.split(), 1 << 30) if f != "truncated"]
    if numbers_differ(source, target, src, tgt):
        flags.append("numbers")
    return target, sorted(set(flags + (["truncated"] if cut else [])))


# A server's output these guards reject is not cached: an echo server's Dutch, saved as French, came
# back from the cache once the server was fixed (trial E). A server can change, so it is asked again;
# the local models are not (the same model gives the same output, flags and all). A loop or a cut
# sentence is what a working server's model gives again (a real LibreTranslate's small models loop:
# not caching them made every rerun ask again), so those are kept as the local models' are.
REJECTED = frozenset({"empty", "identical"})

EXPLAIN = {
    "empty": "the model gave nothing for this sentence",
    "repetition": "the output repeats itself (a decoding loop)",
    "truncated": "the output stopped at the length limit",
    "identical": "the output copies the source: left untranslated",
    "numbers": "a number of the source is not in the output (or one was added)",
}
