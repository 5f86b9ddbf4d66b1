"""Every line an import drops is recorded in release.yaml, as the README says: a report's 553 were
cut to their first 60 (trial E), the rest kept nowhere. The record is bounded by its size, and says
how many lines past it were left out."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from reader.core.importer import learned
from tests.core.test_import_pdf_print import Run, _lines, _write
from tests.two_writers import twice

PAGES = 70  # past the 60 lines the record held


def _page(k: int) -> list[Run]:
    head: list[Run] = [
        *_lines(790, ["Federale Overheidsdienst Mobiliteit en Vervoer"], size=11),
        *_lines(760, ["Brussel, 12 mei 2026"]),
        *_lines(730, ["Verslag over de fietspaden in de gemeenten"], size=15),
    ]
    text = [
        f"Op pagina {k} van dit verslag staan de fietspaden van de gemeenten die in het voorjaar",
        "werden nagekeken door de inspecteurs van de dienst, met hun lengte en hun staat. Waar",
        "een fietspad te smal is of gaten heeft, staat erbij wanneer de gemeente het herstelt en",
        "hoeveel dat kost, zodat de lezer kan volgen wat er in het najaar nog moet gebeuren.",
    ]
    return [*(head if k == 1 else []), *_lines(680, text), (280, 40, 8, f"Fietsverslag bladzijde {k}", 0)]


def _report(tmp_path: Path) -> Path:
    return _write(tmp_path / "fietspaden.pdf", [_page(k) for k in range(1, PAGES + 1)])


def _record(lib: Path) -> dict[str, object]:
    (folder,) = [p for p in lib.iterdir() if p.is_dir() and not p.name.startswith(".")]
    meta = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
    return dict(meta["source"]["files"]["nl"])


def test_every_line_dropped_is_recorded(run, tmp_path: Path):  # noqa: ANN001
    lib = tmp_path / "lib"
    assert run("--library", str(lib), "import", str(_report(tmp_path))).code == 0
    record = _record(lib)
    assert {f"Fietsverslag bladzijde {k}" for k in range(1, PAGES + 1)} <= set(record["site_lines"])  # type: ignore[arg-type]
    assert "site_lines_left_out" not in record


def test_two_imports_at_once_record_every_line_once(tmp_path: Path):
    lib = tmp_path / "lib"
    codes = twice(["--library", str(lib), "import", str(_report(tmp_path))])
    assert codes[0] == 0 and codes[1] in (0, 1), codes  # the second: already imported, or made meanwhile
    lines = _record(lib)["site_lines"]
    assert isinstance(lines, list) and len([x for x in lines if x.startswith("Fietsverslag")]) == PAGES


def test_the_record_is_bounded_by_its_size_and_says_how_many_it_left_out(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(learned, "SITE_LINES_CHARS", 100)
    plan = SimpleNamespace(title="", issuer="", dropped=[f"Voettekst van het verslag {k:02}" for k in range(10)])
    entry = learned.site_lines_entry(plan)  # type: ignore[arg-type]
    assert entry == {"site_lines": plan.dropped[:3], "site_lines_left_out": 7}
