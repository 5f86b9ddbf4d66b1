"""A pair of one folder, of one date and named as one release's versions ('p3_nl.txt', 'p3_fr.txt'),
whose numbers and names are too few alike to join it: joined, with a warning naming what does not
match (trial G), whatever else the folder holds (trial J). Asked by import_partners.pairer, for the
run and its dry run; `titled_apart` serves both modules."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.core.library import Library

if TYPE_CHECKING:
    import argparse

    from reader.commands.import_partners import Made
    from reader.core.importer.importer import ImportPlan


def titled_apart(title: str, lang: str, other: str, other_lang: str, texts: tuple[str, str] = ("", "")) -> bool:
    """Both headlines name a day, and not the same one ('Ministerraad van 6 november' and 'Conseil
    des ministres du 9 novembre'): two meetings, whatever their texts share (pages of one template,
    a trial's two Councils were joined into one release). A day apart with the texts' other figures
    and a name alike (`texts`, this one's and the other's) is a rendering's slip, the very error
    checking is for: trial Q's '15 september' / '16 septembre' in headline and lead, ten figures and
    the minister's name shared, left the pair two releases."""
    from reader.core.importer.datelines import find_date
    from reader.core.importer.known import one_day_slip

    one, two = find_date(title, lang), find_date(other, other_lang)
    if one is None or two is None or one == two:
        return False
    return abs((one - two).days) > 1 or not one_day_slip(texts[0], texts[1], lang, other_lang)


def headlines_apart(title: str, lang: str, other: str, other_lang: str) -> str:
    """Why two files were left apart when their headlines name two days: said as such, where the
    warning blamed their numbers and names, which they shared (trial Q)."""
    from reader.core.importer.datelines import find_date

    one, two = find_date(title, lang), find_date(other, other_lang)
    if one is None or two is None or one == two:
        return ""
    return f"their headlines name two days, {two.isoformat()} and {one.isoformat()}"


# How a file's name says its language, as a token of it ('p3_nl.txt', 'persbericht-FR.pdf')
NAMED = {
    "nl": {"nl", "ned", "nederlands", "dutch", "vl"},
    "fr": {"fr", "fra", "francais", "français", "french"},
    "en": {"en", "eng", "english"},
    "de": {"de", "deu", "deutsch", "duits", "german"},
}
_TOKENS = re.compile(r"[-_. ]+")
SAID_FIGURES = 6  # of each side, in the warning: the first ones say enough to go and look


def named_alike(one: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether two file names are one name but for each one's language ('p3_nl.txt', 'p3_fr.txt'), in
    one folder: 'one/fr.txt' and 'two/nl.txt' are two releases' pages (trial H's folders, a release each)."""
    if Path(one).parent != Path(other).parent:
        return False
    a, b = _TOKENS.split(Path(one).stem.lower()), _TOKENS.split(Path(other).stem.lower())
    apart = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(apart) == 1 and a[apart[0]] in NAMED.get(lang, set()) and b[apart[0]] in NAMED.get(other_lang, set())


def _one_token_apart(one: str, other: str) -> bool:
    """Two names of one folder, one name but for one token each naming a language ('x_nl', 'x_fr')."""
    every = set().union(*NAMED.values())
    if Path(one).parent != Path(other).parent:
        return False
    a, b = _TOKENS.split(Path(one).stem.lower()), _TOKENS.split(Path(other).stem.lower())
    apart = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(apart) == 1 and a[apart[0]] in every and b[apart[0]] in every


def named_pair(
    plan: ImportPlan, name: str, files: list[str], made: Made, previews: dict[str, ImportPlan], library: Library
) -> str | None:
    """The release the other file of a pair named alike made, when the two share too few numbers and
    names to be joined by them, but are of one date and named as one release's versions: a
    rendering whose figures went wrong is the pair checking is for (trial G's pair was left apart by
    the very figures its translation got wrong). Joined with a warning naming the figures one has
    and the other lacks (`made.mismatch`). Refused still, as the README has it, across more than 4
    days, and between headlines naming two days; two files named unlike stay two releases (a random
    pair of real pages scores up to 0.199 on numbers and names: the score alone cannot tell)."""
    # the file named as this one's other language, in its folder, and the release it made in this
    # command: given alone or in a folder of other files (a notes file, another pair), as trial J's
    # folders left the very pair whose figures differ two releases
    alike = {made.file(f): f for f in files if f != name and _one_token_apart(f, name)}
    made_by = [rid for rid in made if rid not in made.earlier and made[rid] in alike]
    if len(made_by) != 1:
        return None
    rid = made_by[0]
    first = alike[made[rid]]
    other = previews.get(rid)  # a dry run's: nothing written
    try:
        release = library.get(rid) if other is None else None  # read again: another process may add to it
    except ReaderError:
        return None
    if other is not None:
        lang, date, title, blocks = other.language, other.date, other.title, other.blocks
    elif release is not None and plan.language not in release.versions:
        lang, date = release.original_language, release.date
        title, blocks = release.title(lang), release.versions[lang].blocks
    else:
        return None
    if lang == plan.language or date is None or date != plan.date:
        return None
    text, theirs = " ".join(b.text for b in blocks), " ".join(b.text for b in plan.blocks)
    if titled_apart(plan.title, plan.language, title, lang, (theirs, text)):
        return None
    if not named_alike(first, lang, name, plan.language):
        return None
    made.mismatch[name] = unmatched_figures(text, lang, theirs, plan.language, rid, name, would=other is not None)
    return rid


def unmatched_figures(text: str, lang: str, other: str, other_lang: str, rid: str, name: str, would: bool) -> str:
    """The warning of a pair joined on its names and date (`would`: by a dry run): the figures each
    side has and the other lacks (phone numbers and postcodes aside: each language's contact has its own), and how
    to part them."""
    import shlex

    from reader.core.text import numbers

    def lacking(one: str, one_lang: str, two: str, two_lang: str) -> list[str]:
        theirs = {q.key for q in numbers.extract(two, two_lang) if not q.soft}
        said = [
            q.text
            for q in numbers.extract(one, one_lang)
            if not q.soft and q.kind not in ("phone", "postcode") and q.key not in theirs
        ]
        return list(dict.fromkeys(said))

    mine, yours = lacking(text, lang, other, other_lang), lacking(other, other_lang, text, lang)
    figures = "; ".join(
        f"{', '.join(side[:SAID_FIGURES])}{' …' if len(side) > SAID_FIGURES else ''} only in '{code}'"
        for side, code in ((mine, lang), (yours, other_lang))
        if side
    )
    return (
        f"{'would be ' if would else ''}joined though the two share few numbers and names, as they are of "
        "one date and named as one "
        f"release's versions: {figures or 'few names in common'} (press-reader check {rid} shows each); "
        f"if they are two releases: press-reader remove {rid} --lang {other_lang}, then press-reader import "
        f"{shlex.quote(name)}"
    )


def of_the_pair(plan: ImportPlan, args: argparse.Namespace, name: str, made: Made) -> None:
    """What is said of a file given in a pair: the original kept official, what did not match."""
    original_stays_official(plan, args, name)
    if name in made.mismatch:  # joined on its name and date (`named_pair`)
        plan.warnings.append(made.mismatch[name])


def original_stays_official(plan: ImportPlan, args: argparse.Namespace, name: str) -> None:
    """`--provenance unofficial` given to a pair ('import nl.txt fr.txt') is the rendering's: the first
    file, which makes the release, is its original, as published (the Dutch original was made
    editable too: a translator's trial). One file, more than two, or --separate: as asked."""
    from reader.core.model import Provenance

    first_of_two = len(args.files) == 2 and name == args.files[0] and not args.separate
    if first_of_two and plan.new_release and args.provenance == "unofficial":
        plan.provenance = Provenance("official")
        plan.warnings.append(
            "kept official, as the original of the pair: --provenance applies to the rendering given with "
            "it (--separate applies it to both)"
        )
