"""An XLIFF from a teammate's copy of the library, where the same release has another id (trial Z,
F2): its 'original' names a release this library does not hold, so its sources tell which release it
is, as for a file naming none; a --release its sources match is taken. It was refused both ways."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_xliff_renamed_ids import _exported
from tests.two_writers import twice

THEIRS = "2025-04-03-nouvelles-regles-pour-la-declaration"  # the same release, named from its French
NEW = "La déclaration se fera tout entière en ligne dès le mois de mai."


def _teammates(run, tmp_path: Path) -> tuple[tuple[str, str], list[str], Path]:  # noqa: ANN001
    lib, base, out = _exported(run, tmp_path)
    text = out.read_text(encoding="utf-8").replace(f"press-reader:{base[0]}@", f"press-reader:{THEIRS}@")
    text = text.replace("La déclaration peut se faire entièrement en ligne dès mai", NEW[:-1])
    assert THEIRS in text and NEW[:-1] in text
    out.write_text(text, encoding="utf-8")
    return lib, base, out


def _holds_new(run, lib: tuple[str, str], base: list[str]) -> bool:  # noqa: ANN001
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    return any(NEW[:-1] in s["target"] for s in segments)


def test_a_file_naming_a_release_this_library_lacks_is_matched_by_its_sources(run, tmp_path: Path):  # noqa: ANN001
    lib, base, out = _teammates(run, tmp_path)
    result = run(*lib, "import", str(out))
    assert result.code == 0, result.err
    assert _holds_new(run, lib, base)


def test_a_release_given_whose_sources_the_file_holds_is_taken(run, tmp_path: Path):  # noqa: ANN001
    lib, base, out = _teammates(run, tmp_path)
    result = run(*lib, "import", str(out), "--release", base[0])
    assert result.code == 0, result.err
    assert _holds_new(run, lib, base)


def test_a_file_naming_a_lacking_release_whose_sources_are_none_is_refused_naming_it(run, tmp_path: Path):  # noqa: ANN001
    lib, _base, out = _teammates(run, tmp_path)
    text = out.read_text(encoding="utf-8").replace("De aangifte kan", "Het formulier kan")
    text = text.replace("Wie hulp nodig heeft", "Wie vragen heeft")
    out.write_text(text.replace("Nieuwe regels", "Andere regels"), encoding="utf-8")
    result = run(*lib, "import", str(out))
    assert result.code == 2
    assert f"names release '{THEIRS}', which the library at" in result.err, result.err


def test_two_processes_importing_the_teammates_file_at_once(run, tmp_path: Path):  # noqa: ANN001
    lib, base, out = _teammates(run, tmp_path)
    codes = twice([*lib, "import", str(out)])
    assert codes[0] == 0 and set(codes) <= {0, 2}, codes  # the second took it too, or was refused by name
    assert _holds_new(run, lib, base)
