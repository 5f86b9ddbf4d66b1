"""Reliability issue, cases 12-19: malformed or unreadable input is one line (exit 2) or a clean skip."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.faults.conftest import SEED_ID, one_line_error, simple_yaml, tree_hashes, warnings_of, write_release

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.parametrize(
    ("field", "value"), [("date", "2018-13-45"), ("date", "2018-02-30"), ("date", "[1, 2]"), ("date", "{a: 1}")]
)
def test_12_a_bad_date_skips_one_release_and_names_it(run, lib: Path, field: str, value: str):
    write_release(lib, "2024-03-19-bad", simple_yaml("2024-03-19-bad", date=value))
    result = run("list", "--json")
    assert result.code == 0 and [r["id"] for r in result.json()] == [SEED_ID]
    (warning,) = warnings_of(result)
    assert "2024-03-19-bad/release.yaml" in warning and "date must be YYYY-MM-DD" in warning
    one_line_error(run("show", "2024-03-19-bad"), "release.yaml", "date")


def test_12_a_bad_date_line_skips_one_release(run, lib: Path):
    extra = "    date_line: 2018-02-30\n"
    write_release(lib, "2024-03-19-badline", simple_yaml("2024-03-19-badline", extra=extra))
    result = run("list", "--json")
    assert result.code == 0 and [r["id"] for r in result.json()] == [SEED_ID]
    assert "date_line must be YYYY-MM-DD" in warnings_of(result)[0]


async def test_12_the_tui_loads_the_others_when_one_date_is_bad(lib: Path):
    from reader.core.library import Library
    from reader.tui.app import make_app
    from tests.tui.fake_translator import FakeTranslator

    write_release(lib, "2024-03-19-bad", simple_yaml("2024-03-19-bad", date="2018-13-45"))
    app = make_app(Library.load(lib), FakeTranslator(), cursor_blink=False)
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        from reader.tui.widgets.release_list import ReleaseList

        assert app.screen.query_one(ReleaseList).row_count == 1
        assert any("2024-03-19-bad" in n.message for n in app._notifications)


def test_13_metadata_that_is_a_folder_or_a_link_loop(run, lib: Path):
    folder = lib / "2024-03-19-dir"
    (folder / "release.yaml").mkdir(parents=True)
    loop = lib / "2024-03-19-loop"
    loop.mkdir()
    (loop / "release.yaml").symlink_to(loop / "release.yaml")
    outside = lib / "2024-03-19-outside"
    write_release(lib, "2024-03-19-outside", simple_yaml("2024-03-19-outside"))
    (outside / "nl.md").unlink()
    (outside / "nl.md").symlink_to("/etc/hostname")
    result = run("list", "--json")
    assert result.code == 0
    warnings = warnings_of(result)
    assert any("2024-03-19-dir" in w for w in warnings) and any("2024-03-19-loop" in w for w in warnings)
    one_line_error(run("show", "2024-03-19-outside"), "nl.md", "symbolic link")
    assert run("validate").code == 1


@pytest.mark.skipif(ROOT_USER, reason="root reads any file; the unreadable case is simulated below")
def test_13_unreadable_metadata(run, lib: Path):
    write_release(lib, "2024-03-19-locked", simple_yaml("2024-03-19-locked"))
    (lib / "2024-03-19-locked" / "release.yaml").chmod(0)
    result = run("list", "--json")
    assert result.code == 0 and "permission denied" in warnings_of(result)[0]


def test_13_unreadable_metadata_simulated(run, lib: Path, monkeypatch):
    write_release(lib, "2024-03-19-locked", simple_yaml("2024-03-19-locked"))
    import reader.core.yamlio as yamlio

    real = yamlio.read

    def denied(path: Path, **kwargs: bool) -> object:
        if "locked" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, **kwargs)

    monkeypatch.setattr(yamlio, "read", denied)
    result = run("list", "--json")
    assert result.code == 0 and [r["id"] for r in result.json()] == [SEED_ID]
    assert "permission denied" in warnings_of(result)[0]


def test_13_import_source_that_is_a_folder_or_missing(run, lib: Path, tmp_path: Path):
    (tmp_path / "folder.txt").mkdir()
    one_line_error(run("import", str(tmp_path / "folder.txt")), "folder.txt", "folder")
    one_line_error(run("import", str(tmp_path / "missing.txt")), "missing.txt", "no such file")
    one_line_error(run("import", str(tmp_path / "nosuchdir")), "nosuchdir", "no such file or folder")
    (tmp_path / "pages").mkdir()
    one_line_error(run("models", "install", str(tmp_path / "pages")), "pages", "a folder, not an .argosmodel")


def test_13_read_only_library_folder(run, lib: Path, tmp_path: Path, monkeypatch):
    source = tmp_path / "bericht.txt"
    source.write_text("Een titel voor de test\n\nBrussel, 19 maart 2024\n\nDe eerste alinea van het bericht.\n")
    before = tree_hashes(lib)
    import tempfile

    def read_only(*args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    one_line_error(run("import", str(source)), str(lib), "read-only")
    assert tree_hashes(lib) == before


def _cache(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "translations.sqlite3"


def _translate(run, *extra: str):  # noqa: ANN001, ANN202
    return run("translate", "--text", "Alibaba investeert in Luik.", "--from", "nl", "--to", "en", "--json", *extra)


@pytest.mark.parametrize("damage", ["random", "truncated", "schema", "folder"])
def test_14_a_damaged_cache_is_moved_aside(run, installed_packages, tmp_path: Path, damage: str):
    cache = _cache(tmp_path)
    assert _translate(run).code == 0
    if damage == "random":
        cache.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        cache.write_bytes(cache.read_bytes()[:200])
    elif damage == "schema":
        cache.unlink()
        conn = sqlite3.connect(cache)
        conn.execute("CREATE TABLE translations (x INTEGER)")
        conn.execute("PRAGMA user_version=7")
        conn.commit()
        conn.close()
    else:
        cache.unlink()
        cache.mkdir()
        (cache / "something").write_text("x")
    for suffix in ("-wal", "-shm"):
        Path(f"{cache}{suffix}").unlink(missing_ok=True)
    result = _translate(run)
    assert result.code == 0, result.err
    assert result.json()["blocks"][0]["sentences"][0]["target"]
    again = _translate(run)
    assert again.json()["blocks"][0]["sentences"][0]["cached"] is True  # the new cache works
    assert run("models", "cache-clear").code == 0


def test_14_cache_clear_works_on_a_folder_in_the_way(run, tmp_path: Path):
    cache = _cache(tmp_path)
    cache.mkdir(parents=True)
    assert run("models", "cache-clear").code == 0
    assert not cache.exists() or cache.is_file()


def test_14_read_only_cache_and_full_disk_mean_no_caching(run, installed_packages, tmp_path: Path, monkeypatch):
    from reader.core.engine import cache as cache_module

    real_connect = sqlite3.connect

    def readonly(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(cache_module.sqlite3, "connect", readonly)
    result = _translate(run)
    assert result.code == 0 and len(warnings_of(result)) == 1 and "without a cache" in result.err
    monkeypatch.setattr(cache_module.sqlite3, "connect", real_connect)

    real_executemany = sqlite3.Connection.executemany

    class Full(sqlite3.Connection):
        def executemany(self, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache_module.sqlite3, "connect", lambda *a, **k: real_connect(*a, **k, factory=Full))
    result = run("translate", "--text", "Een andere zin.", "--from", "nl", "--to", "en", "--json")
    assert result.code == 0 and "disk is full" in result.err and len(warnings_of(result)) == 1
    del real_executemany


@pytest.mark.parametrize(
    "content",
    [
        '{"version":2,"entries":[]}',
        '{"version":2,"entries":{"x":1}}',
        "[]",
        "not json",
        '{"version":2,"entries":{"a":{"stamp":"x","data":[]}}}',
    ],
)
def test_15_a_damaged_metadata_index_is_rebuilt(run, lib: Path, tmp_path: Path, content: str):
    assert run("list", "--json").code == 0
    (index,) = (tmp_path / "cache" / "library-index").iterdir()
    index.write_text(content)
    result = run("list", "--json")
    assert result.code == 0 and [r["id"] for r in result.json()] == [SEED_ID] and not warnings_of(result)
    assert SEED_ID in json.loads(index.read_text())["entries"]


def test_17_encrypted_pdfs(run, tmp_path: Path, monkeypatch):
    from pypdf import PdfReader, PdfWriter

    from tests.fixtures_gen import write_pdf

    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    plain = write_pdf(tmp_path / "plain.pdf")
    for name, password in (("open.pdf", ""), ("locked.pdf", "secret")):
        writer = PdfWriter()
        for page in PdfReader(plain).pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
        with open(tmp_path / name, "wb") as handle:
            writer.write(handle)
    opened = run("import", str(tmp_path / "open.pdf"), "--dry-run", "--json")
    assert opened.code == 0, opened.err
    assert opened.err.strip() == "" or all(line.startswith("press-reader: warning") for line in opened.err.splitlines())
    one_line_error(run("import", str(tmp_path / "locked.pdf")), "locked.pdf", "password")


@pytest.mark.parametrize(
    "argv",
    [
        ["--beam", "0"],
        ["--threads", "-2"],
        ["--threads", "0"],
        ["--beam", "x"],
        ["--alternatives", "-1"],
        ["--alternatives", "0"],
    ],
)
def test_18_out_of_range_numbers_are_usage_errors(run, lib: Path, argv: list[str]):
    one_line_error(run("translate", "--text", "Een zin.", "--from", "nl", "--to", "en", *argv), argv[0])


def test_18_bad_threads_variable(run, lib: Path, monkeypatch):
    monkeypatch.setenv("PRESS_READER_THREADS", "abc")
    one_line_error(run("translate", "--text", "Een zin.", "--from", "nl", "--to", "en"), "PRESS_READER_THREADS")


def test_19_index_entry_with_string_links_and_junk(run, argos_packages, tmp_path: Path, monkeypatch):
    index = tmp_path / "index.json"
    entries = [
        {
            "type": "translate",
            "from_code": "nl",
            "to_code": "en",
            "package_version": "1.0",
            "links": argos_packages["nl_en"].resolve().as_uri(),
        },
        {"type": "translate", "from_code": "fr", "to_code": "en", "links": 7},
        "junk",
        {"from_code": ["x"]},
    ]
    index.write_text(json.dumps(entries))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.as_uri())
    assert run("models", "install", "--from", "nl", "--to", "en").code == 0
    one_line_error(run("models", "install", "--from", "fr", "--to", "en"), "no download link")


def test_19_glossaries(run, lib: Path, tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("nl:\n  Luik: 2018-13-45\n  Hoei: {a: 1}\n")
    args = ["check", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--glossary"]
    # an equivalent may be a mapping of a language to its name ({en: Huy}); {a: 1} names none
    one_line_error(run(*args, str(bad)), "bad.yaml", "'Hoei': a is not a language code")
    number = tmp_path / "number.yaml"
    number.write_text("nl:\n  Wetstraat: 5\n")  # read as a number, and taken silently
    one_line_error(run(*args, str(number)), "number.yaml", "equivalent 5 is not a name")
    one_line_error(run(*args, str(tmp_path / "missing.yaml")), "missing.yaml", "no such glossary file")
    user = tmp_path / "config" / "glossary.yaml"
    user.parent.mkdir(parents=True)
    user.write_text("nl: [unclosed\n")
    # the user's own file broken by hand: said in one line, and the check runs without it (it
    # stopped marking, exporting and checking every release: a trial)
    done = run(*args[:-1])
    assert done.code in (0, 1) and "Traceback" not in done.err
    [said] = [line for line in done.err.splitlines() if "glossary.yaml" in line]
    assert "malformed" in said and "checked without your glossary" in said
    marked = run("review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt", "--segment", "2", "--set", "ok")
    assert marked.code == 0, marked.err


def test_19_comments_with_controls_and_bad_outputs(run, lib: Path, tmp_path: Path):
    base = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]
    assert run("review", *base, "--segment", "2", "--comment", "zie \x1b[31m hier \x00 en \x0c").code == 0
    out = tmp_path / "out.xlf"
    assert run("export", *base, "--format", "xliff", "-o", str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text and "zie" in text
    (tmp_path / "dir.tmx").mkdir()
    one_line_error(run("export", *base, "--format", "tmx", "-o", str(tmp_path / "dir.tmx")), "dir.tmx", "folder")
    (tmp_path / "file").write_text("x")
    one_line_error(run("export", *base, "--format", "tmx", "-o", str(tmp_path / "file" / "out.tmx")), "out.tmx")
    stdout = run("export", *base, "--format", "md", "-o", "-")
    assert stdout.code == 0 and stdout.out.startswith("# Review") and not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("damage", ["random", "folder", "other-schema"])
def test_15_a_damaged_search_index_is_moved_aside_and_rebuilt(run, lib: Path, tmp_path: Path, damage: str):
    assert run("list", "--search", "Alibaba", "--json").code == 0
    (index,) = [p for p in (tmp_path / "cache" / "search").iterdir() if p.suffix == ".sqlite3"]
    for suffix in ("-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    index.unlink()
    if damage == "random":
        index.write_bytes(os.urandom(8192))
    elif damage == "folder":
        index.mkdir()
    else:
        conn = sqlite3.connect(index)
        conn.execute("CREATE TABLE releases (x)")
        conn.commit()
        conn.close()
    result = run("list", "--search", "Alibaba", "--json")
    assert result.code == 0, result.err
    assert [r["id"] for r in result.json()] == [SEED_ID]
