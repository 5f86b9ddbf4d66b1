"""A page already in the library, imported again, is known by its digest before it is read further
(trial O: 1.1 s of CPU in an 800-release library to say 'skipped', and a dry run of it 2.8 s, most
of it searching 300 releases for the one the page renders). No timing here: what must not run."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGE = (
    "FOD Mobiliteit\n\nNieuwe fietsenstalling aan het station van Ronse\n\nRonse, 12 januari 2026\n\n"
    "De stalling biedt vanaf 1 februari plaats aan 640 fietsen en kost 1,3 miljoen euro.\n"
)


def _imported(run, tmp_path: Path) -> tuple[list[str], str, str]:  # noqa: ANN001 - the `run` fixture
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    page = tmp_path / "stalling.txt"
    page.write_text(PAGE, encoding="utf-8")
    flags = ["--library", str(lib)]
    made = run(*flags, "import", str(page), "--json")
    assert made.code == 0, made.err
    return flags, made.json()["id"], str(page)


@pytest.mark.parametrize("release", [False, True])
def test_a_known_page_is_skipped_before_its_text_is_read(run, tmp_path: Path, monkeypatch, release: bool):  # noqa: ANN001
    import reader.core.importer.importer as importer

    flags, rid, page = _imported(run, tmp_path)

    def never(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a known page was read through (its language, its lines)")

    monkeypatch.setattr(importer, "detect", never)
    again = run(*flags, "import", page, *(["--release", rid] if release else []), "--json")
    assert again.code == 0, again.err
    assert again.json() == {"file": page, "written": False, "skipped": True, "id": rid}


def test_a_dry_run_of_a_known_page_searches_no_release_it_could_render(run, tmp_path: Path, monkeypatch):  # noqa: ANN001
    import reader.core.importer.importer as importer

    flags, rid, page = _imported(run, tmp_path)

    def never(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a page to skip was compared with the library's releases")

    monkeypatch.setattr(importer, "rendering_of", never)
    dry = run(*flags, "import", page, "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert dry.json()["skipped"] and dry.json()["id"] == rid and "an import would skip it" in dry.err
