"""Import measured on real pages: the labelled pairs of the real evaluation (benchmarks/real/pairs.yaml).

Each side of a pair is a page text as the `pages` corpus gives it (its beginning, in
<DIR>/<id>/<lang>.txt, not committed) with labels written by reading the page: the headline (its
first words, word count and line), the date it states, the issuer it names, its body paragraphs and
its site lines. A field is right when:

- headline: the imported title starts with the labelled first words (case, accents and punctuation
  aside) and has the labelled word count, within one; a page labelled without a headline is right
  when import says the headline is missing;
- date: the imported date is the labelled one; a page that states none is right when import says
  the date is missing;
- issuer: a page naming an issuer is right when the imported issuer shares a name word with the
  label; a page naming none is right when import invents none;
- paragraphs: the body's blocks (paragraphs, list items, quotes, headings, tables) number the
  labelled count within one, counting each list item or each list as one (the labels do both);
- furniture: no labelled site line is kept (in the title, the letterhead or the body).

Misses are printed for the development half only (--show): the test half is never read.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.core.errors import ImportFailed
from reader.core.importer.importer import ImportPlan, plan_import
from reader.core.library import Library
from reader.core.text.fold import fold

FIELDS = ("headline", "date", "issuer", "paragraphs", "furniture")
BODY_KINDS = ("paragraph", "list_item", "quote", "heading", "table")
_SENTINEL_DATE = dt.date(1900, 1, 1)
_SENTINEL_TITLE = "\x00missing\x00"
# Words an issuer label and an issuer line share without naming the same one.
_COMMON = {
    "van", "voor", "het", "des", "les", "the", "and", "for", "minister", "ministre", "federale", "fédéral",
    "federal", "overheidsdienst", "service", "public", "publique", "kabinet", "cabinet", "premier", "eerste",
    "vice", "staatssecretaris", "secrétaire", "état", "page", "site", "www", "belgium",
}  # fmt: skip


_LINKS = {"pour", "voor", "with", "met", "dans", "sur", "over"}


@dataclass
class Outcome:
    """What import made of one page: None for a field import said was missing."""

    title: str | None
    date: dt.date | None
    issuer: str
    paragraphs: int
    lists: int = 0  # runs of list items: a reader may count a bulleted list as one paragraph
    kept: list[str] = field(default_factory=list)  # text of every block kept, the title first
    dropped: list[str] = field(default_factory=list)
    error: str = ""


def run_import(path: Path, library: Library) -> Outcome:
    """Import without writing; a missing headline or date is asked for again with a stand-in, so
    the other fields are still measured (a release without either is never written)."""
    title: str | None = None
    date: dt.date | None = None
    missing: set[str] = set()
    for _ in range(3):
        try:
            plan: ImportPlan = plan_import(path, library, title=title, date=date)
            break
        except ImportFailed as exc:
            reason = exc.reason
            asked = set(getattr(exc, "missing", ()))
            asked |= {"title"} if "title" in reason and "headline" in reason or "no title" in reason else set()
            asked |= {"date"} if "no date" in reason else set()
            if not asked - missing:
                return Outcome(None, None, "", 0, error=reason)
            missing |= asked
            title = _SENTINEL_TITLE if "title" in missing else None
            date = _SENTINEL_DATE if "date" in missing else None
    else:
        return Outcome(None, None, "", 0, error="import kept asking")
    body = [b for b in plan.blocks if b.kind in BODY_KINDS]
    runs = sum(1 for i, b in enumerate(body) if b.kind == "list_item" and (i == 0 or body[i - 1].kind != "list_item"))
    items = sum(1 for b in body if b.kind == "list_item")
    kept = ([] if "title" in missing else [plan.title]) + [b.text for b in plan.blocks]
    return Outcome(
        None if "title" in missing else plan.title,
        None if "date" in missing else plan.date,
        plan.issuer,
        len(body),
        len(body) - items + runs,
        kept,
        list(plan.dropped),
    )


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _count(text: str) -> int:
    """Words as a reader counts them: a lone dash or colon is none."""
    return sum(1 for token in text.split() if re.search(r"\w", token))


def headline_right(label: dict[str, Any], got: str | None) -> bool:
    starts = label.get("headline_starts")
    if not starts:
        return got is None
    if got is None:
        return False
    want = _words(str(starts))
    return _words(got)[: len(want)] == want and abs(_count(got) - int(label.get("headline_words") or 0)) <= 1


def issuer_right(label: dict[str, Any], got: str) -> bool:
    want = label.get("issuer")
    if not want:
        return not got.strip()
    names = {w for w in _words(str(want)) if len(w) >= 3 and w not in _COMMON}
    # 'FAVV' names 'Federaal Agentschap voor de Veiligheid van de Voedselketen': its initials
    initials = "".join(w[0] for w in _words(got) if len(w) >= 4 and not w.isdigit() and w not in _LINKS)
    return bool(names & set(_words(got))) or any(len(n) >= 3 and n in initials for n in names)


def _flat(text: str) -> str:
    return " ".join(_words(text))


def furniture_kept(lines: list[str], kept: list[str], dropped: list[str] | None = None) -> list[str]:
    """The labelled site lines still in the release: a whole block, or inside one (a long line),
    or opening or closing one (a short line merged into a paragraph). A line the import lists as
    dropped is not sought inside the kept blocks, nor at their edges: a site's section name ('Les
    Commissions de surveillance', 'Accueil') may also be words of a body sentence ('… du réseau
    d'accueil.'), which is not the line kept."""
    blocks = [_flat(text) for text in kept]
    gone = {_flat(text) for text in dropped or []}
    out = []
    for line in lines:
        flat = _flat(line)
        if not flat:
            continue
        inside = len(flat.split()) >= 4 and flat not in gone and any(flat in block for block in blocks)
        edge = any(
            block == flat or (flat not in gone and (block.startswith(flat + " ") or block.endswith(" " + flat)))
            for block in blocks
        )
        if inside or edge:
            out.append(line.strip())
    return out


def score(label: dict[str, Any], page: Path, got: Outcome) -> dict[str, bool | None]:
    """Right or wrong per field; None where the page gives the field nothing to measure."""
    lines = page.read_text(encoding="utf-8").split("\n")
    furniture = [lines[n - 1] for n in label.get("furniture_lines") or [] if 0 < n <= len(lines)]
    want_date = label.get("date")
    headline = headline_right(label, got.title)
    kept = got.kept[1:] if headline and got.title is not None else got.kept  # the headline is no site line
    return {
        "headline": headline,
        "date": (got.date is None) if want_date is None else (got.date is not None and str(got.date) == str(want_date)),
        "issuer": issuer_right(label, got.issuer),
        "paragraphs": any(abs(n - int(label.get("paragraphs") or 0)) <= 1 for n in (got.paragraphs, got.lists)),
        "furniture": None if not furniture else not furniture_kept(furniture, kept, got.dropped),
    }


def load_pairs(files: list[Path]) -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries = data.get("pairs") or [] if isinstance(data, dict) else data  # 'pairs:' or a bare list
        pairs += [p for p in entries if isinstance(p, dict) and p.get("id")]
    return pairs


def _host(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url).split("/")[0].rstrip(".").lower()


def _site_libraries(folder: Path, pairs: list[dict[str, Any]]) -> dict[tuple[str, str, str], Library]:
    """For each page (id, lang, split), a library holding the other pages of its site and half,
    and the page's other language (a user imports a release's versions together; the two may sit
    on two hosts, politie.be and police.be), imported as a user would (stand-ins where the
    headline or date is missing): what import can learn from a library of that site without
    seeing the page itself."""
    sites: dict[tuple[str, str], list[tuple[str, str, Path]]] = {}
    versions: dict[str, list[tuple[str, str, Path]]] = {}
    for pair in pairs:
        split = "test" if pair.get("split") == "test" else "dev"
        for lang, url in (pair.get("urls") or {}).items():
            page = folder / str(pair["id"]) / f"{lang}.txt"
            if page.is_file():
                sites.setdefault((_host(str(url)), split), []).append((str(pair["id"]), lang, page))
                versions.setdefault(str(pair["id"]), []).append((str(pair["id"]), lang, page))
    libraries: dict[tuple[str, str, str], Library] = {}
    for (_site, split), pages in sites.items():
        for pid, lang, _page in pages:
            library = Library.load(Path(tempfile.mkdtemp(prefix="press-reader-site-")))
            others = pages + [v for v in versions[pid] if v not in pages]
            for n, (other_id, other_lang, other) in enumerate(others):
                if (other_id, other_lang) == (pid, lang):
                    continue
                _import_as_a_user(other, library, n)
            libraries[(pid, lang, split)] = Library.load(library.root)
    return libraries


def _long_lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if len(line.split()) >= 8}


def _same_release(text: str, labelled: list[set[str]]) -> bool:
    """A site page that is a labelled page under another address (a print view, a node/ link):
    most of its long lines are that page's. Such a page would teach import the page's own text."""
    lines = _long_lines(text)
    return bool(lines) and any(len(lines & other) * 2 > len(lines) for other in labelled)


def _site_page_libraries(folder: Path, pairs: list[dict[str, Any]], texts: Path) -> dict[tuple[str, str, str], Library]:
    """For each page (id, lang, split), a library of the other pages of its site collected apart
    (folder/<host>/<lang>/*.txt, never a labelled page, nor one holding the same release under
    another address): what a user's library of that site holds."""
    labelled = [
        _long_lines(page.read_text(encoding="utf-8"))
        for pair in pairs
        for lang in (pair.get("urls") or {})
        if (page := texts / str(pair["id"]) / f"{lang}.txt").is_file()
    ]
    built: dict[tuple[str, str], Library] = {}
    libraries: dict[tuple[str, str, str], Library] = {}
    for pair in pairs:
        split = "test" if pair.get("split") == "test" else "dev"
        for lang, url in (pair.get("urls") or {}).items():
            key = (_host(str(url)), lang)
            if key not in built:
                library = Library.load(Path(tempfile.mkdtemp(prefix="press-reader-site-")))
                for n, other in enumerate(sorted((folder / key[0] / lang).glob("*.txt"))):
                    if not _same_release(other.read_text(encoding="utf-8"), labelled):
                        _import_as_a_user(other, library, n)
                built[key] = Library.load(library.root)
            libraries[(str(pair["id"]), lang, split)] = built[key]
    return libraries


def _import_as_a_user(page: Path, library: Library, n: int) -> None:
    from reader.core.errors import ReaderError
    from reader.core.importer.importer import MissingFields, apply_import

    try:
        try:
            plan = plan_import(page, library)
        except MissingFields as exc:
            title = None if "title" not in exc.missing else f"Page {n}"
            date = None if "date" not in exc.missing else dt.date(2000, 1, 1) + dt.timedelta(days=n)
            plan = plan_import(page, library, title=title, date=date)
        apply_import(plan, library)
    except ReaderError:
        pass  # a page the library already has (the same release in its other language) or cannot take


def bench_real(
    folder: Path,
    pair_files: list[Path],
    show: bool = False,
    site_library: bool = False,
    site_pages: Path | None = None,
) -> dict[str, Counter[str]]:
    library = Library.load(Path(tempfile.mkdtemp(prefix="press-reader-real-")))
    right: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    total: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    pairs = load_pairs(pair_files)
    libraries = _site_libraries(folder, pairs) if site_library else {}
    if site_pages is not None:
        libraries = _site_page_libraries(site_pages, pairs, folder)
        site_library = True
    per_batch: dict[tuple[str, int], Counter[str]] = {}
    for pair in pairs:
        split = "test" if pair.get("split") == "test" else "dev"
        for lang, label in (pair.get("pages") or {}).items():
            page = folder / str(pair["id"]) / f"{lang}.txt"
            if not isinstance(label, dict) or not page.is_file():
                continue
            site = libraries.get((str(pair["id"]), lang, split), library)
            got = run_import(page, site)
            total[split]["pages"] += 1
            if site_library:
                learned = _learned_on(page, site)
                right[split]["learned lines"] += learned
                right[split]["pages with learned lines"] += bool(learned)
            stated = "date stated" if label.get("date") else "no date stated"
            for name, ok in score(label, page, got).items():
                if ok is None:
                    continue
                key = f"date ({stated})" if name == "date" else name
                total[split][key] += 1
                right[split][key] += ok
                per_batch.setdefault((split, int(pair.get("batch", 0))), Counter())[key] += ok
                per_batch[(split, int(pair.get("batch", 0)))][f"of {key}"] += 1
                if name == "date" and label.get("date"):  # where the labeller saw it: a date line, or a sentence
                    where = "date (on a date line)" if label.get("date_line") is not None else "date (in the text only)"
                    total[split][where] += 1
                    right[split][where] += ok
                if not ok and show and split == "dev":
                    print(f"  {pair['id']}/{lang} {name}: {_miss(name, label, got, page)}")
    for split in ("dev", "test"):
        n = total[split]["pages"]
        keys = ["headline", "date (date stated)", "date (on a date line)", "date (in the text only)"]
        keys += ["date (no date stated)", "issuer", "paragraphs", "furniture"]
        parts = [f"{k} {right[split][k]}/{total[split][k]}" for k in keys if total[split][k]]
        if site_library:
            learned, pages = right[split]["learned lines"], right[split]["pages with learned lines"]
            parts.append(f"lines learned from the site's other pages {learned} (on {pages} pages)")
        print(f"{split}: {n} pages: " + ", ".join(parts))
    _print_first_runs(per_batch)
    return right


def _print_first_runs(per_batch: dict[tuple[str, int], Counter[str]]) -> None:
    """Each batch now beside its first run (real/first_runs.yaml): the figure nobody could tune."""
    first = yaml.safe_load((Path(__file__).parent / "real" / "first_runs.yaml").read_text(encoding="utf-8"))
    print("each batch, first run -> now (headline, date where stated, paragraphs, no site line kept):")
    for (split, batch), now in sorted(per_batch.items(), key=lambda kv: (kv[0][0] != "test", kv[0][1])):
        was = ((first["batches"].get(batch) or {}).get("import") or {}).get(split)
        pages = now["of headline"]

        def figures(head: int, dated: list[int], paragraphs: int, furniture: list[int], pages: int = pages) -> str:
            return f"{head}/{pages}, {dated[0]}/{dated[1]}, {paragraphs}/{pages}, {furniture[0]}/{furniture[1]}"

        current = figures(
            now["headline"],
            [now["date (date stated)"], now["of date (date stated)"]],
            now["paragraphs"],
            [now["furniture"], now["of furniture"]],
        )
        # the first run's own page count: a partial collection reads fewer pages than were read then
        before = (
            figures(was["headline"], was["date stated"], was["paragraphs"], was["furniture"], was["pages"])
            if was
            else "not recorded"
        )
        then = f" of {was['pages']} then" if was and was["pages"] != pages else ""
        print(f"  batch {batch} {split} ({pages} pages{then}): {before} -> {current}")


def _learned_on(page: Path, library: Library) -> int:
    """How many lines of the page the library of its site has learned as the site's."""
    from reader.core.importer.furniture import line_key
    from reader.core.importer.learned import learned_lines

    lines = learned_lines(library)
    return sum(1 for line in page.read_text(encoding="utf-8").split("\n") if line.strip() and line_key(line) in lines)


def _miss(name: str, label: dict[str, Any], got: Outcome, page: Path) -> str:
    if got.error:
        return f"error {got.error}"
    if name == "headline":
        return f"got {got.title!r}, labelled {label.get('headline_starts')!r} ({label.get('headline_words')} words)"
    if name == "date":
        return f"got {got.date}, labelled {label.get('date')}"
    if name == "issuer":
        return f"got {got.issuer!r}, labelled {label.get('issuer')!r}"
    if name == "paragraphs":
        return f"got {got.paragraphs} ({got.lists} with a list as one), labelled {label.get('paragraphs')}"
    lines = page.read_text(encoding="utf-8").split("\n")
    furniture = [lines[n - 1] for n in label.get("furniture_lines") or [] if 0 < n <= len(lines)]
    kept = got.kept[1:] if headline_right(label, got.title) and got.title is not None else got.kept
    return f"kept {furniture_kept(furniture, kept, got.dropped)}"  # as score() reads it: the headline aside
