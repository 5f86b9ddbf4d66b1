import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED_ID


def test_list_json(run, library_dir: Path):
    result = run("--library", str(library_dir), "list", "--json")
    assert result.code == 0
    (row,) = result.json()
    assert row["id"] == SEED_ID and row["date"] == "2018-12-05"
    assert {k: v["provenance"] for k, v in row["languages"].items()} == {
        "nl": "official",
        "fr": "unofficial",
        "en": "unofficial",
    }
    assert "Alibaba" in row["title"]


def test_list_filters_and_option_after_command(run, library_dir: Path):
    assert run("list", "--library", str(library_dir), "--search", "alibaba", "--json").json()
    assert run("list", "--library", str(library_dir), "--search", "zzz", "--json").json() == []
    text = run("list", "--library", str(library_dir)).out
    assert "2018-12-05" in text and "unofficial" in text


def test_show_text_and_json(run, library_dir: Path):
    result = run("--library", str(library_dir), "show", SEED_ID, "--lang", "nl")
    assert result.code == 0
    assert "Alibaba creëert zijn eerste Europese hub in Luik" in result.out.replace("\n", " ")
    data = run("--library", str(library_dir), "show", SEED_ID, "--json").json()
    kinds = [b["kind"] for b in data["blocks"]]
    assert kinds[:2] == ["letterhead", "letterhead"] and "paragraph" in kinds
    fr = run("--library", str(library_dir), "show", SEED_ID, "--lang", "fr").out
    assert "unofficial" in fr
    shown = run("--library", str(library_dir), "show", SEED_ID, "--lang", "fr", "--json").json()
    assert shown["title"] == shown["titles"]["fr"] and shown["language"] == "fr"  # the version shown, not the original
    assert "Vice-Premier Ministre" in shown["issuer"]


def test_show_errors_exit_2(run, library_dir: Path):
    assert run("--library", str(library_dir), "show", "nope").code == 2
    result = run("--library", str(library_dir), "show", SEED_ID, "--lang", "de")
    assert result.code == 2 and "unknown language 'de'" in result.err
    assert run("--library", str(library_dir / "missing"), "list").code == 2
    assert run("list", "--bogus").code == 2


def test_broken_release_named_on_stderr_exit_0(run, library_dir: Path):
    broken = library_dir / "2020-01-01-broken"
    broken.mkdir()
    (broken / "release.yaml").write_text("date: [", encoding="utf-8")
    result = run("--library", str(library_dir), "list", "--json")
    assert result.code == 0
    assert [r["id"] for r in result.json()] == [SEED_ID]
    assert "2020-01-01-broken" in result.err


def test_validate(run, library_dir: Path):
    assert run("--library", str(library_dir), "validate").code == 0
    (library_dir / SEED_ID / "fr.md").write_bytes(b"\xff\xfe bad")
    result = run("--library", str(library_dir), "validate", "--json")
    assert result.code == 1  # problems found (the contract: 'exits 1 if there is any')
    assert result.json()["problems"][0]["path"].endswith("fr.md")


def test_validate_reports_every_problem_of_every_release_in_one_run(run, library_dir: Path):
    """Two broken releases, each with several problems in its metadata and its bodies: one run lists
    them all, one line each naming the file."""
    import shutil

    for name in ("2019-03-01-first", "2019-03-02-second"):
        folder = library_dir / name
        shutil.copytree(library_dir / SEED_ID, folder)
        yaml = (folder / "release.yaml").read_text(encoding="utf-8")
        yaml = yaml.replace(f"id: {SEED_ID}", f"id: {name}").replace("date: 2018-12-05", "date: 2019-02-30")
        (folder / "release.yaml").write_text(yaml.replace("provenance: unofficial", "provenance: guessed"))
        nl = (folder / "nl.md").read_text(encoding="utf-8")
        (folder / "nl.md").write_text(nl.replace("::: letterhead fr", "::: letterhead xx"), encoding="utf-8")
        (folder / "en.md").write_bytes(b"")
    (library_dir / SEED_ID / "fr.md").write_text("::: letterhead zz\nHalf\n", encoding="utf-8")
    result = run("--library", str(library_dir), "validate")
    assert result.code == 1
    lines = [line for line in result.out.splitlines() if line.startswith("✗")]
    for name in ("2019-03-01-first", "2019-03-02-second"):
        mine = [line for line in lines if f"/{name}/" in line]
        assert any("release.yaml: date must be YYYY-MM-DD" in line for line in mine)
        assert sum("provenance must be one of" in line for line in mine) == 2  # fr and en
        assert any("en.md: body file is empty" in line for line in mine)
        assert any("nl.md: line" in line and "'xx'" in line for line in mine)
        assert len(mine) == 5
    seed = [line for line in lines if f"/{SEED_ID}/" in line]
    assert any("'zz'" in line for line in seed) and any("never closed" in line for line in seed)
    assert result.out.rstrip().endswith(f"{len(lines)} problem(s)") and len(lines) == 12
    again = run("--library", str(library_dir), "validate", "--json").json()["problems"]
    assert len(again) == 12 and all(p["path"] and p["reason"] for p in again)


def test_library_from_env_and_default_seeding(run, library_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    assert run("list", "--json").json()[0]["id"] == SEED_ID
    monkeypatch.delenv("PRESS_READER_LIBRARY")
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    monkeypatch.chdir(empty)
    assert run("list", "--json").json()[0]["id"] == SEED_ID
    assert (tmp_path / "data" / "releases" / SEED_ID / "release.yaml").exists()


def test_the_checkout_releases_folder_is_never_the_library_by_surprise(run, tmp_path: Path, monkeypatch):
    """Run inside a source checkout: its releases/ (no marker) seeds the user library, which imports change."""
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "releases", checkout / "releases")
    monkeypatch.chdir(checkout)
    before = sorted(p.name for p in (checkout / "releases").iterdir())
    assert run("list", "--json").json()[0]["id"] == SEED_ID
    user = tmp_path / "data" / "releases"
    assert (user / ".press-reader-library").is_file()
    assert (user / SEED_ID / "nl.md").is_file()
    assert sorted(p.name for p in (checkout / "releases").iterdir()) == before
    assert not (checkout / "releases" / ".press-reader-library").exists()


def test_a_marked_releases_folder_in_the_working_directory_is_the_library(run, tmp_path: Path, monkeypatch):
    work = tmp_path / "work"
    shutil.copytree(ROOT / "releases", work / "releases")
    (work / "releases" / ".press-reader-library").write_text("marker\n", encoding="utf-8")
    second = work / "releases" / "2018-12-06-a-second-copy"
    shutil.copytree(work / "releases" / SEED_ID, second)
    meta = second / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(SEED_ID, second.name), encoding="utf-8")
    monkeypatch.chdir(work)
    assert len(run("list", "--json").json()) == 2
    assert not (tmp_path / "data" / "releases").exists()


def test_python_dash_m_entry_point(tmp_path: Path):
    env = dict(os.environ, PRESS_READER_LIBRARY=str(ROOT / "releases"))
    out = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--json"], capture_output=True, text=True, env=env, check=True
    )
    assert SEED_ID in out.stdout


def test_bundled_releases_are_found(tmp_path: Path):
    from reader import paths

    assert (paths.bundled_releases() / SEED_ID / "nl.md").exists()
    assert shutil.which("press-reader") or True


def test_listings_wrap_and_never_crop(run, library_dir, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    for width in ("60", "80", "140"):
        monkeypatch.setenv("COLUMNS", width)
        out = run("list").out
        assert "2018-12-05-peeters-alibaba-luik" in out  # the id whole, on one line
        words = " ".join(out.translate({ord(c): " " for c in "│┃"}).split())
        assert "samenwerkingsakkoord voor investering Luik" in words  # the title whole, wrapped
        assert all(len(line) <= int(width) for line in out.splitlines())


def test_show_plain_is_the_text_alone(run, library_dir, monkeypatch):
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(library_dir))
    out = run("show", "2018-12-05-peeters-alibaba-luik", "--plain").out
    assert out.startswith("Kris Peeters en Alibaba ondertekenen") and "\x1b" not in out and "│" not in out


def test_a_library_the_import_creates_is_marked(run, tmp_path: Path):
    from tests import fixtures_gen as gen

    page = gen.write_html_cp1252(tmp_path / "page.html")
    fresh = tmp_path / "new-library"
    assert run("--library", str(fresh), "import", str(page), "--dry-run").code == 0
    assert not (fresh / ".press-reader-library").exists()
    assert run("--library", str(fresh), "import", str(page)).code == 0
    assert (fresh / ".press-reader-library").is_file()


def test_list_limit_holds_without_a_search_and_piped_lines_are_not_cut_at_80(run, library_dir, monkeypatch):
    """--limit N took effect only with --search; piped into a file, rows were wrapped at 80 columns."""
    from tests.conftest import archive_without

    monkeypatch.delenv("COLUMNS", raising=False)
    ids = archive_without(library_dir, "en")
    assert len(run("--library", str(library_dir), "list", "--json").json()) > 2
    assert len(run("--library", str(library_dir), "list", "--limit", "2", "--json").json()) == 2
    shown = run("--library", str(library_dir), "list", "--limit", "2")
    rows = [line for line in shown.out.splitlines() if any(i in line for i in ids)]
    assert len(rows) == 2 and all(line == line.rstrip() for line in shown.out.splitlines())


def test_sigterm_ends_a_command_as_an_interrupt_does_and_says_so(run, lib: Path, monkeypatch):
    """A stopped job or a closed shell: exit 143 with one line, what finished kept, as on Ctrl-C."""
    import os
    import signal

    from reader.commands import library as commands

    def terminated(args, ctx):  # noqa: ANN001, ANN202
        os.kill(os.getpid(), signal.SIGTERM)
        raise AssertionError("the signal should have ended the command")

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(commands, "cmd_list", terminated)
    result = run("list")
    assert result.code == 143 and result.err.strip() == "press-reader: terminated; what was finished is kept"
    assert signal.getsignal(signal.SIGTERM) == before  # the process's own handler is back


def test_show_piped_keeps_each_paragraph_on_one_line_and_a_list_apart(run, tmp_path: Path):
    """Copied from a pipe: no wrap inside a paragraph, no trailing spaces, a blank line after a list."""
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "lib").mkdir()
    long = " ".join(
        f"De {n} regeling geldt voor alle gemeenten van het land vanaf volgend jaar, met {k} uitzonderingen."
        for n, k in (("eerste", "twee"), ("tweede", "drie"), ("derde", "vier"), ("vierde", "vijf"))
    )
    page = tmp_path / "nl.txt"
    page.write_text(
        f"Nieuwe regeling voor gemeenten\n\nBrussel, 3 mei 2024\n\n{long}\n\nDe regeling heeft drie delen:\n\n"
        "- een premie;\n- een loket;\n- een website.\n\nMeer informatie volgt later dit jaar.\n",
        encoding="utf-8",
    )
    rid = run(*lib, "import", str(page), "--issuer", "FOD Binnenlandse Zaken", "--json").json()["id"]
    out = run(*lib, "show", rid).out
    assert long in out.splitlines()
    assert not [line for line in out.splitlines() if line.endswith(" ") and "official" not in line]  # the badge
    lines = out.splitlines()
    last_item = next(i for i, line in enumerate(lines) if "een website." in line)
    assert lines[last_item + 1] == "" and lines[last_item + 2] == "Meer informatie volgt later dit jaar."


def test_an_issuer_only_the_added_version_names_is_found_and_shown(run, tmp_path: Path):
    """The Dutch page named no issuer, the French one does: --issuer finds the release by it, and
    the French version shows it (the Dutch one shows none rather than the French name)."""
    lib = ("--library", str(tmp_path / "lib"))
    (tmp_path / "lib").mkdir()
    nl, fr = tmp_path / "nl.txt", tmp_path / "fr.txt"
    nl.write_text(
        "Nieuwe sporthallen in vijf provincies\n\nBrussel, 6 mei 2024\n\n"
        "De federale regering maakt 4 miljoen euro vrij voor nieuwe sporthallen in de provincies.\n",
        encoding="utf-8",
    )
    fr.write_text(
        "SPF Intérieur\n\nNouvelles salles de sport dans cinq provinces\n\nBruxelles, le 6 mai 2024\n\n"
        "Le gouvernement fédéral libère 4 millions d'euros pour de nouvelles salles de sport dans les provinces.\n",
        encoding="utf-8",
    )
    rid = run(*lib, "import", str(nl), "--json").json()["id"]
    assert run(*lib, "import", str(fr), "--release", rid).code == 0
    assert [r["id"] for r in run(*lib, "list", "--issuer", "Intérieur", "--json").json()] == [rid]
    assert run(*lib, "show", rid, "--lang", "fr", "--json").json()["issuer"] == "SPF Intérieur"
    assert run(*lib, "show", rid, "--lang", "nl", "--json").json()["issuer"] == ""


def test_list_by_the_kind_of_a_language_s_version(run, library_dir: Path):
    """--lang fr counts any French version; --provenance tells an official one from a rendering."""
    lib = ("--library", str(library_dir))
    assert [r["id"] for r in run(*lib, "list", "--lang", "fr", "--json").json()] == [SEED_ID]
    assert run(*lib, "list", "--lang", "fr", "--provenance", "official", "--json").json() == []
    assert [r["id"] for r in run(*lib, "list", "--lang", "fr", "--provenance", "unofficial", "--json").json()] == [
        SEED_ID
    ]
    assert run(*lib, "list", "--provenance", "machine", "--search", "Alibaba", "--json").json() == []


def test_show_into_a_pipe_keeps_long_list_items_and_quotes_whole(run, library_dir: Path):
    """Piped, lines are not wrapped: a list item or a quote longer than a wide terminal is printed
    whole (padding the item cut it at 160 columns)."""
    nl = library_dir / SEED_ID / "nl.md"
    item = "een opsomming " + "met een heel lange uitleg over de gevolgen voor de regio " * 5 + "tot hier"
    quote = "Een citaat " + "dat lang doorgaat over de samenwerking met de partners " * 5 + "tot het einde"
    nl.write_text(nl.read_text(encoding="utf-8") + f"\n- {item}\n- kort\n\n> {quote}\n", encoding="utf-8")
    out = run("--library", str(library_dir), "show", SEED_ID, "--lang", "nl").out
    assert f"  - {item}" in out.splitlines() and "  - kort" in out.splitlines()
    assert f"    {quote}" in out.splitlines()


def test_small_words_a_new_user_read_wrong(run, tmp_path: Path, library_dir: Path):
    """'list --bogus' pointed to the top help, which lists no flag of list; '1 releases loaded'; an
    empty library listed an empty table with no word of where releases come from (a trial)."""
    bogus = run("list", "--bogus")
    assert bogus.code == 2 and "(see: press-reader list --help)" in bogus.err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert f"press-reader --library {empty} import FILE" in run("--library", str(empty), "list").out
    one = tmp_path / "one"
    shutil.copytree(library_dir, one)
    assert "1 release loaded" in run("--library", str(one), "validate").out


def test_validate_names_a_body_file_not_listed_and_one_holding_control_characters(run, library_dir: Path):
    """A 'de.md' put beside, or a version hand-taken out of 'languages:', was never read and never
    said; a body holding NUL bytes read as 'binary' (a careful user's trial)."""
    folder = library_dir / SEED_ID
    (folder / "de.md").write_text("Ein Text.\n", encoding="utf-8")
    fr = (folder / "fr.md").read_text(encoding="utf-8")
    (folder / "fr.md").write_text(fr + "\n\nx\x00\x01y\n", encoding="utf-8")
    result = run("--library", str(library_dir), "validate")
    assert result.code == 1
    lines = [line for line in result.out.splitlines() if line.startswith("✗")]
    assert any("de.md" in line and "does not list" in line for line in lines), result.out
    assert any("fr.md" in line and "control characters (U+0000 first)" in line for line in lines), result.out


def test_validate_names_a_key_given_twice_in_release_yaml(run, library_dir: Path):
    """A 'date:' added by hand below the first was read as the last one, in silence (a trial): now the
    file and its line are named, by validate and by every command that reads the release."""
    path = library_dir / SEED_ID / "release.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "date: 2019-01-01\n", encoding="utf-8")
    result = run("--library", str(library_dir), "validate")
    assert result.code == 1
    assert any("release.yaml" in line and "'date' given twice" in line for line in result.out.splitlines())
    shown = run("--library", str(library_dir), "show", SEED_ID)
    assert shown.code == 2 and "'date' given twice" in shown.err and "Traceback" not in shown.err


def test_validate_names_a_damaged_review_state_and_a_damaged_history_record(run, library_dir: Path):
    """A review state or a kept revision's record broken by hand went unsaid until the review or the
    history was opened (a trial): validate names both files."""
    lib = ("--library", str(library_dir))
    args = (SEED_ID, "--source", "nl", "--target", "fr")
    assert run(*lib, "review", *args, "--segment", "3", "--set", "ok").code == 0
    store = Path(run(*lib, "review", *args, "--json").json()["store"])
    from reader.core import history

    kept = history.keep(library_dir / SEED_ID, "fr", b"Un texte.\n", who="a", why="b", title="c", provenance={})
    assert run(*lib, "validate").code == 0  # a kept revision with a readable record is no problem
    store.write_text('{"segments": [', encoding="utf-8")
    kept.path.with_suffix(".yaml").write_text("who: [unclosed\n", encoding="utf-8")
    result = run(*lib, "validate")
    assert result.code == 1
    lines = [line for line in result.out.splitlines() if line.startswith("✗")]
    assert any(store.name in line and "damaged review state" in line for line in lines), result.out
    assert any("history" in line and "cannot be read" in line for line in lines), result.out


def test_validate_names_a_history_folder_that_is_a_symbolic_link(run, library_dir: Path, tmp_path: Path):
    """Every write of the release failed on it, naming 'history/fr' beneath it, and validate passed
    it (a careful user's trial): the link is named by both."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (library_dir / SEED_ID / "history").symlink_to(outside, target_is_directory=True)
    result = run("--library", str(library_dir), "validate")
    assert result.code == 1
    assert any(
        line.rstrip().endswith("history: a symbolic link in the release folder: no write follows it")
        or "/history: a symbolic link" in line
        for line in result.out.splitlines()
    ), result.out
    said = run("--library", str(library_dir), "history", SEED_ID)
    assert said.code == 2 and f"{SEED_ID}/history: a symbolic link" in said.err, said.err
