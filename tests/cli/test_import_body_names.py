"""A folder of pages of the health insurance institute and of the buildings agency, each name alone
over its page: each release has its body as the issuer, where trial Y's had none ('no issuer line
found'), in a library that holds their earlier releases too. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

PAGE = "{who}\nPersbericht\nBrussel, {day} maart 2025\n\nNieuwe regels voor {what}\n\n{text}\n"
TEXT = "Vanaf {day} april gelden nieuwe regels voor {n} aanvragen, zo meldt de dienst vandaag."


def _write(folder: Path, who: str, what: str, days: range) -> None:
    folder.mkdir(exist_ok=True)
    for day in days:
        text = TEXT.format(day=day, n=len(who) * 1000 + 37 * day)  # each body its own figures
        page = PAGE.format(who=who, day=day, what=f"{what} {day}", text=text)
        (folder / f"{who[:4].lower()}-{day:02d}-nl.txt").write_text(page, encoding="utf-8")


def test_a_folder_of_two_bodies_pages_gives_each_release_its_issuer(run, tmp_path: Path):
    lib, first, later = tmp_path / "lib", tmp_path / "first", tmp_path / "later"
    _write(first, "RIZIV", "de terugbetaling van brillen", range(1, 5))
    _write(first, "Regie der Gebouwen", "de huur van kantoren", range(1, 5))
    assert run("--library", str(lib), "import", str(first)).code == 0
    _write(later, "RIZIV", "de terugbetaling van brillen", range(10, 13))
    _write(later, "Regie der Gebouwen", "de huur van kantoren", range(10, 13))
    done = run("--library", str(lib), "import", str(later))
    assert done.code == 0 and "no issuer line found" not in done.err, done.err
    issuers = sorted(r["issuer"] for r in run("--library", str(lib), "list", "--json").json())
    assert issuers == sorted(["RIZIV"] * 7 + ["Regie der Gebouwen"] * 7)
