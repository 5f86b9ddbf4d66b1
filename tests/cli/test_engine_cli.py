import os
import zipfile
from pathlib import Path

from tests.conftest import SEED_ID


def test_models_install_list_remove(run, argos_packages, tmp_path: Path):
    empty = run("models", "list").out
    assert empty.splitlines()[0].startswith("0 package(s) in ") and "models install FILE.argosmodel" in empty
    for path in argos_packages.values():
        result = run("models", "install", str(path))
        assert result.code == 0, result.err
    listed = run("models", "list", "--json").json()
    assert sorted(p["code"] for p in listed) == [
        "translate-en_fr",
        "translate-en_nl",
        "translate-fr_en",
        "translate-nl_en",
    ]
    assert "translate-nl_en" in run("models", "list").out
    assert run("models", "remove", "translate-nl_en").code == 0
    assert len(run("models", "list", "--json").json()) == 3
    result = run("models", "remove", "translate-nl_en")
    assert result.code == 2 and "no installed package" in result.err


def test_models_install_refuses_junk_and_zip_slip(run, tmp_path: Path):
    folder = tmp_path / "argos-packages"
    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(os.urandom(2048))
    result = run("models", "install", str(junk))
    assert result.code == 2 and "junk.argosmodel" in result.err and "not a zip" in result.err
    slip = tmp_path / "slip.argosmodel"
    with zipfile.ZipFile(slip, "w") as archive:
        archive.writestr("../../outside.txt", "x")
    result = run("models", "install", str(slip))
    assert result.code == 2 and "unsafe entry" in result.err
    assert not folder.exists() or not any(folder.iterdir())


def test_models_install_from_index(run, argos_packages, tmp_path: Path, monkeypatch, no_network):
    from tests.argos_factory import build_index

    index = build_index(tmp_path, list(argos_packages.values()))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.as_uri())
    assert run("models", "install", "--from", "nl", "--to", "en").code == 0
    assert [p["code"] for p in run("models", "list", "--json").json()] == ["translate-nl_en"]


def test_translate_json_cached_and_pivot(run, installed_packages, library_dir: Path, no_network):
    lib = ("--library", str(library_dir))
    first = run(*lib, "translate", SEED_ID, "--to", "en", "--json")
    assert first.code == 0, first.err
    data = first.json()
    sentences = [s for b in data["blocks"] for s in b["sentences"]]
    assert len(sentences) >= 20 and all(s["target"] for s in sentences)
    assert data["pivot"] == "" and data["models"][0]["code"] == "translate-nl_en"
    assert not any(s["cached"] for s in sentences)
    second = run(*lib, "translate", SEED_ID, "--to", "en", "--json").json()
    assert all(s["cached"] for b in second["blocks"] for s in b["sentences"])
    pivot = run(*lib, "translate", SEED_ID, "--from", "nl", "--to", "fr", "--json").json()
    assert pivot["pivot"] == "en"
    table = run(*lib, "translate", SEED_ID, "--to", "en")
    assert table.code == 0 and "translate-nl_en" in table.out


def test_translate_save_creates_machine_version(run, installed_packages, library_dir: Path):
    lib = ("--library", str(library_dir))
    (library_dir / SEED_ID / "en.md").unlink()
    import yaml

    meta = yaml.safe_load((library_dir / SEED_ID / "release.yaml").read_text(encoding="utf-8"))
    del meta["languages"]["en"]
    (library_dir / SEED_ID / "release.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    assert run(*lib, "translate", SEED_ID, "--to", "en", "--save").code == 0
    row = run(*lib, "list", "--json").json()[0]
    assert row["languages"]["en"]["provenance"] == "machine"
    assert row["languages"]["en"]["models"][0]["code"] == "translate-nl_en"
    shown = run(*lib, "show", SEED_ID, "--lang", "en", "--json").json()
    assert shown["blocks"][0]["kind"] == "letterhead"


def test_translate_text_and_errors(run, installed_packages, library_dir: Path):
    result = run("translate", "--text", "Een zin. Nog een zin.", "--from", "nl", "--to", "en", "--json")
    assert result.code == 0 and len(result.json()["blocks"][0]["sentences"]) == 2
    bad = run("--library", str(library_dir), "translate", SEED_ID, "--to", "de")
    assert bad.code == 2 and "unknown language 'de'" in bad.err


def test_translate_missing_model_names_the_install_command(run, library_dir: Path):
    result = run("--library", str(library_dir), "translate", SEED_ID, "--to", "fr")
    assert result.code == 2
    assert "translate-nl_en" in result.err and "press-reader models install" in result.err


def test_alternatives_and_number_guard(run, installed_packages):
    result = run(
        "translate",
        "--text",
        "Alibaba investeert 75 miljoen EUR.",
        "--from",
        "nl",
        "--to",
        "en",
        "--alternatives",
        "3",
        "--json",
    )
    assert result.code == 0, result.err
    assert 1 <= len(result.json()["alternatives"]) <= 3
    translated = run(
        "translate", "--text", "Alibaba investeert 75 miljoen EUR.", "--from", "nl", "--to", "en", "--json"
    ).json()
    # random weights lose the number: the guard says so
    assert "numbers" in translated["blocks"][0]["sentences"][0]["flags"]
    assert run("translate", "--text", "x", "--to", "en", "--alternatives", "2").code == 2


def test_translate_text_from_standard_input_and_its_language_detected(
    run,
    installed_packages,
    monkeypatch,  # noqa: ANN001
):
    import io

    text = "De regering keurt vandaag de nieuwe begroting voor volgend jaar goed."
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    result = run("translate", "--text", "-", "--to", "en", "--json")
    assert result.code == 0, result.err
    assert result.json()["from"] == "nl" and "read as Dutch (nl)" in result.err
    assert run("translate", "--text", "12 34", "--to", "en").code == 2  # no language to tell: --from asked


def test_an_interrupted_translation_returns_what_finished():
    """Ctrl-C in the middle: the engine is asked to stop, and what it finished comes back."""
    import _thread
    import threading
    import time

    from reader.commands.translate import _interruptible
    from reader.core.engine.result import TranslationResult

    def run(stop):  # noqa: ANN001, ANN202
        deadline = time.monotonic() + 10
        while not stop() and time.monotonic() < deadline:
            time.sleep(0.01)
        result = TranslationResult("nl", "en", [], [])
        result.cancelled = stop()
        return result

    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as a terminal's Ctrl-C, whatever ran before
    try:
        threading.Timer(0.2, _thread.interrupt_main).start()
        result, interrupt = _interruptible(run)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.cancelled and isinstance(interrupt, KeyboardInterrupt)


def test_translating_into_the_language_it_is_in_is_said_in_a_line(run, library_dir):
    """'no server offers nl->nl' (a new user's trial) named a server for what is a usage slip."""
    same = run("translate", "--text", "Een zin.", "--from", "nl", "--to", "nl")
    assert same.code == 2 and same.err.strip() == "press-reader: error: --from and --to must differ"
    release = run("--library", str(library_dir), "translate", SEED_ID, "--to", "nl")
    assert release.code == 2 and "is in 'nl' already" in release.err and len(release.err.splitlines()) == 1


def test_an_interrupted_translation_prints_only_the_rows_up_to_the_last_done(capsys):
    """A trial's Ctrl-C after 96 of 3,001 sentences printed 3,001 rows, most '(not translated)'."""
    from reader.commands.translate import _print_aligned
    from reader.core.engine.result import BlockTranslation, SentencePair, TranslationResult

    sentences = [SentencePair("Zin een.", "Sentence one.", done=True), SentencePair("Zin twee.", "Sentence two.")]
    sentences += [SentencePair(f"Zin {n}.") for n in range(3, 40)]
    sentences[1].done = True
    result = TranslationResult("nl", "en", [BlockTranslation("paragraph", sentences)], [])
    _print_aligned(result, finished_only=True)
    out = capsys.readouterr().out
    assert "Sentence two." in out and "not translated" not in out and "Zin 3." not in out
    _print_aligned(TranslationResult("nl", "en", [BlockTranslation("paragraph", sentences[2:])], []), True)
    assert capsys.readouterr().out == ""


def _truncated(source: Path, out: Path, member: str) -> Path:
    """The package with one file cut to half its length, as a broken copy leaves it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            new.writestr(info, data[: len(data) // 2] if info.filename.endswith(member) else data)
    return out


def test_a_package_whose_model_does_not_load_is_refused_and_the_installed_one_kept(run, argos_packages, tmp_path: Path):
    """A truncated model.bin installed as fine, was listed as fine, and failed at the first translation
    (a sysadmin's trial): loaded once first, refused in one line, the working install left in place."""
    good = argos_packages["nl_en"]
    assert run("models", "install", str(good)).code == 0
    for member in ("model.bin", "sentencepiece.model"):
        broken = _truncated(good, tmp_path / f"cut-{member}.argosmodel", member)
        result = run("models", "install", str(broken))
        assert result.code == 2 and f"cut-{member}.argosmodel" in result.err and "corrupt package" in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert [p["code"] for p in run("models", "list", "--json").json()] == ["translate-nl_en"]
    assert run("translate", "--text", "Hallo.", "--from", "nl", "--to", "en").code == 0


def test_twin_a_broken_package_refused_while_another_process_installs_a_good_one(run, argos_packages, tmp_path: Path):
    import subprocess
    import sys

    broken = _truncated(argos_packages["nl_en"], tmp_path / "cut.argosmodel", "model.bin")
    other = subprocess.Popen(
        [sys.executable, "-m", "reader", "models", "install", str(argos_packages["fr_en"])], stderr=subprocess.PIPE
    )
    result = run("models", "install", str(broken))
    assert other.wait(120) == 0
    assert result.code == 2 and "corrupt package" in result.err
    assert [p["code"] for p in run("models", "list", "--json").json()] == ["translate-fr_en"]


def test_a_package_file_left_in_the_packages_folder_is_named_with_the_way_to_install_it(
    run, argos_packages, tmp_path: Path
):
    """A sysadmin copied the .argosmodel into ARGOS_PACKAGES_DIR: '0 package(s)' and nothing more."""
    import shutil

    folder = Path(os.environ["ARGOS_PACKAGES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(argos_packages["nl_en"], folder / "translate-nl_en.argosmodel")
    listed = run("models", "list")
    assert (
        "translate-nl_en.argosmodel: a package file, not installed: press-reader models install"
        in listed.out + listed.err
    )
    assert run("models", "install", str(argos_packages["nl_en"])).code == 0
    sizes = {run("models", "list", "--json").json()[0]["size"] for _ in range(2)}
    assert len(sizes) == 1  # the digest press-reader keeps beside it is not the package's size
