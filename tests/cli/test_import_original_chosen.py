"""Files of one release given in a shell's name order ('x_en.txt x_fr.txt x_nl.txt') made English the
original, and the release's id English, which `original ID LANG` does not change (trial S, 8a). When
the command does not say, the data does: a page that calls itself a translation is none, and English
is not the original beside Dutch or French. Texts in our words."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice

NL = (
    "FOD Mobiliteit\n\nNieuwe treinen voor de Kempen\n\nBrussel, 5 mei 2026\n\n"
    "Vanaf september rijden 14 nieuwe treinen tussen Mol en Antwerpen. Ze bieden 20 % meer zitplaatsen.\n"
)
FR = (
    "SPF Mobilité\n\nDe nouveaux trains pour la Campine\n\nBruxelles, le 5 mai 2026\n\n"
    "Dès septembre, 14 nouveaux trains circuleront entre Mol et Anvers. Ils offrent 20 % de places assises en plus.\n"
)
EN = (
    "FPS Mobility\n\nNew trains for the Campine\n\nBrussels, 5 May 2026\n\n"
    "From September, 14 new trains will run between Mol and Antwerp. They offer 20% more seats.\n"
)


def _files(tmp_path: Path, fr: str = FR) -> tuple[Path, list[str]]:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / ".press-reader").touch()
    names = []
    for lang, text in (("en", EN), ("fr", fr), ("nl", NL)):  # as a shell sorts them
        (tmp_path / f"treinen_{lang}.txt").write_text(text, encoding="utf-8")
        names.append(str(tmp_path / f"treinen_{lang}.txt"))
    return lib, names


def test_english_given_first_is_not_the_original_beside_dutch_and_french(run, tmp_path: Path):  # noqa: ANN001
    lib, names = _files(tmp_path)
    done = run("--library", str(lib), "import", *names)
    assert done.code == 0, done.err
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["original_language"] == "fr" and "trains" in release["id"], release
    assert "treinen_fr.txt is taken as the original" in done.err and "original ID en" in done.err


def test_a_page_that_calls_itself_a_translation_is_not_the_original(run, tmp_path: Path):  # noqa: ANN001
    lib, names = _files(tmp_path, FR.replace("SPF Mobilité\n\n", "SPF Mobilité\n\nTraduction\n\n"))
    assert run("--library", str(lib), "import", *names).code == 0
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["original_language"] == "nl" and "treinen" in release["id"], release


def test_one_file_given_is_said_nothing_of(run, tmp_path: Path):  # noqa: ANN001
    lib, names = _files(tmp_path)
    done = run("--library", str(lib), "import", *names[:1], "--lang", "en")
    assert done.code == 0 and "taken as the original" not in done.err


def test_twin_two_processes_importing_the_files_at_once_make_one_release_original_in_french(run, tmp_path: Path):  # noqa: ANN001
    lib, names = _files(tmp_path)
    codes = twice(["--library", str(lib), "import", *names])
    assert codes[0] == 0, codes
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["original_language"] == "fr" and sorted(release["languages"]) == ["en", "fr", "nl"]


def _by_hand(names: list[str]) -> list[str]:
    """English, Dutch, French: an order the user chose, not the files' name order."""
    return [names[0], names[2], names[1]]


def test_english_given_first_out_of_name_order_is_the_original(run, tmp_path: Path):  # noqa: ANN001
    """Trial B (thirty-fifth session) gave an English-first release's files by hand, English first, and
    Dutch was made its original against the README's 'the first file given its original'."""
    lib, names = _files(tmp_path)
    done = run("--library", str(lib), "import", *_by_hand(names))
    assert done.code == 0, done.err
    (release,) = run("--library", str(lib), "list", "--json").json()
    assert release["original_language"] == "en" and "new-trains" in release["id"], release
    assert "taken as the original" not in done.err


def test_twin_two_processes_importing_the_files_by_hand_at_once_make_one_release_original_in_english(
    run,  # noqa: ANN001
    tmp_path: Path,
):
    lib, names = _files(tmp_path)
    codes = twice(["--library", str(lib), "import", *_by_hand(names)])
    assert codes[0] == 0, codes
    # the release the English file made holds all three, English its original (a second release of the
    # Dutch file alone is the name-order twin's race too, at this commit's parent: not this order's)
    releases = run("--library", str(lib), "list", "--json").json()
    (release,) = [r for r in releases if "new-trains" in r["id"]]
    assert release["original_language"] == "en" and sorted(release["languages"]) == ["en", "fr", "nl"]
