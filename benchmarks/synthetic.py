"""Write a synthetic library of N releases for the start-up and search benchmarks.

Realistic in what a search index feels: three languages per release (the original in Dutch or
French, the others unofficial or machine), bodies of real length (5 to 12 paragraphs of 30 to 90
words), words drawn from a Zipf distribution over a large vocabulary (so most words are rare, as in
real text), varied issuers (federal services and ministers) and dates over 25 years. The text is
nonsense; no real release is copied.

    python benchmarks/synthetic.py DIR N [--parallel]

With --parallel (the translation-memory benchmark) the Dutch and French versions are both official
and say the same thing sentence by sentence: each French word is the Dutch word of the same rank in
its own vocabulary, a fifth of the sentences recur from a pool of 2,000 stock sentences, and a third
name one of 60 institutions, each with one fixed rendering, as an archive of real renderings does.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import sys
from pathlib import Path

ISSUERS = [
    "FOD Economie, K.M.O., Middenstand en Energie",
    "FOD Financiën",
    "FOD Mobiliteit en Vervoer",
    "FOD Binnenlandse Zaken",
    "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
    "FOD Justitie",
    "FOD Buitenlandse Zaken",
    "FOD Kanselarij van de Eerste Minister",
    "SPF Economie, P.M.E., Classes moyennes et Energie",
    "SPF Finances",
    "SPF Mobilité et Transports",
    "SPF Intérieur",
] + [f"Minister van {area}" for area in ("Werk", "Economie", "Pensioenen", "Defensie", "Justitie", "Mobiliteit")]

FUNCTION = {
    "nl": "de het een en van in op te met voor dat is door aan als bij om over naar ook die zijn".split(),
    "fr": "le la les un une et de des du en au pour par dans sur que qui est avec aux ce se".split(),
    "en": "the a an and of in on to with for that is by at as from also this are be".split(),
}
SYLLABLES = (
    "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te".split()
)


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def write_library(root: Path, count: int, seed: int = 1, parallel: bool = False) -> Path:
    if parallel:
        return write_parallel_library(root, count, seed)
    rng = random.Random(seed)
    vocab = {lang: vocabulary(random.Random(seed + i), 20_000) for i, lang in enumerate(("nl", "fr", "en"))}
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(20_000)))  # Zipf, s = 1

    def sentence(lang: str, words: int) -> str:
        content = rng.choices(vocab[lang], cum_weights=weights, k=words)
        mixed = [w if rng.random() < 0.7 else rng.choice(FUNCTION[lang]) for w in content]
        return " ".join(mixed).capitalize() + "."

    root.mkdir(parents=True, exist_ok=True)
    start = dt.date(2000, 1, 1)
    for i in range(count):
        day = start + dt.timedelta(days=rng.randrange(9300))
        original = "nl" if rng.random() < 0.6 else "fr"
        rid = f"{day.isoformat()}-synthetic-{i:05d}"
        folder = root / rid
        folder.mkdir()
        titles, bodies = {}, {}
        paragraphs = rng.randint(5, 12)
        for lang in ("nl", "fr", "en"):
            titles[lang] = sentence(lang, rng.randint(6, 12)).rstrip(".")
            bodies[lang] = "\n\n".join(
                " ".join(sentence(lang, rng.randint(8, 20)) for _ in range(rng.randint(2, 5)))
                for _ in range(paragraphs)
            )
        other = [lang for lang in ("nl", "fr", "en") if lang != original]
        languages = f"  {original}:\n    provenance: official\n" + "".join(
            f"  {lang}:\n    provenance: {'machine' if lang == 'en' else 'unofficial'}\n" for lang in other
        )
        (folder / "release.yaml").write_text(
            f"id: {rid}\ndate: {day.isoformat()}\nissuer: {rng.choice(ISSUERS)}\noriginal_language: {original}\n"
            "titles:\n"
            + "".join(f"  {lang}: {titles[lang]}\n" for lang in ("nl", "fr", "en"))
            + f"languages:\n{languages}",
            encoding="utf-8",
        )
        for lang in ("nl", "fr", "en"):
            (folder / f"{lang}.md").write_text(bodies[lang] + "\n", encoding="utf-8")
    return root


def institutions(seed: int = 1) -> list[tuple[str, str]]:
    """60 invented institution names with their one rendering (Dutch, French)."""
    rng = random.Random(seed + 99)
    vocab_nl, vocab_fr = vocabulary(random.Random(seed), 20_000), vocabulary(random.Random(seed + 1), 20_000)
    out = []
    for _ in range(60):
        ranks = [rng.randrange(2000, 20_000) for _ in range(rng.randint(2, 3))]
        nl = "Dienst " + " ".join(vocab_nl[r].capitalize() for r in ranks)
        fr = "Service " + " ".join(vocab_fr[r].capitalize() for r in reversed(ranks))
        out.append((nl, fr))
    return out


def write_parallel_library(root: Path, count: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    vocab = {lang: vocabulary(random.Random(seed + i), 20_000) for i, lang in enumerate(("nl", "fr"))}
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(20_000)))
    names = institutions(seed)

    def pair(words: int) -> tuple[str, str]:
        ranks = rng.choices(range(20_000), cum_weights=weights, k=words)
        nl = [vocab["nl"][r] for r in ranks]
        fr = [vocab["fr"][r] for r in ranks]
        if rng.random() < 0.33:
            name_nl, name_fr = rng.choice(names)
            at = rng.randrange(1, words)
            nl.insert(at, name_nl)
            fr.insert(at, name_fr)
        return " ".join(nl).capitalize() + ".", " ".join(fr).capitalize() + "."

    stock = [pair(rng.randint(8, 20)) for _ in range(2000)]
    root.mkdir(parents=True, exist_ok=True)
    start = dt.date(2000, 1, 1)
    for i in range(count):
        day = start + dt.timedelta(days=rng.randrange(9300))
        rid = f"{day.isoformat()}-parallel-{i:05d}"
        folder = root / rid
        folder.mkdir()
        paragraphs: list[list[tuple[str, str]]] = []
        for _ in range(rng.randint(4, 8)):
            paragraphs.append(
                [
                    rng.choice(stock) if rng.random() < 0.2 else pair(rng.randint(8, 20))
                    for _ in range(rng.randint(2, 4))
                ]
            )
        title = pair(rng.randint(6, 10))
        (folder / "release.yaml").write_text(
            f"id: {rid}\ndate: {day.isoformat()}\nissuer: {rng.choice(ISSUERS)}\noriginal_language: nl\n"
            f"titles:\n  nl: {title[0].rstrip('.')}\n  fr: {title[1].rstrip('.')}\n"
            "languages:\n  nl:\n    provenance: official\n  fr:\n    provenance: official\n",
            encoding="utf-8",
        )
        for side, lang in enumerate(("nl", "fr")):
            body = "\n\n".join(" ".join(p[side] for p in paragraph) for paragraph in paragraphs)
            (folder / f"{lang}.md").write_text(body + "\n", encoding="utf-8")
    return root


def word_of_rank(rank: int, lang: str = "nl", seed: int = 1) -> str:
    """A word of the given frequency rank in the library's `lang` vocabulary (for benchmark queries)."""
    index = ("nl", "fr", "en").index(lang)
    words = vocabulary(random.Random(seed + index), 20_000)
    return words[rank]


if __name__ == "__main__":
    write_library(Path(sys.argv[1]), int(sys.argv[2]), parallel="--parallel" in sys.argv[3:])
