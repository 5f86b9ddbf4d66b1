"""A series' standing headline, the same every week, is learned from three releases' titles as if a
notice the site set above every page: the fourth page lost its headline and its issuer line was
taken for it, silently (a reader's trial). Texts in our own words."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import pytest

from reader.core.importer.furniture import line_key
from reader.core.importer.importer import plan_import
from reader.core.library import Library
from reader.core.model import Block, Provenance

ISSUER = "Lokale Politie Noordkust"
HEADLINE = "Stand van de sluizen deze week"


def _week(n: int) -> str:
    return (
        f"Deze week passeerden {n * 40} schepen de grote sluis, zo meldt de havenkapitein. "
        f"Dat zijn er {n} meer dan vorige week.\n\nDe kleine sluis blijft dicht voor onderhoud aan deur {n}."
    )


def _series(root: Path, title: str) -> Library:
    """Three weeks of one issuer's series, each with its own text, under the same title."""
    library = Library.load(root)
    for n in (1, 2, 3):
        body = [Block("paragraph", part) for part in _week(n).split("\n\n")]
        day = dt.date(2025, 3, n)
        library.create_release(f"2025-03-0{n}-w{n}", day, ISSUER, "nl", title, body, Provenance("official"))
    return Library.load(root)


@pytest.mark.parametrize("dated_above", [False, True], ids=["headline over the date", "date over the headline"])
def test_the_series_headline_of_a_fourth_week_stays_its_headline(tmp_path: Path, dated_above: bool):
    library = _series(tmp_path, HEADLINE)
    head = (
        f"{ISSUER}\n\nOostende, 4 maart 2025\n\n{HEADLINE}"
        if dated_above
        else (f"{ISSUER}\n\n{HEADLINE}\n\nOostende, 4 maart 2025")
    )
    page = tmp_path / "week4.txt"
    page.write_text(f"{head}\n\n{_week(4)}\n", encoding="utf-8")
    plan = plan_import(page, library)
    assert (plan.title, plan.issuer) == (HEADLINE, ISSUER)
    assert HEADLINE not in plan.dropped


def test_a_notice_taken_for_three_headlines_still_leaves_a_page_with_its_issuer(tmp_path: Path):
    """What learned.py learns titles for: the notice over a fourth page is its site's, issuer line or not."""
    notice = "Onze loketten verhuizen"
    library = _series(tmp_path, notice)
    page = tmp_path / "week4.txt"
    page.write_text(f"{ISSUER}\n\n{notice}\n\n{HEADLINE}\n\nOostende, 4 maart 2025\n\n{_week(4)}\n", encoding="utf-8")
    plan = plan_import(page, library)
    assert (plan.title, plan.issuer) == (HEADLINE, ISSUER) and notice in plan.dropped


def _three_named(root: Path, issuer: str, weeks: tuple[int, ...] = (1, 2, 3)) -> Library:
    """Three weeks under HEADLINE whose issuer is `issuer` ('' when none was found on the page)."""
    library = Library.load(root)
    for n in weeks:
        body = [Block("paragraph", part) for part in _week(n).split("\n\n")]
        library.create_release(
            f"2025-03-0{n}-w{n}", dt.date(2025, 3, n), issuer, "nl", HEADLINE, body, Provenance("official")
        )
    return Library.load(root)


def test_releases_with_no_issuer_teach_no_lines_as_if_they_were_one_site(tmp_path: Path):
    """Trial H: a headline shared by three releases whose name line was not recognised ('Fedasil',
    'Federale Pensioendienst': no issuer) was learned as one site's line; those releases may be of
    any site."""
    from reader.core.importer.learned import learned_lines

    assert line_key(HEADLINE) not in learned_lines(_three_named(tmp_path, ""))
    (tmp_path / "named").mkdir()
    assert line_key(HEADLINE) in learned_lines(_three_named(tmp_path / "named", ISSUER))


def _fourth(root: Path) -> Path:
    """A fourth week whose name line above the headline is dropped as the site's (no issuer word in it)."""
    page = root / "week4.txt"
    page.write_text(f"Sluisnet\n\n{HEADLINE}\n\nOostende, 4 maart 2025\n\n{_week(4)}\n", encoding="utf-8")
    return page


def test_the_page_s_only_headline_is_never_dropped_as_a_learned_line(tmp_path: Path):
    """The three releases' issuer given with --issuer, the fourth page's name line unknown: without
    the learned headline the page had none, and was refused 'no title found'."""
    library = _three_named(tmp_path, ISSUER)
    plan = plan_import(_fourth(tmp_path), library, issuer=ISSUER)
    assert plan.title == HEADLINE and HEADLINE not in plan.dropped


def _import_third_elsewhere(root: str) -> None:
    library = Library.load(Path(root))
    body = [Block("paragraph", part) for part in _week(3).split("\n\n")]
    library.create_release("2025-03-03-w3", dt.date(2025, 3, 3), ISSUER, "nl", HEADLINE, body, Provenance("official"))


def test_the_headline_stays_when_another_process_wrote_the_third_release(tmp_path: Path):
    """The twin: the release that makes the headline learnable was written by another process."""
    _three_named(tmp_path, ISSUER, weeks=(1, 2))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(_import_third_elsewhere, (str(tmp_path),))
    plan = plan_import(_fourth(tmp_path), Library.load(tmp_path), issuer=ISSUER)
    assert plan.title == HEADLINE and HEADLINE not in plan.dropped
