"""A folder import as the library grows: the time per file into libraries of 0, 500 and 1,000
releases, and inside one command from its first files to its last (the releases it made itself).

    python benchmarks/bench_import_folder.py [--pages 60] [--sizes 0,500,1000]

Trial Y's folder of 2,800 pages went from about one file a second to a third of a release a second
at 1,400 made: the import re-read, for each file, every release it had made (the check for another
process's writes meanwhile) and every release of the command (the partner of a version). The pages
are generated here (a template's press releases, a third of them Dutch/French pairs, figures of
their own, in our own words); the libraries are benchmarks/synthetic.py's, dated an hour back as a
library written before. Printed: seconds per file for each size, the ratio to the empty library's,
and the ratio of the last quarter's files to the first quarter's within each command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_library  # noqa: E402

PLACES = [("Gent", "Gand"), ("Brugge", "Bruges"), ("Luik", "Liège"), ("Namen", "Namur"), ("Bergen", "Mons")]
NL = (
    "FOD Mobiliteit\nPersbericht\nBrussel, {day} {nl_month} {year}\n\n"
    "Minister {who} opent {thing} nummer {n} in {nl_place}\n\n"
    "Minister {who} stelde vandaag in {nl_place} het project {n} voor. Het kost {amount} euro en telt "
    "{people} deelnemers.\n\nDe federale overheid betaalt {share} procent van de kosten.\n"
)
FR = (
    "SPF Mobilité\nCommuniqué de presse\nBruxelles, {day} {fr_month} {year}\n\n"
    "Le ministre {who} ouvre {fr_thing} numéro {n} à {fr_place}\n\n"
    "Le ministre {who} a présenté aujourd'hui à {fr_place} le projet {n}. Il coûte {amount_fr} euros et "
    "compte {people} participants.\n\nL'autorité fédérale paie {share_fr} pour cent des coûts.\n"
)
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]
WHO = ["Lies Wouters", "Marc Dubois", "Ines Peeters", "Tom Lambert", "Sara Jacobs"]


def write_pages(folder: Path, count: int, seed: int = 7) -> None:
    """`count` pages, every third a French version beside its Dutch original."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    written = 0
    for n in range(count):
        month, day, year = rng.randrange(9), rng.randint(1, 28), rng.randint(2015, 2026)
        nl_place, fr_place = rng.choice(PLACES)
        amount, share = rng.randint(100, 999) * 1000 + rng.randint(1, 999), rng.randint(10, 90) + rng.randint(1, 9) / 10
        fields = dict(day=day, year=year, nl_month=NL_MONTHS[month], fr_month=FR_MONTHS[month], who=rng.choice(WHO))
        fields |= dict(nl_place=nl_place, fr_place=fr_place, n=1000 + n, people=rng.randint(200, 9000))
        fields |= dict(thing="een fietspad", fr_thing="une piste cyclable", amount=f"{amount:,}".replace(",", "."))
        fields |= dict(amount_fr=f"{amount:,}".replace(",", " "), share=f"{share}".replace(".", ","))
        fields["share_fr"] = fields["share"]
        (folder / f"p{n:05d}a-nl.txt").write_text(NL.format(**fields), encoding="utf-8")
        written += 1
        if n % 3 == 0 and written < count:
            (folder / f"p{n:05d}b-fr.txt").write_text(FR.format(**fields), encoding="utf-8")
            written += 1
        if written >= count:
            return


def timed_import(library: Path, folder: Path, home: Path) -> list[float]:
    """The moments each file's import was said, from the command's start."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1", HOME=str(home), XDG_DATA_HOME=str(home / "d"))
    env |= dict(XDG_CONFIG_HOME=str(home / "c"), XDG_CACHE_HOME=str(home / "x"))
    argv = [sys.executable, "-m", "reader", "--library", str(library), "import", str(folder)]
    started, moments = time.perf_counter(), []
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as run:
        assert run.stdout is not None
        for line in run.stdout:
            if line.startswith("imported "):
                moments.append(time.perf_counter() - started)
    return moments


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--sizes", default="0,500,1000")
    args = parser.parse_args()
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        write_pages(pages, args.pages)
        for size in (int(s) for s in args.sizes.split(",")):
            library = Path(tmp) / f"lib{size}"
            write_library(library, size) if size else library.mkdir()
            (library / ".press-reader").touch()
            an_hour_ago = (dt.datetime.now() - dt.timedelta(hours=1)).timestamp()
            for path in library.rglob("*"):
                os.utime(path, (an_hour_ago, an_hour_ago))
            moments = timed_import(library, pages, Path(tmp) / f"home{size}")
            steps = [b - a for a, b in zip(moments, moments[1:], strict=False)]
            per_file = sum(steps) / max(1, len(steps))
            base = base or per_file
            quarter = max(1, len(steps) // 4)
            growth = (sum(steps[-quarter:]) / quarter) / max(1e-9, sum(steps[:quarter]) / quarter)
            print(
                f"library of {size:5d}: {len(moments)} files, {per_file:.3f} s per file, "
                f"x{per_file / base:.2f} the empty library's; last quarter / first quarter x{growth:.2f}"
            )


if __name__ == "__main__":
    main()
