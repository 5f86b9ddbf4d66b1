"""Files of one release in two languages, imported by one command, make one release (the TUI's
import proposes the same); unrelated files of one date stay apart; a command that imported some
files and not others says so in its last line. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.two_writers import twice as _twice

NL = (
    "Nieuwe fietsbrug over de Schelde\n\nAntwerpen, 12 mei 2025\n\n"
    "De regering trekt 18 miljoen euro uit voor een fietsbrug van 320 meter tussen Hoboken en Kruibeke. "
    "Minister Sara Claes legt de eerste steen op 2 juni; de brug opent in 2027.\n"
)
FR = (
    "Nouvelle passerelle cyclable sur l'Escaut\n\nAnvers, le 12 mai 2025\n\n"
    "Le gouvernement dégage 18 millions d'euros pour une passerelle de 320 mètres entre Hoboken et "
    "Kruibeke. La ministre Sara Claes pose la première pierre le 2 juin ; la passerelle ouvrira en 2027.\n"
)
OTHER_FR = (
    "Les musées gratuits le premier dimanche\n\nBruxelles, le 12 mai 2025\n\n"
    "Dès juillet, onze musées fédéraux ouvrent gratuitement leurs portes chaque premier dimanche du mois, "
    "annonce le secrétaire d'État Luc Martin.\n"
)


def _files(tmp_path: Path, **texts: str) -> list[str]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_the_two_languages_of_one_release_imported_together_make_one_release(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR), "--json")
    assert result.code == 0, result.err
    first, second = result.json()
    assert first["new_release"] and not second["new_release"] and second["id"] == first["id"]
    assert (
        "added as the 'fr' version" in result.err
        and "nl.txt made in this command as the original, given first" in result.err
    )
    assert [sorted(r["languages"]) for r in run(*lib, "list", "--json").json()] == [["fr", "nl"]]


def test_separate_keeps_each_file_its_own_release(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    assert run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR), "--separate").code == 0
    assert len(run(*lib, "list", "--json").json()) == 2


def test_another_release_of_the_same_date_stays_apart(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=NL, musees=OTHER_FR), "--json")
    assert result.code == 0, result.err
    assert all(r["new_release"] for r in result.json())
    assert len(run(*lib, "list", "--json").json()) == 2


NL_LATER = (
    "Nieuwe fietsbrug over de Schelde gaat open\n\nAntwerpen, 14 mei 2025\n\n"
    "De fietsbrug van 320 meter tussen Hoboken en Kruibeke kostte 18 miljoen euro. "
    "Minister Sara Claes opent de brug op 2 juni; vanaf 2027 rijdt ook de bus tot aan de brug.\n"
)
FR_LATER = (
    "La passerelle cyclable sur l'Escaut ouvre\n\nAnvers, le 12 mai 2025\n\n"
    "La passerelle de 320 mètres entre Hoboken et Kruibeke a coûté 18 millions d'euros. La ministre "
    "Sara Claes l'ouvre le 2 juin ; dès 2027, le bus ira aussi jusqu'à la passerelle.\n"
)


def test_a_file_that_renders_another_day_s_release_is_not_joined_to_a_release_of_its_own_date(run, tmp_path: Path):
    """The French dated the 12th renders the Dutch of the 14th, not the museums' release of the 12th
    (pages of one issuer share their words: the date alone never pairs them). Two days apart, it
    joins the release it renders, keeping its own date."""
    lib = ("--library", str(tmp_path / "lib"))
    museums = (
        "Gratis musea op de eerste zondag\n\nBrussel, 12 mei 2025\n\nVanaf 2 juni openen elf federale musea "
        "in Antwerpen en Hoboken elke eerste zondag gratis hun deuren, meldt minister Sara Claes. "
        "Tegen 2027 volgen er 18 meer.\n"
    )
    files = _files(tmp_path, musea=museums, later=NL_LATER, fr=FR_LATER)
    result = run(*lib, "import", *files, "--json")
    assert result.code == 0, result.err
    musea, later, fr = result.json()
    assert musea["new_release"] and later["new_release"] and fr["id"] == later["id"] != musea["id"]


def test_some_files_refused_end_with_one_error_line_and_the_others_are_in(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    good = _files(tmp_path, nl=NL)
    result = run(*lib, "import", good[0], str(tmp_path / "empty.txt"))
    assert result.code == 2
    assert result.err.strip().splitlines()[-1].endswith("1 of 2 files not imported (each named above)")
    assert "empty.txt: the file is empty" in result.err
    assert len(run(*lib, "list", "--json").json()) == 1


def test_a_library_folder_an_import_creates_is_said_and_a_failed_one_leaves_none(run, tmp_path: Path):
    made = run("--library", str(tmp_path / "typo"), "import", *_files(tmp_path, nl=NL))
    assert made.code == 0 and "there was no library here; this command created it" in made.err
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    failed = run("--library", str(tmp_path / "other"), "import", str(tmp_path / "empty.txt"))
    assert failed.code == 2 and not (tmp_path / "other").exists()


def test_twin_two_commands_importing_the_same_two_files_make_one_release(run, tmp_path: Path):
    """Two terminals import the Dutch and the French of one release at once: one release with both
    versions, never two; a command is refused by name for each file the other took first."""
    lib = tmp_path / "lib"
    lib.mkdir()
    files = _files(tmp_path, nl=NL, fr=FR)
    codes = _twice(["--library", str(lib), "import", *files])
    listed = run("--library", str(lib), "list", "--json").json()
    assert [sorted(r["languages"]) for r in listed] == [["fr", "nl"]], (codes, listed)
    assert set(codes) <= {0, 2}  # a command whose file the other took says so (exit 2); nothing is lost


def test_a_dry_run_previews_a_file_already_imported_and_says_it_would_be_skipped(run, tmp_path: Path):
    """To see what --keep would bring back on a page already in the library."""
    lib = ("--library", str(tmp_path / "lib"))
    page = tmp_path / "nl.txt"
    page.write_text(NL + "\nDeel dit bericht\n", encoding="utf-8")
    first = run(*lib, "import", str(page), "--json")
    assert first.code == 0 and "Deel dit bericht" in first.json()["dropped"]
    preview = run(*lib, "import", str(page), "--dry-run", "--keep", "Deel dit bericht", "--json")
    assert preview.code == 0, preview.err  # as the import would: skipped, exit 0, the plan printed
    assert "Deel dit bericht" in [b["text"] for b in preview.json()["blocks"]]
    assert "(same content): an import would skip it" in preview.err
    skipped = run(*lib, "import", str(page), "--keep", "Deel dit bericht")
    assert skipped.code == 0 and "(skipped)" in skipped.err  # and it does
    again = run(*lib, "import", str(page), "--release", first.json()["id"], "--dry-run")
    assert again.code == 0 and "an import would skip it" in again.err  # its version already (trial O)
    assert "would skip" in again.out and "would import" not in again.out  # one story, not two
    assert run(*lib, "import", str(page)).code == 0  # not a dry run: skipped, as in a folder


def test_a_dry_run_says_the_second_language_would_join_the_first(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "lib").mkdir()
    result = run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR), "--dry-run")
    assert result.code == 0, result.err
    assert "would be added as the 'fr' version of the release nl.txt makes" in result.err
    assert "fr.txt as language version of" in result.out and result.out.count("as new release") == 1
    said = run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR), "--dry-run", "--json").json()
    assert [p["new_release"] for p in said] == [True, False] and said[1]["id"] == said[0]["id"]
    assert run(*lib, "list", "--json").json() == []


def test_a_folder_imports_its_pages_and_again_with_a_new_page_skips_the_ones_in(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "nl.txt").write_text(NL, encoding="utf-8")
    (pages / "fr.txt").write_text(FR, encoding="utf-8")
    (pages / ".hidden.txt").write_text(NL, encoding="utf-8")
    (pages / "notes.csv").write_text("a,b\n", encoding="utf-8")
    first = run(*lib, "import", str(pages))
    assert first.code == 0, first.err
    assert [sorted(r["languages"]) for r in run(*lib, "list", "--json").json()] == [["fr", "nl"]]
    (pages / "musees.txt").write_text(OTHER_FR, encoding="utf-8")
    again = run(*lib, "import", str(pages))
    assert again.code == 0, again.err
    assert "2 of 3 files were in the library already (same content): skipped" in again.err
    assert len(run(*lib, "list", "--json").json()) == 2
    # every file said in --json, the skipped ones too (a script read [] for a folder in: a trial)
    said = run(*lib, "import", str(pages), "--json")
    assert said.code == 0 and sorted((r["file"].rsplit("/", 1)[-1], r["skipped"]) for r in said.json()) == [
        ("fr.txt", True),
        ("musees.txt", True),
        ("nl.txt", True),
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    refused = run(*lib, "import", str(empty))
    assert refused.code == 2 and "a folder without a page to import" in refused.err and refused.err.count("\n") == 1


def test_a_dry_run_of_a_folder_skips_the_pages_in_as_the_real_run_does(run, tmp_path: Path):
    """The dry run said 'would refuse' (and previewed a second release of those pages) where the
    real run says 'skipped': now both say the same, in the same words, for the same reason."""
    lib = ("--library", str(tmp_path / "lib"))
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "nl.txt").write_text(NL, encoding="utf-8")
    (pages / "fr.txt").write_text(FR, encoding="utf-8")
    assert run(*lib, "import", str(pages)).code == 0
    (pages / "musees.txt").write_text(OTHER_FR, encoding="utf-8")
    dry = run(*lib, "import", str(pages), "--dry-run")
    assert dry.code == 0, dry.err
    assert "would refuse" not in dry.out and "refused" not in dry.err
    assert dry.out.count("would import") == 1 and "musees.txt" in dry.out
    assert "fr.txt: already imported as release" in dry.err and "(same content) (skipped)" in dry.err
    real = run(*lib, "import", str(pages))
    assert real.code == 0, real.err
    assert dry.err == real.err  # the same warnings, word for word
    assert " ".join(dry.out.replace("would import", "imported").split()) == " ".join(real.out.split())


def test_twin_two_processes_importing_one_folder_at_once_make_each_release_once(run, tmp_path: Path):
    """Two terminals importing the same folder at the same moment: every page lands once, never twice."""
    lib = tmp_path / "lib"
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, text in (("nl", NL), ("fr", FR), ("musees", OTHER_FR)):
        (pages / f"{name}.txt").write_text(text, encoding="utf-8")
    codes = _twice(["--library", str(lib), "import", str(pages)])
    listed = run("--library", str(lib), "list", "--json").json()
    assert sorted(sorted(r["languages"]) for r in listed) == [["fr"], ["fr", "nl"]], (codes, listed)
    assert all(code in (0, 2) for code in codes)


def test_a_folder_imported_again_with_the_other_language_joins_the_release_already_in(run, tmp_path: Path):
    """'fr.txt' sorts before the 'nl.txt' imported last time: it was made a release of its own beside
    the Dutch one, with a hint. The file given again names its release: the French joins it, and
    the dry run says so first (a new user's trial)."""
    lib = ("--library", str(tmp_path / "lib"))
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "nl.txt").write_text(NL, encoding="utf-8")
    assert run(*lib, "import", str(pages)).code == 0
    (pages / "fr.txt").write_text(FR, encoding="utf-8")
    dry = run(*lib, "import", str(pages), "--dry-run")
    assert dry.code == 0, dry.err
    assert "would be added as the 'fr' version of" in dry.err and "made before (in the library already)" in dry.err
    real = run(*lib, "import", str(pages))
    assert real.code == 0, real.err
    assert "added as the 'fr' version of" in real.err and "--release" not in real.err
    assert [sorted(r["languages"]) for r in run(*lib, "list", "--json").json()] == [["fr", "nl"]]


def test_twin_two_processes_adding_the_other_language_to_a_folder_at_once_add_it_once(run, tmp_path: Path):
    """Two terminals importing the folder with its new French page: one adds it to the Dutch
    release, the other finds it in (skipped) or is refused by name; never two French versions."""
    lib = tmp_path / "lib"
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "nl.txt").write_text(NL, encoding="utf-8")
    assert run("--library", str(lib), "import", str(pages)).code == 0
    (pages / "fr.txt").write_text(FR, encoding="utf-8")
    codes = _twice(["--library", str(lib), "import", str(pages)])
    listed = run("--library", str(lib), "list", "--json").json()
    assert [sorted(r["languages"]) for r in listed] == [["fr", "nl"]], (codes, listed)
    assert all(code in (0, 2) for code in codes) and 0 in codes


FR_UNDATED = FR.replace("Anvers, le 12 mai 2025\n\n", "")
OTHER_UNDATED = OTHER_FR.replace("Bruxelles, le 12 mai 2025\n\n", "")


def _undated_pair(tmp_path: Path, order: tuple[str, str]) -> tuple[tuple[str, str], list[str]]:
    """The Dutch page and a French one without its date, given in `order`, and a library of their own."""
    folder = tmp_path / "-".join(order)
    folder.mkdir()
    texts = {"nl": NL, "fr": FR_UNDATED}
    return ("--library", str(folder / "lib")), _files(folder, **{name: texts[name] for name in order})


def test_a_version_with_no_date_of_its_own_takes_the_release_it_renders_given_before_or_after(run, tmp_path: Path):
    """Many a French page leaves its date to the Dutch one: imported together, it joins the release
    it renders, with that date. Given first (in a folder 'fr.txt' comes first), it is dated by the
    page given with it and stays the original: waiting for the other file made that one the original."""
    for order in (("nl", "fr"), ("fr", "nl")):
        lib, files = _undated_pair(tmp_path, order)
        result = run(*lib, "import", *files)
        assert result.code == 0, result.err
        if order[0] == "nl":
            assert "no date of its own: added as the 'fr' version" in result.err
        else:
            assert "fr.txt: no date of its own: dated 2025-05-12 as nl.txt" in result.err
        (release,) = run(*lib, "list", "--json").json()
        assert sorted(release["languages"]) == ["fr", "nl"] and release["date"] == "2025-05-12"
        assert release["languages"]["nl"]["provenance"] == "official"
        assert release["original_language"] == order[0]


def test_a_dry_run_previews_an_undated_version_joining_its_release_as_the_real_run_does(run, tmp_path: Path):
    """The dry run refused the undated French page ('no date') where the real run added it to the
    Dutch release: a preview that disagrees with the command it previews."""
    for order in (("nl", "fr"), ("fr", "nl")):
        lib, files = _undated_pair(tmp_path, order)
        dry = run(*lib, "import", *files, "--dry-run", "--json")
        assert dry.code == 0, dry.err
        said = "to be added as the 'fr' version" if order[0] == "nl" else "to be dated 2025-05-12 as nl.txt"
        assert f"no date of its own: {said}" in dry.err
        by_lang = {said["language"]: said for said in dry.json()}
        assert by_lang["fr"]["id"] == by_lang["nl"]["id"] and by_lang[order[0]]["new_release"]
        assert not by_lang[order[1]]["new_release"]
        assert by_lang["fr"]["date"] == "2025-05-12" and not any(s["written"] for s in dry.json())
        real = run(*lib, "import", *files, "--json")
        assert real.code == 0, real.err
        assert {s["language"]: s["id"] for s in real.json()} == {k: v["id"] for k, v in by_lang.items()}
        assert dry.err.count("fr.txt: ") == real.err.count("fr.txt: ")  # the same warnings, said once


def test_versions_given_one_title_join_one_release_dry_run_and_real_alike(run, tmp_path: Path):
    """`--title` names every file of the command alike, so the second matched the first by date and
    title and was refused ('the library already has this release') where the dry run joined them."""
    lib = ("--library", str(tmp_path / "lib"))
    files = _files(tmp_path, nl=NL, fr=FR)
    given = ("--title", "Havenakkoord", "--date", "2025-05-12")
    dry = run(*lib, "import", *files, *given, "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert len({said["id"] for said in dry.json()}) == 1
    real = run(*lib, "import", *files, *given)
    assert real.code == 0, real.err
    (release,) = run(*lib, "list", "--json").json()
    assert sorted(release["languages"]) == ["fr", "nl"] and release["title"] == "Havenakkoord"
    # the title given is the first file's: the French version keeps its own headline
    assert release["titles"]["fr"] == "Nouvelle passerelle cyclable sur l'Escaut"
    # another Dutch text under that title, in a later command: the release has its Dutch version
    again = run(*lib, "import", _files(tmp_path, nl2=NL.replace("18 miljoen", "19 miljoen"))[0], *given)
    assert again.code == 2 and "already has this release" in again.err


def test_a_version_published_days_after_its_original_joins_it_with_its_own_date(run, tmp_path: Path):
    """A rendering put online two days later (or dated by the page's stamp) was made a release of
    its own; a week apart, a text on the same bridge is another release."""
    later = FR.replace("Anvers, le 12 mai 2025", "Anvers, le 14 mai 2025")
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=NL, fr=later), "--json")
    assert result.code == 0, result.err
    nl, fr = result.json()
    assert fr["id"] == nl["id"] and not fr["new_release"]
    assert "dated 2025-05-14, the release 2025-05-12" in result.err
    apart = ("--library", str(tmp_path / "lib2"))
    week = FR.replace("Anvers, le 12 mai 2025", "Anvers, le 19 mai 2025")
    (tmp_path / "w").mkdir()
    result = run(*apart, "import", *_files(tmp_path / "w", nl=NL, fr=week))
    assert result.code == 0, result.err
    assert len(run(*apart, "list", "--json").json()) == 2


def test_an_undated_page_of_another_release_is_still_asked_its_date(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=NL, musees=OTHER_UNDATED))
    assert result.code == 2 and "musees.txt" in result.err and "date" in result.err
    assert "1 of 2 files not imported" in result.err
    assert len(run(*lib, "list", "--json").json()) == 1
    (tmp_path / "alone").mkdir()
    alone = run("--library", str(tmp_path / "lib2"), "import", _files(tmp_path / "alone", fr=FR_UNDATED)[0])
    assert alone.code == 2 and "date" in alone.err


def test_import_json_of_several_files_names_each_failure(run, tmp_path: Path):
    lib = ("--library", str(tmp_path / "lib"))
    files = _files(tmp_path, nl=NL, musees=OTHER_UNDATED)
    result = run(*lib, "import", *files, "--json")
    assert result.code == 2
    made, failed = result.json()
    assert made["new_release"] and failed["file"].endswith("musees.txt") and not failed["written"]
    assert "date" in failed["error"]


def test_import_json_of_one_failed_file_prints_its_outcome(run, tmp_path: Path):
    """One file that fails printed nothing on stdout with --json, where several print each one."""
    lib = ("--library", str(tmp_path / "lib"))
    (page,) = _files(tmp_path, musees=OTHER_UNDATED)
    for dry in ((), ("--dry-run",)):
        result = run(*lib, "import", page, "--json", *dry)
        assert result.code == 2
        said = result.json()
        assert said["file"] == page and said["written"] is False and "date" in said["error"]


def test_the_hint_to_add_a_version_without_headline_names_what_it_still_needs(run, tmp_path: Path):
    """The hint said '--release ID'; followed, the import failed again for the headline."""
    lib = ("--library", str(tmp_path / "lib"))
    assert run(*lib, "import", _files(tmp_path, nl=NL)[0]).code == 0
    body = FR.split("\n\n", 2)[2] + "\nLes travaux commencent en juin, annonce le gouvernement flamand aujourd'hui.\n"
    (page,) = _files(tmp_path, fr=body)
    first = run(*lib, "import", page)
    assert first.code == 2
    (release,) = run(*lib, "list", "--json").json()
    hint = f"--release {release['id']} --title TEXT"
    assert hint in first.err
    followed = run(*lib, "import", page, *hint.replace("TEXT", "Passerelle").split())
    assert followed.code == 0, followed.err


def test_the_other_versions_headline_on_a_page_is_not_learned_as_the_sites(run, tmp_path: Path):
    """A bilingual site sets the French headline under the Dutch one: left out of the Dutch page, it
    was remembered as a line of the site's, and the French page given next lost its own headline."""
    title_fr = FR.split("\n", 1)[0]
    nl = NL.replace("\n\n", f"\n\n{title_fr}\n\n", 1)
    fr = FR.replace("\n\n", f"\n\n{title_fr}\n\n", 1)  # the page sets its headline twice
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=nl, fr=fr), "--json")
    assert result.code == 0, result.err
    first, second = result.json()
    assert second["id"] == first["id"] and second["title"] == title_fr
    # given later, as a version of that release, it is not taught by the release it joins either
    lib = ("--library", str(tmp_path / "lib2"))
    nl_path, fr_path = _files(tmp_path, nl=nl, fr=fr)
    made = run(*lib, "import", nl_path, "--json").json()
    joined = run(*lib, "import", fr_path, "--release", made["id"], "--json")
    assert joined.code == 0 and joined.json()["title"] == title_fr, joined.err


def test_a_pair_given_alone_joins_on_fewer_shared_numbers_and_names(run, tmp_path: Path, monkeypatch):
    """Short pages share few figures and names: a real pair given as `import nl.txt fr.txt` scored
    0.16-0.19, under the 0.2 a file needs among many, and became two releases. Alone and of one date
    they join from 0.15, over all but 3 of 600 random pairs of pages; among other files, not."""
    import reader.core.text.anchors as anchors

    monkeypatch.setattr(anchors, "similarity", lambda *args: 0.17)
    lib = ("--library", str(tmp_path / "lib"))
    dry = run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR), "--dry-run")
    assert "would be added as the 'fr' version" in dry.err, dry.err
    assert run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR)).code == 0
    assert len(run(*lib, "list", "--json").json()) == 1
    lib = ("--library", str(tmp_path / "lib2"))
    other_nl = NL.replace("12 mei", "13 mei").replace("fietsbrug", "voetgangersbrug")
    # named unlike: two files named alike but for their language join whatever else is given (trial J)
    files = _files(tmp_path, brug=NL, other=other_nl, pont=FR)
    assert run(*lib, "import", *files).code == 0
    assert len(run(*lib, "list", "--json").json()) == 3


def test_a_dry_run_of_an_undated_pair_already_in_the_library_skips_both_as_the_real_run(run, tmp_path: Path):
    """The dry run failed the undated French page ('no date line found', exit 2) where the real run
    skips it as already imported."""
    lib, files = _undated_pair(tmp_path, ("nl", "fr"))
    assert run(*lib, "import", *files).code == 0
    dry = run(*lib, "import", *files, "--dry-run")
    real = run(*lib, "import", *files)
    assert dry.code == real.code == 0, dry.err
    assert dry.err == real.err and "2 of 2 files were in the library already" in real.err


def test_a_pair_left_apart_says_why_and_how_to_join_it(run, tmp_path: Path):
    """Two files given together that became two releases said nothing of it."""
    later = FR.replace("Anvers, le 12 mai 2025", "Anvers, le 30 mai 2025")
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=NL, fr=later), "--json")
    assert result.code == 0, result.err
    nl, fr = result.json()
    assert nl["id"] != fr["id"]
    assert "not joined to" in result.err and "more than 4 days apart" in result.err
    pr = f"press-reader {' '.join(lib)}"  # the library given, named in the commands suggested
    given = tmp_path / "fr.txt"  # named as given (its name alone, pasted, was no file: trial G)
    assert f"{pr} remove {fr['id']}, then {pr} import {given} --release {nl['id']}" in result.err


def test_an_import_of_many_files_interrupted_says_how_far_it_got(run, tmp_path: Path, monkeypatch):
    """The trial: Ctrl-C in a folder's import said only 'interrupted'. It says how many files went in
    and that the same command imports the rest; the files imported stay."""
    from reader.commands import importing

    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(4):
        (folder / f"p{n}.txt").write_text(
            f"Nieuw fietspad nummer {n + 1} geopend\n\n{n + 1} maart 2025\n\n"
            f"De gemeente opende vandaag het fietspad nummer {n + 1}, van {n + 3} kilometer lang.\n",
            encoding="utf-8",
        )
    real, calls = importing._import_file, []

    def third_interrupted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "_import_file", third_interrupted)
    library = tmp_path / "lib"
    result = run("--library", str(library), "import", str(folder))
    assert result.code == 130
    assert "interrupted; 2 of 4 files imported" in result.err and "the same command imports the rest" in result.err
    assert len(run("--library", str(library), "list", "--json").json()) == 2
    monkeypatch.setattr(importing, "_import_file", real)
    again = run("--library", str(library), "import", str(folder))
    assert again.code == 0 and "2 of 4 files were in the library already" in again.err


def test_a_pair_of_one_date_in_a_folder_of_other_dates_joins_as_a_pair_given_alone(run, tmp_path: Path, monkeypatch):
    """A folder of 54 pages left three pairs apart, each the only release of its date, scoring 0.16-0.18
    where the other releases scored under 0.03 (a trial): as a pair given alone, with a clear margin."""
    import reader.core.text.anchors as anchors

    monkeypatch.setattr(anchors, "similarity", lambda a, b, *_: 0.17 if "Claes" in a and "Claes" in b else 0.02)
    lib = ("--library", str(tmp_path / "lib"))
    far = OTHER_FR.replace("12 mai", "3 mars")
    later = NL.replace("12 mei", "20 september").replace("fietsbrug", "tunnel").replace("Sara Claes", "Jan Peeters")
    files = _files(tmp_path, a_far=far, b_nl=NL, c_later=later, d_fr=FR)
    dry = run(*lib, "import", *files, "--dry-run")  # the dry run as the real run, which it had not been
    assert dry.code == 0 and dry.err.count("would be added as the 'fr' version") == 1, dry.err
    assert run(*lib, "import", *files).code == 0
    releases = run(*lib, "list", "--json").json()
    assert len(releases) == 3 and sorted(len(r["languages"]) for r in releases) == [1, 1, 2]


COUNCIL_NL = (
    "Ministerraad van 6 november 2026\n\nBrussel, 6 november 2026\n\n"
    "De Ministerraad keurt een ontwerp van koninklijk besluit goed over de premie van 250 euro voor "
    "zelfstandigen. Het ontwerp gaat voor advies naar de Raad van State.\n"
)
COUNCIL_FR_OTHER_DAY = (
    "Conseil des ministres du 9 novembre 2026\n\nBruxelles, le 9 novembre 2026\n\n"
    "Le Conseil des ministres approuve un projet d'arrêté royal relatif à la prime de 250 euros pour "
    "les indépendants. Le projet est soumis pour avis au Conseil d'État.\n"
)


def test_two_meetings_named_by_their_days_stay_two_releases(run, tmp_path: Path):
    """Pages of one template three days apart, each headline naming its meeting's day: they were
    joined into one release, the French of another meeting as its version (an import trial)."""
    lib = ("--library", str(tmp_path / "lib"))
    files = _files(tmp_path, nl=COUNCIL_NL, fr=COUNCIL_FR_OTHER_DAY)
    dry = run(*lib, "import", *files, "--dry-run")
    assert dry.code == 0 and "would be added as the 'fr' version" not in dry.err
    result = run(*lib, "import", *files, "--json")
    assert result.code == 0, result.err
    assert len({item["id"] for item in result.json()}) == 2


def test_twin_a_meeting_of_another_day_imported_while_another_process_imports_the_first(run, tmp_path: Path):
    import subprocess
    import sys

    lib = ("--library", str(tmp_path / "lib"))
    nl, fr = _files(tmp_path, nl=COUNCIL_NL, fr=COUNCIL_FR_OTHER_DAY)
    other = subprocess.Popen([sys.executable, "-m", "reader", *lib, "import", nl], stderr=subprocess.PIPE)
    assert other.wait(120) == 0
    result = run(*lib, "import", fr, "--json")
    assert result.code == 0, result.err
    listed = run(*lib, "list", "--json").json()
    assert len(listed) == 2 and all(len(r["languages"]) == 1 for r in listed)


SAVED = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Fietsbrug</title></head><body>
<div class="cookie-banner"><p>{cookies}</p></div><main><article><h1>Nieuwe fietsbrug over de Schelde</h1>
<p><time datetime="2025-05-12">12 mei 2025</time></p><p>De regering trekt 18 miljoen euro uit voor een
fietsbrug van 320 meter tussen Hoboken en Kruibeke. Minister Sara Claes legt de eerste steen op 2 juni.</p>
<p>De brug opent in 2027 en sluit aan op de fietssnelweg langs de Schelde.</p></article></main></body></html>"""


def _saved_twice(tmp_path: Path) -> tuple[Path, Path]:
    first, again = tmp_path / "first.html", tmp_path / "again.html"
    first.write_text(SAVED.format(cookies="Alle cookies aanvaarden"), encoding="utf-8")
    again.write_text(SAVED.format(cookies="Alles aanvaarden of weigeren"), encoding="utf-8")
    return first, again


def test_a_page_saved_again_with_other_site_lines_is_skipped_as_the_same_content(run, tmp_path: Path):
    """The same release saved again (its cookie banner worded otherwise): the text is the library's
    word for word, so it is skipped, exit 0, as the same file is; it was refused as 'the same
    release' with a hint to add it as a language version (an import trial)."""
    lib = ("--library", str(tmp_path / "lib"))
    first, again = _saved_twice(tmp_path)
    assert run(*lib, "import", str(first)).code == 0
    dry = run(*lib, "import", str(again), "--dry-run")
    assert dry.code == 0 and "(same content): an import would skip it" in dry.err and "refused" not in dry.err
    done = run(*lib, "import", str(again))
    assert done.code == 0 and "(same content) (skipped)" in done.err, done.err
    assert len(run(*lib, "list", "--json").json()) == 1


def test_twin_a_page_and_its_copy_saved_again_imported_at_once_make_one_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    first, again = (["--library", str(lib), "import", str(path)] for path in _saved_twice(tmp_path))
    codes = _twice(first, again)
    assert len(run("--library", str(lib), "list", "--json").json()) == 1, codes
    assert set(codes) <= {0, 2}  # the second skipped, or refused by name when both planned at once


def test_a_release_another_process_made_meanwhile_under_the_same_date_and_title_refuses_the_second(tmp_path: Path):
    """One after the other the second page is refused as the same release; planned before the other
    process wrote and written after, it made '…-2' (a two-writer trial, 6 rounds of 8)."""
    import pytest

    from reader.core.errors import SameRelease
    from reader.core.importer.importer import apply_import, plan_import
    from reader.core.library import Library

    (tmp_path / "lib").mkdir()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(NL, encoding="utf-8")
    second.write_text(NL.replace("18 miljoen", "19 miljoen"), encoding="utf-8")
    here, there = Library.load(tmp_path / "lib"), Library.load(tmp_path / "lib")
    late = plan_import(second, here)  # planned while the library had neither
    apply_import(plan_import(first, there), there)  # the other process
    with pytest.raises(SameRelease) as refused:
        apply_import(late, here)
    assert refused.value.path == second and "another process imported this release meanwhile" in str(refused.value)
    assert [p.name for p in (tmp_path / "lib").iterdir() if not p.name.startswith(".")] == [refused.value.release_id]


def test_twin_two_pages_of_one_release_imported_at_once_make_one_release(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(NL, encoding="utf-8")
    second.write_text(NL.replace("18 miljoen", "19 miljoen"), encoding="utf-8")
    codes = _twice(["--library", str(lib), "import", str(first)], ["--library", str(lib), "import", str(second)])
    assert len(run("--library", str(lib), "list", "--json").json()) == 1 and codes == [0, 2], codes


def test_unofficial_given_to_a_pair_is_the_renderings_and_the_original_stays_official(run, tmp_path: Path):
    """'import nl.txt fr.txt --provenance unofficial' made the Dutch original editable too (a trial)."""
    lib = ("--library", str(tmp_path / "lib"))
    result = run(*lib, "import", *_files(tmp_path, nl=NL, fr=FR), "--provenance", "unofficial")
    assert result.code == 0 and "note: " in result.err and "kept official, as the original of the pair" in result.err
    (listed,) = run(*lib, "list", "--json").json()
    kinds = {code: version["provenance"] for code, version in listed["languages"].items()}
    assert kinds == {"nl": "official", "fr": "unofficial"}, listed


def test_twin_a_pair_given_unofficial_by_two_commands_at_once_keeps_its_original_official(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    files = _files(tmp_path, nl=NL, fr=FR)
    codes = _twice(["--library", str(lib), "import", *files, "--provenance", "unofficial"])
    (listed,) = run("--library", str(lib), "list", "--json").json()
    kinds = {code: version["provenance"] for code, version in listed["languages"].items()}
    assert kinds == {"nl": "official", "fr": "unofficial"} and set(codes) <= {0, 2}, (codes, listed)


# Two issuers give the same generic headline the same day: two releases, not one page of the other.
def _namesakes(tmp_path: Path) -> tuple[Path, Path]:
    head = "{issuer}\n\nNieuwe cijfers voor het eerste kwartaal\n\nBrussel, 3 maart 2025\n\n{text}\n"
    first, second = tmp_path / "fin.txt", tmp_path / "eco.txt"
    first.write_text(
        head.format(
            issuer="FOD Financiën",
            text="De belastingaangifte opent dit jaar op 1 mei, een week vroeger dan vorig jaar. "
            "Wie hulp nodig heeft, kan op afspraak langskomen.",
        ),
        encoding="utf-8",
    )
    second.write_text(
        head.format(
            issuer="FOD Economie",
            text="Het prijzenobservatorium ziet de energieprijzen voor gezinnen voor het derde kwartaal op rij "
            "dalen. Vooral aardgas werd goedkoper.",
        ),
        encoding="utf-8",
    )
    return first, second


def test_another_issuers_release_under_the_same_date_and_headline_is_a_release_of_its_own(run, tmp_path: Path):
    """Refused as 'the same release', with a hint whose --force would have put one issuer's text
    over the other's (a trial's library of 1,500 releases met one such pair)."""
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "lib").mkdir()
    first, second = _namesakes(tmp_path)
    assert run(*lib, "import", str(first)).code == 0
    result = run(*lib, "import", str(second))
    assert result.code == 0 and "a release of its own" in result.err, result.err
    listed = {r["issuer"] for r in run(*lib, "list", "--json").json()}
    assert listed == {"FOD Financiën", "FOD Economie"}
    again = tmp_path / "fin2.txt"  # the same issuer's page corrected: still the same release, refused
    again.write_text(first.read_text(encoding="utf-8").replace("1 mei", "2 mei"), encoding="utf-8")
    assert run(*lib, "import", str(again)).code == 2


def test_twin_two_issuers_releases_under_one_headline_imported_at_once_make_two(run, tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    first, second = _namesakes(tmp_path)
    codes = _twice(["--library", str(lib), "import", str(first)], ["--library", str(lib), "import", str(second)])
    # both planned before either wrote, under one id: the second refused by name, never one over the
    # other, and imported again it is a release of its own (the first skipped as already there)
    assert codes in ([0, 0], [0, 2]), codes
    assert run("--library", str(lib), "import", str(first), str(second), "--separate").code == 0
    assert len(run("--library", str(lib), "list", "--json").json()) == 2


def test_twin_a_pair_imported_beside_its_french_half_alone_makes_one_release(run, tmp_path: Path):
    """`import nl.txt fr.txt` and `import fr.txt` in two terminals at once made two releases, the
    pair's Dutch and the French alone, nine runs in ten (trial P, thirty-third session): each planned
    a new release before the other wrote. Now the second to write joins the first's release (or
    skips its file, there already): one release with both languages, whichever wins."""
    for round_ in range(4):  # the interleavings differ from run to run: a few rounds meet both orders
        lib = tmp_path / f"lib{round_}"
        lib.mkdir()
        nl, fr = _files(tmp_path, nl=NL, fr=FR)
        codes = _twice(["--library", str(lib), "import", nl, fr], ["--library", str(lib), "import", fr])
        listed = run("--library", str(lib), "list", "--json").json()
        assert [sorted(r["languages"]) for r in listed] == [["fr", "nl"]], (round_, codes, listed)
        assert set(codes) <= {0, 2}, codes  # a file the other took first refused by name, never lost
